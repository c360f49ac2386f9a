"""POST /messages, conversations, the inbox, and the notifications they write."""

import time
import uuid
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.messages.service import RATE_LIMIT
from app.models import Message, Notification, User
from tests.factories import Factory
from tests.orders_helpers import make_deal
from tests.test_revocation import sql

pytestmark = pytest.mark.asyncio


async def send(
    client: AsyncClient, factory: Factory, sender: User, receiver: User, text: str
) -> dict[str, Any]:
    factory.sign_in(client, sender)
    response = await client.post(
        "/messages", json={"receiver_id": str(receiver.id), "content": text}
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_send_returns_201_and_notifies_the_receiver(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    ada, ben = await factory.user(full_name="Ada"), await factory.user()
    body = await send(client, factory, ada, ben, "  Hello Ben  ")
    assert body["content"] == "Hello Ben"
    assert body["sender_id"] == str(ada.id)
    assert body["read_at"] is None
    notification = (await session.exec(select(Notification))).one()
    assert notification.user_id == ben.id
    assert notification.kind == "message.new"
    assert notification.payload["message"]["content"] == "Hello Ben"
    assert notification.payload["sender"]["full_name"] == "Ada"


@pytest.mark.parametrize("content", ["", "   ", "x" * 5001])
async def test_content_length_is_checked(
    client: AsyncClient, factory: Factory, content: str
) -> None:
    ada, ben = await factory.user(), await factory.user()
    factory.sign_in(client, ada)
    response = await client.post("/messages", json={"receiver_id": str(ben.id), "content": content})
    assert response.status_code == 422


async def test_cannot_message_yourself_or_nobody(client: AsyncClient, factory: Factory) -> None:
    ada = await factory.user()
    factory.sign_in(client, ada)
    to_self = await client.post("/messages", json={"receiver_id": str(ada.id), "content": "hi"})
    assert to_self.status_code == 422
    nobody = await client.post(
        "/messages", json={"receiver_id": str(uuid.uuid4()), "content": "hi"}
    )
    assert nobody.status_code == 404


async def test_banned_users_cannot_send_or_receive(client: AsyncClient, factory: Factory) -> None:
    ada, banned = await factory.user(), await factory.user(is_banned=True)
    factory.sign_in(client, ada)
    response = await client.post("/messages", json={"receiver_id": str(banned.id), "content": "hi"})
    assert response.status_code == 403
    factory.sign_in(client, banned)
    response = await client.post("/messages", json={"receiver_id": str(ada.id), "content": "hi"})
    assert response.status_code == 403


async def test_order_messages_only_between_its_parties(
    client: AsyncClient, factory: Factory
) -> None:
    deal = await make_deal(factory, client, price=Decimal("20.00"))
    order = await deal.place()
    outsider = await factory.user()
    ok = await deal.as_client(
        "POST",
        "/messages",
        json={"receiver_id": str(deal.freelancer.id), "content": "Paid!", "order_id": order["id"]},
    )
    assert ok.status_code == 201
    assert ok.json()["order_id"] == order["id"]
    wrong_receiver = await deal.as_client(
        "POST",
        "/messages",
        json={"receiver_id": str(outsider.id), "content": "psst", "order_id": order["id"]},
    )
    assert wrong_receiver.status_code == 422
    factory.sign_in(client, outsider)
    not_a_party = await client.post(
        "/messages",
        json={"receiver_id": str(deal.client.id), "content": "hi", "order_id": order["id"]},
    )
    assert not_a_party.status_code == 404


async def test_rate_limit_is_429(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    ada, ben = await factory.user(), await factory.user()
    session.add_all(
        Message(sender_id=ada.id, receiver_id=ben.id, content=f"m{n}") for n in range(RATE_LIMIT)
    )
    await session.commit()
    factory.sign_in(client, ada)
    response = await client.post(
        "/messages", json={"receiver_id": str(ben.id), "content": "one more"}
    )
    assert response.status_code == 429
    assert "30 messages a minute" in response.json()["detail"]


async def test_conversation_is_newest_first_paginated_and_reading_it_marks_nothing(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    ada, ben, cid = await factory.user(), await factory.user(), await factory.user()
    sent = [await send(client, factory, ada, ben, f"message {n}") for n in range(5)]
    await send(client, factory, cid, ben, "unrelated")
    factory.sign_in(client, ben)
    first = (await client.get(f"/messages/{ada.id}", params={"limit": 3})).json()
    assert [m["content"] for m in first["items"]] == ["message 4", "message 3", "message 2"]
    rest = (await client.get(f"/messages/{ada.id}", params={"cursor": first["next_cursor"]})).json()
    assert [m["content"] for m in rest["items"]] == ["message 1", "message 0"]
    assert rest["next_cursor"] is None
    unread_from_ada = (
        select(func.count())
        .select_from(Message)
        .where(col(Message.sender_id) == ada.id, col(Message.read_at).is_(None))
    )
    # A GET never changes state: a cross-site link to this URL must not mark anything read.
    assert (await session.exec(unread_from_ada)).one() == 5
    assert (await client.post(f"/messages/{ada.id}/read")).status_code == 204
    assert (await session.exec(unread_from_ada)).one() == 0
    assert len(sent) == 5


async def test_an_order_thread_is_read_and_marked_read_apart_from_the_rest(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client, price=Decimal("20.00"))
    order = await deal.place()
    about_order = {"receiver_id": str(deal.client.id), "order_id": order["id"]}
    for text in ("Thanks for ordering", "Proof received?"):
        sent = await deal.as_freelancer("POST", "/messages", json={**about_order, "content": text})
        assert sent.status_code == 201, sent.text
    await send(client, factory, deal.freelancer, deal.client, "Unrelated hello")

    thread = await deal.as_client(
        "GET", f"/messages/{deal.freelancer.id}", params={"order_id": order["id"]}
    )
    assert thread.status_code == 200
    assert [m["content"] for m in thread.json()["items"]] == [
        "Proof received?",
        "Thanks for ordering",
    ]
    marked = await deal.as_client(
        "POST", f"/messages/{deal.freelancer.id}/read", json={"order_id": order["id"]}
    )
    assert marked.status_code == 204
    still_unread = (
        await session.exec(
            select(Message.content).where(
                col(Message.receiver_id) == deal.client.id, col(Message.read_at).is_(None)
            )
        )
    ).all()
    assert still_unread == ["Unrelated hello"]


async def test_conversation_with_unknown_user_is_404(client: AsyncClient, factory: Factory) -> None:
    factory.sign_in(client, await factory.user())
    assert (await client.get(f"/messages/{uuid.uuid4()}")).status_code == 404
    assert (await client.post(f"/messages/{uuid.uuid4()}/read")).status_code == 404


async def test_inbox_has_one_row_per_conversation(client: AsyncClient, factory: Factory) -> None:
    me, ada, ben = (
        await factory.user(),
        await factory.user(full_name="Ada"),
        await factory.user(full_name="Ben"),
    )
    await send(client, factory, ada, me, "from ada 1")
    await send(client, factory, ada, me, "from ada 2")
    await send(client, factory, me, ben, "to ben")
    factory.sign_in(client, me)
    inbox = (await client.get("/messages")).json()["items"]
    assert [
        (c["user"]["full_name"], c["last_message"]["content"], c["unread_count"]) for c in inbox
    ] == [
        ("Ben", "to ben", 0),
        ("Ada", "from ada 2", 2),
    ]
    assert (await client.get("/messages/unread-count")).json()["unread_count"] == 2
    await client.get(f"/messages/{ada.id}")
    assert (await client.get("/messages/unread-count")).json()["unread_count"] == 2
    await client.post(f"/messages/{ada.id}/read")
    assert (await client.get("/messages/unread-count")).json()["unread_count"] == 0


async def test_messages_require_sign_in(client: AsyncClient) -> None:
    assert (await client.get("/messages")).status_code == 401
    assert (await client.post("/messages", json={})).status_code == 401


async def test_notifications_catch_up_and_mark_read(client: AsyncClient, factory: Factory) -> None:
    ada, ben = await factory.user(), await factory.user()
    for n in range(3):
        await send(client, factory, ada, ben, f"n{n}")
    factory.sign_in(client, ben)
    latest = (await client.get("/notifications")).json()
    # Messages are the Messages badge's to count: the bell neither lists nor counts them.
    assert (latest["items"], latest["unread_count"]) == ([], 0)
    everything = (await client.get("/notifications", params={"after": 0})).json()["items"]
    ids = [item["id"] for item in everything]
    assert ids == sorted(ids)
    assert latest["latest_id"] == ids[-1]
    after_first = (await client.get("/notifications", params={"after": min(ids)})).json()
    assert [i["data"]["message"]["content"] for i in after_first["items"]] == ["n1", "n2"]
    assert after_first["items"][0]["type"] == "message.new"
    marked = await client.post("/notifications/read", json={"up_to_id": ids[1]})
    assert marked.json()["unread_count"] == 0
    reread = (await client.get("/notifications", params={"after": 0})).json()["items"]
    assert [item["read_at"] is None for item in reread] == [False, False, True]
    assert (await client.post("/notifications/read")).json()["unread_count"] == 0
    factory.sign_in(client, ada)
    assert (await client.get("/notifications", params={"after": 0})).json()["items"] == []


async def test_a_sender_who_may_no_longer_sign_in_is_refused_and_nothing_is_sent(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    # POST /messages reads its sender with its checks, not through `CurrentUser`: the same refusals.
    receiver = await factory.user()
    banned = await factory.user(is_banned=True)
    revoked = await factory.user()
    signed_out_at = int(time.time()) - 60
    await sql(
        session,
        "INSERT INTO revoked_sessions (user_id, auth_time, expires_at) VALUES (:u, :a, now())",
        u=revoked.id,
        a=signed_out_at,
    )
    gone = User(id=uuid.uuid4(), email="gone@example.com", full_name="Gone")
    refusals = [
        (factory.token_for(banned), 403, "account_suspended"),
        (factory.token_for(revoked, auth_time=signed_out_at), 401, "session_revoked"),
        (factory.token_for(gone), 401, "account_not_found"),
    ]
    for token, status, code in refusals:
        client.cookies.set(factory.settings.access_cookie_name, token)
        response = await client.post(
            "/messages", json={"receiver_id": str(receiver.id), "content": "Still here?"}
        )
        assert (response.status_code, response.json()["code"]) == (status, code), response.text
    received = await session.exec(
        select(func.count()).where(col(Message.receiver_id) == receiver.id)
    )
    assert received.one() == 0
