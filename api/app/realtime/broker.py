"""Fan-out of committed events to sockets: straight into the local hub when there is one instance,
through Redis pub/sub when `REDIS_URL` is set, so any instance reaches any user's sockets."""

import asyncio
import contextlib
import json
import logging
import uuid
from typing import Protocol

from redis.asyncio import Redis

from app.realtime.hub import Hub

logger = logging.getLogger(__name__)

CHANNEL = "devmarket:realtime"


class Broker(Protocol):
    hub: Hub

    async def publish(self, user_id: uuid.UUID, text: str) -> None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


class LocalBroker:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    async def publish(self, user_id: uuid.UUID, text: str) -> None:
        self.hub.deliver(user_id, text)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None


class RedisBroker:
    """One channel for all instances; each instance delivers to the sockets it holds."""

    def __init__(self, hub: Hub, url: str) -> None:
        self.hub = hub
        self.redis = Redis.from_url(url, socket_connect_timeout=5, health_check_interval=30)
        self._listener: asyncio.Task[None] | None = None
        self._subscribed = asyncio.Event()

    async def publish(self, user_id: uuid.UUID, text: str) -> None:
        envelope = json.dumps({"user_id": str(user_id), "frame": text})
        await self.redis.publish(CHANNEL, envelope)

    async def start(self) -> None:
        self._listener = asyncio.create_task(self._listen_forever())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._subscribed.wait(), timeout=5)

    async def _listen_forever(self) -> None:
        while True:
            try:
                await self._listen()
            except asyncio.CancelledError:
                raise
            except Exception:
                # Redis restarted or the network blinked: resubscribe. Clients fill any gap with
                # GET /notifications?after=<id> when their socket reconnects.
                logger.exception("realtime subscription lost; resubscribing in 1 s")
                await asyncio.sleep(1)

    async def _listen(self) -> None:
        async with self.redis.pubsub() as pubsub:
            await pubsub.subscribe(CHANNEL)
            self._subscribed.set()
            async for message in pubsub.listen():
                if message.get("type") != "message":
                    continue
                envelope = json.loads(message["data"])
                self.hub.deliver(uuid.UUID(envelope["user_id"]), envelope["frame"])

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        await self.redis.aclose()


def make_broker(hub: Hub, redis_url: str | None) -> Broker:
    return RedisBroker(hub, redis_url) if redis_url else LocalBroker(hub)
