"""One WebSocket's life: Origin check, authentication (cookie or ticket), then frames until the
access token expires, its session is revoked, the client leaves, or the socket goes quiet."""

import asyncio
import json
import time

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketDisconnected

from app.auth.dependencies import read_claims
from app.auth.token import AccessClaims
from app.auth.viewer import require_signed_in, signed_in_query
from app.core.config import Settings
from app.core.db import get_database
from app.core.errors import DomainError, Unauthorized
from app.core.reads import read
from app.realtime.frames import encode
from app.realtime.hub import Connection
from app.realtime.service import Realtime
from app.realtime.tickets import read_ticket

AUTH_TIMEOUT_SECONDS = 5
HEARTBEAT_SECONDS = 25
MAX_CLIENT_FRAME = 4096

CLOSE_POLICY = 1008
CLOSE_UNSUPPORTED_DATA = 1003
CLOSE_TOO_BIG = 1009
CLOSE_UNAUTHENTICATED = 4401
CLOSE_TOKEN_EXPIRED = 4001


class ClosedByClient(Exception):
    """The client sent a close frame (or the connection dropped) while we waited for a frame."""


class BinaryFrame(Exception):
    """Our protocol is JSON text; a binary frame is a broken or hostile client."""


def origin_allowed(websocket: WebSocket, settings: Settings) -> bool:
    origin = websocket.headers.get("origin")
    return origin is not None and origin.rstrip("/") in settings.allowed_origins


async def receive_text(websocket: WebSocket) -> str:
    """The next text frame. Starlette's `receive_text` raises KeyError on a binary frame; this says what it was."""
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        raise ClosedByClient
    text = message.get("text")
    if text is None:
        raise BinaryFrame
    return str(text)


async def _claims_from_cookie(websocket: WebSocket, settings: Settings) -> AccessClaims | None:
    if not websocket.cookies.get(settings.access_cookie_name):
        return None
    claims = read_claims(websocket, settings)
    await _check_still_signed_in(websocket, claims)
    return claims


async def _claims_from_ticket(
    websocket: WebSocket, settings: Settings, realtime: Realtime
) -> AccessClaims:
    try:
        text = await asyncio.wait_for(receive_text(websocket), timeout=AUTH_TIMEOUT_SECONDS)
        frame = json.loads(text)
    except (TimeoutError, ValueError) as exc:
        raise Unauthorized("Authenticate within 5 seconds: send {type: auth, ticket}") from exc
    if not isinstance(frame, dict) or frame.get("type") != "auth":
        raise Unauthorized("The first frame must be {type: auth, ticket}")
    ticket = read_ticket(str(frame.get("ticket", "")), settings.jwt_secret)
    if not await realtime.used_tickets.claim(ticket):
        raise Unauthorized("This ticket has already been used")
    await _check_still_signed_in(websocket, ticket.access)
    return ticket.access


async def _check_still_signed_in(websocket: WebSocket, claims: AccessClaims) -> None:
    """Raises when the user is gone or banned, or the token's sign-in has been revoked since. Every open socket
    asks again now and then, so it is one session-less read of the row that says so, not an ORM load."""
    [rows] = await read(get_database(websocket), [signed_in_query(claims)])
    require_signed_in(claims, rows)


async def serve_socket(websocket: WebSocket) -> None:
    settings: Settings = websocket.app.state.settings
    realtime: Realtime = websocket.app.state.realtime
    if not origin_allowed(websocket, settings):
        await websocket.close(code=CLOSE_POLICY)  # before accept: the handshake fails with 403
        return
    await websocket.accept()
    try:
        claims = await _claims_from_cookie(websocket, settings)
        if claims is None:
            claims = await _claims_from_ticket(websocket, settings, realtime)
    except DomainError as refused:
        await websocket.close(code=CLOSE_UNAUTHENTICATED, reason=refused.detail[:120])
        return
    except BinaryFrame:
        await websocket.close(code=CLOSE_UNSUPPORTED_DATA, reason="Frames must be JSON text")
        return
    except (ClosedByClient, WebSocketDisconnect):
        return
    connection = Connection(websocket, claims.user_id)
    realtime.hub.add(connection)
    connection.offer(encode({"type": "ready", "data": {"user_id": str(claims.user_id)}}))
    try:
        await _converse(websocket, connection, claims, settings.ws_session_recheck_s)
    except (ClosedByClient, WebSocketDisconnect, WebSocketDisconnected):
        pass  # the client left, or a failed send already marked the socket closed
    finally:
        await realtime.hub.remove(connection)


async def _converse(
    websocket: WebSocket, connection: Connection, claims: AccessClaims, recheck_seconds: int
) -> None:
    # Bans and "sign out everywhere" close sockets at once through the broker; re-reading the user row now and
    # then also ends the sockets of revocations made where no broker message is sent (the web app's sign-out
    # of one device, a password change).
    next_check = time.monotonic() + recheck_seconds
    while True:
        remaining = claims.expires_at - time.time()
        if remaining <= 0:
            # The client refreshes its cookie (or gets a new ticket) and reconnects.
            await websocket.close(code=CLOSE_TOKEN_EXPIRED, reason="Access token expired")
            return
        if time.monotonic() >= next_check:
            try:
                await _check_still_signed_in(websocket, claims)
            except DomainError as refused:
                await websocket.close(code=CLOSE_UNAUTHENTICATED, reason=refused.detail[:120])
                return
            next_check = time.monotonic() + recheck_seconds
        wait = min(remaining, HEARTBEAT_SECONDS, max(0.0, next_check - time.monotonic()))
        try:
            text = await asyncio.wait_for(receive_text(websocket), timeout=wait)
        except TimeoutError:
            connection.offer(encode({"type": "ping", "data": {"at": int(time.time())}}))
            continue
        except BinaryFrame:
            await websocket.close(code=CLOSE_UNSUPPORTED_DATA, reason="Frames must be JSON text")
            return
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
