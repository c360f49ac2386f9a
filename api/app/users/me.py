"""`GET /users/me` without an ORM session: the signed-in user's row, whether their sign-in still counts and the
rating they received, in one statement and one round trip (app/core/reads.py). Every page of the web app asks
for it, so it is the API's most frequent signed-in read."""

from types import SimpleNamespace

import sqlalchemy as sa
from sqlmodel import col

from app.auth.revocation import refusal
from app.auth.token import AccessClaims
from app.core.db import Database
from app.core.errors import Unauthorized
from app.core.reads import Compiled, Query, read
from app.models import Review, RevokedSession, User
from app.models.base import table_of
from app.reviews.service import rounded_rating
from app.users.schemas import UserMe
from app.users.seller_stats import seller_stats

users = table_of(User)
reviews = table_of(Review)
_received = reviews.c.reviewee_id == users.c.id
_ME = Compiled.of(
    sa.select(
        users,
        sa.exists()
        .where(
            col(RevokedSession.user_id) == users.c.id,
            col(RevokedSession.auth_time) == sa.bindparam("auth_time", type_=sa.BigInteger),
        )
        .label("session_revoked"),
        sa.select(sa.func.avg(reviews.c.rating))
        .where(_received)
        .scalar_subquery()
        .label("rating_avg"),
        sa.select(sa.func.count()).where(_received).scalar_subquery().label("rating_count"),
    ).where(users.c.id == sa.bindparam("user_id", type_=sa.Uuid))
)
_USER_COLUMNS = [column.name for column in users.columns]
_NAMES = [*_USER_COLUMNS, "session_revoked", "rating_avg", "rating_count"]


async def read_me(database: Database, claims: AccessClaims) -> UserMe:
    """Refuses what `CurrentUser` refuses: a deleted account (401), a ban (403), a revoked sign-in (401)."""
    [rows] = await read(
        database, [Query(_ME, {"user_id": claims.user_id, "auth_time": claims.auth_time})]
    )
    if not rows:
        raise Unauthorized("This account no longer exists", code="account_not_found")
    row = dict(zip(_NAMES, rows[0], strict=True))
    refused = refusal(
        claims,
        banned=row["is_banned"],
        session_revoked=row["session_revoked"],
        tokens_valid_after=row["tokens_valid_after"],
    )
    if refused is not None:
        raise refused
    # Straight from the row (no ORM object): the model takes the columns it shows and ignores the rest.
    return UserMe.model_validate(
        {
            **row,
            "rating_avg": rounded_rating(row["rating_avg"]),
            "rating_count": row["rating_count"],
            **seller_stats(SimpleNamespace(**row)),
        }
    )
