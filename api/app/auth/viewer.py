"""Who is looking at a public listing, without an ORM session: the listing's fast path (app/core/reads.py)
needs only the viewer's id and admin flag, under the same rules as every signed-in request."""

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlmodel import col
from starlette.requests import HTTPConnection

from app.auth.revocation import account_gone, refusal
from app.auth.token import AccessClaims, verify_access_token
from app.core.config import app_settings
from app.core.db import get_database
from app.core.errors import Forbidden, Unauthorized
from app.core.reads import Compiled, Query, Rows, read
from app.models import RevokedSession, User


def signed_in_row(*columns: sa.ColumnElement[Any] | Mapped[Any]) -> Compiled:
    """`columns` of the token's user, then what decides whether the token still lets them in: the ban, the
    revocation time and whether its sign-in was signed out (`refusal`)."""
    return Compiled.of(
        sa.select(
            *columns,
            col(User.is_banned),
            col(User.tokens_valid_after),
            sa.exists().where(
                col(RevokedSession.user_id) == col(User.id),
                col(RevokedSession.auth_time) == sa.bindparam("auth_time", type_=sa.BigInteger),
            ),
        ).where(col(User.id) == sa.bindparam("user_id", type_=sa.Uuid))
    )


_VIEWER = signed_in_row(col(User.is_admin))


def signed_in(statement: Compiled, claims: AccessClaims) -> Query:
    """`statement` (a `signed_in_row`) for the token's user and sign-in."""
    return Query(statement, {"user_id": claims.user_id, "auth_time": claims.auth_time})


def _refused(claims: AccessClaims, rows: Rows) -> Unauthorized | Forbidden | None:
    """What `CurrentUser` refuses: a deleted account (401), a ban (403), a revoked sign-in (401)."""
    if not rows:
        return account_gone()
    *_, banned, tokens_valid_after, revoked = rows[0]
    return refusal(
        claims, banned=banned, session_revoked=revoked, tokens_valid_after=tokens_valid_after
    )


def admitted(claims: AccessClaims, rows: Rows) -> tuple[Any, ...]:
    """The row's own columns, once `_refused` has nothing against it."""
    refused = _refused(claims, rows)
    if refused is not None:
        raise refused
    return rows[0][:-3]


@dataclass(frozen=True, slots=True)
class SignedIn:
    user_id: uuid.UUID
    is_admin: bool


def signed_in_query(claims: AccessClaims) -> Query:
    """The row that says whether `claims` still let their user in, to read with a session-less read."""
    return signed_in(_VIEWER, claims)


def require_signed_in(claims: AccessClaims, rows: Rows) -> SignedIn:
    """What `CurrentUser` refuses, refused here too (the rows of `signed_in_query`)."""
    (is_admin,) = admitted(claims, rows)
    return SignedIn(claims.user_id, is_admin)


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
    [rows] = await read(get_database(conn), [signed_in_query(claims)])
    if _refused(claims, rows) is not None:
        return None
    return SignedIn(claims.user_id, rows[0][0])
