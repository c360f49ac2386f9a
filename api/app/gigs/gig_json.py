"""A `GigOut` as PostgreSQL writes it: the listing's items leave the database as JSON text, and Python only
joins them (no row objects, no model validation per item).

It must say exactly what `GigOut` says: tests/test_gig_json.py checks every field of every viewer's items
against the model the API builds in Python for the same gig (`GET /gigs/{id}`). The field list comes from the
model itself, so a field added to `GigOut` without a rule here fails at import, not in production.
"""

from collections.abc import Callable
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by

from app.core.sql_json import money, timestamp
from app.files.sniff import IMAGE_TYPES
from app.gigs.schemas import GigOut
from app.models import Favorite, User, gigs_table
from app.models.base import table_of

gigs = gigs_table
users = table_of(User)
favorites = table_of(Favorite)

ViewerKind = Literal["public", "member", "admin"]
MODERATION_FIELDS = ("moderation_status", "suspended_at", "suspension_reason")
# The image types as a constant of the statement (fixed strings of our own, no quotes in them).
IMAGE_TYPE_ARRAY = sa.literal_column(
    "ARRAY[" + ", ".join(f"'{kind}'" for kind in sorted(IMAGE_TYPES)) + "]", ARRAY(sa.Text)
)
VIEWER_ID = sa.bindparam("viewer_id", type_=gigs.c.freelancer_id.type)


def _images() -> sa.ColumnElement[Any]:
    """The snapshots of `gigs.images` with the two URLs `FileOut` computes."""
    image = (
        sa.func.jsonb_array_elements(gigs.c.images)
        .table_valued("value", with_ordinality="n")
        .render_derived()
    )
    file_id = image.c.value.op("->>")(sa.literal_column("'id'"))
    content_type = image.c.value.op("->>")(sa.literal_column("'content_type'"))
    url = sa.literal_column("'/files/'", sa.Text) + file_id
    thumbnail = sa.case(
        (
            content_type == sa.any_(IMAGE_TYPE_ARRAY),
            url + sa.literal_column("'/thumbnail'", sa.Text),
        ),
        else_=sa.null(),
    )
    snapshot: list[sa.ColumnElement[Any]] = []
    for name in ("id", "name", "content_type", "size", "width", "height"):
        key: sa.ColumnElement[str] = sa.literal_column(f"'{name}'")
        snapshot += [key, image.c.value.op("->")(key)]
    fields = sa.func.jsonb_build_object(
        *snapshot,
        sa.literal_column("'url'"),
        url,
        sa.literal_column("'thumbnail_url'"),
        thumbnail,
    )
    aggregated = sa.func.coalesce(
        sa.func.jsonb_agg(aggregate_order_by(fields, image.c.n)),
        sa.literal_column("'[]'::jsonb"),
    )
    return sa.select(aggregated).select_from(image).scalar_subquery()


def _is_favorite(viewer: ViewerKind) -> sa.ColumnElement[Any]:
    if viewer == "public":
        return sa.false()
    # An alias of its own: a statement that joins the favourites already (the saved list) keeps its own.
    saved = favorites.alias("viewer_saved")
    return sa.exists().where(saved.c.user_id == VIEWER_ID, saved.c.gig_id == gigs.c.id)


def _moderation(name: str, viewer: ViewerKind) -> sa.ColumnElement[Any]:
    """The owner and admins see moderation; everyone else gets null (as `GigOut` documents)."""
    column: sa.ColumnElement[Any] = gigs.c[name]
    if name == "suspended_at":
        column = timestamp(column)
    if viewer == "admin":
        return column
    if viewer == "member":
        return sa.case((gigs.c.freelancer_id == VIEWER_ID, column), else_=sa.null())
    return sa.null()


def _field(name: str, viewer: ViewerKind) -> sa.ColumnElement[Any]:
    if name in MODERATION_FIELDS:
        return _moderation(name, viewer)
    rules: dict[str, Callable[[], sa.ColumnElement[Any]]] = {
        "freelancer": lambda: sa.func.json_build_object(
            sa.literal_column("'id'"),
            users.c.id,
            sa.literal_column("'full_name'"),
            users.c.full_name,
            sa.literal_column("'avatar_url'"),
            users.c.avatar_url,
        ),
        "price": lambda: money(gigs.c.price),
        "rating_avg": lambda: money(gigs.c.rating_avg),
        "completed_orders": lambda: users.c.completed_orders,
        "is_favorite": lambda: _is_favorite(viewer),
        "images": _images,
        # As `can_be_paid` (profiles store payment instructions stripped): active, and payable.
        "accepts_orders": lambda: sa.and_(
            gigs.c.is_active, users.c.payment_instructions != sa.literal_column("''")
        ),
        "created_at": lambda: timestamp(gigs.c.created_at),
        "updated_at": lambda: timestamp(gigs.c.updated_at),
    }
    if name in rules:
        return rules[name]()
    return gigs.c[name]  # a column of the same name and JSON form (a KeyError: add a rule above)


def gig_json(viewer: ViewerKind) -> sa.ColumnElement[str]:
    """One gig (joined with its freelancer as `users`) as the text of its `GigOut` JSON."""
    parts = [
        part
        for name in GigOut.model_fields
        for part in (sa.literal_column(f"'{name}'"), _field(name, viewer))
    ]
    return sa.cast(sa.func.json_build_object(*parts), sa.Text).label("item")
