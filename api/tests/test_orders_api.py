"""The orders API: placing, reading, and every lifecycle action with its exact status codes."""

import re
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from httpx import AsyncClient
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import Database
from app.models import AuditLog, Notification, Order, OrderEvent, PaymentProof
from tests.factories import Factory
from tests.orders_helpers import Deal, make_deal
from tests.test_revocation import sql

pytestmark = pytest.mark.asyncio


@pytest.fixture
async def deal(factory: Factory, client: AsyncClient) -> Deal:
    return await make_deal(
        factory, client, title="Landing page design", price=Decimal("120.00"), delivery_days=3
    )


async def count(session: AsyncSession, model: type, *where: Any) -> int:
    return (await session.exec(select(func.count()).select_from(model).where(*where))).one()


# --- placing an order -----------------------------------------------------------------------


async def test_place_order_snapshots_the_gig(deal: Deal, session: AsyncSession) -> None:
    order = await deal.place()
    assert order["status"] == "PENDING_PAYMENT"
    assert order["payment_status"] == "UNPAID"
    assert (order["price"], order["delivery_days"], order["gig_title"]) == (
        "120.00", 3, "Landing page design",
    )  # fmt: skip
    assert re.fullmatch(r"DM-[0-9A-HJKMNP-TV-Z]{8}", order["reference_code"])
    assert order["payment_instructions"] == "IBAN XX00 1234"
    assert order["client_id"] == str(deal.client.id)
    assert order["freelancer_id"] == str(deal.freelancer.id)
    assert order["available_actions"] == ["submit-payment", "cancel"]
    assert order["waiting_for"] == "client"
    assert order["is_late"] is False
    # A later price change does not touch the order.
    await deal.as_freelancer("PATCH", f"/gigs/{deal.gig.id}", json={"price": "999.00"})
    again = await deal.as_client("GET", f"/orders/{order['id']}")
    assert again.json()["price"] == "120.00"
    assert await count(session, Notification, col(Notification.user_id) == deal.freelancer.id) == 1


async def test_cannot_order_own_gig(deal: Deal) -> None:
    response = await deal.as_freelancer("POST", "/orders", json={"gig_id": str(deal.gig.id)})
    assert response.status_code == 403


async def test_cannot_order_unknown_or_inactive_gig(deal: Deal, factory: Factory) -> None:
    inactive = await factory.gig(deal.freelancer, is_active=False)
    for gig_id in (uuid.uuid4(), inactive.id):
        response = await deal.as_client("POST", "/orders", json={"gig_id": str(gig_id)})
        assert response.status_code == 404


async def test_place_order_requires_sign_in(client: AsyncClient, deal: Deal) -> None:
    client.cookies.clear()
    assert (await client.post("/orders", json={"gig_id": str(deal.gig.id)})).status_code == 401


async def test_place_order_validates_body(deal: Deal) -> None:
    assert (await deal.as_client("POST", "/orders", json={"gig_id": "x"})).status_code == 422
    assert (await deal.as_client("POST", "/orders", json={})).status_code == 422
    smuggled = {"gig_id": str(deal.gig.id), "price": "1.00"}
    assert (await deal.as_client("POST", "/orders", json=smuggled)).status_code == 422


async def test_idempotency_key_replays_the_same_order(deal: Deal, session: AsyncSession) -> None:
    body = {"gig_id": str(deal.gig.id)}
    headers = {"Idempotency-Key": "order-attempt-1"}
    first = await deal.as_client("POST", "/orders", json=body, headers=headers)
    second = await deal.as_client("POST", "/orders", json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    assert await count(session, Order) == 1


async def test_idempotency_key_with_a_different_body_is_422(deal: Deal, factory: Factory) -> None:
    other_gig = await factory.gig(deal.freelancer)
    headers = {"Idempotency-Key": "order-attempt-2"}
    await deal.as_client("POST", "/orders", json={"gig_id": str(deal.gig.id)}, headers=headers)
    response = await deal.as_client(
        "POST", "/orders", json={"gig_id": str(other_gig.id)}, headers=headers
    )
    assert response.status_code == 422
    assert "Idempotency-Key" in response.json()["detail"]


# --- reading orders ---------------------------------------------------------------------------


async def test_order_is_visible_to_parties_and_admins_only(
    deal: Deal, factory: Factory, client: AsyncClient
) -> None:
    order = await deal.place()
    path = f"/orders/{order['id']}"
    assert (await deal.as_freelancer("GET", path)).json()["viewer_role"] == "freelancer"
    factory.sign_in(client, await factory.user())
    assert (await client.get(path)).status_code == 404
    factory.sign_in(client, await factory.user(is_admin=True))
    admin_view = await client.get(path)
    assert admin_view.status_code == 200
    assert admin_view.json()["available_actions"] == ["force-cancel", "force-complete"]
    assert (await client.get(f"/orders/{uuid.uuid4()}")).status_code == 404


async def test_my_orders_by_role_and_status(deal: Deal, factory: Factory) -> None:
    first = await deal.place()
    second = await deal.place()
    await deal.pay(second)
    buying = (await deal.as_client("GET", "/orders/my", params={"role": "client"})).json()
    assert [o["id"] for o in buying["items"]] == [second["id"], first["id"]]
    selling = (await deal.as_client("GET", "/orders/my", params={"role": "freelancer"})).json()
    assert selling["items"] == []
    submitted = await deal.as_freelancer(
        "GET", "/orders/my", params={"status": "PAYMENT_SUBMITTED"}
    )
    assert [o["id"] for o in submitted.json()["items"]] == [second["id"]]
    assert (await deal.as_client("GET", "/orders/my", params={"role": "admin"})).status_code == 422
    assert (await deal.as_client("GET", "/orders/my", params={"status": "NOPE"})).status_code == 422


async def test_my_orders_paginate(deal: Deal, factory: Factory) -> None:
    placed = []
    for _ in range(5):  # of several gigs: one gig takes at most three unpaid orders of a client
        deal.gig = await factory.gig(deal.freelancer)
        placed.append((await deal.place())["id"])
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await deal.as_client("GET", "/orders/my", params=params)).json()
        seen += [o["id"] for o in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(placed))


async def test_summary_counts_orders_waiting_for_me(deal: Deal) -> None:
    first = await deal.place()
    await deal.place()
    await deal.pay(first)
    client_view = (await deal.as_client("GET", "/orders/my/summary")).json()
    assert client_view == {
        "buying_waiting_for_me": 1, "selling_waiting_for_me": 0, "buying_active": 2,
        "selling_active": 0,
    }  # fmt: skip
    freelancer_view = (await deal.as_freelancer("GET", "/orders/my/summary")).json()
    assert freelancer_view["selling_waiting_for_me"] == 1
    assert freelancer_view["selling_active"] == 2


# --- payment ----------------------------------------------------------------------------------


async def test_submit_payment_records_a_normalized_proof(deal: Deal, session: AsyncSession) -> None:
    order = await deal.place()
    response = await deal.as_client(
        "PATCH",
        f"/orders/{order['id']}/submit-payment",
        json={
            "proof_reference": "  TXN  ABC-123 ",
            "payer_name": "Carl Client",
            "amount": "120.00",
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["payment_status"]) == ("PAYMENT_SUBMITTED", "SUBMITTED")
    assert body["payment_proofs"][0]["proof_reference"] == "txnabc123"
    assert body["payment_proofs"][0]["verified"] is False


@pytest.mark.parametrize("amount", ["119.99", "120.01", "12", "1200.00"])
async def test_amount_must_equal_the_price(deal: Deal, amount: str, session: AsyncSession) -> None:
    order = await deal.place()
    response = await deal.as_client(
        "PATCH",
        f"/orders/{order['id']}/submit-payment",
        json={"proof_reference": "TX-1", "payer_name": "Carl", "amount": amount},
    )
    assert response.status_code == 422
    assert "120.00" in response.json()["detail"]
    assert await count(session, PaymentProof) == 0


@pytest.mark.parametrize(
    "body",
    [
        {"proof_reference": "", "payer_name": "Carl", "amount": "120.00"},
        {"proof_reference": "TX-1", "payer_name": "", "amount": "120.00"},
        {"proof_reference": "TX-1", "payer_name": "Carl", "amount": "120.001"},
        {"proof_reference": "TX-1", "payer_name": "Carl"},
    ],
)
async def test_submit_payment_validates(deal: Deal, body: dict[str, str]) -> None:
    order = await deal.place()
    response = await deal.as_client("PATCH", f"/orders/{order['id']}/submit-payment", json=body)
    assert response.status_code == 422


async def test_proof_reference_is_unique_platform_wide(deal: Deal, session: AsyncSession) -> None:
    first, second = await deal.place(), await deal.place()
    assert (await deal.pay(first, "BANK-777")).status_code == 200
    response = await deal.pay(second, "  bank-777 ")
    assert response.status_code == 409
    refreshed = (await deal.as_client("GET", f"/orders/{second['id']}")).json()
    assert refreshed["status"] == "PENDING_PAYMENT"  # the failed request changed nothing


# The same transfer id, spelled so that it looks the same to a person (or to a bank) but differs in bytes.
SAME_ID_DISGUISED = [
    "BANK\u200b-777",  # zero-width space
    "BANK\u00ad777",  # soft hyphen
    "\u202eBANK-777",  # right-to-left override
    "\u2066BANK-777\u2069",  # bidi isolate
    "BANK 777",  # an inner space instead of the hyphen
    "BANK777",  # no separator at all
    "BANK\u2013777",  # en dash
    "\uff22\uff21\uff2e\uff2b\uff0d\uff17\uff17\uff17",  # full-width letters, hyphen and digits
    "bank_777",
    "BANK.777",
    "BANK\t-\u00a0777",  # tab and a no-break space
]


@pytest.mark.parametrize("disguised", SAME_ID_DISGUISED)
async def test_a_claimed_transfer_id_cannot_be_claimed_again_in_disguise(
    deal: Deal, disguised: str
) -> None:
    first, second = await deal.place(), await deal.place()
    assert (await deal.pay(first, "BANK-777")).status_code == 200
    response = await deal.pay(second, disguised)
    assert response.status_code == 409, response.text
    assert response.json()["code"] == "proof_reference_taken"


@pytest.mark.parametrize("too_short", ["\u200b-\u200b", "A-B", "  -- ", "\u00ad\u00ad\u00adX"])
async def test_a_transfer_id_must_have_enough_letters_once_normalised(
    deal: Deal, too_short: str
) -> None:
    order = await deal.place()
    assert (await deal.pay(order, too_short)).status_code == 422


async def test_a_transfer_id_longer_than_its_column_once_normalised_is_422(deal: Deal) -> None:
    order = await deal.place()
    # 40 characters, each of which NFKC expands to several ("㎒" → "mhz"): 120 once normalised.
    assert (await deal.pay(order, "㎒" * 40)).status_code == 422
    assert (await deal.pay(order, "㎒" * 33)).status_code == 200  # 99 once normalised


async def test_a_rejected_proof_frees_its_transfer_id(deal: Deal) -> None:
    order = await deal.place()
    await deal.pay(order, "TYPO-42")
    rejected = await deal.as_freelancer(
        "PATCH", f"/orders/{order['id']}/reject-payment", json={"reason": "Not on my statement yet"}
    )
    assert rejected.json()["payment_proofs"][0]["rejected_at"] is not None
    # The client checks with their bank: the transfer did go out, under that very id.
    again = await deal.pay(order, "TYPO-42")
    assert again.status_code == 200, again.text
    proofs = again.json()["payment_proofs"]
    assert [proof["rejected_at"] is None for proof in proofs] == [False, True]
    # A live (pending) proof still blocks the id everywhere.
    other = await deal.place()
    assert (await deal.pay(other, "typo 42")).status_code == 409


async def test_reject_needs_a_reason_and_lets_the_client_pay_again(deal: Deal) -> None:
    order = await deal.place()
    await deal.pay(order, "FIRST-TRY")
    path = f"/orders/{order['id']}/reject-payment"
    assert (await deal.as_freelancer("PATCH", path, json={})).status_code == 422
    assert (await deal.as_freelancer("PATCH", path, json={"reason": "  "})).status_code == 422
    rejected = await deal.as_freelancer("PATCH", path, json={"reason": "Nothing arrived"})
    assert rejected.status_code == 200
    assert (rejected.json()["status"], rejected.json()["payment_status"]) == (
        "PENDING_PAYMENT", "REJECTED",
    )  # fmt: skip
    assert rejected.json()["events"][-1]["reason"] == "Nothing arrived"
    retry = await deal.pay(order, "SECOND-TRY")
    assert retry.json()["payment_status"] == "SUBMITTED"
    assert len(retry.json()["payment_proofs"]) == 2


async def test_confirm_payment_verifies_the_latest_proof(deal: Deal) -> None:
    order = await deal.place()
    await deal.pay(order)
    response = await deal.as_freelancer("PATCH", f"/orders/{order['id']}/confirm-payment")
    body = response.json()
    assert (body["status"], body["payment_status"]) == ("PAYMENT_CONFIRMED", "CONFIRMED")
    assert [p["verified"] for p in body["payment_proofs"]] == [True]


async def test_proofs_are_never_updated_or_deleted(deal: Deal, session: AsyncSession) -> None:
    order = await deal.place()
    await deal.pay(order)
    proof = (await session.exec(select(PaymentProof))).one()
    proof.amount = Decimal("1.00")
    session.add(proof)
    with pytest.raises(Exception, match="append-only"):
        await session.commit()
    await session.rollback()
    await session.delete(proof)
    with pytest.raises(Exception, match="never deleted"):
        await session.commit()
    await session.rollback()


# --- work -------------------------------------------------------------------------------------


async def test_start_work_sets_the_due_date(deal: Deal) -> None:
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    due = datetime.fromisoformat(order["due_at"])
    expected = datetime.now(UTC) + timedelta(days=3)
    assert abs((due - expected).total_seconds()) < 60
    assert order["is_late"] is False


async def test_overdue_work_shows_as_late(deal: Deal, session: AsyncSession) -> None:
    placed = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    order = await session.get(Order, uuid.UUID(placed["id"]))
    assert order is not None
    order.due_at = datetime.now(UTC) - timedelta(hours=1)
    await session.commit()
    assert (await deal.as_client("GET", f"/orders/{placed['id']}")).json()["is_late"] is True


async def test_revision_round_trip(deal: Deal) -> None:
    order = await deal.advance_to(await deal.place(), "SUBMITTED")
    path = f"/orders/{order['id']}"
    assert (await deal.as_client("PATCH", f"{path}/request-revision", json={})).status_code == 422
    revised = await deal.as_client(
        "PATCH", f"{path}/request-revision", json={"reason": "Bigger logo"}
    )
    assert revised.json()["status"] == "REVISION_REQUESTED"
    resubmitted = await deal.as_freelancer("PATCH", f"{path}/submit-work", json={"note": "v2"})
    assert resubmitted.json()["status"] == "SUBMITTED"
    approved = await deal.as_client("PATCH", f"{path}/approve")
    assert approved.json()["status"] == "COMPLETED"
    assert approved.json()["available_actions"] == []


async def test_timeline_has_one_event_per_transition(deal: Deal, session: AsyncSession) -> None:
    order = await deal.advance_to(await deal.place(), "COMPLETED")
    events = order["events"]
    assert [(e["from_status"], e["to_status"]) for e in events] == [
        (None, "PENDING_PAYMENT"),
        ("PENDING_PAYMENT", "PAYMENT_SUBMITTED"),
        ("PAYMENT_SUBMITTED", "PAYMENT_CONFIRMED"),
        ("PAYMENT_CONFIRMED", "IN_PROGRESS"),
        ("IN_PROGRESS", "SUBMITTED"),
        ("SUBMITTED", "COMPLETED"),
    ]
    # Each transition notified the other party; placing notified the freelancer.
    assert await count(session, Notification, col(Notification.user_id) == deal.client.id) == 3
    assert await count(session, Notification, col(Notification.user_id) == deal.freelancer.id) == 3


# --- refusals -----------------------------------------------------------------------------------

WRONG_ACTOR = [
    ("client", "confirm-payment", "PAYMENT_SUBMITTED", None),
    ("client", "reject-payment", "PAYMENT_SUBMITTED", {"reason": "x"}),
    ("client", "start-work", "PAYMENT_CONFIRMED", None),
    ("client", "submit-work", "IN_PROGRESS", {"note": "x"}),
    ("freelancer", "approve", "SUBMITTED", None),
    ("freelancer", "request-revision", "SUBMITTED", {"reason": "x"}),
    ("freelancer", "cancel", "PENDING_PAYMENT", None),
]


@pytest.mark.parametrize(("who", "action", "status", "body"), WRONG_ACTOR)
async def test_wrong_actor_is_403(
    deal: Deal, who: str, action: str, status: str, body: dict[str, str] | None
) -> None:
    order = await deal.advance_to(await deal.place(), status)
    act = deal.as_client if who == "client" else deal.as_freelancer
    response = await act("PATCH", f"/orders/{order['id']}/{action}", json=body)
    assert response.status_code == 403
    assert response.json()["detail"].startswith("Only")


ILLEGAL = [
    ("freelancer", "confirm-payment", "PENDING_PAYMENT", None),
    ("freelancer", "start-work", "PAYMENT_SUBMITTED", None),
    ("freelancer", "submit-work", "PAYMENT_CONFIRMED", None),
    ("client", "approve", "IN_PROGRESS", None),
    ("client", "cancel", "PAYMENT_SUBMITTED", None),
    ("client", "request-revision", "IN_PROGRESS", {"reason": "x"}),
]


@pytest.mark.parametrize(("who", "action", "status", "body"), ILLEGAL)
async def test_illegal_move_is_409(
    deal: Deal, who: str, action: str, status: str, body: dict[str, str] | None
) -> None:
    order = await deal.advance_to(await deal.place(), status)
    act = deal.as_client if who == "client" else deal.as_freelancer
    response = await act("PATCH", f"/orders/{order['id']}/{action}", json=body)
    assert response.status_code == 409
    assert (await deal.as_client("GET", f"/orders/{order['id']}")).json()["status"] == status


async def test_submit_payment_twice_is_409(deal: Deal) -> None:
    order = await deal.place()
    await deal.pay(order, "ONE")
    assert (await deal.pay(order, "TWO")).status_code == 409


async def test_stranger_gets_404_for_every_action(
    deal: Deal, factory: Factory, client: AsyncClient
) -> None:
    order = await deal.place()
    factory.sign_in(client, await factory.user())
    for action in ("confirm-payment", "approve", "cancel", "start-work"):
        assert (await client.patch(f"/orders/{order['id']}/{action}")).status_code == 404
    dispute = await client.post(f"/orders/{order['id']}/dispute", json={"reason": "x"})
    assert dispute.status_code == 404


@pytest.mark.parametrize("terminal", ["COMPLETED", "CANCELLED"])
async def test_every_action_on_a_terminal_order_is_409(
    deal: Deal, factory: Factory, client: AsyncClient, terminal: str
) -> None:
    order = await deal.place()
    if terminal == "COMPLETED":
        await deal.advance_to(order, "COMPLETED")
    else:
        await deal.as_client(
            "PATCH", f"/orders/{order['id']}/cancel", json={"reason": "Changed plans"}
        )
    path = f"/orders/{order['id']}"
    for act, action in [
        (deal.as_client, "cancel"), (deal.as_client, "approve"), (deal.as_freelancer, "confirm-payment"),
        (deal.as_freelancer, "submit-work"), (deal.as_freelancer, "start-work"),
    ]:  # fmt: skip
        assert (await act("PATCH", f"{path}/{action}")).status_code == 409
    assert (await deal.pay(order)).status_code == 409
    dispute = await deal.as_client("POST", f"{path}/dispute", json={"reason": "late"})
    assert dispute.status_code == 409
    factory.sign_in(client, await factory.user(is_admin=True))
    override = await client.patch(
        f"/admin{path}/status", json={"status": "CANCELLED", "reason": "cleanup"}
    )
    assert override.status_code == 409


# --- disputes and admin override ----------------------------------------------------------------


async def test_dispute_opens_once(deal: Deal) -> None:
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    path = f"/orders/{order['id']}/dispute"
    assert (await deal.as_client("POST", path, json={"reason": ""})).status_code == 422
    opened = await deal.as_client("POST", path, json={"reason": "No reply for a week"})
    assert opened.status_code == 201
    assert opened.json()["status"] == "OPEN"
    assert (await deal.as_freelancer("POST", path, json={"reason": "Me too"})).status_code == 409
    detail = (await deal.as_client("GET", f"/orders/{order['id']}")).json()
    assert detail["status"] == "IN_PROGRESS"  # a dispute does not move the order
    assert detail["has_open_dispute"] is True


async def test_admin_override_resolves_disputes_and_is_audited(
    deal: Deal, factory: Factory, client: AsyncClient, session: AsyncSession
) -> None:
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    await deal.as_client("POST", f"/orders/{order['id']}/dispute", json={"reason": "Silent"})
    admin = await factory.user(is_admin=True)
    factory.sign_in(client, admin)
    path = f"/admin/orders/{order['id']}/status"
    assert (await client.patch(path, json={"status": "CANCELLED"})).status_code == 422
    assert (
        await client.patch(path, json={"status": "IN_PROGRESS", "reason": "x"})
    ).status_code == 422
    response = await client.patch(path, json={"status": "CANCELLED", "reason": "Refund agreed"})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "CANCELLED"
    assert body["disputes"][0]["status"] == "RESOLVED"
    assert body["disputes"][0]["resolution"] == "Refund agreed"
    assert body["events"][-1]["actor_id"] == str(admin.id)
    audit = (await session.exec(select(AuditLog))).one()
    assert (audit.action, audit.target_id, audit.admin_id) == (
        "order.override_status", uuid.UUID(order["id"]), admin.id,
    )  # fmt: skip
    assert audit.details["reason"] == "Refund agreed"
    assert audit.details["from_status"] == "IN_PROGRESS"


async def test_override_requires_admin(deal: Deal, session: AsyncSession) -> None:
    order = await deal.place()
    body = {"status": "COMPLETED", "reason": "I say so"}
    response = await deal.as_client("PATCH", f"/admin/orders/{order['id']}/status", json=body)
    assert response.status_code == 403
    assert await count(session, OrderEvent) == 1


# --- the answer of a write is the order as a read returns it ------------------------------------


async def test_every_write_answers_with_what_a_fresh_read_returns(deal: Deal) -> None:
    """Placing and acting build their response from what they already hold; it must not differ from
    reading the order again (the timeline, proofs, flags, whose turn it is)."""
    order = await deal.place()
    assert order == (await deal.as_client("GET", f"/orders/{order['id']}")).json()
    for status, who, action, body in [
        ("PAYMENT_SUBMITTED", "client", "submit-payment", None),
        ("PAYMENT_CONFIRMED", "freelancer", "confirm-payment", None),
        ("IN_PROGRESS", "freelancer", "start-work", None),
    ]:
        if action == "submit-payment":
            answer = (await deal.pay(order)).json()
        else:
            actor = deal.as_client if who == "client" else deal.as_freelancer
            answer = (await actor("PATCH", f"/orders/{order['id']}/{action}", json=body)).json()
        assert answer["status"] == status
        reread_as = deal.as_client if who == "client" else deal.as_freelancer
        assert answer == (await reread_as("GET", f"/orders/{order['id']}")).json()


async def test_list_items_say_whose_turn_it_is(deal: Deal) -> None:
    order = await deal.advance_to(await deal.place(), "PAYMENT_SUBMITTED")
    listed = (await deal.as_client("GET", "/orders/my")).json()["items"]
    assert [(o["id"], o["waiting_for"]) for o in listed] == [(order["id"], "freelancer")]
    completed = await deal.advance_to(await deal.place(), "COMPLETED")
    assert completed["waiting_for"] is None


async def test_a_transition_reads_the_order_once(deal: Deal, database: Database) -> None:
    """The answer is built from what the transition already holds: one read of the caller's sign-in,
    the order, its parties and its lists, then the move with everything it writes — not a refresh and a
    second full load."""
    order = await deal.advance_to(await deal.place(), "PAYMENT_CONFIRMED")
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement.split(None, 1)[0].upper())

    sa.event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    try:
        started = await deal.as_freelancer("PATCH", f"/orders/{order['id']}/start-work")
    finally:
        sa.event.remove(database.engine.sync_engine, "before_cursor_execute", record)
    assert started.status_code == 200
    # The signed-in user with the order, its parties, timeline, proofs and disputes; then the
    # compare-and-set with the event, the notification and the mail (WITH moved AS (UPDATE ...) ...):
    # 2 statements (there were 11, then 8, then 5).
    assert statements == ["SELECT", "WITH"]


async def test_the_clients_brief_comes_with_the_order(deal: Deal) -> None:
    brief = "  Logo for a bakery called Crumb; warm colours. Examples: https://example.com/refs  "
    placed = await deal.as_client(
        "POST", "/orders", json={"gig_id": str(deal.gig.id), "requirements": brief}
    )
    assert placed.status_code == 201, placed.text
    order = placed.json()
    assert order["requirements"] == brief.strip()
    assert (order["events"][0]["action"], order["events"][0]["reason"]) == ("place", brief.strip())
    seen_by_freelancer = (await deal.as_freelancer("GET", f"/orders/{order['id']}")).json()
    assert seen_by_freelancer["requirements"] == brief.strip()
    without = await deal.place()
    assert (without["requirements"], without["events"][0]["reason"]) == ("", None)


async def test_a_brief_is_bounded_and_part_of_the_idempotent_request(deal: Deal) -> None:
    too_long = await deal.as_client(
        "POST", "/orders", json={"gig_id": str(deal.gig.id), "requirements": "x" * 5001}
    )
    assert too_long.status_code == 422
    assert too_long.json()["errors"][0]["field"] == "requirements"
    key = {"Idempotency-Key": "brief-1"}
    body = {"gig_id": str(deal.gig.id), "requirements": "A"}
    first = await deal.as_client("POST", "/orders", json=body, headers=key)
    again = await deal.as_client("POST", "/orders", json=body, headers=key)
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    changed = await deal.as_client(
        "POST", "/orders", json={**body, "requirements": "B"}, headers=key
    )
    assert changed.status_code == 422


async def test_a_caller_who_may_no_longer_sign_in_moves_nothing(
    deal: Deal, client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    """A move reads its caller's sign-in with the order (`app.orders.moves`), not through `CurrentUser`:
    the same refusals, before anything is decided, and the order, its timeline and mail stay as they were."""
    order = await deal.advance_to(await deal.place(), "PAYMENT_SUBMITTED")
    signed_out_at = int(datetime.now(UTC).timestamp()) - 60
    await sql(
        session,
        "INSERT INTO revoked_sessions (user_id, auth_time, expires_at) VALUES (:u, :a, now())",
        u=deal.freelancer.id,
        a=signed_out_at,
    )
    gone = await factory.user()
    gone_token = factory.token_for(gone)
    await sql(session, "DELETE FROM users WHERE id = :u", u=gone.id)
    refusals = [
        (factory.token_for(deal.freelancer, auth_time=signed_out_at), 401, "session_revoked"),
        (gone_token, 401, "account_not_found"),
    ]
    for token, status, code in refusals:
        client.cookies.set(factory.settings.access_cookie_name, token)
        refused = await client.patch(f"/orders/{order['id']}/confirm-payment")
        assert (refused.status_code, refused.json()["code"]) == (status, code), refused.text
    await sql(session, "UPDATE users SET is_banned = true WHERE id = :u", u=deal.freelancer.id)
    banned = await deal.as_freelancer("PATCH", f"/orders/{order['id']}/confirm-payment")
    assert (banned.status_code, banned.json()["code"]) == (403, "account_suspended")
    assert (await deal.as_client("GET", f"/orders/{order['id']}")).json() == order


async def test_answers_that_change_a_proof_or_a_dispute_are_the_order_as_it_now_stands(
    deal: Deal,
) -> None:
    """A move's answer patches the lists it read with what it wrote (`app.orders.transitions`): a rejected
    proof, a confirmed one, and a dispute the parties' approval settles read back the same."""
    order = await deal.advance_to(await deal.place(), "PAYMENT_SUBMITTED")
    rejected = await deal.as_freelancer(
        "PATCH", f"/orders/{order['id']}/reject-payment", json={"reason": "No such transfer"}
    )
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["payment_proofs"][0]["rejected_at"] is not None
    assert rejected.json() == (await deal.as_freelancer("GET", f"/orders/{order['id']}")).json()
    repaid = await deal.pay(order, reference="TX-SECOND-TRY")
    assert repaid.status_code == 200, repaid.text
    assert repaid.json() == (await deal.as_client("GET", f"/orders/{order['id']}")).json()
    confirmed = await deal.as_freelancer("PATCH", f"/orders/{order['id']}/confirm-payment")
    assert [p["verified"] for p in confirmed.json()["payment_proofs"]] == [False, True]
    assert confirmed.json() == (await deal.as_freelancer("GET", f"/orders/{order['id']}")).json()

    for action, body in (("start-work", None), ("submit-work", {"note": "Done"})):
        moved = await deal.as_freelancer("PATCH", f"/orders/{order['id']}/{action}", json=body)
        assert moved.status_code == 200, moved.text
    delivered = moved.json()
    opened = await deal.as_client(
        "POST", f"/orders/{delivered['id']}/dispute", json={"reason": "Not what we agreed"}
    )
    assert opened.status_code == 201, opened.text
    approved = await deal.as_client("PATCH", f"/orders/{delivered['id']}/approve")
    assert approved.status_code == 200, approved.text
    [settled] = approved.json()["disputes"]
    assert settled["status"] == "RESOLVED"
    assert settled["resolved_at"] is not None
    assert approved.json()["has_open_dispute"] is False
    assert approved.json() == (await deal.as_client("GET", f"/orders/{delivered['id']}")).json()
