"""`GET /gigs`: full-text and typo-tolerant search, filters, sorts and keyset pagination.

Every query class reads an index rather than the whole table, and reads `gigs` alone:
- who may see a gig is decided by the gig's own row — `is_active`, and `owner_banned`, a copy of its
  owner's ban that the database keeps exact (triggers, migration 0012) — so neither a page nor a count
  joins `users`; only the page's rows are joined to their freelancer, for the JSON;
- newest / price / rating / popular sorts walk a B-tree on (key, id) and stop after one page;
- text search matches stored tsvectors (GIN) — the title alone (`title_vector`) and title plus
  description (`search_vector`) — and, for typos, the trigrams of a dictionary of title words
  (app/gigs/typos.py). These GIN indexes take each write directly (migration 0013): a pending list
  would be read by every search;
- relevance is tiered — all words in the title, then all words anywhere, then a fuzzy title
  match — and each exact tier is its own "newest first" query, so even a word found in most gigs
  is answered from an index walk instead of ranking every match. The fuzzy tier needs every word
  close to a word of the title — each word is corrected against the title dictionary, and the
  titles holding a correction come from `title_vector` — and ranks the closest titles first. One
  statement walks its candidates once (a materialised CTE) for both its page and its count, in the
  exact tiers' round trip — unless the search is known to pass the cap, when it is read only if the
  exact matches leave the page short;
- the total counts at most COUNT_CAP + 1 matches of the same filters, so it stays cheap however
  many gigs match (relevance: the exact tiers, then the fuzzy tier's other gigs, added). Once a
  search has been seen to pass the cap, it is not counted again for CAPPED_SECONDS
  (`CappedSearches`): "1,000+" barely ever stops being true, and those counts are the ones that walk
  a thousand rows, on the busiest searches (the first page, a category). A count under the cap is
  never remembered: it is read with its page, on every page, so the two always agree.

Each statement is built once per *shape* (which filters are present, who is looking, which sort,
where the cursor is) and cached; the values travel as bound parameters. Building the tiered UNION
with SQLAlchemy costs more CPU than PostgreSQL spends answering it, so this matters under load.
"""

import math
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY

from app.core.errors import InvalidInput
from app.core.pagination import (
    INVALID_CURSOR,
    decode_cursor,
    encode_cursor,
    key_count,
    key_datetime,
    key_decimal,
    key_uuid,
)
from app.core.reads import Compiled, Query, Rows, local_settings
from app.gigs.gig_json import gig_json
from app.gigs.schemas import GigFilters, GigSort
from app.gigs.typos import (
    WORD_SIMILARITY,
    closeness,
    corrections,
    fuzzy_title,
    fuzzy_values,
    fuzzy_words,
)
from app.models import User, gigs_table
from app.models.base import table_of

gigs = gigs_table
users = table_of(User)

SEARCH_STATEMENT_TIMEOUT_MS = 2000
TITLE_TIER, TEXT_TIER, FUZZY_TIER = 3, 2, 1
# Up to this many matches are counted exactly; beyond it the answer is "more than COUNT_CAP".
COUNT_CAP = 1000
# Local to the read's implicit transaction (app/core/reads.py; safe behind PgBouncer): a runaway search
# is cancelled by the database, and a one-letter typo in a short word ("shopfy") still reaches the
# fuzzy-title tier.
SEARCH_SETTINGS = {
    "statement_timeout": str(SEARCH_STATEMENT_TIMEOUT_MS),
    "pg_trgm.word_similarity_threshold": str(WORD_SIMILARITY),
}
# Statements whose best plan depends on their values — the words (a rare one is read from the text index, a
# common one along the newest-first walk) or a filter (a rare category from its own index) — are never
# prepared (`Query.prepare`), so PostgreSQL plans each for its values: one plan for every word or tag would
# suit the common ones or the rare ones, never both (a prepared, generic plan made a tag with a common word 6x
# slower). The plain listing and the typo tier (whose candidates come from the corrections, whatever the
# words) are prepared, and planned once per connection.
PLANNED_EACH_TIME = False

# Each row of a page: the item's JSON (app/gigs/gig_json.py), then the keys its cursor may need.
ITEM, CREATED_AT, ID, PRICE, RATING, ORDERS, TIER, CLOSENESS = range(8)
KEY_COLUMNS = (
    gigs.c.created_at,
    gigs.c.id,
    gigs.c.price,
    gigs.c.rating_avg,
    gigs.c.orders_completed,  # sort=popular's key
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
    category: bool = False
    tags: bool = False
    min_rating: bool = False
    fuzzy_words: int = 0  # how many query words the typo conditions compare with the title

    @property
    def filtered(self) -> bool:
        """Whether any filter besides the words is set."""
        return self != Shape(self.viewer, fuzzy_words=self.fuzzy_words)

    @classmethod
    def of(cls, filters: GigFilters, viewer: Viewer) -> "Shape":
        return cls(
            viewer=viewer.kind,
            fuzzy_words=len(fuzzy_words(filters.words)),
            min_price=filters.min_price is not None,
            max_price=filters.max_price is not None,
            max_delivery_days=filters.max_delivery_days is not None,
            freelancer=filters.freelancer_id is not None,
            category=filters.category is not None,
            tags=bool(filters.tag),
            min_rating=filters.min_rating is not None,
        )


@dataclass(frozen=True)
class SortSpec:
    columns: tuple[sa.ColumnElement[Any], ...]
    descending: bool
    key: int  # where a page's row holds the first column


SORTS: dict[GigSort, SortSpec] = {
    GigSort.NEWEST: SortSpec((gigs.c.created_at, gigs.c.id), descending=True, key=CREATED_AT),
    GigSort.PRICE_ASC: SortSpec((gigs.c.price, gigs.c.id), descending=False, key=PRICE),
    GigSort.PRICE_DESC: SortSpec((gigs.c.price, gigs.c.id), descending=True, key=PRICE),
    GigSort.RATING: SortSpec((gigs.c.rating_avg, gigs.c.id), descending=True, key=RATING),
    GigSort.POPULAR: SortSpec((gigs.c.orders_completed, gigs.c.id), descending=True, key=ORDERS),
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


def text_match(count: int) -> sa.ColumnElement[bool]:
    """Any match of the words: exact (stems and prefixes, anywhere) or a typo in the title."""
    return sa.or_(ANYWHERE, fuzzy_title(corrections(count), count)) if count else ANYWHERE


def visible_to(viewer: Literal["public", "member", "admin"]) -> sa.ColumnElement[bool]:
    # `owner_banned` is the owner's `users.is_banned`, kept on the gig by the database (migration 0012): the
    # search reads `gigs` alone.
    public = sa.and_(gigs.c.is_active, sa.not_(gigs.c.owner_banned))
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
    if shape.category:
        # A leaf, or a top category's leaves (resolved by app/gigs/taxonomy.py before the search).
        leaves = sa.bindparam("categories", type_=ARRAY(sa.String(40)))
        conditions.append(gigs.c.category == sa.any_(leaves))
    if shape.tags:
        # Every tag asked for (GIN on gigs.tags).
        conditions.append(gigs.c.tags.contains(sa.bindparam("tags", type_=ARRAY(sa.String(24)))))
    if shape.min_rating:
        conditions.append(gigs.c.rating_avg >= _param("min_rating", gigs.c.rating_avg))
    return sa.select(*KEY_COLUMNS).select_from(gigs).where(*conditions)


def with_items(
    page: sa.Select[Any],
    viewer: Literal["public", "member", "admin"],
    order: list[tuple[str, bool]],
) -> sa.Select[Any]:
    """The page's rows with each gig's JSON, in the page's order (`order`: its columns, descending or not).

    The JSON is written for the page's rows only: computed inside the search, PostgreSQL would write it for
    every match it sorts before keeping a page of them (58 matches of a rare word cost more than the search)."""
    found = page.subquery("page")
    extras = [found.c[name] for name in ("tier", "closeness") if name in found.c]
    ordering = [found.c[name].desc() if desc else found.c[name].asc() for name, desc in order]
    return (
        sa.select(gig_json(viewer), *(found.c[column.name] for column in KEY_COLUMNS), *extras)
        .select_from(
            found.join(gigs, gigs.c.id == found.c.id).join(
                users, users.c.id == gigs.c.freelancer_id
            )
        )
        .order_by(*ordering)
    )


def order_of(spec: "SortSpec") -> list[tuple[str, bool]]:
    return [(column.name, spec.descending) for column in spec.columns]


def bound_values(
    filters: GigFilters, viewer: Viewer, words: list[str], limit: int, categories: list[str]
) -> dict[str, Any]:
    """The values for the parameters `base_query` and the text conditions declare."""
    candidates: dict[str, Any] = {
        "page_limit": limit + 1,
        "viewer_id": viewer.user_id,  # whose gigs show although inactive, whose favourites
        "min_price": filters.min_price,
        "max_price": filters.max_price,
        "max_delivery_days": filters.max_delivery_days,
        "freelancer_id": filters.freelancer_id,
        "categories": categories or None,
        "tags": filters.tag or None,
        "min_rating": filters.min_rating,
        "tsquery": prefix_tsquery(words) if words else None,
        "count_limit": COUNT_CAP + 1,
        **fuzzy_values(words),
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
    first: Any
    if sort is GigSort.NEWEST:
        first = key_datetime(raw[0])
    elif sort is GigSort.POPULAR:
        first = key_count(raw[0])
    else:
        first = key_decimal(raw[0])
    return [first, key_uuid(raw[1])]


@dataclass(frozen=True)
class SearchResult:
    items: list[str]  # each gig's `GigOut` as JSON text, in page order
    next_cursor: str | None
    total: int  # at most COUNT_CAP
    total_is_capped: bool  # more than COUNT_CAP gigs match


# Runs queries in one round trip (app.core.reads.read on the engine); the EXPLAIN tool passes one that
# records them as well.
Reader = Callable[[Sequence[Query | None]], Awaitable[list[Rows]]]


async def search_gigs(
    read: Reader,
    filters: GigFilters,
    viewer: Viewer,
    limit: int,
    cursor: str | None,
    categories: list[str],
) -> SearchResult:
    """One page of gigs. `categories`: the leaves `filters.category` stands for (app/gigs/taxonomy.py)."""
    words, sort = filters.words, filters.effective_sort  # the schema checked they fit together
    values = bound_values(filters, viewer, words, limit, categories)
    shape = Shape.of(filters, viewer)
    if sort is GigSort.RELEVANCE:
        rows, counted = await _search_by_relevance(read, shape, values, limit, cursor)
        next_cursor = _relevance_cursor(rows, limit)
    else:
        rows, counted = await _search_sorted(read, shape, values, bool(words), sort, cursor)
        next_cursor = _sorted_cursor(rows, limit, sort)
    items = [row[ITEM] for row in rows[:limit]]
    return SearchResult(items, next_cursor, min(counted, COUNT_CAP), counted > COUNT_CAP)


SETTINGS = local_settings(SEARCH_SETTINGS)
COUNT_LIMIT = sa.bindparam("count_limit", type_=sa.Integer)


@lru_cache(maxsize=256)
def count_statement(shape: Shape, sort: GigSort, text: bool) -> Compiled:
    """How many gigs match, stopping at COUNT_CAP + 1.

    Ordered like a page of the same search (relevance: newest first), so the planner weighs the
    same index walk the page makes, just longer, against the text indexes' bitmaps; unordered,
    it would rather read the table itself until it has seen enough matches."""
    spec = SORTS[GigSort.NEWEST if sort is GigSort.RELEVANCE else sort]
    query: sa.Select[Any] = base_query(shape).with_only_columns(sa.literal_column("1"))
    if text:
        query = query.where(text_match(shape.fuzzy_words))
    query = query.order_by(*ordered(spec)).limit(COUNT_LIMIT)
    return Compiled.of(sa.select(sa.func.count()).select_from(query.subquery()))


def exact_count_statement(shape: Shape) -> Compiled:
    """How many gigs match the words exactly (the relevance search's exact tiers), up to COUNT_CAP + 1;
    the fuzzy statement counts the rest."""
    return count_statement(replace(shape, fuzzy_words=0), GigSort.RELEVANCE, True)


def _counted(rows: Rows) -> int:
    return int(rows[0][0])


CAPPED_SECONDS = 30.0


class CappedSearches:
    """The searches (filters, viewer, sort — not the page) last seen to match more than COUNT_CAP gigs, each
    remembered for CAPPED_SECONDS, at most `size` of them, per process. A count under the cap is never
    remembered: it stays exact on every page."""

    def __init__(self, size: int = 2048) -> None:
        self.size = size
        self._until: OrderedDict[Hashable, float] = OrderedDict()

    @staticmethod
    def key(count: Compiled, values: Mapping[str, Any]) -> Hashable:
        parts = tuple(
            (name, tuple(value) if isinstance(value, list) else value)
            for name, value in sorted(values.items())
            if name != "page_limit"
        )
        return (count.sql, parts)

    def holds(self, key: Hashable) -> bool:
        until = self._until.get(key)
        return until is not None and until >= time.monotonic()

    def remember(self, key: Hashable) -> None:
        self._until[key] = time.monotonic() + CAPPED_SECONDS
        self._until.move_to_end(key)
        while len(self._until) > self.size:
            self._until.popitem(last=False)

    def forget(self) -> None:
        self._until.clear()


capped = CappedSearches()


async def _read_with_count(
    read: Reader,
    settings: Query | None,
    page: Query | None,
    count: Query,
    unless_capped: Query | None = None,
) -> tuple[Rows, int, Rows | None]:
    """The page's rows and the count, read in one round trip behind `settings` — but the count is not read when
    it is known to be capped, and neither is `unless_capped`, a further query whose rows come back third (None
    when it was not read)."""
    key = CappedSearches.key(count.compiled, count.values)
    if capped.holds(key):
        _, rows = await read([settings, page])
        return rows, COUNT_CAP + 1, None
    _, rows, counted_rows, extra_rows = await read([settings, page, count, unless_capped])
    counted = _counted(counted_rows)
    if counted > COUNT_CAP:
        capped.remember(key)
    return rows, counted, extra_rows if unless_capped is not None else None


@lru_cache(maxsize=256)
def sorted_statement(shape: Shape, sort: GigSort, text: bool, after: bool) -> Compiled:
    spec = SORTS[sort]
    query = base_query(shape)
    if text:
        query = query.where(text_match(shape.fuzzy_words))
    if after:
        query = query.where(after_key(spec))
    page = query.order_by(*ordered(spec)).limit(PAGE_LIMIT)
    return Compiled.of(with_items(page, shape.viewer, order_of(spec)))


async def _search_sorted(
    read: Reader,
    shape: Shape,
    values: dict[str, Any],
    text: bool,
    sort: GigSort,
    cursor: str | None,
) -> tuple[Rows, int]:
    """The page (one row more than asked for, if there is one) and the count, in one round trip."""
    page_values = values
    if cursor is not None:
        page_values = {**values, **key_values(parse_key(sort, decode_cursor(cursor, sort, 2)))}
    # A listing without words walks an index and stops after a page, so the database's own timeout bounds it
    # and it needs no search settings: once its count is known to be capped, its page is one statement, sent
    # without a pipeline.
    settings = SETTINGS if text else None
    prepare = PLANNED_EACH_TIME if text or shape.filtered else None
    page = Query(sorted_statement(shape, sort, text, cursor is not None), page_values, prepare)
    count = Query(count_statement(shape, sort, text), values, prepare)
    rows, counted, _ = await _read_with_count(read, settings, page, count)
    return rows, counted


def _sorted_cursor(rows: Rows, limit: int, sort: GigSort) -> str | None:
    if len(rows) <= limit:
        return None
    last = rows[limit - 1]
    return encode_cursor(sort, [last[SORTS[sort].key], last[ID]])


TIER_CONDITIONS: dict[int, tuple[sa.ColumnElement[bool], ...]] = {
    TITLE_TIER: (IN_TITLE,),
    TEXT_TIER: (ANYWHERE, sa.not_(IN_TITLE)),
}
EXACT_TIERS = (TITLE_TIER, TEXT_TIER)


@lru_cache(maxsize=256)
def exact_statement(shape: Shape, cursor_tier: int | None) -> Compiled | None:
    """The exact tiers, each newest first, one after the other, from the cursor on (None: none left)."""
    newest = SORTS[GigSort.NEWEST]
    branches = []
    for tier in EXACT_TIERS:
        if cursor_tier is not None and tier > cursor_tier:
            continue  # this tier was fully served on earlier pages
        query = base_query(shape).where(*TIER_CONDITIONS[tier])
        if tier == cursor_tier:
            query = query.where(after_key(newest))
        branch = query.add_columns(sa.literal(tier).label("tier"))
        branches.append(branch.order_by(*ordered(newest)).limit(PAGE_LIMIT).subquery().select())
    if not branches:
        return None
    union = sa.union_all(*branches).subquery()
    page = (
        sa.select(union)
        .order_by(union.c.tier.desc(), union.c.created_at.desc(), union.c.id.desc())
        .limit(PAGE_LIMIT)
    )
    return Compiled.of(
        with_items(page, shape.viewer, [("tier", True), ("created_at", True), ("id", True)])
    )


KEY_CLOSENESS = sa.bindparam("key_closeness", type_=sa.Float)
NEWEST_KEY = SORTS[GigSort.NEWEST].columns


# Where a row of the fuzzy statement holds the count of its tier (after the page's own columns).
FUZZY_TOTAL = CLOSENESS + 1


@lru_cache(maxsize=256)
def fuzzy_statement(shape: Shape, after: bool) -> Compiled:
    """Titles close to every word but matching none exactly: the closest first, then newest; and how many.

    Each row carries how many gigs the tier holds (counted up to COUNT_CAP + 1), and when the page is
    empty — or its limit 0, when only the count is wanted — one row still does, with no item. The
    candidates are walked once, for both."""
    fixes = corrections(shape.fuzzy_words)  # each word's corrections, looked up once
    candidates = (
        base_query(shape)
        .add_columns(gigs.c.title, gigs.c.title_vector)
        .where(fuzzy_title(fixes, shape.fuzzy_words), sa.not_(ANYWHERE))
        .cte("candidates")
        .prefix_with("MATERIALIZED")
    )
    score = closeness(fixes, candidates.c.title, candidates.c.title_vector)
    newest = (candidates.c.created_at, candidates.c.id)
    query = sa.select(
        *(candidates.c[column.name] for column in KEY_COLUMNS),
        sa.literal(FUZZY_TIER).label("tier"),
        score.label("closeness"),
    )
    if after:
        key = sa.tuple_(KEY_CLOSENESS, *(_param(f"key_{i}", c) for i, c in enumerate(NEWEST_KEY)))
        query = query.where(sa.tuple_(score, *newest) < key)
    page = query.order_by(score.desc(), *(column.desc() for column in newest)).limit(PAGE_LIMIT)
    order = [("closeness", True), ("created_at", True), ("id", True)]
    items = with_items(page, shape.viewer, order).subquery("items")
    found: sa.Select[Any] = (
        sa.select(sa.literal_column("1")).select_from(candidates).limit(COUNT_LIMIT)
    )
    counted = sa.select(sa.func.count().label("total")).select_from(found.subquery()).subquery()
    statement = (
        sa.select(*items.c, counted.c.total)
        .select_from(counted.outerjoin(items, sa.true()))
        .order_by(*(items.c[name].desc() for name, _ in order))
    )
    return Compiled.of(statement)


# A relevance cursor: [tier, closeness (fuzzy tier only, "0" otherwise), created_at, id].
RELEVANCE_KEY_LENGTH = 4
MAX_CLOSENESS = 2.0 * 8  # two similarities of at most 1 per word, at most 8 words


def _parse_relevance_key(raw: list[Any]) -> tuple[int, dict[str, Any]]:
    tier, score = raw[0], raw[1]
    if type(tier) is not int or tier not in (TITLE_TIER, TEXT_TIER, FUZZY_TIER):
        raise InvalidInput(INVALID_CURSOR, "invalid_cursor", field="cursor")
    try:
        closeness_key = float(score) if isinstance(score, str) else math.nan
    except ValueError:
        closeness_key = math.nan
    if not 0 <= closeness_key <= MAX_CLOSENESS:  # NaN fails this too
        raise InvalidInput(INVALID_CURSOR, "invalid_cursor", field="cursor")
    values = key_values(parse_key(GigSort.NEWEST, raw[2:]))
    return tier, {**values, "key_closeness": closeness_key}


async def _search_by_relevance(
    read: Reader,
    shape: Shape,
    values: dict[str, Any],
    limit: int,
    cursor: str | None,
) -> tuple[Rows, int]:
    cursor_tier: int | None = None
    page_values = values
    if cursor is not None:
        raw = decode_cursor(cursor, GigSort.RELEVANCE, RELEVANCE_KEY_LENGTH)
        cursor_tier, key = _parse_relevance_key(raw)
        page_values = {**values, **key}
    exact = exact_statement(shape, cursor_tier)
    page = Query(exact, page_values, PLANNED_EACH_TIME) if exact is not None else None
    count = Query(exact_count_statement(shape), values, PLANNED_EACH_TIME)
    fuzzy = fuzzy_statement(shape, cursor_tier == FUZZY_TIER) if shape.fuzzy_words else None
    # A whole page of the fuzzy tier, read alongside the exact tiers, unless the search is known to match
    # more than COUNT_CAP gigs exactly: it is then needed only if the exact matches leave the page short
    # (the last exact page), which is rare enough to cost a second round trip.
    full_page = Query(fuzzy, {**page_values, "page_limit": limit + 1}) if fuzzy else None
    rows, counted, fuzzy_rows = await _read_with_count(read, SETTINGS, page, count, full_page)
    # The fuzzy tier counts when it is needed: to fill what exact matches leave of the page, or to count
    # its gigs while the exact ones do not reach the cap.
    wanted = limit + 1 - len(rows)  # the exact tiers read at most limit + 1 rows
    if fuzzy is not None and (wanted or counted <= COUNT_CAP):
        if fuzzy_rows is None:
            # Only the rows the page still wants (0 when it is full: the count alone).
            more = {**page_values, "page_limit": wanted}
            _, fuzzy_rows = await read([SETTINGS, Query(fuzzy, more)])
        rows = rows + [row for row in fuzzy_rows if row[ITEM] is not None][:wanted]
        counted += int(fuzzy_rows[0][FUZZY_TOTAL])
    return rows, counted


def _relevance_cursor(rows: Rows, limit: int) -> str | None:
    if len(rows) <= limit:
        return None
    last = rows[limit - 1]
    score = repr(float(last[CLOSENESS])) if last[TIER] == FUZZY_TIER else "0"
    return encode_cursor(GigSort.RELEVANCE, [last[TIER], score, last[CREATED_AT], last[ID]])
