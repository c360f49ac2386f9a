"""Limits an attacker must not be able to race or sidestep: the message rate under a concurrent burst, and
how many orders (each revealing the freelancer's bank details and notifying them) one client may place."""

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from sqlmodel import SQLModel, col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.messages.service import RATE_LIMIT
from app.models import Message, Notification, Order
from app.orders.service import MAX_ORDERS_PER_HOUR, MAX_UNPAID_ORDERS_PER_GIG
from tests.factories import Factory
from tests.orders_helpers import make_deal

pytestmark = pytest.mark.asyncio


async def count(session: AsyncSession, model: type[SQLModel], *where: Any) -> int:
    return (await session.exec(select(func.count()).select_from(model).where(*where))).one()


async def test_a_concurrent_burst_of_messages_stores_at_most_the_limit(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    ada, ben = await factory.user(), await factory.user()
    factory.sign_in(client, ada)
    body = {"receiver_id": str(ben.id), "content": "spam"}
    responses = await asyncio.gather(*(client.post("/messages", json=body) for _ in range(45)))
    codes = Counter(response.status_code for response in responses)
    assert codes == Counter({201: RATE_LIMIT, 429: 45 - RATE_LIMIT})
    assert await count(session, Message, col(Message.sender_id) == ada.id) == RATE_LIMIT
    refused = next(r for r in responses if r.status_code == 429)
    assert refused.json()["code"] == "rate_limited"


async def test_unpaid_orders_of_one_gig_are_capped(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    placed = [await deal.place() for _ in range(MAX_UNPAID_ORDERS_PER_GIG)]
    refused = await deal.as_client("POST", "/orders", json={"gig_id": str(deal.gig.id)})
    assert refused.status_code == 409
    assert refused.json()["code"] == "too_many_unpaid_orders"
    # The freelancer heard of the orders that were placed, and of nothing else.
    notified = col(Notification.user_id) == deal.freelancer.id
    assert await count(session, Notification, notified) == MAX_UNPAID_ORDERS_PER_GIG
    # Cancelling one makes room again.
    cancelled = await deal.as_client(
        "PATCH", f"/orders/{placed[0]['id']}/cancel", json={"reason": "Ordered twice"}
    )
    assert cancelled.status_code == 200
    await deal.place()


async def test_a_concurrent_burst_of_orders_respects_the_cap(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    factory.sign_in(client, deal.client)
    body = {"gig_id": str(deal.gig.id)}
    responses = await asyncio.gather(*(client.post("/orders", json=body) for _ in range(12)))
    assert Counter(r.status_code for r in responses) == Counter(
        {201: MAX_UNPAID_ORDERS_PER_GIG, 409: 12 - MAX_UNPAID_ORDERS_PER_GIG}
    )
    assert await count(session, Order, col(Order.client_id) == deal.client.id) == 3


async def test_orders_per_hour_are_capped_across_gigs(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    gigs = [await factory.gig(deal.freelancer) for _ in range(MAX_ORDERS_PER_HOUR + 1)]
    factory.sign_in(client, deal.client)
    for gig in gigs[:MAX_ORDERS_PER_HOUR]:
        placed = await client.post("/orders", json={"gig_id": str(gig.id)})
        assert placed.status_code == 201, placed.text
    refused = await client.post("/orders", json={"gig_id": str(gigs[-1].id)})
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"

    # An hour later the client may order again.
    orders = await session.exec(select(Order).where(col(Order.client_id) == deal.client.id))
    for order in orders:
        order.created_at = datetime.now(UTC) - timedelta(hours=1, minutes=1)
        session.add(order)
    await session.commit()
    assert (await client.post("/orders", json={"gig_id": str(gigs[-1].id)})).status_code == 201


async def test_a_replayed_order_does_not_count_against_the_cap(
    client: AsyncClient, factory: Factory
) -> None:
    deal = await make_deal(factory, client)
    factory.sign_in(client, deal.client)
    body = {"gig_id": str(deal.gig.id)}
    first = await client.post("/orders", json=body, headers={"Idempotency-Key": "k1"})
    for _ in range(MAX_UNPAID_ORDERS_PER_GIG + 2):
        again = await client.post("/orders", json=body, headers={"Idempotency-Key": "k1"})
        assert again.json()["id"] == first.json()["id"]
