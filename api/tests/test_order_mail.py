"""Order mail (DESIGN §11): each order event mails exactly the parties it should, in its own transaction."""

from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import Database
from app.models import EmailOutbox, User
from app.orders.schemas import OrderCreate
from app.orders.service import place_order
from tests.factories import Factory
from tests.orders_helpers import DEADLINES, Deal, make_deal

pytestmark = pytest.mark.asyncio


@pytest.fixture
async def deal(factory: Factory, client: AsyncClient) -> Deal:
    return await make_deal(factory, client, title="Logo design", price=Decimal("49.00"))


async def outbox(session: AsyncSession) -> list[EmailOutbox]:
    query = select(EmailOutbox).order_by(col(EmailOutbox.id))
    return list((await session.exec(query.execution_options(populate_existing=True))).all())


async def mails_since(session: AsyncSession, seen: int) -> list[tuple[str, str]]:
    """(kind, recipient address) of the mail queued after the first `seen` rows."""
    return [(row.kind, row.to_address) for row in (await outbox(session))[seen:]]


async def test_a_new_order_mails_the_freelancer(deal: Deal, session: AsyncSession) -> None:
    order = await deal.place()
    [mail] = await outbox(session)
    assert (mail.kind, mail.to_address, mail.user_id) == (
        "order_new", deal.freelancer.email, deal.freelancer.id,
    )  # fmt: skip
    assert mail.payload == {
        "order_id": order["id"],
        "reference_code": order["reference_code"],
        "gig_title": "Logo design",
        "amount": "$49.00",
        "recipient_name": "Fiona Freelancer",
        "role": "freelancer",
        "other_party_name": "Carl Client",
        "reason": None,
        "actor": "other",
        "outcome": None,
    }
    assert mail.dedupe_key.startswith("order_event:")
    assert mail.dedupe_key.endswith(f":{deal.freelancer.id}")


async def test_each_step_mails_the_party_whose_move_it_is(
    deal: Deal, session: AsyncSession
) -> None:
    client, freelancer = deal.client.email, deal.freelancer.email
    order = await deal.place()
    path = f"/orders/{order['id']}"
    steps: list[tuple[Any, str, dict[str, str] | None, list[tuple[str, str]]]] = [
        (deal.as_client, "submit-payment", None, [("payment_proof_submitted", freelancer)]),
        (deal.as_freelancer, "reject-payment", {"reason": "Nothing arrived"},
         [("payment_rejected", client)]),
        (deal.as_client, "submit-payment", None, [("payment_proof_submitted", freelancer)]),
        (deal.as_freelancer, "confirm-payment", None, [("payment_confirmed", client)]),
        (deal.as_freelancer, "start-work", None, []),
        (deal.as_freelancer, "submit-work", {"note": "Here it is"}, [("work_delivered", client)]),
        (deal.as_client, "request-revision", {"reason": "Bigger logo"},
         [("revision_requested", freelancer)]),
        (deal.as_freelancer, "submit-work", {"note": "Bigger now"}, [("work_delivered", client)]),
        (deal.as_client, "approve", None,
         [("order_completed", freelancer), ("order_completed", client)]),
    ]  # fmt: skip
    seen, proofs = 1, 0
    for act, action, body, expected in steps:
        if action == "submit-payment":
            proofs += 1
            response = await deal.pay(order, reference=f"TX-{proofs}-{order['reference_code']}")
        else:
            response = await act("PATCH", f"{path}/{action}", json=body)
        assert response.status_code == 200, (action, response.text)
        assert await mails_since(session, seen) == expected, action
        seen += len(expected)
    rows = await outbox(session)
    assert {row.payload["reason"] for row in rows if row.kind == "payment_rejected"} == {
        "Nothing arrived"
    }
    assert {row.payload["reason"] for row in rows if row.kind == "revision_requested"} == {
        "Bigger logo"
    }
    assert len({row.dedupe_key for row in rows}) == len(rows)


async def test_cancelling_mails_both_parties_with_the_reason(
    deal: Deal, session: AsyncSession
) -> None:
    order = await deal.place()
    response = await deal.as_client(
        "PATCH", f"/orders/{order['id']}/cancel", json={"reason": "Changed my mind"}
    )
    assert response.status_code == 200
    rows = (await outbox(session))[1:]
    assert [(row.kind, row.to_address) for row in rows] == [
        ("order_cancelled", deal.freelancer.email),
        ("order_cancelled", deal.client.email),
    ]
    assert [(row.payload["actor"], row.payload["reason"]) for row in rows] == [
        ("other", "Changed my mind"),
        ("you", "Changed my mind"),
    ]


async def test_a_dispute_and_its_resolution_mail_both_parties(
    deal: Deal, factory: Factory, session: AsyncSession
) -> None:
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    seen = len(await outbox(session))
    opened = await deal.as_client(
        "POST", f"/orders/{order['id']}/dispute", json={"reason": "No news for a week"}
    )
    assert opened.status_code == 201, opened.text
    assert await mails_since(session, seen) == [
        ("dispute_opened", deal.freelancer.email),
        ("dispute_opened", deal.client.email),
    ]
    admin = await factory.user(is_admin=True)
    factory.sign_in(deal.client_http, admin)
    resolved = await deal.client_http.patch(
        f"/admin/orders/{order['id']}/status",
        json={"status": "CANCELLED", "reason": "Refund the client"},
    )
    assert resolved.status_code == 200, resolved.text
    rows = (await outbox(session))[seen + 2 :]
    assert [(row.kind, row.to_address) for row in rows] == [
        ("dispute_resolved", deal.freelancer.email),
        ("dispute_resolved", deal.client.email),
    ]
    assert {
        (row.payload["outcome"], row.payload["reason"], row.payload["actor"]) for row in rows
    } == {("cancelled", "Refund the client", "admin")}
    assert admin.email not in {row.to_address for row in await outbox(session)}


async def test_an_admin_override_without_a_dispute_is_a_plain_completion(
    deal: Deal, factory: Factory, session: AsyncSession
) -> None:
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    seen = len(await outbox(session))
    factory.sign_in(deal.client_http, await factory.user(is_admin=True))
    response = await deal.client_http.patch(
        f"/admin/orders/{order['id']}/status", json={"status": "COMPLETED", "reason": "Done"}
    )
    assert response.status_code == 200
    assert await mails_since(session, seen) == [
        ("order_completed", deal.freelancer.email),
        ("order_completed", deal.client.email),
    ]


async def test_approving_a_disputed_order_is_a_plain_completion(
    deal: Deal, session: AsyncSession
) -> None:
    order = await deal.advance_to(await deal.place(), "SUBMITTED")
    opened = await deal.as_freelancer(
        "POST", f"/orders/{order['id']}/dispute", json={"reason": "No answer from the client"}
    )
    assert opened.status_code == 201
    seen = len(await outbox(session))
    approved = await deal.as_client("PATCH", f"/orders/{order['id']}/approve")
    assert approved.status_code == 200, approved.text
    assert await mails_since(session, seen) == [
        ("order_completed", deal.freelancer.email),
        ("order_completed", deal.client.email),
    ]


async def test_order_mail_turned_off_is_not_written(deal: Deal, session: AsyncSession) -> None:
    freelancer = await session.get(User, deal.freelancer.id)
    assert freelancer is not None
    freelancer.email_order_updates = False
    session.add(freelancer)
    await session.commit()
    order = await deal.place()
    assert await outbox(session) == []
    response = await deal.as_client("PATCH", f"/orders/{order['id']}/cancel", json={"reason": "x"})
    assert response.status_code == 200
    assert await mails_since(session, 0) == [("order_cancelled", deal.client.email)]


async def test_a_refused_transition_mails_nobody(deal: Deal, session: AsyncSession) -> None:
    order = await deal.place()
    seen = len(await outbox(session))
    refused = await deal.as_client("PATCH", f"/orders/{order['id']}/approve")
    assert refused.status_code == 409
    wrong_actor = await deal.as_freelancer("PATCH", f"/orders/{order['id']}/confirm-payment")
    assert wrong_actor.status_code in (403, 409)
    assert await mails_since(session, seen) == []


async def test_a_rolled_back_order_mails_nobody(deal: Deal, database: Database) -> None:
    async with database.sessions() as request_session:
        client = await request_session.get(User, deal.client.id)
        assert client is not None
        await place_order(request_session, client, OrderCreate(gig_id=deal.gig.id), None, DEADLINES)
        queued = (await request_session.exec(select(EmailOutbox))).all()
        assert len(queued) == 1  # written in the transaction...
        await request_session.rollback()
    async with database.sessions() as fresh:
        assert (await fresh.exec(select(EmailOutbox))).all() == []  # ...and gone with it
