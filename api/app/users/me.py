"""`GET /users/me` without an ORM session: PostgreSQL writes the `UserMe` JSON, in the statement that also says
whether the sign-in still counts (app/auth/viewer.py), so the answer is one round trip and leaves as the bytes the
database sent. Every page of the web app asks for it, so it is the API's most frequent signed-in read.

It must say exactly what `UserMe` says (`PATCH /users/me` still builds it with the model, from the ORM row):
tests/test_users.py compares them field for field; a field added to `UserMe` without a rule here fails at import.
"""

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from app.auth.token import AccessClaims
from app.auth.viewer import admitted, signed_in, signed_in_row
from app.core.db import Database
from app.core.reads import read
from app.core.sql_json import money, timestamp
from app.models import Review, User
from app.models.base import table_of
from app.users.schemas import UserMe

users = table_of(User)
reviews = table_of(Review)
_received = reviews.c.reviewee_id == users.c.id


def _rating_avg() -> sa.ColumnElement[Any]:
    """`rounded_rating`: two decimals, half up (PostgreSQL rounds halves away from zero), 0 without reviews."""
    average = sa.select(sa.func.avg(reviews.c.rating)).where(_received).scalar_subquery()
    return money(sa.func.round(sa.func.coalesce(average, 0), 2))


def _ratio_or_null(part: sa.ColumnElement[Any], whole: sa.ColumnElement[Any]) -> Any:
    """`seller_stats`' on-time rate: a share rounded to 3 places, null before the first completion."""
    share = sa.func.round(sa.cast(part, sa.Numeric) / sa.func.nullif(whole, 0), 3)
    return sa.cast(share, sa.Float)


def _field(name: str) -> sa.ColumnElement[Any]:
    rules: dict[str, Callable[[], sa.ColumnElement[Any]]] = {
        "created_at": lambda: timestamp(users.c.created_at),
        "rating_avg": _rating_avg,
        "rating_count": lambda: sa.select(sa.func.count()).where(_received).scalar_subquery(),
        "on_time_rate": lambda: _ratio_or_null(users.c.on_time_orders, users.c.completed_orders),
        # Whole seconds, rounded down (integer division, as `//`: both counters only grow from 0).
        "response_time_s": lambda: (
            users.c.replies_total_s // sa.func.nullif(users.c.replies_count, 0)
        ),
    }
    if name in rules:
        return rules[name]()
    return users.c[name]  # a column of the same name and JSON form (a KeyError: add a rule above)


_ME_JSON = sa.cast(
    sa.func.json_build_object(
        *(
            part
            for name in UserMe.model_fields
            for part in (sa.literal_column(f"'{name}'"), _field(name))
        )
    ),
    sa.Text,
)
_ME = signed_in_row(_ME_JSON)


async def read_me(database: Database, claims: AccessClaims) -> str:
    """The signed-in user's `UserMe` as JSON text. Refuses what `CurrentUser` refuses: a deleted account (401),
    a ban (403), a revoked sign-in (401)."""
    [rows] = await read(database, [signed_in(_ME, claims)])
    (me,) = admitted(claims, rows)
    text: str = me
    return text
