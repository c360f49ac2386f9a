"""Short-lived, single-use tickets that authenticate a WebSocket when the cookie cannot travel
(the API on another site than the web app, DESIGN §4)."""

import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Protocol

import jwt
from redis.asyncio import Redis

from app.core.errors import Unauthorized

AUDIENCE = "ws"
TICKET_SECONDS = 60


@dataclass(frozen=True, slots=True)
class Ticket:
    user_id: uuid.UUID
    jti: str
    expires_at: int
    access_expires_at: int  # the socket closes when the access token it came from would expire


def mint_ticket(user_id: uuid.UUID, access_expires_at: int, secret: str) -> str:
    now = int(time.time())
    payload = {
        "sub": str(user_id),
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + TICKET_SECONDS,
        "jti": secrets.token_urlsafe(16),
        "token_exp": access_expires_at,
    }
    return jwt.encode(payload, secret, algorithm="HS256")


def read_ticket(token: str, secret: str) -> Ticket:
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            audience=AUDIENCE,
            options={"require": ["sub", "aud", "iat", "exp", "jti", "token_exp"]},
        )
        return Ticket(
            user_id=uuid.UUID(str(payload["sub"])),
            jti=str(payload["jti"]),
            expires_at=int(payload["exp"]),
            access_expires_at=int(payload["token_exp"]),
        )
    except (jwt.InvalidTokenError, ValueError, TypeError) as exc:
        raise Unauthorized("Invalid or expired WebSocket ticket") from exc


class UsedTickets(Protocol):
    async def claim(self, ticket: Ticket) -> bool:
        """True the first time a ticket is presented, False on any reuse."""
        ...


class MemoryUsedTickets:
    """One instance: remember each ticket id until it would have expired anyway."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    async def claim(self, ticket: Ticket) -> bool:
        now = int(time.time())
        self._seen = {jti: exp for jti, exp in self._seen.items() if exp >= now}
        if ticket.jti in self._seen:
            return False
        self._seen[ticket.jti] = ticket.expires_at
        return True


class RedisUsedTickets:
    """Several instances: SET NX makes the first claim win everywhere."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def claim(self, ticket: Ticket) -> bool:
        ttl = max(1, ticket.expires_at - int(time.time()) + 1)
        return bool(await self.redis.set(f"devmarket:ws-ticket:{ticket.jti}", 1, nx=True, ex=ttl))
