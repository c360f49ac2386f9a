"""The admin API: rights from the database, bans, gig moderation, disputes, and the audit log."""

import uuid

import pytest
from httpx import AsyncClient
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import AuditLog, User
from tests.factories import Factory
from tests.orders_helpers import make_deal

pytestmark = pytest.mark.asyncio

ADMIN_READS = ["/admin/users", "/admin/orders", "/admin/disputes", "/admin/audit-log"]


@pytest.mark.parametrize("path", ADMIN_READS)
async def test_admin_routes_are_401_signed_out_and_403_for_users(
    client: AsyncClient, factory: Factory, path: str
) -> None:
    assert (await client.get(path)).status_code == 401
    factory.sign_in(client, await factory.user())
    assert (await client.get(path)).status_code == 403


async def test_admin_rights_are_read_from_the_row(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    admin = await factory.user(is_admin=True)
    factory.sign_in(client, admin)
    assert (await client.get("/admin/users")).status_code == 200
    admin.is_admin = False
    await session.commit()
    assert (await client.get("/admin/users")).status_code == 403  # same token, rights gone


async def test_user_search(client: AsyncClient, factory: Factory) -> None:
    await factory.user(full_name="Grace Hopper", email="grace@example.com")
    await factory.user(full_name="Alan Turing", email="alan@example.com")
    factory.sign_in(client, await factory.user(is_admin=True, full_name="Root"))
    found = (await client.get("/admin/users", params={"q": "hopper"})).json()["items"]
    assert [u["email"] for u in found] == ["grace@example.com"]
    by_email = (await client.get("/admin/users", params={"q": "ALAN@"})).json()["items"]
    assert [u["full_name"] for u in by_email] == ["Alan Turing"]
    wildcard = (await client.get("/admin/users", params={"q": "%"})).json()["items"]
    assert wildcard == []


async def test_ban_takes_effect_at_once_and_is_audited(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    admin, target = await factory.user(is_admin=True), await factory.user()
    gig = await factory.gig(target)
    factory.sign_in(client, admin)
    assert (await client.post(f"/admin/users/{target.id}/ban", json={})).status_code == 422
    banned = await client.post(f"/admin/users/{target.id}/ban", json={"reason": "Fraud"})
    assert banned.status_code == 200
    assert (banned.json()["is_banned"], banned.json()["banned_reason"]) == (True, "Fraud")
    factory.sign_in(client, target)
    assert (await client.get("/users/me")).status_code == 403
    client.cookies.clear()
    assert (await client.get(f"/gigs/{gig.id}")).status_code == 404
    assert (await client.get("/gigs")).json()["items"] == []
    factory.sign_in(client, admin)
    assert (
        await client.post(f"/admin/users/{target.id}/ban", json={"reason": "x"})
    ).status_code == 409
    assert (await client.post(f"/admin/users/{target.id}/unban")).status_code == 200
    factory.sign_in(client, target)
    assert (await client.get("/users/me")).status_code == 200
    actions = [(a.action, a.target_id) for a in (await session.exec(select(AuditLog))).all()]
    assert sorted(actions) == [("user.ban", target.id), ("user.unban", target.id)]


async def test_admin_cannot_ban_themselves_or_nobody(client: AsyncClient, factory: Factory) -> None:
    admin = await factory.user(is_admin=True)
    factory.sign_in(client, admin)
    assert (
        await client.post(f"/admin/users/{admin.id}/ban", json={"reason": "x"})
    ).status_code == 409
    missing = await client.post(f"/admin/users/{uuid.uuid4()}/ban", json={"reason": "x"})
    assert missing.status_code == 404


async def test_deactivate_gig_suspends_it(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    """The admin panel's takedown; the suspension rules are in test_gig_moderation.py."""
    admin, gig = await factory.user(is_admin=True), await factory.gig()
    factory.sign_in(client, admin)
    path = f"/admin/gigs/{gig.id}/deactivate"
    assert (await client.patch(path)).status_code == 422  # a reason is required
    response = await client.patch(path, json={"reason": "Spam"})
    assert response.status_code == 200
    assert response.json()["is_active"] is False
    assert (await client.patch(path, json={"reason": "Spam"})).status_code == 409
    missing = await client.patch(f"/admin/gigs/{uuid.uuid4()}/deactivate", json={"reason": "x"})
    assert missing.status_code == 404
    client.cookies.clear()
    assert (await client.get(f"/gigs/{gig.id}")).status_code == 404
    audit = (await session.exec(select(AuditLog))).one()
    assert (audit.action, audit.target_type, audit.target_id) == ("gig.suspend", "gig", gig.id)
    assert audit.details["reason"] == "Spam"


async def test_non_admin_cannot_deactivate(client: AsyncClient, factory: Factory) -> None:
    gig = await factory.gig()
    factory.sign_in(client, await factory.user())
    response = await client.patch(f"/admin/gigs/{gig.id}/deactivate", json={"reason": "x"})
    assert response.status_code == 403


async def test_dispute_queue_and_resolution(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    await deal.as_freelancer(
        "POST", f"/orders/{order['id']}/dispute", json={"reason": "Client vanished"}
    )
    admin: User = await factory.user(is_admin=True)
    factory.sign_in(client, admin)
    queue = (await client.get("/admin/disputes", params={"status": "OPEN"})).json()["items"]
    assert len(queue) == 1
    assert queue[0]["order"]["id"] == order["id"]
    assert queue[0]["opened_by"]["id"] == str(deal.freelancer.id)
    resolved = await client.patch(
        f"/admin/orders/{order['id']}/status",
        json={"status": "COMPLETED", "reason": "Work delivered"},
    )
    assert resolved.status_code == 200
    # The answer is built from what the move read and wrote; it is the order as it now stands.
    assert resolved.json() == (await client.get(f"/orders/{order['id']}")).json()
    [settled] = resolved.json()["disputes"]
    assert (settled["status"], settled["resolution"]) == ("RESOLVED", "Work delivered")
    assert settled["resolved_at"] is not None
    assert (await client.get("/admin/disputes", params={"status": "OPEN"})).json()["items"] == []
    orders = (await client.get("/admin/orders", params={"status": "COMPLETED"})).json()["items"]
    assert [o["id"] for o in orders] == [order["id"]]
    log = (await client.get("/admin/audit-log")).json()["items"]
    assert log[0]["action"] == "order.override_status"
    assert log[0]["admin_name"] == admin.full_name


async def test_an_admin_who_is_a_party_still_overrides_as_an_admin(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    deal.client.is_admin = True  # an admin buying on the marketplace like anyone else
    session.add(deal.client)
    await session.commit()
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    page = (await deal.as_client("GET", f"/orders/{order['id']}")).json()
    assert page["viewer_role"] == "client"  # on the order page they are the buyer
    forced = await deal.as_client(
        "PATCH",
        f"/admin/orders/{order['id']}/status",
        json={"status": "CANCELLED", "reason": "Settled between us off-platform"},
    )
    assert forced.status_code == 200, forced.text
    assert forced.json()["status"] == "CANCELLED"
    assert forced.json()["events"][-1]["action"] == "force-cancel"
    log = (await deal.as_client("GET", "/admin/audit-log")).json()["items"]
    assert log[0]["details"]["from_status"] == "IN_PROGRESS"


async def test_a_disputed_orders_messages_are_open_to_admins_only(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    order = await deal.place()
    other_order = await deal.place()
    path = f"/admin/orders/{order['id']}/messages"

    async def say(as_party: str, content: str, about: dict[str, str]) -> None:
        act = deal.as_client if as_party == "client" else deal.as_freelancer
        receiver = deal.freelancer if as_party == "client" else deal.client
        body = {"receiver_id": str(receiver.id), "content": content, "order_id": about["id"]}
        assert (await act("POST", "/messages", json=body)).status_code == 201

    await say("client", "Paid, see the reference", order)
    await say("freelancer", "Not arrived yet", order)
    await say("client", "About the other order", other_order)
    unrelated = {"receiver_id": str(deal.freelancer.id), "content": "Not about any order"}
    assert (await deal.as_client("POST", "/messages", json=unrelated)).status_code == 201

    assert (await client.get(path)).status_code == 403  # signed in as the client: not an admin
    admin = await factory.user(is_admin=True)
    factory.sign_in(client, admin)
    refused = await client.get(path)
    assert refused.status_code == 403  # private until a party asks an admin to look
    assert "dispute" in refused.json()["detail"]
    assert (await client.get(f"/admin/orders/{uuid.uuid4()}/messages")).status_code == 404

    await deal.as_freelancer("POST", f"/orders/{order['id']}/dispute", json={"reason": "Unpaid"})
    factory.sign_in(client, admin)
    first = (await client.get(path, params={"limit": 1})).json()
    assert [m["content"] for m in first["items"]] == ["Not arrived yet"]
    rest = (await client.get(path, params={"cursor": first["next_cursor"]})).json()
    assert [m["content"] for m in rest["items"]] == ["Paid, see the reference"]
    assert rest["next_cursor"] is None
    # Reading as an admin does not mark anything read for the parties.
    assert all(m["read_at"] is None for m in first["items"] + rest["items"])
    client.cookies.clear()
    assert (await client.get(path)).status_code == 401


async def test_admins_find_orders_by_reference_code_or_party(
    client: AsyncClient, factory: Factory
) -> None:
    deal = await make_deal(factory, client)
    order = await deal.place()
    other = await make_deal(factory, client)
    await other.place()
    factory.sign_in(client, await factory.user(is_admin=True))

    async def found(q: str) -> list[str]:
        page = await client.get("/admin/orders", params={"q": q})
        assert page.status_code == 200, page.text
        return [item["id"] for item in page.json()["items"]]

    typed = order["reference_code"].lower().replace("-", "- ")  # as someone copies it from a note
    assert await found(typed) == [order["id"]]
    assert await found(order["reference_code"]) == [order["id"]]
    assert await found(deal.client.email.upper()) == [order["id"]]
    assert len(await found("Fiona")) == 2  # both freelancers are called Fiona Freelancer
    assert await found("nobody-like-this") == []


async def test_the_dispute_queue_shows_the_order_and_its_payment_proofs(
    client: AsyncClient, factory: Factory
) -> None:
    deal = await make_deal(factory, client)
    order = await deal.advance_to(await deal.place(), "PAYMENT_CONFIRMED")
    opened = await deal.as_client(
        "POST", f"/orders/{order['id']}/dispute", json={"reason": "Nothing since payment"}
    )
    assert opened.json()["order_id"] == order["id"]
    factory.sign_in(client, await factory.user(is_admin=True))
    (item,) = (await client.get("/admin/disputes")).json()["items"]
    assert item["order_id"] == order["id"]
    assert [p["proof_reference"] for p in item["payment_proofs"]] == [
        p["proof_reference"] for p in order["payment_proofs"]
    ]
    assert item["payment_proofs"][0]["verified"] is True


async def test_the_audit_log_names_its_targets(client: AsyncClient, factory: Factory) -> None:
    deal = await make_deal(factory, client)
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    target = await factory.user(full_name="Mallory Spammer")
    factory.sign_in(client, await factory.user(is_admin=True))
    await client.post(f"/admin/users/{target.id}/ban", json={"reason": "Spam"})
    await client.patch(f"/admin/gigs/{deal.gig.id}/deactivate", json={"reason": "Copied work"})
    await client.patch(
        f"/admin/orders/{order['id']}/status", json={"status": "CANCELLED", "reason": "Refunded"}
    )
    log = (await client.get("/admin/audit-log")).json()["items"]
    assert [(entry["target_type"], entry["target_label"]) for entry in log] == [
        ("order", f"{order['reference_code']} · {order['gig_title']}"),
        ("gig", deal.gig.title),
        ("user", "Mallory Spammer"),
    ]
