"""An admin's suspension of a gig holds against its owner until an admin lifts it (issue 10, item 2)."""

import uuid
from typing import Any

import pytest
from httpx import AsyncClient
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import AuditLog, Gig, User
from tests.factories import Factory

pytestmark = pytest.mark.asyncio

REASON = "Offers to sell copied course material"


async def suspend(client: AsyncClient, factory: Factory, admin: User, gig: Gig) -> None:
    factory.sign_in(client, admin)
    response = await client.patch(f"/admin/gigs/{gig.id}/deactivate", json={"reason": REASON})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["is_active"], body["moderation_status"]) == (False, "suspended")
    assert (body["suspension_reason"], body["suspended_at"] is not None) == (REASON, True)


async def owner_notifications(
    client: AsyncClient, factory: Factory, owner: User
) -> list[dict[str, Any]]:
    factory.sign_in(client, owner)
    items: list[dict[str, Any]] = (await client.get("/notifications")).json()["items"]
    return [item for item in items if item["type"] == "gig.moderated"]


async def test_owner_cannot_undo_a_suspension(client: AsyncClient, factory: Factory) -> None:
    """The reproduction: takedown, then the owner's PATCH is_active=true made it public again."""
    admin, owner, buyer = (
        await factory.user(is_admin=True),
        await factory.user(),
        await factory.user(),
    )
    gig = await factory.gig(owner)
    await suspend(client, factory, admin, gig)

    factory.sign_in(client, owner)
    refused = await client.patch(f"/gigs/{gig.id}", json={"is_active": True})
    assert refused.status_code == 409
    assert refused.json()["code"] == "gig_suspended"
    assert "suspended by moderation" in refused.json()["detail"]
    # Other edits stay open, so the owner can fix what moderation objected to; the gig stays off.
    edited = await client.patch(
        f"/gigs/{gig.id}", json={"title": "A cleaned up title", "is_active": False}
    )
    assert edited.status_code == 200
    assert (edited.json()["is_active"], edited.json()["moderation_status"]) == (False, "suspended")
    assert edited.json()["suspension_reason"] == REASON

    client.cookies.clear()
    assert (await client.get(f"/gigs/{gig.id}")).status_code == 404
    assert gig.id not in [g["id"] for g in (await client.get("/gigs")).json()["items"]]
    factory.sign_in(client, buyer)
    assert (await client.post("/orders", json={"gig_id": str(gig.id)})).status_code == 404
    assert (await client.get(f"/gigs/{gig.id}")).status_code == 404


async def test_owner_and_admins_see_the_reason_the_public_does_not(
    client: AsyncClient, factory: Factory
) -> None:
    admin, owner = await factory.user(is_admin=True), await factory.user()
    suspended, listed = await factory.gig(owner), await factory.gig(owner)
    await suspend(client, factory, admin, suspended)

    for insider in (owner, admin):
        factory.sign_in(client, insider)
        detail = (await client.get(f"/gigs/{suspended.id}")).json()
        assert (detail["moderation_status"], detail["suspension_reason"]) == ("suspended", REASON)
        mine = (await client.get("/gigs", params={"freelancer_id": str(owner.id)})).json()
        by_id = {item["id"]: item for item in mine["items"]}
        assert by_id[str(suspended.id)]["suspension_reason"] == REASON
        assert by_id[str(listed.id)]["moderation_status"] == "active"

    for outsider in (None, await factory.user()):
        client.cookies.clear()
        if outsider is not None:
            factory.sign_in(client, outsider)
        public = (await client.get(f"/gigs/{listed.id}")).json()
        assert (public["moderation_status"], public["suspension_reason"]) == (None, None)
        listing = (await client.get("/gigs")).json()["items"]
        assert [g["id"] for g in listing] == [str(listed.id)]
        assert listing[0]["moderation_status"] is None


async def test_reactivate_lifts_it_audited_and_notified(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    admin, owner, buyer = (
        await factory.user(is_admin=True),
        await factory.user(),
        await factory.user(),
    )
    gig = await factory.gig(owner)
    await suspend(client, factory, admin, gig)
    again = await client.patch(f"/admin/gigs/{gig.id}/deactivate", json={"reason": "Twice"})
    assert (again.status_code, again.json()["code"]) == (409, "gig_already_suspended")

    lifted = await client.patch(f"/admin/gigs/{gig.id}/reactivate")
    assert lifted.status_code == 200
    body = lifted.json()
    assert (body["is_active"], body["moderation_status"]) == (True, "active")
    assert (body["suspension_reason"], body["suspended_at"]) == (None, None)
    not_suspended = await client.patch(f"/admin/gigs/{gig.id}/reactivate")
    assert (not_suspended.status_code, not_suspended.json()["code"]) == (409, "gig_not_suspended")

    client.cookies.clear()
    assert (await client.get(f"/gigs/{gig.id}")).status_code == 200
    factory.sign_in(client, buyer)
    assert (await client.post("/orders", json={"gig_id": str(gig.id)})).status_code == 201

    audit = (
        await session.exec(
            select(AuditLog)
            .where(col(AuditLog.target_id) == gig.id)
            .order_by(col(AuditLog.created_at))
        )
    ).all()
    assert [(a.action, a.admin_id, a.details["reason"]) for a in audit] == [
        ("gig.suspend", admin.id, REASON),
        ("gig.reactivate", admin.id, REASON),
    ]
    notified = await owner_notifications(client, factory, owner)
    assert [(n["data"]["action"], n["data"]["reason"]) for n in notified] == [
        ("reactivate", REASON),
        ("suspend", REASON),
    ]
    assert notified[0]["data"]["gig_id"] == str(gig.id)
    assert notified[0]["data"]["gig_title"] == gig.title


async def test_a_gig_its_owner_had_switched_off_stays_off_after_reactivation(
    client: AsyncClient, factory: Factory
) -> None:
    admin, owner = await factory.user(is_admin=True), await factory.user()
    gig = await factory.gig(owner, is_active=False)
    await suspend(
        client, factory, admin, gig
    )  # suspending an inactive gig is allowed: it stays down
    lifted = (await client.patch(f"/admin/gigs/{gig.id}/reactivate")).json()
    assert (lifted["is_active"], lifted["moderation_status"]) == (False, "active")
    factory.sign_in(client, owner)
    relisted = await client.patch(f"/gigs/{gig.id}", json={"is_active": True})
    assert (relisted.status_code, relisted.json()["is_active"]) == (200, True)


@pytest.mark.parametrize(
    "body",
    [{}, {"reason": ""}, {"reason": "   "}, {"reason": "x" * 2001}, {"reason": "ok", "x": 1}],
)
async def test_suspension_needs_a_reason(
    client: AsyncClient, factory: Factory, body: dict[str, object]
) -> None:
    gig = await factory.gig()
    factory.sign_in(client, await factory.user(is_admin=True))
    assert (await client.patch(f"/admin/gigs/{gig.id}/deactivate", json=body)).status_code == 422


async def test_only_admins_moderate_and_missing_gigs_are_404(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    gig = await factory.gig(owner)
    for path, body in [("deactivate", {"reason": REASON}), ("reactivate", None)]:
        client.cookies.clear()
        assert (await client.patch(f"/admin/gigs/{gig.id}/{path}", json=body)).status_code == 401
        for user in (owner, await factory.user()):
            factory.sign_in(client, user)
            response = await client.patch(f"/admin/gigs/{gig.id}/{path}", json=body)
            assert response.status_code == 403
        factory.sign_in(client, await factory.user(is_admin=True))
        missing = await client.patch(f"/admin/gigs/{uuid.uuid4()}/{path}", json=body)
        assert missing.status_code == 404
