"""The realtime layer of one API process: its hub, its broker, and its ticket registry."""

from app.realtime.broker import Broker, RedisBroker, make_broker
from app.realtime.hub import Hub
from app.realtime.tickets import MemoryUsedTickets, RedisUsedTickets, UsedTickets


class Realtime:
    def __init__(self, redis_url: str | None) -> None:
        self.hub = Hub()
        self.broker: Broker = make_broker(self.hub, redis_url)
        self.used_tickets: UsedTickets = (
            RedisUsedTickets(self.broker.redis)
            if isinstance(self.broker, RedisBroker)
            else MemoryUsedTickets()
        )

    async def start(self) -> None:
        await self.broker.start()

    async def stop(self) -> None:
        await self.broker.stop()
