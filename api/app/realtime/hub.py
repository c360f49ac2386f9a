"""The sockets connected to this process: `{user_id: set[Connection]}` (several tabs per user).

Each connection has a bounded outbox drained by its own writer task, so one slow client never
delays delivery to the others; a client that falls too far behind is disconnected and catches up
with `GET /notifications?after=<id>` when it reconnects.
"""

import asyncio
import contextlib
import logging
import uuid
from collections import defaultdict

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketDisconnected

logger = logging.getLogger(__name__)

OUTBOX_SIZE = 256
# Tabs are cheap for a person, sockets are not for us: past this many, a user's oldest socket gives way.
MAX_SOCKETS_PER_USER = 10

CLOSE_TOO_SLOW = 4008
CLOSE_REPLACED = (
    4409  # the client does not reconnect by itself (or its tabs would evict each other forever)
)
CLOSE_SIGNED_OUT = 4401  # the client refreshes its session, is refused, and goes to sign-in

# Published through the broker like any frame, so every instance closes the sockets it holds: the user's
# tokens were revoked (sign out everywhere, password change) or the user was banned.
SIGNED_OUT_SIGNAL = '{"type":"session.revoked"}'


class Connection:
    def __init__(self, websocket: WebSocket, user_id: uuid.UUID) -> None:
        self.websocket = websocket
        self.user_id = user_id
        self.outbox: asyncio.Queue[str] = asyncio.Queue(maxsize=OUTBOX_SIZE)
        self.writer: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.writer = asyncio.create_task(self._drain())

    async def _drain(self) -> None:
        try:
            while True:
                text = await self.outbox.get()
                await self.websocket.send_text(text)
        except (WebSocketDisconnect, WebSocketDisconnected):
            return  # the client is gone; the socket's reader loop ends and removes this connection

    def offer(self, text: str) -> bool:
        try:
            self.outbox.put_nowait(text)
        except asyncio.QueueFull:
            return False
        return True

    async def stop(self) -> None:
        if self.writer is not None:
            self.writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.writer


class Hub:
    def __init__(self) -> None:
        # A dict per user is an insertion-ordered set: the first entry is the oldest socket.
        self._connections: defaultdict[uuid.UUID, dict[Connection, None]] = defaultdict(dict)
        self._closing: set[asyncio.Task[None]] = set()  # keep references until the tasks finish

    def add(self, connection: Connection) -> None:
        sockets = self._connections[connection.user_id]
        sockets[connection] = None
        connection.start()
        while len(sockets) > MAX_SOCKETS_PER_USER:
            oldest = next(iter(sockets))
            del sockets[oldest]
            self._close_soon(
                oldest, CLOSE_REPLACED, "Too many open connections; this one was closed"
            )

    async def remove(self, connection: Connection) -> None:
        sockets = self._connections.get(connection.user_id)
        if sockets is not None:
            sockets.pop(connection, None)
            if not sockets:
                del self._connections[connection.user_id]
        await connection.stop()

    def deliver(self, user_id: uuid.UUID, text: str) -> int:
        """Queue `text` for every socket of `user_id` here; returns how many sockets got it."""
        if text == SIGNED_OUT_SIGNAL:
            for connection in list(self._connections.get(user_id, ())):
                self._close_soon(connection, CLOSE_SIGNED_OUT, "Signed out")
            return 0
        delivered = 0
        for connection in list(self._connections.get(user_id, ())):
            if connection.offer(text):
                delivered += 1
            else:
                logger.warning("closing a socket that fell %d frames behind", OUTBOX_SIZE)
                self._close_soon(connection, CLOSE_TOO_SLOW, "Too far behind; reconnect")
        return delivered

    def _close_soon(self, connection: Connection, code: int, reason: str) -> None:
        task = asyncio.create_task(_close(connection, code, reason))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    @property
    def connection_count(self) -> int:
        return sum(len(sockets) for sockets in self._connections.values())


async def _close(connection: Connection, code: int, reason: str) -> None:
    with contextlib.suppress(Exception):
        await connection.websocket.close(code=code, reason=reason)
