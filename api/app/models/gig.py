"""Gigs: what freelancers sell."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlmodel import Field, SQLModel

from app.gigs.moderation import ModerationStatus
from app.models.base import MONEY, EnumText, created_at, foreign_key, table_of, updated_at, uuid_pk
from app.models.file import files_column
from app.orders.statuses import sql_in

NO_PENDING_LIST = {"fastupdate": "off"}


class Gig(SQLModel, table=True):
    __tablename__ = "gigs"

    id: uuid.UUID = uuid_pk()
    freelancer_id: uuid.UUID = foreign_key("users.id")
    # Statistics target 10 (migration 0014): the planner runs a condition on the title against every histogram
    # entry (the typo search's trigram condition did, before migration 0015).
    title: str = Field(sa_column=sa.Column(sa.String(120), nullable=False))
    description: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    price: Decimal = Field(sa_column=sa.Column(MONEY, nullable=False))
    delivery_days: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    # How many rounds of changes the price includes.
    revisions_included: int = Field(
        default=1, sa_column=sa.Column(sa.Integer, nullable=False, server_default="1")
    )
    is_active: bool = Field(
        default=True, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.true())
    )
    # An admin's takedown, which only an admin lifts; the owner's `is_active` cannot override it (a CHECK keeps
    # a suspended gig inactive).
    moderation_status: ModerationStatus = Field(
        default=ModerationStatus.ACTIVE,
        sa_column=sa.Column(
            EnumText(ModerationStatus, 16), nullable=False, server_default=ModerationStatus.ACTIVE
        ),
    )
    suspended_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True))
    )
    suspension_reason: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    # Denormalised review aggregate, kept current by the review service; drives sort=rating.
    rating_avg: Decimal = Field(
        default=Decimal("0"),
        sa_column=sa.Column(sa.Numeric(3, 2), nullable=False, server_default="0"),
    )
    rating_count: int = Field(
        default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0")
    )
    # The gig's images in order, the cover first (≤ 6), as attached (app/files/attach.py): listings read them
    # with the gig, no join. The files table stays the judge of who may read each one.
    images: list[dict[str, Any]] = files_column()
    # Discovery (DESIGN §14): one leaf category, up to 5 skills (normalised: app/gigs/tags.py), and how many of
    # its orders completed (kept by the order service; drives sort=popular).
    category: str = Field(
        sa_column=sa.Column(
            sa.String(40),
            sa.ForeignKey("categories.slug", ondelete="RESTRICT", onupdate="CASCADE"),
            nullable=False,
        )
    )
    tags: list[str] = Field(
        default_factory=list,
        sa_column=sa.Column(
            ARRAY(sa.String(24)), nullable=False, server_default=sa.text("'{}'::varchar[]")
        ),
    )
    orders_completed: int = Field(
        default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0")
    )
    created_at: datetime = created_at()
    updated_at: datetime = updated_at()

    __table_args__ = (
        sa.CheckConstraint("price > 0", name="price_positive"),
        sa.CheckConstraint("delivery_days BETWEEN 1 AND 90", name="delivery_days_range"),
        sa.CheckConstraint("revisions_included BETWEEN 0 AND 10", name="revisions_valid"),
        sa.CheckConstraint("rating_avg BETWEEN 0 AND 5", name="rating_avg_range"),
        sa.CheckConstraint(
            f"moderation_status IN ({sql_in(ModerationStatus)})", name="moderation_status_valid"
        ),
        sa.CheckConstraint(
            "moderation_status = 'active' OR NOT is_active", name="suspended_is_inactive"
        ),
        sa.Index("ix_gigs_created_at_id", "created_at", "id"),
        sa.Index("ix_gigs_price_id", "price", "id"),
        sa.Index("ix_gigs_rating_id", "rating_avg", "id"),
        sa.Index("ix_gigs_popular_id", "orders_completed", "id"),
        sa.Index("ix_gigs_category_created_at_id", "category", "created_at", "id"),
        # The search's GIN indexes take each write directly: no pending list for every search to read
        # (migration 0013).
        sa.Index("ix_gigs_tags", "tags", postgresql_using="gin", postgresql_with=NO_PENDING_LIST),
        sa.CheckConstraint("cardinality(tags) <= 5", name="tags_at_most_five"),
    )


# Full-text search document: title weighs more than description. A stored generated column, left
# unmapped so ordinary reads never fetch it; queries reach it as `gigs_table.c.search_vector`.
gigs_table = table_of(Gig)
gigs_table.append_column(
    sa.Column(
        "search_vector",
        TSVECTOR,
        sa.Computed(
            "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('english', coalesce(description, '')), 'B')",
            persisted=True,
        ),
        nullable=False,
    )
)
sa.Index(
    "ix_gigs_search_vector",
    gigs_table.c.search_vector,
    postgresql_using="gin",
    postgresql_with=NO_PENDING_LIST,
)

# The title alone, for the "every word in the title" search tier. Its own column (not the weight-A part of
# search_vector) because the planner's statistics ignore weights: see migration 0003.
gigs_table.append_column(
    sa.Column(
        "title_vector",
        TSVECTOR,
        sa.Computed("to_tsvector('english', coalesce(title, ''))", persisted=True),
        nullable=False,
    )
)
sa.Index(
    "ix_gigs_title_vector",
    gigs_table.c.title_vector,
    postgresql_using="gin",
    postgresql_with=NO_PENDING_LIST,
)

# Whether the gig's owner is banned: a copy of `users.is_banned` that the database keeps (triggers, migration
# 0012), so a search decides visibility from `gigs` alone instead of joining every match to `users`. Unmapped
# like the vectors: no one writes it, ordinary reads never need it.
gigs_table.append_column(
    sa.Column("owner_banned", sa.Boolean, nullable=False, server_default=sa.false())
)

# Every word of every title, as the text search's parser splits it (lower case, unstemmed, no English stop
# words), kept by triggers on `gigs` (migration 0015): the typo search corrects a query's words against it
# through its trigram index (app/gigs/typos.py).
gig_title_words = sa.Table(
    "gig_title_words",
    SQLModel.metadata,
    sa.Column("word", sa.Text(), primary_key=True),
    sa.Index(
        "ix_gig_title_words_trgm",
        "word",
        postgresql_using="gin",
        postgresql_ops={"word": "gin_trgm_ops"},
        postgresql_with=NO_PENDING_LIST,
    ),
)
