"""`GET /gigs`: full-text and typo-tolerant search, filters, sorts and keyset pagination.

Every query class reads an index rather than the whole table:
- newest / price / rating sorts walk a B-tree on (key, id) and stop after one page;
- text search matches stored tsvectors (GIN) — the title alone (`title_vector`) and title plus
  description (`search_vector`) — and, for typos, title trigrams (GIN);
- relevance is tiered — all words in the title, then all words anywhere, then a fuzzy title
  match — and each tier is its own "newest first" query, so even a word found in most gigs is
  answered from an index walk instead of ranking every match.

Each statement is built once per *shape* (which filters are present, who is looking, which sort,
where the cursor is) and cached; the values travel as bound parameters. Building the tiered UNION
with SQLAlchemy costs more CPU than PostgreSQL spends answering it, so this matters under load.
"""

import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import run_core
from app.core.errors import InvalidInput
from app.core.pagination import (
    INVALID_CURSOR,
    decode_cursor,
    encode_cursor,
    key_datetime,
    key_decimal,
    key_uuid,
)
from app.gigs.schemas import GigFilters, GigOut, GigSort
from app.models import User, gigs_table
from app.models.base import table_of

gigs = gigs_table
users = table_of(User)

SEARCH_STATEMENT_TIMEOUT_MS = 2000
TITLE_TIER, TEXT_TIER, FUZZY_TIER = 3, 2, 1

# Transaction-local (safe behind PgBouncer): a runaway search is cancelled by the database, and a
# one-letter typo in a short word ("shopfy") still reaches the fuzzy-title tier.
SEARCH_SETTINGS = sa.text(
    f"SELECT set_config('statement_timeout', '{SEARCH_STATEMENT_TIMEOUT_MS}', true),"
    " set_config('pg_trgm.word_similarity_threshold', '0.5', true)"
)

# Derived from the response shape, so a field added to `Gig` and `GigOut` is listed without a second edit:
# every GigOut field is a gigs column, except those the join with the freelancer gives.
BUILT_FROM_COLUMNS = {"freelancer"}  # from freelancer_name and freelancer_avatar_url below
FROM_JOIN: dict[str, sa.ColumnElement[Any]] = {
    "accepts_orders": sa.and_(gigs.c.is_active, users.c.payment_instructions != "").label(
        "accepts_orders"
    ),
}
COLUMNS = (
    *(
        FROM_JOIN[name] if name in FROM_JOIN else gigs.c[name]
        for name in GigOut.model_fields
        if name not in BUILT_FROM_COLUMNS
    ),
    users.c.full_name.label("freelancer_name"),
    users.c.avatar_url.label("freelancer_avatar_url"),
)


@dataclass(frozen=True)
class Viewer:
    """Who is looking decides whether inactive gigs show: their owner and admins see them."""

    user_id: uuid.UUID | None = None
    is_admin: bool = False

    @property
    def kind(self) -> Literal["public", "member", "admin"]:
        if self.is_admin:
            return "admin"
        return "public" if self.user_id is None else "member"


@dataclass(frozen=True)
class Shape:
    """What a statement's SQL depends on: who looks, and which filters are set (not their values)."""

    viewer: Literal["public", "member", "admin"]
    min_price: bool = False
    max_price: bool = False
    max_delivery_days: bool = False
    freelancer: bool = False

    @classmethod
    def of(cls, filters: GigFilters, viewer: Viewer) -> "Shape":
        return cls(
            viewer=viewer.kind,
            min_price=filters.min_price is not None,
            max_price=filters.max_price is not None,
            max_delivery_days=filters.max_delivery_days is not None,
            freelancer=filters.freelancer_id is not None,
        )


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


def prefix_tsquery(words: list[str]) -> str:
    return " & ".join(f"{word}:*" for word in words)


def _param(name: str, column: sa.ColumnElement[Any]) -> sa.BindParameter[Any]:
    return sa.bindparam(name, type_=column.type)


PAGE_LIMIT = sa.bindparam("page_limit", type_=sa.Integer)
TSQUERY = sa.func.to_tsquery("english", sa.bindparam("tsquery", type_=sa.String))
# title_vector rather than a weight-A match on search_vector: the planner's statistics ignore
# weights, so only a column of its own tells it how rare a word is in titles (migration 0003).
IN_TITLE = gigs.c.title_vector.op("@@", is_comparison=True)(TSQUERY)
ANYWHERE = gigs.c.search_vector.op("@@", is_comparison=True)(TSQUERY)
FUZZY_TITLE = sa.bindparam("q_text", type_=sa.String).op("<%", is_comparison=True)(gigs.c.title)
# Titles close to the words, read from the trigram index first (see _search_by_relevance).
FUZZY_CANDIDATES = (
    sa.select(gigs.c.id).where(FUZZY_TITLE).cte("fuzzy_candidates").prefix_with("MATERIALIZED")
)


def visible_to(viewer: Literal["public", "member", "admin"]) -> sa.ColumnElement[bool]:
    public = sa.and_(gigs.c.is_active, sa.not_(users.c.is_banned))
    if viewer == "admin":
        return sa.true()
    if viewer == "member":
        return sa.or_(public, gigs.c.freelancer_id == _param("viewer_id", gigs.c.freelancer_id))
    return public


def base_query(shape: Shape) -> sa.Select[Any]:
    conditions: list[sa.ColumnElement[bool]] = [visible_to(shape.viewer)]
    if shape.min_price:
        conditions.append(gigs.c.price >= _param("min_price", gigs.c.price))
    if shape.max_price:
        conditions.append(gigs.c.price <= _param("max_price", gigs.c.price))
    if shape.max_delivery_days:
        conditions.append(gigs.c.delivery_days <= _param("max_delivery_days", gigs.c.delivery_days))
    if shape.freelancer:
        conditions.append(gigs.c.freelancer_id == _param("freelancer_id", gigs.c.freelancer_id))
    return (
        sa.select(*COLUMNS)
        .select_from(gigs.join(users, users.c.id == gigs.c.freelancer_id))
        .where(*conditions)
    )


def bound_values(
    filters: GigFilters, viewer: Viewer, words: list[str], limit: int
) -> dict[str, Any]:
    """The values for the parameters `base_query` and the text conditions declare."""
    candidates: dict[str, Any] = {
        "page_limit": limit + 1,
        "viewer_id": viewer.user_id if viewer.kind == "member" else None,
        "min_price": filters.min_price,
        "max_price": filters.max_price,
        "max_delivery_days": filters.max_delivery_days,
        "freelancer_id": filters.freelancer_id,
        "tsquery": prefix_tsquery(words) if words else None,
        "q_text": filters.q if words else None,
    }
    return {name: value for name, value in candidates.items() if value is not None}


def after_key(spec: SortSpec) -> sa.ColumnElement[bool]:
    """Rows after the cursor's key (bound as key_0, key_1) in the sort's direction."""
    row = sa.tuple_(*spec.columns)
    key = sa.tuple_(*(_param(f"key_{i}", column) for i, column in enumerate(spec.columns)))
    return row < key if spec.descending else row > key


def key_values(key: list[Any]) -> dict[str, Any]:
    return {f"key_{i}": value for i, value in enumerate(key)}


def ordered(spec: SortSpec) -> list[sa.UnaryExpression[Any]]:
    return [column.desc() if spec.descending else column.asc() for column in spec.columns]


def parse_key(sort: GigSort, raw: list[Any]) -> list[Any]:
    first: Any = key_datetime(raw[0]) if sort is GigSort.NEWEST else key_decimal(raw[0])
    return [first, key_uuid(raw[1])]


async def search_gigs(
    session: AsyncSession, filters: GigFilters, viewer: Viewer, limit: int, cursor: str | None
) -> tuple[list[RowMapping], str | None]:
    await run_core(session, SEARCH_SETTINGS)
    words, sort = filters.words, filters.effective_sort  # the schema checked they fit together
    values = bound_values(filters, viewer, words, limit)
    shape = Shape.of(filters, viewer)
    if sort is GigSort.RELEVANCE:
        return await _search_by_relevance(session, shape, values, limit, cursor)
    return await _search_sorted(session, shape, values, bool(words), sort, limit, cursor)


async def _fetch(
    session: AsyncSession, statement: sa.Select[Any], values: dict[str, Any]
) -> list[RowMapping]:
    connection = await session.connection()
    return list((await connection.execute(statement, values)).mappings().all())


@lru_cache(maxsize=256)
def sorted_statement(shape: Shape, sort: GigSort, text: bool, after: bool) -> sa.Select[Any]:
    spec = SORTS[sort]
    query = base_query(shape)
    if text:
        query = query.where(sa.or_(ANYWHERE, FUZZY_TITLE))
    if after:
        query = query.where(after_key(spec))
    return query.order_by(*ordered(spec)).limit(PAGE_LIMIT)


async def _search_sorted(
    session: AsyncSession,
    shape: Shape,
    values: dict[str, Any],
    text: bool,
    sort: GigSort,
    limit: int,
    cursor: str | None,
) -> tuple[list[RowMapping], str | None]:
    spec = SORTS[sort]
    if cursor is not None:
        values = {**values, **key_values(parse_key(sort, decode_cursor(cursor, sort, 2)))}
    statement = sorted_statement(shape, sort, text, cursor is not None)
    rows = await _fetch(session, statement, values)
    page, more = rows[:limit], len(rows) > limit
    if not more:
        return page, None
    last = page[-1]
    return page, encode_cursor(sort, [last[spec.columns[0]], last["id"]])


TIER_CONDITIONS: dict[int, tuple[sa.ColumnElement[bool], ...]] = {
    TITLE_TIER: (IN_TITLE,),
    TEXT_TIER: (ANYWHERE, sa.not_(IN_TITLE)),
    FUZZY_TIER: (FUZZY_TITLE, sa.not_(ANYWHERE)),
}
FUZZY_FROM_INDEX = (gigs.c.id.in_(sa.select(FUZZY_CANDIDATES.c.id)), sa.not_(ANYWHERE))
EXACT_TIERS = (TITLE_TIER, TEXT_TIER)


@lru_cache(maxsize=256)
def relevance_statement(
    shape: Shape, tiers: tuple[int, ...], cursor_tier: int | None, fuzzy_from_index: bool = False
) -> sa.Select[Any] | None:
    """These tiers, each newest first, one after the other, from the cursor on (None: none left)."""
    newest = SORTS[GigSort.NEWEST]
    branches = []
    for tier in tiers:
        if cursor_tier is not None and tier > cursor_tier:
            continue  # this tier was fully served on earlier pages
        fuzzy = tier == FUZZY_TIER and fuzzy_from_index
        query = base_query(shape).where(*(FUZZY_FROM_INDEX if fuzzy else TIER_CONDITIONS[tier]))
        if tier == cursor_tier:
            query = query.where(after_key(newest))
        branch = query.add_columns(sa.literal(tier).label("tier"))
        branches.append(branch.order_by(*ordered(newest)).limit(PAGE_LIMIT).subquery().select())
    if not branches:
        return None
    union = sa.union_all(*branches).subquery()
    return (
        sa.select(union)
        .order_by(union.c.tier.desc(), union.c.created_at.desc(), union.c.id.desc())
        .limit(PAGE_LIMIT)
    )


async def _search_by_relevance(
    session: AsyncSession,
    shape: Shape,
    values: dict[str, Any],
    limit: int,
    cursor: str | None,
) -> tuple[list[RowMapping], str | None]:
    cursor_tier: int | None = None
    if cursor is not None:
        raw = decode_cursor(cursor, GigSort.RELEVANCE, 3)
        if type(raw[0]) is not int or raw[0] not in (TITLE_TIER, TEXT_TIER, FUZZY_TIER):
            raise InvalidInput(INVALID_CURSOR, "invalid_cursor", field="cursor")
        cursor_tier = raw[0]
        values = {**values, **key_values(parse_key(GigSort.NEWEST, raw[1:]))}
    rows: list[RowMapping] = []
    exact = relevance_statement(shape, EXACT_TIERS, cursor_tier)
    if exact is not None:
        rows = await _fetch(session, exact, values)
    # The fuzzy tier only fills what exact matches leave of the page: asked for anyway, it would
    # often cost the most. Where exact matches exist, the titles close to the words are mostly
    # those very matches, which the fuzzy tier excludes; the planner cannot see that, expects
    # plenty of rows and walks newest-first through the whole table finding none (> 1 s on
    # 100,000 gigs). So its candidates then come from the trigram index: bounded by the titles
    # that look like the words. With no exact match at all (a misspelling), the planner's own
    # choice is right: a newest-first walk that soon meets enough misspelled matches.
    if len(rows) <= limit:
        exact_matches_exist = bool(rows) or cursor_tier in EXACT_TIERS
        fuzzy = relevance_statement(shape, (FUZZY_TIER,), cursor_tier, exact_matches_exist)
        if fuzzy is not None:
            rows += await _fetch(session, fuzzy, {**values, "page_limit": limit + 1 - len(rows)})
    page, more = rows[:limit], len(rows) > limit
    if not more:
        return page, None
    last = page[-1]
    return page, encode_cursor(GigSort.RELEVANCE, [last["tier"], last["created_at"], last["id"]])
