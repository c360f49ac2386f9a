"""Builders for test data and signed-in clients. Tokens mirror the web plugin's contract exactly."""

import itertools
import time
import uuid
from typing import Any

import jwt
from httpx import AsyncClient
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.models import User

_counter = itertools.count(1)


def mint_token(
    user: User,
    secret: str,
    *,
    issued_at: int | None = None,
    lifetime: int = 1800,
    algorithm: str = "HS256",
    **overrides: Any,
) -> str:
    iat = int(time.time()) if issued_at is None else issued_at
    payload: dict[str, Any] = {
        "sub": str(user.id),
        "email": user.email,
        "role": "user",
        "is_admin": user.is_admin,
        "iat": iat,
        "exp": iat + lifetime,
    }
    payload.update(overrides)
    return jwt.encode({k: v for k, v in payload.items() if v is not None}, secret, algorithm)


class Factory:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings

    async def user(self, **fields: Any) -> User:
        n = next(_counter)
        values: dict[str, Any] = {
            "email": f"user{n}-{uuid.uuid4().hex[:6]}@example.com",
            "full_name": f"Test User {n}",
        }
        values.update(fields)
        user = User(**values)
        self.session.add(user)
        await self.session.commit()
        return user

    def token_for(self, user: User, **overrides: Any) -> str:
        return mint_token(user, self.settings.jwt_secret, **overrides)

    def sign_in(self, client: AsyncClient, user: User) -> AsyncClient:
        client.cookies.set(self.settings.access_cookie_name, self.token_for(user))
        return client
