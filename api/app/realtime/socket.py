"""One WebSocket's life: Origin check, authentication (cookie or ticket), then frames until the
access token expires, the client leaves, or the socket goes quiet."""

import asyncio
import json
import time

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketDisconnected

from app.auth.dependencies import authenticate
from app.core.config import Settings
from app.core.db import get_database
from app.core.errors import DomainError, Unauthorized
from app.models import User
from app.realtime.frames import encode
from app.realtime.hub import Connection
from app.realtime.service import Realtime
from app.realtime.tickets import read_ticket

AUTH_TIMEOUT_SECONDS = 5
HEARTBEAT_SECONDS = 25
MAX_CLIENT_FRAME = 4096

CLOSE_POLICY = 1008
CLOSE_TOO_BIG = 1009
CLOSE_UNAUTHENTICATED = 4401
CLOSE_TOKEN_EXPIRED = 4001


def origin_allowed(websocket: WebSocket, settings: Settings) -> bool:
    origin = websocket.headers.get("origin")
    return origin is not None and origin.rstrip("/") in settings.allowed_origins


async def _user_from_cookie(websocket: WebSocket, settings: Settings) -> tuple[User, int] | None:
    if not websocket.cookies.get(settings.access_cookie_name):
        return None
    async with get_database(websocket).sessions() as session:
        user = await authenticate(websocket, session, settings)
    return user, websocket.state.access_claims.expires_at


async def _user_from_ticket(
    websocket: WebSocket, settings: Settings, realtime: Realtime
) -> tuple[User, int]:
    try:
        text = await asyncio.wait_for(websocket.receive_text(), timeout=AUTH_TIMEOUT_SECONDS)
        frame = json.loads(text)
    except (TimeoutError, ValueError) as exc:
        raise Unauthorized("Authenticate within 5 seconds: send {type: auth, ticket}") from exc
    if not isinstance(frame, dict) or frame.get("type") != "auth":
        raise Unauthorized("The first frame must be {type: auth, ticket}")
    ticket = read_ticket(str(frame.get("ticket", "")), settings.jwt_secret)
    if not await realtime.used_tickets.claim(ticket):
        raise Unauthorized("This ticket has already been used")
    async with get_database(websocket).sessions() as session:
        user = await session.get(User, ticket.user_id)
    if user is None or user.is_banned:
        raise Unauthorized("This account cannot connect")
    return user, ticket.access_expires_at


async def serve_socket(websocket: WebSocket) -> None:
    settings: Settings = websocket.app.state.settings
    realtime: Realtime = websocket.app.state.realtime
    if not origin_allowed(websocket, settings):
        await websocket.close(code=CLOSE_POLICY)  # before accept: the handshake fails with 403
        return
    await websocket.accept()
    try:
        identity = await _user_from_cookie(websocket, settings)
        if identity is None:
            identity = await _user_from_ticket(websocket, settings, realtime)
    except DomainError as refused:
        await websocket.close(code=CLOSE_UNAUTHENTICATED, reason=refused.detail[:120])
        return
    except WebSocketDisconnect:
        return
    user, expires_at = identity
    connection = Connection(websocket, user.id)
    realtime.hub.add(connection)
    connection.offer(encode({"type": "ready", "data": {"user_id": str(user.id)}}))
    try:
        await _converse(websocket, connection, expires_at)
    except (WebSocketDisconnect, WebSocketDisconnected):
        pass  # the client left, or a failed send already marked the socket closed
    finally:
        await realtime.hub.remove(connection)


async def _converse(websocket: WebSocket, connection: Connection, expires_at: int) -> None:
    while True:
        remaining = expires_at - time.time()
        if remaining <= 0:
            # The client refreshes its cookie (or gets a new ticket) and reconnects.
            await websocket.close(code=CLOSE_TOKEN_EXPIRED, reason="Access token expired")
            return
        try:
            text = await asyncio.wait_for(
                websocket.receive_text(), timeout=min(remaining, HEARTBEAT_SECONDS)
            )
        except TimeoutError:
            connection.offer(encode({"type": "ping", "data": {"at": int(time.time())}}))
            continue
        if len(text) > MAX_CLIENT_FRAME:
            await websocket.close(code=CLOSE_TOO_BIG, reason="Frame too large")
            return
        if _frame_type(text) == "ping":
            connection.offer(encode({"type": "pong", "data": {"at": int(time.time())}}))


def _frame_type(text: str) -> str | None:
    try:
        frame = json.loads(text)
    except ValueError:
        return None
    return frame.get("type") if isinstance(frame, dict) else None
