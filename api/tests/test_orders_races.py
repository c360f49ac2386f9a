"""Concurrent requests on one order: exactly one wins, every other gets 409, and one event is written."""

import asyncio
from collections import Counter
from typing import Any

import pytest
from httpx import AsyncClient
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import OrderEvent, PaymentProof
from tests.factories import Factory
from tests.orders_helpers import make_deal

pytestmark = pytest.mark.asyncio

CONCURRENCY = 50


async def events_to(session: AsyncSession, order_id: str, status: str) -> int:
    query = (
        select(func.count())
        .select_from(OrderEvent)
        .where(col(OrderEvent.order_id) == order_id, col(OrderEvent.to_status) == status)
    )
    return (await session.exec(query)).one()


async def burst(client: AsyncClient, method: str, path: str, **kwargs: Any) -> Counter[int]:
    responses = await asyncio.gather(
        *(client.request(method, path, **kwargs) for _ in range(CONCURRENCY))
    )
    return Counter(response.status_code for response in responses)


async def test_concurrent_confirm_payment(
    factory: Factory, client: AsyncClient, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    order = await deal.advance_to(await deal.place(), "PAYMENT_SUBMITTED")
    factory.sign_in(client, deal.freelancer)
    codes = await burst(client, "PATCH", f"/orders/{order['id']}/confirm-payment")
    assert codes == Counter({200: 1, 409: CONCURRENCY - 1})
    assert await events_to(session, order["id"], "PAYMENT_CONFIRMED") == 1
    verified = select(func.count()).select_from(PaymentProof).where(col(PaymentProof.verified))
    assert (await session.exec(verified)).one() == 1


async def test_concurrent_approve(
    factory: Factory, client: AsyncClient, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    order = await deal.advance_to(await deal.place(), "SUBMITTED")
    factory.sign_in(client, deal.client)
    codes = await burst(client, "PATCH", f"/orders/{order['id']}/approve")
    assert codes == Counter({200: 1, 409: CONCURRENCY - 1})
    assert await events_to(session, order["id"], "COMPLETED") == 1


async def test_two_proofs_submitted_at_once(
    factory: Factory, client: AsyncClient, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    order = await deal.place()
    factory.sign_in(client, deal.client)
    path = f"/orders/{order['id']}/submit-payment"
    bodies = [
        {"proof_reference": f"TX-{n}", "payer_name": "Carl", "amount": order["price"]}
        for n in range(2)
    ]
    responses = await asyncio.gather(*(client.patch(path, json=body) for body in bodies))
    assert sorted(r.status_code for r in responses) == [200, 409]
    assert await events_to(session, order["id"], "PAYMENT_SUBMITTED") == 1
    proofs = select(func.count()).select_from(PaymentProof)
    assert (await session.exec(proofs)).one() == 1  # the loser's proof was rolled back with it


async def test_same_proof_reference_on_two_orders_at_once(
    factory: Factory, client: AsyncClient, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    first, second = await deal.place(), await deal.place()
    factory.sign_in(client, deal.client)
    body = {"proof_reference": "SHARED-REF", "payer_name": "Carl", "amount": first["price"]}
    responses = await asyncio.gather(
        *(client.patch(f"/orders/{o['id']}/submit-payment", json=body) for o in (first, second))
    )
    assert sorted(r.status_code for r in responses) == [200, 409]


async def test_concurrent_orders_with_one_idempotency_key(
    factory: Factory, client: AsyncClient
) -> None:
    deal = await make_deal(factory, client)
    factory.sign_in(client, deal.client)
    responses = await asyncio.gather(
        *(
            client.post(
                "/orders", json={"gig_id": str(deal.gig.id)}, headers={"Idempotency-Key": "same"}
            )
            for _ in range(10)
        )
    )
    assert {r.status_code for r in responses} == {201}
    assert len({r.json()["id"] for r in responses}) == 1
