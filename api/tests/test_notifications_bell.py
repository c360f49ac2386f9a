"""The bell (GET /notifications without `after`) counts everything but messages, which the Messages
badge counts; opening the thing a notification is about marks it read (POST /notifications/read)."""

from typing import Any

import pytest
from httpx import AsyncClient

from app.models import User
from tests.factories import Factory
from tests.orders_helpers import Deal, make_deal

pytestmark = pytest.mark.asyncio


async def send(
    http: AsyncClient,
    factory: Factory,
    sender: User,
    receiver: User,
    text: str,
    order_id: str | None = None,
) -> None:
    factory.sign_in(http, sender)
    response = await http.post(
        "/messages",
        json={"receiver_id": str(receiver.id), "content": text, "order_id": order_id},
    )
    assert response.status_code == 201, response.text


async def bell(http: AsyncClient, factory: Factory, user: User) -> dict[str, Any]:
    factory.sign_in(http, user)
    response = await http.get("/notifications")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def everything(http: AsyncClient, factory: Factory, user: User) -> list[dict[str, Any]]:
    """What realtime catch-up sees: every kind, oldest first."""
    factory.sign_in(http, user)
    items: list[dict[str, Any]] = (
        await http.get("/notifications", params={"after": 0, "limit": 100})
    ).json()["items"]
    return items


@pytest.fixture
async def deal(factory: Factory, client: AsyncClient) -> Deal:
    return await make_deal(factory, client)


async def test_the_bell_leaves_messages_to_the_messages_badge(
    client: AsyncClient, factory: Factory, deal: Deal
) -> None:
    order = await deal.place()  # the freelancer hears of the new order
    await send(client, factory, deal.client, deal.freelancer, "Hello!")
    await send(client, factory, deal.client, deal.freelancer, "About the order", order["id"])

    menu = await bell(client, factory, deal.freelancer)
    assert [item["type"] for item in menu["items"]] == ["order.updated"]
    assert menu["unread_count"] == 1
    caught_up = await everything(client, factory, deal.freelancer)
    assert [item["type"] for item in caught_up] == ["order.updated", "message.new", "message.new"]
    # Catch-up resumes from the newest row of any kind, not the newest in the bell.
    assert menu["latest_id"] == caught_up[-1]["id"]
    assert (await client.get("/messages/unread-count")).json()["unread_count"] == 2


async def test_latest_id_is_null_without_notifications(
    client: AsyncClient, factory: Factory
) -> None:
    menu = await bell(client, factory, await factory.user())
    assert menu == {"items": [], "next_cursor": None, "unread_count": 0, "latest_id": None}


async def test_clicking_one_notification_marks_only_it_read_and_it_stays_read(
    client: AsyncClient, factory: Factory, deal: Deal
) -> None:
    await deal.place()
    await deal.place()
    newer, older = (await bell(client, factory, deal.freelancer))["items"]

    marked = await client.post("/notifications/read", json={"ids": [older["id"]]})
    assert marked.status_code == 200, marked.text
    # The answer says how far its count reached, so a client keeps counting what came after it.
    assert marked.json() == {"unread_count": 1, "latest_id": newer["id"]}
    after_reload = await bell(client, factory, deal.freelancer)
    assert [item["read_at"] is None for item in after_reload["items"]] == [True, False]
    assert after_reload["unread_count"] == 1


async def test_ids_of_someone_else_change_nothing(
    client: AsyncClient, factory: Factory, deal: Deal
) -> None:
    await deal.place()
    theirs = (await bell(client, factory, deal.freelancer))["items"][0]["id"]
    factory.sign_in(client, deal.client)
    assert (await client.post("/notifications/read", json={"ids": [theirs]})).json()[
        "unread_count"
    ] == 0
    assert (await bell(client, factory, deal.freelancer))["unread_count"] == 1


async def test_opening_an_order_marks_that_orders_notifications_read(
    client: AsyncClient, factory: Factory, deal: Deal
) -> None:
    first, second = await deal.place(), await deal.place()
    assert (await deal.pay(first)).status_code == 200
    await send(client, factory, deal.client, deal.freelancer, "Paid!", first["id"])
    assert (await bell(client, factory, deal.freelancer))["unread_count"] == 3

    marked = await client.post("/notifications/read", json={"order_id": first["id"]})
    assert marked.json()["unread_count"] == 1
    unread = [
        item["data"]["order_id"]
        for item in (await bell(client, factory, deal.freelancer))["items"]
        if item["read_at"] is None
    ]
    assert unread == [second["id"]]
    # The message about the order is the thread's to mark read, not the order page's.
    message = [
        i for i in await everything(client, factory, deal.freelancer) if i["data"].get("message")
    ]
    assert message[0]["read_at"] is None


async def test_filters_combine_and_no_body_still_marks_everything(
    client: AsyncClient, factory: Factory, deal: Deal
) -> None:
    first, _second = await deal.place(), await deal.place()
    ids = [item["id"] for item in (await bell(client, factory, deal.freelancer))["items"]]
    nothing = await client.post(
        "/notifications/read", json={"ids": [ids[0]], "order_id": first["id"]}
    )
    assert nothing.json()["unread_count"] == 2  # the newest is about the second order
    assert (await client.post("/notifications/read", json={"up_to_id": min(ids)})).json()[
        "unread_count"
    ] == 1
    assert (await client.post("/notifications/read")).json()["unread_count"] == 0


async def test_opening_a_thread_marks_its_message_notifications_read(
    client: AsyncClient, factory: Factory, deal: Deal
) -> None:
    order = await deal.place()
    carl = await factory.user()
    await send(client, factory, deal.client, deal.freelancer, "About the order", order["id"])
    await send(client, factory, deal.client, deal.freelancer, "Unrelated")
    await send(client, factory, carl, deal.freelancer, "From someone else")

    def unread(items: list[dict[str, Any]]) -> list[str]:
        return [
            i["data"]["message"]["content"]
            for i in items
            if i["read_at"] is None and i["type"] == "message.new"
        ]

    factory.sign_in(client, deal.freelancer)
    path = f"/messages/{deal.client.id}/read"
    assert (await client.post(path, json={"order_id": order["id"]})).status_code == 204
    assert unread(await everything(client, factory, deal.freelancer)) == [
        "Unrelated",
        "From someone else",
    ]
    assert (await client.post(path)).status_code == 204
    assert unread(await everything(client, factory, deal.freelancer)) == ["From someone else"]
    # The order's own notification is the order page's to clear.
    assert (await bell(client, factory, deal.freelancer))["unread_count"] == 1


@pytest.mark.parametrize(
    "body",
    [
        {"ids": []},
        {"ids": list(range(1, 102))},
        {"ids": ["x"]},
        {"ids": [0]},
        {"ids": [2**63]},
        {"order_id": "not-a-uuid"},
        {"order_id": None, "extra": 1},
        {"ids": "1"},
    ],
)
async def test_bad_filters_are_a_422(
    client: AsyncClient, factory: Factory, body: dict[str, Any]
) -> None:
    factory.sign_in(client, await factory.user())
    response = await client.post("/notifications/read", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "validation_failed"
