"""WebSockets against real API processes: authentication, delivery, several tabs, two instances over
Redis, and catching up after a drop."""

import asyncio
import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import jwt
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from app.core.config import Settings
from app.models import User
from tests.conftest import FRONTEND_ORIGIN
from tests.factories import Factory, mint_token
from tests.servers import api_server, redis_server

pytestmark = pytest.mark.asyncio

FRAME_TIMEOUT = 5


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.fixture(scope="module")
def server(settings: Settings, migrated: None) -> Iterator[str]:
    with api_server(settings) as base:
        yield base


@pytest.fixture(scope="module")
def redis_pair(settings: Settings, migrated: None, redis_url: str) -> Iterator[tuple[str, str]]:
    with api_server(settings, redis_url) as first, api_server(settings, redis_url) as second:
        yield first, second


def ws_url(base: str) -> str:
    return base.replace("http://", "ws://") + "/ws"


def cookie_header(token: str) -> dict[str, str]:
    return {"Origin": FRONTEND_ORIGIN, "Cookie": f"access_token={token}"}


async def receive(socket: ClientConnection, kind: str) -> dict[str, Any]:
    """The next frame of `kind`, skipping heartbeats."""
    while True:
        frame: dict[str, Any] = json.loads(await asyncio.wait_for(socket.recv(), FRAME_TIMEOUT))
        if frame["type"] == kind:
            return frame


async def close_code(socket: ClientConnection) -> int | None:
    """Read until the server closes the socket; the close code says why."""
    try:
        while True:
            await asyncio.wait_for(socket.recv(), 10)
    except ConnectionClosed:
        return socket.close_code


class Api:
    """HTTP calls to a running API process as a given user."""

    def __init__(self, base: str, settings: Settings) -> None:
        self.base = base
        self.settings = settings

    async def call(self, user: User, method: str, path: str, **kwargs: Any) -> httpx.Response:
        cookies = {"access_token": mint_token(user, self.settings.jwt_secret)}
        async with httpx.AsyncClient(base_url=self.base, cookies=cookies) as http:
            return await http.request(method, path, **kwargs)

    async def message(self, sender: User, receiver: User, text: str) -> httpx.Response:
        body = {"receiver_id": str(receiver.id), "content": text}
        response = await self.call(sender, "POST", "/messages", json=body)
        assert response.status_code == 201, response.text
        return response


@pytest.fixture
async def pair(factory: Factory) -> tuple[User, User]:
    return await factory.user(full_name="Ada Sender"), await factory.user(full_name="Ben Receiver")


async def test_cookie_authenticates_and_messages_arrive_live(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    ada, ben = pair
    token = mint_token(ben, settings.jwt_secret)
    async with connect(ws_url(server), additional_headers=cookie_header(token)) as socket:
        ready = await receive(socket, "ready")
        assert ready["data"]["user_id"] == str(ben.id)
        await Api(server, settings).message(ada, ben, "Are you free on Monday?")
        frame = await receive(socket, "message.new")
        assert set(frame) == {"type", "id", "data", "created_at"}
        assert frame["data"]["message"]["content"] == "Are you free on Monday?"
        assert frame["data"]["sender"]["full_name"] == "Ada Sender"


async def test_every_tab_of_a_user_receives(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    ada, ben = pair
    headers = cookie_header(mint_token(ben, settings.jwt_secret))
    async with (
        connect(ws_url(server), additional_headers=headers) as tab1,
        connect(ws_url(server), additional_headers=headers) as tab2,
    ):
        await receive(tab1, "ready")
        await receive(tab2, "ready")
        await Api(server, settings).message(ada, ben, "hello tabs")
        first, second = await receive(tab1, "message.new"), await receive(tab2, "message.new")
        assert first["id"] == second["id"]


async def test_foreign_origin_is_refused_at_the_handshake(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    headers = {
        **cookie_header(mint_token(pair[0], settings.jwt_secret)),
        "Origin": "https://evil.example",
    }
    with pytest.raises(InvalidStatus) as refused:
        async with connect(ws_url(server), additional_headers=headers):
            pass
    assert refused.value.response.status_code == 403


async def test_missing_origin_is_refused(server: str) -> None:
    with pytest.raises(InvalidStatus):
        async with connect(ws_url(server), origin=None):
            pass


async def test_no_credentials_closes_after_the_auth_timeout(server: str) -> None:
    started = time.monotonic()
    async with connect(ws_url(server), additional_headers={"Origin": FRONTEND_ORIGIN}) as socket:
        assert await close_code(socket) == 4401
    assert 4 <= time.monotonic() - started < 9


async def test_expired_cookie_is_refused(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    stale = mint_token(pair[0], settings.jwt_secret, issued_at=int(time.time()) - 3600)
    async with connect(ws_url(server), additional_headers=cookie_header(stale)) as socket:
        assert await close_code(socket) == 4401


async def test_socket_closes_when_the_token_expires(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    short = mint_token(pair[0], settings.jwt_secret, lifetime=2)
    async with connect(ws_url(server), additional_headers=cookie_header(short)) as socket:
        await receive(socket, "ready")
        assert await close_code(socket) == 4001


async def ticket_for(server: str, settings: Settings, user: User) -> str:
    response = await Api(server, settings).call(user, "POST", "/ws/ticket")
    assert response.status_code == 200
    ticket: str = response.json()["ticket"]
    return ticket


async def test_ticket_authenticates_once(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    ticket = await ticket_for(server, settings, pair[1])
    claims = jwt.decode(ticket, settings.jwt_secret, algorithms=["HS256"], audience="ws")
    assert claims["exp"] - claims["iat"] == 60
    origin = {"Origin": FRONTEND_ORIGIN}
    async with connect(ws_url(server), additional_headers=origin) as socket:
        await socket.send(json.dumps({"type": "auth", "ticket": ticket}))
        assert (await receive(socket, "ready"))["data"]["user_id"] == str(pair[1].id)
    async with connect(ws_url(server), additional_headers=origin) as reused:
        await reused.send(json.dumps({"type": "auth", "ticket": ticket}))
        assert await close_code(reused) == 4401


async def test_expired_or_forged_ticket_is_refused(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    now = int(time.time())
    claims = {
        "sub": str(pair[0].id),
        "aud": "ws",
        "iat": now - 120,
        "exp": now - 60,
        "jti": "x",
        "token_exp": now + 60,
    }
    expired = jwt.encode(claims, settings.jwt_secret, algorithm="HS256")
    access_token_as_ticket = mint_token(pair[0], settings.jwt_secret)
    for ticket in (expired, access_token_as_ticket, "garbage"):
        async with connect(
            ws_url(server), additional_headers={"Origin": FRONTEND_ORIGIN}
        ) as socket:
            await socket.send(json.dumps({"type": "auth", "ticket": ticket}))
            assert await close_code(socket) == 4401


async def test_ticket_endpoint_requires_sign_in(server: str) -> None:
    async with httpx.AsyncClient(base_url=server) as http:
        assert (await http.post("/ws/ticket")).status_code == 401


async def test_heartbeat_is_answered(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    headers = cookie_header(mint_token(pair[0], settings.jwt_secret))
    async with connect(ws_url(server), additional_headers=headers) as socket:
        await receive(socket, "ready")
        await socket.send(json.dumps({"type": "ping"}))
        assert (await receive(socket, "pong"))["type"] == "pong"


async def test_two_instances_deliver_through_redis(
    redis_pair: tuple[str, str], settings: Settings, pair: tuple[User, User]
) -> None:
    first, second = redis_pair
    ada, ben = pair
    headers = cookie_header(mint_token(ben, settings.jwt_secret))
    async with connect(ws_url(second), additional_headers=headers) as socket:
        await receive(socket, "ready")
        await Api(first, settings).message(ada, ben, "across instances")
        frame = await receive(socket, "message.new")
        assert frame["data"]["message"]["content"] == "across instances"


async def test_tickets_are_single_use_across_instances(
    redis_pair: tuple[str, str], settings: Settings, pair: tuple[User, User]
) -> None:
    first, second = redis_pair
    ticket = await ticket_for(first, settings, pair[0])
    origin = {"Origin": FRONTEND_ORIGIN}
    async with connect(ws_url(first), additional_headers=origin) as socket:
        await socket.send(json.dumps({"type": "auth", "ticket": ticket}))
        await receive(socket, "ready")
    async with connect(ws_url(second), additional_headers=origin) as socket:
        await socket.send(json.dumps({"type": "auth", "ticket": ticket}))
        assert await close_code(socket) == 4401


async def test_a_disconnected_client_catches_up(
    server: str, settings: Settings, pair: tuple[User, User]
) -> None:
    ada, ben = pair
    api = Api(server, settings)
    headers = cookie_header(mint_token(ben, settings.jwt_secret))
    async with connect(ws_url(server), additional_headers=headers) as socket:
        # Registered first: a message sent before the ready frame could miss the socket.
        await receive(socket, "ready")
        await api.message(ada, ben, "before the drop")
        last_seen = (await receive(socket, "message.new"))["id"]
    for text in ("while away 1", "while away 2"):  # the socket is gone
        await api.message(ada, ben, text)
    missed = (await api.call(ben, "GET", "/notifications", params={"after": last_seen})).json()
    assert [i["data"]["message"]["content"] for i in missed["items"]] == [
        "while away 1",
        "while away 2",
    ]


async def test_order_page_hears_the_freelancer_confirm(
    server: str, settings: Settings, factory: Factory
) -> None:
    client_user, freelancer = await factory.user(), await factory.user()
    gig = await factory.gig(freelancer, price=Decimal("30.00"))
    api = Api(server, settings)
    order = (await api.call(client_user, "POST", "/orders", json={"gig_id": str(gig.id)})).json()
    proof = {
        "proof_reference": f"RT-{order['reference_code']}",
        "payer_name": "C",
        "amount": "30.00",
    }
    await api.call(client_user, "PATCH", f"/orders/{order['id']}/submit-payment", json=proof)
    headers = cookie_header(mint_token(client_user, settings.jwt_secret))
    async with connect(ws_url(server), additional_headers=headers) as socket:
        await receive(socket, "ready")
        await api.call(freelancer, "PATCH", f"/orders/{order['id']}/confirm-payment")
        frame = await receive(socket, "order.updated")
        assert frame["data"]["order_id"] == order["id"]
        assert frame["data"]["status"] == "PAYMENT_CONFIRMED"


async def test_a_rolled_back_request_publishes_nothing(
    server: str, settings: Settings, pair: tuple[User, User], factory: Factory
) -> None:
    """A proof whose reference is taken fails with 409 after the transition was written: the
    rollback must also swallow the notification."""
    client_user, freelancer = pair
    gig = await factory.gig(freelancer, price=Decimal("30.00"))
    api = Api(server, settings)
    first = (await api.call(client_user, "POST", "/orders", json={"gig_id": str(gig.id)})).json()
    second = (await api.call(client_user, "POST", "/orders", json={"gig_id": str(gig.id)})).json()
    proof = {"proof_reference": "TAKEN-REF", "payer_name": "C", "amount": "30.00"}
    await api.call(client_user, "PATCH", f"/orders/{first['id']}/submit-payment", json=proof)
    headers = cookie_header(mint_token(freelancer, settings.jwt_secret))
    async with connect(ws_url(server), additional_headers=headers) as socket:
        await receive(socket, "ready")
        refused = await api.call(
            client_user, "PATCH", f"/orders/{second['id']}/submit-payment", json=proof
        )
        assert refused.status_code == 409
        await api.message(client_user, freelancer, "marker")
        frame = await receive(socket, "message.new")  # the next frame is the marker, not an order
        assert frame["data"]["message"]["content"] == "marker"
