"""`GET /gigs`: full-text and typo-tolerant search, filters, sorts and keyset pagination.

Every query class reads an index rather than the whole table:
- newest / price / rating sorts walk a B-tree on (key, id) and stop after one page;
- text search matches stored tsvectors (GIN) — the title alone (`title_vector`) and title plus
  description (`search_vector`) — and, for typos, title trigrams (GIN);
- relevance is tiered — all words in the title, then all words anywhere, then a fuzzy title
  match — and each tier is its own "newest first" query, so even a word found in most gigs is
  answered from an index walk instead of ranking every match.
"""

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import run_core
from app.core.errors import InvalidInput
from app.core.pagination import decode_cursor, encode_cursor
from app.gigs.schemas import GigFilters, GigSort
from app.models import User, gigs_table

gigs = gigs_table
users: sa.Table = User.__table__  # type: ignore[attr-defined]  # SQLModel sets it at class creation

MAX_QUERY_WORDS = 8
SEARCH_STATEMENT_TIMEOUT_MS = 2000
TITLE_TIER, TEXT_TIER, FUZZY_TIER = 3, 2, 1

# Transaction-local (safe behind PgBouncer): a runaway search is cancelled by the database, and a
# one-letter typo in a short word ("shopfy") still reaches the fuzzy-title tier.
SEARCH_SETTINGS = sa.text(
    f"SELECT set_config('statement_timeout', '{SEARCH_STATEMENT_TIMEOUT_MS}', true),"
    " set_config('pg_trgm.word_similarity_threshold', '0.5', true)"
)

COLUMNS = (
    gigs.c.id,
    gigs.c.freelancer_id,
    gigs.c.title,
    gigs.c.description,
    gigs.c.price,
    gigs.c.delivery_days,
    gigs.c.is_active,
    gigs.c.rating_avg,
    gigs.c.rating_count,
    gigs.c.created_at,
    gigs.c.updated_at,
    users.c.full_name.label("freelancer_name"),
    users.c.avatar_url.label("freelancer_avatar_url"),
)


@dataclass(frozen=True)
class Viewer:
    """Who is looking decides whether inactive gigs show: their owner and admins see them."""

    user_id: uuid.UUID | None = None
    is_admin: bool = False


@dataclass(frozen=True)
class SortSpec:
    columns: tuple[sa.ColumnElement[Any], ...]
    descending: bool


SORTS: dict[GigSort, SortSpec] = {
    GigSort.NEWEST: SortSpec((gigs.c.created_at, gigs.c.id), descending=True),
    GigSort.PRICE_ASC: SortSpec((gigs.c.price, gigs.c.id), descending=False),
    GigSort.PRICE_DESC: SortSpec((gigs.c.price, gigs.c.id), descending=True),
    GigSort.RATING: SortSpec((gigs.c.rating_avg, gigs.c.id), descending=True),
}


def query_words(q: str) -> list[str]:
    """Letters and digits only: the words are spliced into a tsquery, whose syntax they must not carry."""
    return re.findall(r"\w+", q.lower())[:MAX_QUERY_WORDS]


def prefix_tsquery(words: list[str]) -> str:
    return " & ".join(f"{word}:*" for word in words)


def visible_to(viewer: Viewer) -> sa.ColumnElement[bool]:
    public = sa.and_(gigs.c.is_active, sa.not_(users.c.is_banned))
    if viewer.is_admin:
        return sa.true()
    if viewer.user_id is not None:
        return sa.or_(public, gigs.c.freelancer_id == viewer.user_id)
    return public


def base_query(filters: GigFilters, viewer: Viewer) -> sa.Select[Any]:
    conditions: list[sa.ColumnElement[bool]] = [visible_to(viewer)]
    if filters.min_price is not None:
        conditions.append(gigs.c.price >= filters.min_price)
    if filters.max_price is not None:
        conditions.append(gigs.c.price <= filters.max_price)
    if filters.max_delivery_days is not None:
        conditions.append(gigs.c.delivery_days <= filters.max_delivery_days)
    if filters.freelancer_id is not None:
        conditions.append(gigs.c.freelancer_id == filters.freelancer_id)
    return (
        sa.select(*COLUMNS)
        .select_from(gigs.join(users, users.c.id == gigs.c.freelancer_id))
        .where(*conditions)
    )


def after_key(spec: SortSpec, key: list[Any]) -> sa.ColumnElement[bool]:
    row = sa.tuple_(*spec.columns)
    return row < sa.tuple_(*key) if spec.descending else row > sa.tuple_(*key)


def ordered(spec: SortSpec) -> list[sa.UnaryExpression[Any]]:
    return [column.desc() if spec.descending else column.asc() for column in spec.columns]


def parse_key(sort: GigSort, raw: list[Any]) -> list[Any]:
    try:
        first: Any = datetime.fromisoformat(raw[0]) if sort is GigSort.NEWEST else Decimal(raw[0])
        return [first, uuid.UUID(raw[1])]
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise InvalidInput("Invalid cursor") from exc


async def search_gigs(
    session: AsyncSession, filters: GigFilters, viewer: Viewer, limit: int, cursor: str | None
) -> tuple[list[RowMapping], str | None]:
    low, high = filters.min_price, filters.max_price
    if low is not None and high is not None and low > high:
        raise InvalidInput("min_price cannot be greater than max_price")
    await run_core(session, SEARCH_SETTINGS)
    words = query_words(filters.q or "")
    sort = filters.sort or (GigSort.RELEVANCE if words else GigSort.NEWEST)
    if sort is GigSort.RELEVANCE:
        if not words:
            raise InvalidInput("sort=relevance needs a search query (q)")
        return await _search_by_relevance(session, filters, viewer, words, limit, cursor)
    return await _search_sorted(session, filters, viewer, words, sort, limit, cursor)


async def _search_sorted(
    session: AsyncSession,
    filters: GigFilters,
    viewer: Viewer,
    words: list[str],
    sort: GigSort,
    limit: int,
    cursor: str | None,
) -> tuple[list[RowMapping], str | None]:
    spec = SORTS[sort]
    query = base_query(filters, viewer)
    if words:
        query = query.where(
            sa.or_(
                _matches_all(words),
                sa.literal(filters.q).op("<%", is_comparison=True)(gigs.c.title),
            )
        )
    if cursor is not None:
        query = query.where(after_key(spec, parse_key(sort, decode_cursor(cursor, sort, 2))))
    rows = (
        (await run_core(session, query.order_by(*ordered(spec)).limit(limit + 1))).mappings().all()
    )
    page, more = list(rows[:limit]), len(rows) > limit
    if not more:
        return page, None
    last = page[-1]
    return page, encode_cursor(sort, [last[spec.columns[0]], last["id"]])


def _matches_all(words: list[str]) -> sa.ColumnElement[bool]:
    return gigs.c.search_vector.op("@@", is_comparison=True)(
        sa.func.to_tsquery("english", prefix_tsquery(words))
    )


def _tier_queries(
    filters: GigFilters, viewer: Viewer, words: list[str]
) -> dict[int, sa.Select[Any]]:
    # title_vector rather than a weight-A match on search_vector: the planner's statistics ignore
    # weights, so only a column of its own tells it how rare a word is in titles (migration 0003).
    in_title = gigs.c.title_vector.op("@@", is_comparison=True)(
        sa.func.to_tsquery("english", prefix_tsquery(words))
    )
    anywhere = _matches_all(words)
    fuzzy_title = sa.literal(filters.q).op("<%", is_comparison=True)(gigs.c.title)
    base = base_query(filters, viewer)
    return {
        TITLE_TIER: base.where(in_title),
        TEXT_TIER: base.where(anywhere, sa.not_(in_title)),
        FUZZY_TIER: base.where(fuzzy_title, sa.not_(anywhere)),
    }


async def _search_by_relevance(
    session: AsyncSession,
    filters: GigFilters,
    viewer: Viewer,
    words: list[str],
    limit: int,
    cursor: str | None,
) -> tuple[list[RowMapping], str | None]:
    cursor_tier: int | None = None
    cursor_key: list[Any] = []
    if cursor is not None:
        raw = decode_cursor(cursor, GigSort.RELEVANCE, 3)
        if raw[0] not in (TITLE_TIER, TEXT_TIER, FUZZY_TIER):
            raise InvalidInput("Invalid cursor")
        cursor_tier, cursor_key = raw[0], parse_key(GigSort.NEWEST, raw[1:])
    newest = SORTS[GigSort.NEWEST]
    branches = []
    for tier, query in _tier_queries(filters, viewer, words).items():
        if cursor_tier is not None and tier > cursor_tier:
            continue  # this tier was fully served on earlier pages
        if tier == cursor_tier:
            query = query.where(after_key(newest, cursor_key))
        branch = query.add_columns(sa.literal(tier).label("tier"))
        branches.append(branch.order_by(*ordered(newest)).limit(limit + 1).subquery().select())
    if not branches:
        return [], None
    union = sa.union_all(*branches).subquery()
    query = sa.select(union).order_by(
        union.c.tier.desc(), union.c.created_at.desc(), union.c.id.desc()
    )
    rows = (await run_core(session, query.limit(limit + 1))).mappings().all()
    page, more = list(rows[:limit]), len(rows) > limit
    if not more:
        return page, None
    last = page[-1]
    return page, encode_cursor(GigSort.RELEVANCE, [last["tier"], last["created_at"], last["id"]])
