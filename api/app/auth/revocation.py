"""Revocation, still stateless per request (DESIGN §11): the user row the API loads anyway says which tokens
no longer count.

- `users.tokens_valid_after`: every token issued (`iat`) before it, to the second, is refused — set by a
  password change or reset, "sign out everywhere" and a ban.
- `revoked_sessions`: one signed-out sign-in (`auth_time`), so a token refreshed in a race with the sign-out
  is refused as well. The web's sign-out writes these rows; the refresh endpoint checks both rules too.
"""

import math
import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col, select, update
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.datastructures import State

from app.auth.token import AccessClaims
from app.core.after_commit import after_commit
from app.core.errors import Forbidden, Unauthorized
from app.models import RevokedSession, User
from app.realtime.publisher import close_sockets_of

SIGNED_OUT = "You have been signed out; please sign in again"


def issued_before_revocation(claims: AccessClaims, tokens_valid_after: datetime | None) -> bool:
    return tokens_valid_after is not None and claims.issued_at < math.floor(
        tokens_valid_after.timestamp()
    )


def account_gone() -> Unauthorized:
    """Valid claims whose user no longer exists (the account was deleted)."""
    return Unauthorized("This account no longer exists", code="account_not_found")


def refusal(
    claims: AccessClaims,
    *,
    banned: bool,
    session_revoked: bool,
    tokens_valid_after: datetime | None,
) -> Forbidden | Unauthorized | None:
    """Why the user row behind valid claims does not let them in, if it does not."""
    if banned:
        return Forbidden("This account has been suspended", code="account_suspended")
    if session_revoked or issued_before_revocation(claims, tokens_valid_after):
        return Unauthorized(SIGNED_OUT, code="session_revoked")
    return None


# Built once: only the token's user and sign-in change between requests, so they are parameters.
_SIGNED_IN_USER = select(
    User,
    sa.exists()
    .where(
        col(RevokedSession.user_id) == col(User.id),
        col(RevokedSession.auth_time) == sa.bindparam("auth_time"),
    )
    .label("session_revoked"),
).where(col(User.id) == sa.bindparam("user_id"))


async def load_signed_in_user(session: AsyncSession, claims: AccessClaims) -> User:
    """The token's user, in one query with its sign-in's revocation; refuses banned users and dead tokens."""
    params = {"user_id": claims.user_id, "auth_time": claims.auth_time}
    row = (await session.exec(_SIGNED_IN_USER, params=params)).first()
    if row is None:
        raise account_gone()
    user, revoked = row
    refused = refusal(
        claims,
        banned=user.is_banned,
        session_revoked=revoked,
        tokens_valid_after=user.tokens_valid_after,
    )
    if refused is not None:
        raise refused
    return user


async def revoke_all_tokens(session: AsyncSession, user_id: uuid.UUID) -> None:
    """Every token issued until now stops working (the database's clock, like every other timestamp), and
    once that is committed, the user's open sockets close."""
    await session.exec(
        update(User).where(col(User.id) == user_id).values(tokens_valid_after=sa.func.now())
    )

    async def close_sockets(state: State) -> None:
        await close_sockets_of(state.realtime.broker, user_id)

    after_commit(session, close_sockets)
