"""Favourites (DESIGN §14): gigs a person saved for later, and the `is_favorite` flag on the gigs they see."""

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col, delete
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import run_core
from app.core.pagination import decode_cursor, encode_cursor, key_datetime, key_uuid, page_json
from app.gigs.gig_json import gig_json
from app.gigs.search import gigs, users, visible_to
from app.gigs.service import viewer_of, visible_gig
from app.models import Favorite, User
from app.models.base import table_of

favorites = table_of(Favorite)
CURSOR_KIND = "favorites"


async def save(session: AsyncSession, user: User, gig_id: uuid.UUID) -> None:
    """Idempotent: saving a saved gig changes nothing. A gig the person cannot see is 404."""
    await visible_gig(session, gig_id, user)
    await session.exec(
        insert(Favorite).values(user_id=user.id, gig_id=gig_id).on_conflict_do_nothing()
    )


async def forget(session: AsyncSession, user: User, gig_id: uuid.UUID) -> None:
    """Idempotent, and for any id: forgetting what was never saved is not an error."""
    await session.exec(
        delete(Favorite).where(col(Favorite.user_id) == user.id, col(Favorite.gig_id) == gig_id)
    )


async def list_saved(session: AsyncSession, user: User, limit: int, cursor: str | None) -> bytes:
    """The person's saved gigs that they can still see (a hidden or suspended gig drops out), most recently
    saved first: a `Page[GigOut]` as JSON bytes, its items written by PostgreSQL (app/gigs/gig_json.py)."""
    viewer = viewer_of(user)
    query = (
        sa.select(gig_json(viewer.kind), favorites.c.created_at.label("saved_at"), gigs.c.id)
        .select_from(
            gigs.join(users, users.c.id == gigs.c.freelancer_id).join(
                favorites, favorites.c.gig_id == gigs.c.id
            )
        )
        .where(favorites.c.user_id == user.id, visible_to(viewer.kind))
    )
    if cursor is not None:
        raw = decode_cursor(cursor, CURSOR_KIND, 2)
        key = (key_datetime(raw[0]), key_uuid(raw[1]))
        query = query.where(sa.tuple_(favorites.c.created_at, favorites.c.gig_id) < sa.tuple_(*key))
    query = query.order_by(favorites.c.created_at.desc(), favorites.c.gig_id.desc()).limit(
        limit + 1
    )
    rows = (await run_core(session, query, {"viewer_id": user.id})).mappings().all()
    page, more = rows[:limit], len(rows) > limit
    last = page[-1] if more else None
    next_cursor = (
        encode_cursor(CURSOR_KIND, [last["saved_at"].isoformat(), str(last["id"])])
        if last
        else None
    )
    return page_json([row["item"] for row in page], next_cursor)
