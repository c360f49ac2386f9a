"""`GET /orders/my` sends the JSON PostgreSQL writes (app/orders/order_json.py); `GET /orders/{id}` builds the same
order with the Pydantic model. In every status that shows something different (an unpaid order's expiry, a
delivery's auto-completion, work that is late, an open dispute), they must agree field for field."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from httpx import AsyncClient
from sqlmodel import col, update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.pagination import Page
from app.models import Order
from app.orders.schemas import OrderOut
from tests.factories import Factory
from tests.orders_helpers import Deal, make_deal


def as_model(item: dict[str, Any]) -> dict[str, Any]:
    return OrderOut.model_validate(item).model_dump(mode="json")


async def my_page(act: Any, **params: Any) -> dict[str, Any]:
    response = await act("GET", "/orders/my", params=params)
    assert response.status_code == 200, response.text
    Page[OrderOut].model_validate_json(response.content)  # the bytes are what the document says
    body: dict[str, Any] = response.json()
    return body


async def agrees(deal: Deal, act: Any) -> list[dict[str, Any]]:
    items = (await my_page(act))["items"]
    assert items
    for item in items:
        single = (await act("GET", f"/orders/{item['id']}")).json()
        assert as_model(item) == {name: single[name] for name in OrderOut.model_fields}
    return [as_model(item) for item in items]


async def test_my_orders_match_the_model_in_every_state(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client, price=Decimal("75.50"))
    unpaid = await deal.place()
    delivered = await deal.advance_to(await deal.place(), "SUBMITTED")
    late = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    disputed = await deal.advance_to(await deal.place(), "SUBMITTED")
    opened = await deal.as_client(
        "POST",
        f"/orders/{disputed['id']}/dispute",
        json={"reason": "The delivery is not what we agreed"},
    )
    assert opened.status_code in (200, 201), opened.text
    await session.exec(
        update(Order)
        .where(col(Order.id) == late["id"])
        .values(due_at=datetime.now(UTC) - timedelta(days=1))
    )
    await session.commit()

    for act in (deal.as_client, deal.as_freelancer):
        by_id = {item["id"]: item for item in await agrees(deal, act)}
        assert by_id[unpaid["id"]]["expires_at"] is not None
        assert by_id[unpaid["id"]]["waiting_for"] == "client"
        assert by_id[delivered["id"]]["auto_completes_at"] is not None
        assert by_id[late["id"]]["is_late"] is True
        assert by_id[disputed["id"]]["has_open_dispute"] is True
        assert (
            by_id[disputed["id"]]["auto_completes_at"] is None
        )  # the admin settles it, not the clock
        assert by_id[unpaid["id"]]["price"] == "75.50"


async def test_my_orders_page_filter_and_refuse_as_before(
    client: AsyncClient, factory: Factory
) -> None:
    deal = await make_deal(factory, client)
    placed = [await deal.place() for _ in range(3)]
    first = await my_page(deal.as_client, limit=2)
    second = await my_page(deal.as_client, limit=2, cursor=first["next_cursor"])
    assert [o["id"] for o in first["items"] + second["items"]] == [
        o["id"] for o in reversed(placed)
    ]
    assert second["next_cursor"] is None
    assert (await my_page(deal.as_client, role="freelancer"))["items"] == []
    assert (
        len(
            (await my_page(deal.as_freelancer, role="freelancer", status="PENDING_PAYMENT"))[
                "items"
            ]
        )
        == 3
    )
    assert (await my_page(deal.as_freelancer, status="COMPLETED"))["items"] == []
    assert (await deal.as_client("GET", "/orders/my", params={"role": "admin"})).status_code == 422
    assert (await deal.as_client("GET", "/orders/my", params={"cursor": "nope"})).json()[
        "code"
    ] == "invalid_cursor"
    client.cookies.clear()
    assert (await client.get("/orders/my")).status_code == 401
