"""Who is looking at a public listing, without an ORM session: the listing's fast path (app/core/reads.py)
needs only the viewer's id and admin flag, under the same rules as every signed-in request."""

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import col
from starlette.requests import HTTPConnection

from app.auth.revocation import refusal
from app.auth.token import AccessClaims, verify_access_token
from app.core.config import app_settings
from app.core.db import get_database
from app.core.errors import Unauthorized
from app.core.reads import Compiled, Query, Rows, read
from app.models import RevokedSession, User
from app.users.schemas import PartySummary

_VIEWER = Compiled.of(
    sa.select(
        col(User.is_admin),
        col(User.is_banned),
        col(User.tokens_valid_after),
        sa.exists().where(
            col(RevokedSession.user_id) == col(User.id),
            col(RevokedSession.auth_time) == sa.bindparam("auth_time", type_=sa.BigInteger),
        ),
    ).where(col(User.id) == sa.bindparam("user_id", type_=sa.Uuid))
)


_PARTY = Compiled.of(
    sa.select(
        col(User.full_name),
        col(User.avatar_url),
        col(User.is_banned),
        col(User.tokens_valid_after),
        sa.exists().where(
            col(RevokedSession.user_id) == col(User.id),
            col(RevokedSession.auth_time) == sa.bindparam("auth_time", type_=sa.BigInteger),
        ),
    ).where(col(User.id) == sa.bindparam("user_id", type_=sa.Uuid))
)


@dataclass(frozen=True, slots=True)
class SignedIn:
    user_id: uuid.UUID
    is_admin: bool


def signed_in_query(claims: AccessClaims) -> Query:
    """The row that says whether `claims` still let their user in, to read with a session-less read."""
    return Query(_VIEWER, {"user_id": claims.user_id, "auth_time": claims.auth_time})


def require_signed_in(claims: AccessClaims, rows: Rows) -> SignedIn:
    """What `CurrentUser` refuses, refused here too: a deleted account (401), a ban (403), a revoked sign-in."""
    if not rows:
        raise Unauthorized("This account no longer exists", code="account_not_found")
    is_admin, banned, tokens_valid_after, revoked = rows[0]
    refused = refusal(
        claims, banned=banned, session_revoked=revoked, tokens_valid_after=tokens_valid_after
    )
    if refused is not None:
        raise refused
    return SignedIn(claims.user_id, is_admin)


async def signed_in_party(conn: HTTPConnection, claims: AccessClaims) -> PartySummary:
    """The signed-in user as the other side sees them (id, name, picture), under `CurrentUser`'s rules, in one
    session-less read: for a write that needs no more of the user, it spares the session the ORM load."""
    [rows] = await read(
        get_database(conn),
        [Query(_PARTY, {"user_id": claims.user_id, "auth_time": claims.auth_time})],
    )
    if not rows:
        raise Unauthorized("This account no longer exists", code="account_not_found")
    full_name, avatar_url, banned, tokens_valid_after, revoked = rows[0]
    refused = refusal(
        claims, banned=banned, session_revoked=revoked, tokens_valid_after=tokens_valid_after
    )
    if refused is not None:
        raise refused
    return PartySummary(id=claims.user_id, full_name=full_name, avatar_url=avatar_url)


async def optional_viewer(conn: HTTPConnection) -> SignedIn | None:
    """The signed-in viewer, or None for a visitor — and for a cookie that no longer lets anyone in (expired,
    forged, signed out, banned): a public page shows it as to anyone."""
    settings = app_settings(conn)
    token = conn.cookies.get(settings.access_cookie_name)
    if not token:
        return None
    try:
        claims = verify_access_token(token, settings.jwt_secret)
    except Unauthorized:
        return None
    values = {"user_id": claims.user_id, "auth_time": claims.auth_time}
    [rows] = await read(get_database(conn), [Query(_VIEWER, values)])
    if not rows:
        return None
    is_admin, banned, tokens_valid_after, revoked = rows[0]
    if refusal(
        claims, banned=banned, session_revoked=revoked, tokens_valid_after=tokens_valid_after
    ):
        return None
    return SignedIn(claims.user_id, is_admin)
