"""Builders for test data and signed-in clients. Tokens mirror the web plugin's contract exactly."""

import itertools
import time
import uuid
from decimal import Decimal
from typing import Any

import jwt
from httpx import AsyncClient
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.models import Gig, Order, User

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
            # Most stories publish gigs, which needs a verified address; tests of the rule pass False.
            "email_verified": True,
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

    async def gig(self, freelancer: User | None = None, **fields: Any) -> Gig:
        """A published gig: its owner has payment instructions, as publishing requires."""
        owner = freelancer or await self.user()
        if not owner.payment_instructions:
            owner.payment_instructions = (
                "Bank transfer to IBAN XX00 0000 0000; quote the order reference."
            )
            self.session.add(owner)
        n = next(_counter)
        values: dict[str, Any] = {
            "title": f"Gig number {n}",
            "description": f"A well described gig number {n} with plenty of detail.",
            "price": Decimal("50.00"),
            "delivery_days": 5,
            "category": "web-apps",
        }
        values.update(fields)
        gig = Gig(freelancer_id=owner.id, **values)
        self.session.add(gig)
        await self.session.commit()
        await self.session.refresh(gig)
        return gig

    async def order(self, gig: Gig, client: User | None = None, **fields: Any) -> Order:
        buyer = client or await self.user()
        values: dict[str, Any] = {
            "gig_id": gig.id,
            "client_id": buyer.id,
            "freelancer_id": gig.freelancer_id,
            "price": gig.price,
            "delivery_days": gig.delivery_days,
            "gig_title": gig.title,
            "reference_code": f"DM-{uuid.uuid4().hex[:8].upper()}",
        }
        values.update(fields)
        order = Order(**values)
        self.session.add(order)
        await self.session.commit()
        return order
