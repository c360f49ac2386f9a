"""WebSocket hardening against real API processes: sockets per user are capped, revoked or banned users lose
their sockets, binary and oversized frames close cleanly, and a ticket carries its token's revocation."""

import json
import time
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import text
from sqlmodel.ext.asyncio.session import AsyncSession
from websockets.asyncio.client import connect

from app.core.config import Settings
from app.models import User
from app.realtime.hub import MAX_SOCKETS_PER_USER
from tests.conftest import FRONTEND_ORIGIN
from tests.factories import Factory, mint_token
from tests.servers import api_server
from tests.test_realtime import close_code, cookie_header, receive, ws_url

pytestmark = pytest.mark.asyncio

ORIGIN = {"Origin": FRONTEND_ORIGIN}


@pytest.fixture(scope="module")
def server(settings: Settings, migrated: None) -> Iterator[str]:
    # Re-check sessions every second, so a revocation that sends no broker message shows within the test.
    with api_server(settings, extra_env={"WS_SESSION_RECHECK_S": "1"}) as base:
        yield base


def earlier_token(user: User, settings: Settings, seconds_ago: int = 5) -> str:
    """A token issued a few seconds ago: revocations "to the second" certainly cover it."""
    return mint_token(user, settings.jwt_secret, issued_at=int(time.time()) - seconds_ago)


async def call(server: str, token: str, method: str, path: str) -> httpx.Response:
    async with httpx.AsyncClient(base_url=server, cookies={"access_token": token}) as http:
        return await http.request(method, path)


async def test_the_oldest_socket_gives_way_past_the_cap(
    server: str, settings: Settings, factory: Factory
) -> None:
    user = await factory.user()
    headers = cookie_header(mint_token(user, settings.jwt_secret))
    sockets = []
    try:
        for _ in range(MAX_SOCKETS_PER_USER + 1):
            socket = await connect(ws_url(server), additional_headers=headers)
            await receive(socket, "ready")
            sockets.append(socket)
        assert await close_code(sockets[0]) == 4409
        # The others stay open: each still answers a ping.
        for socket in sockets[1:]:
            await socket.send(json.dumps({"type": "ping"}))
            await receive(socket, "pong")
    finally:
        for socket in sockets:
            await socket.close()


async def test_sign_out_everywhere_closes_every_socket_at_once(
    server: str, settings: Settings, factory: Factory
) -> None:
    user = await factory.user()
    token = earlier_token(user, settings)
    async with (
        connect(ws_url(server), additional_headers=cookie_header(token)) as tab1,
        connect(ws_url(server), additional_headers=cookie_header(token)) as tab2,
    ):
        await receive(tab1, "ready")
        await receive(tab2, "ready")
        assert (
            await call(server, token, "POST", "/users/me/sign-out-everywhere")
        ).status_code == 204
        started = time.monotonic()
        assert await close_code(tab1) == 4401
        assert await close_code(tab2) == 4401
        assert time.monotonic() - started < 1  # the broker, not the periodic re-check


async def test_a_ban_closes_the_users_sockets(
    server: str, settings: Settings, factory: Factory
) -> None:
    admin = await factory.user(is_admin=True)
    user = await factory.user()
    async with connect(
        ws_url(server), additional_headers=cookie_header(earlier_token(user, settings))
    ) as socket:
        await receive(socket, "ready")
        async with httpx.AsyncClient(
            base_url=server,
            cookies={"access_token": mint_token(admin, settings.jwt_secret)},
            headers=ORIGIN,
        ) as http:
            banned = await http.post(f"/admin/users/{user.id}/ban", json={"reason": "Spam"})
            assert banned.status_code == 200, banned.text
        assert await close_code(socket) == 4401


async def test_a_signed_out_sign_in_loses_its_socket_on_the_next_recheck(
    server: str, settings: Settings, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user()
    signed_in_at = int(time.time()) - 60
    token = mint_token(user, settings.jwt_secret, auth_time=signed_in_at)
    async with connect(ws_url(server), additional_headers=cookie_header(token)) as socket:
        await receive(socket, "ready")
        # What the web app's sign-out writes; it sends no broker message.
        connection = await session.connection()
        await connection.execute(
            text(
                "INSERT INTO revoked_sessions (user_id, auth_time, expires_at) "
                "VALUES (:u, :a, now() + interval '1 day')"
            ),
            {"u": user.id, "a": signed_in_at},
        )
        await session.commit()
        assert await close_code(socket) == 4401


async def test_a_binary_frame_closes_cleanly_before_and_after_authentication(
    server: str, settings: Settings, factory: Factory
) -> None:
    user = await factory.user()
    async with connect(ws_url(server), additional_headers=ORIGIN) as anonymous:
        await anonymous.send(b"\x00\x01binary")
        assert await close_code(anonymous) == 1003
    headers = cookie_header(mint_token(user, settings.jwt_secret))
    async with connect(ws_url(server), additional_headers=headers) as socket:
        await receive(socket, "ready")
        await socket.send(b"\x00\x01binary")
        assert await close_code(socket) == 1003


async def test_an_oversized_frame_is_refused_by_the_server_before_authentication(
    server: str,
) -> None:
    async with connect(ws_url(server), additional_headers=ORIGIN, max_size=None) as socket:
        started = time.monotonic()
        await socket.send("x" * (1024 * 1024))
        assert (
            await close_code(socket) == 1009
        )  # uvicorn's --ws-max-size, not our 5-second auth timeout
        assert time.monotonic() - started < 3


async def test_a_ticket_of_a_revoked_token_is_refused(
    server: str, settings: Settings, factory: Factory
) -> None:
    user = await factory.user()
    token = earlier_token(user, settings)
    ticket = (await call(server, token, "POST", "/ws/ticket")).json()["ticket"]
    assert (await call(server, token, "POST", "/users/me/sign-out-everywhere")).status_code == 204
    async with connect(ws_url(server), additional_headers=ORIGIN) as socket:
        await socket.send(json.dumps({"type": "auth", "ticket": ticket}))
        assert await close_code(socket) == 4401
