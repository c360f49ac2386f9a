"""Short-lived, single-use tickets that authenticate a WebSocket when the cookie cannot travel
(the API on another site than the web app, DESIGN §4)."""

import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Protocol

import jwt
from redis.asyncio import Redis

from app.auth.token import AccessClaims
from app.core.errors import Unauthorized

AUDIENCE = "ws"
TICKET_SECONDS = 60


@dataclass(frozen=True, slots=True)
class Ticket:
    jti: str
    expires_at: int
    # The access token it came from: the socket closes when that token would expire, and is revoked with it.
    access: AccessClaims


def mint_ticket(access: AccessClaims, secret: str) -> str:
    now = int(time.time())
    payload = {
        "sub": str(access.user_id),
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + TICKET_SECONDS,
        "jti": secrets.token_urlsafe(16),
        "token_iat": access.issued_at,
        "token_exp": access.expires_at,
        "auth_time": access.auth_time,
    }
    return jwt.encode(payload, secret, algorithm="HS256")


def read_ticket(token: str, secret: str) -> Ticket:
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            audience=AUDIENCE,
            options={
                "require": [
                    "sub",
                    "aud",
                    "iat",
                    "exp",
                    "jti",
                    "token_iat",
                    "token_exp",
                    "auth_time",
                ]
            },
        )
        return Ticket(
            jti=str(payload["jti"]),
            expires_at=int(payload["exp"]),
            access=AccessClaims(
                user_id=uuid.UUID(str(payload["sub"])),
                issued_at=int(payload["token_iat"]),
                expires_at=int(payload["token_exp"]),
                auth_time=int(payload["auth_time"]),
            ),
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
