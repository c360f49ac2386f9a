"""Categories and tags (DESIGN §14): the category tree with its gig counts, tag normalisation and suggestions.

The tree changes only with a migration, and the counts and tag popularity need not be exact to the second, so
both are read at most once a minute per process (`CACHE_SECONDS`) instead of counting 100,000 gigs per request.
"""

import re
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import run_core
from app.core.errors import InvalidInput
from app.gigs.discovery_schemas import CategoryOut, TagOut
from app.models import Category, Gig, User

CACHE_SECONDS = 60.0
MAX_TAGS = 5
TAG_PATTERN = re.compile(r"^[a-z0-9+#.\-]{2,24}$")
TAG_RULE = "2 to 24 characters: lower-case letters, digits and + # . -"


def normal_tag(raw: str) -> str:
    """ " React Native " → "react-native"; raises ValueError when the result is not a valid tag."""
    tag = unicodedata.normalize("NFKC", raw).strip().lower()
    tag = re.sub(r"[\s_]+", "-", tag).strip("-")
    if not TAG_PATTERN.fullmatch(tag):
        raise ValueError(f"“{raw.strip()[:30]}” is not a valid tag ({TAG_RULE})")
    return tag


def normal_tags(raw: list[str]) -> list[str]:
    """Each tag normalised, duplicates dropped (first kept), at most MAX_TAGS."""
    tags = list(dict.fromkeys(normal_tag(tag) for tag in raw))
    if len(tags) > MAX_TAGS:
        raise ValueError(f"a gig has at most {MAX_TAGS} tags")
    return tags


@dataclass(frozen=True, slots=True)
class CategoryNode:
    """A category as read once and kept: plain values, never an ORM object tied to the session that read it
    (a later rollback of that session would expire it under every other request)."""

    slug: str
    name: str
    description: str
    parent_slug: str | None


@dataclass
class _Cached:
    at: float = -CACHE_SECONDS
    categories: list[CategoryNode] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    tags: list[tuple[str, int]] = field(default_factory=list)


# One per process, each part replaced whole: the tree (a dozen rows, read by every category filter) and the
# counts (a pass over the gigs, read by `GET /categories` and `GET /tags`) expire on their own.
_tree = _Cached()
_stats = _Cached()


def _fresh(cached: _Cached) -> bool:
    return time.monotonic() - cached.at < CACHE_SECONDS


def _visible() -> Any:
    """Gigs anyone can see: active, their freelancer not banned."""
    banned_owner = sa.exists().where(col(User.id) == col(Gig.freelancer_id), col(User.is_banned))
    return sa.and_(col(Gig.is_active), ~banned_owner)


CATEGORY_ROWS = sa.select(
    col(Category.slug), col(Category.name), col(Category.description), col(Category.parent_slug)
).order_by(col(Category.position))


async def _categories(source: AsyncSession | AsyncEngine) -> list[CategoryNode]:
    """The tree, from a request's session or (for the session-less listing) straight from the engine."""
    global _tree
    if not _fresh(_tree):
        if isinstance(source, AsyncEngine):
            async with source.connect() as connection:
                rows = (await connection.execute(CATEGORY_ROWS)).mappings().all()
        else:
            rows = (await run_core(source, CATEGORY_ROWS)).mappings().all()
        nodes = [
            CategoryNode(row["slug"], row["name"], row["description"], row["parent_slug"])
            for row in rows
        ]
        _tree = _Cached(at=time.monotonic(), categories=nodes)
    return _tree.categories


async def _counts(session: AsyncSession) -> _Cached:
    global _stats
    if _fresh(_stats):
        return _stats
    counts = dict(
        (
            await session.exec(
                select(Gig.category, sa.func.count()).where(_visible()).group_by(Gig.category)
            )
        ).all()
    )
    popular = await run_core(
        session,
        sa.text(
            "SELECT tag, count(*) AS n FROM gigs JOIN users ON users.id = gigs.freelancer_id, "
            "unnest(gigs.tags) AS tag WHERE gigs.is_active AND NOT users.is_banned "
            "GROUP BY tag ORDER BY n DESC, tag"
        ),
    )
    tags = [(str(row.tag), int(row.n)) for row in popular.all()]
    _stats = _Cached(at=time.monotonic(), counts=counts, tags=tags)
    return _stats


def forget_cached_counts() -> None:
    """Tests call this to see a change at once rather than within a minute."""
    global _tree, _stats
    _tree, _stats = _Cached(), _Cached()


async def category_tree(session: AsyncSession) -> list[CategoryOut]:
    categories = await _categories(session)
    counts = (await _counts(session)).counts

    def node(category: CategoryNode, children: list[CategoryOut]) -> CategoryOut:
        own = counts.get(category.slug, 0)
        return CategoryOut(
            slug=category.slug,
            name=category.name,
            description=category.description,
            gig_count=own + sum(child.gig_count for child in children),
            children=children,
        )

    return [
        node(top, [node(c, []) for c in categories if c.parent_slug == top.slug])
        for top in categories
        if top.parent_slug is None
    ]


async def leaves_under(source: AsyncSession | AsyncEngine, slug: str) -> list[str]:
    """The leaf slugs a `category=` filter means: the leaf itself, or every child of a top category; 422 for
    an unknown slug."""
    categories = await _categories(source)
    if slug not in {c.slug for c in categories}:
        raise InvalidInput(
            f"There is no category “{slug}”", code="unknown_category", field="category"
        )
    children = [c.slug for c in categories if c.parent_slug == slug]
    return children or [slug]


async def check_leaf(session: AsyncSession, slug: str) -> str:
    """A gig's category must exist and be a leaf (Development → Web apps, not Development)."""
    leaves = await leaves_under(session, slug)
    if leaves != [slug]:
        raise InvalidInput(
            "Choose a category inside this one (for example Development → Web apps)",
            code="category_not_leaf",
            field="category",
        )
    return slug


async def suggest_tags(session: AsyncSession, prefix: str, limit: int) -> list[TagOut]:
    """Tags that start with `prefix` (any tag when it is empty), most used first."""
    wanted = prefix.strip().lower()
    tags = (await _counts(session)).tags
    found = [(name, n) for name, n in tags if name.startswith(wanted)][:limit]
    return [TagOut(name=name, gig_count=n) for name, n in found]
