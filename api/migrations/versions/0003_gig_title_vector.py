"""Gig search: a stored title-only tsvector with its own GIN index.

Why (measured with `make bench-gigs`, 100,000 gigs): the relevance search's first tier ("every word in the
title") matched `search_vector` against a weight-A query. PostgreSQL's statistics cannot see weights, so a
word common in descriptions but absent from titles ("quality") looked common in titles too, and the planner
walked the newest-first index through every row looking for title matches that were not there (~180 ms).
`title_vector` has statistics of its own, so such a tier is answered from its GIN index instead (< 1 ms).
(A larger statistics target was tried as well: it did not change these plans, and every search paid for it
in planning time, so the default stays.)

Adding a stored generated column rewrites the table once (a brief exclusive lock): fine at this size.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "gigs",
        sa.Column(
            "title_vector",
            postgresql.TSVECTOR(),
            sa.Computed("to_tsvector('english', coalesce(title, ''))", persisted=True),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_gigs_title_vector", "gigs", ["title_vector"], unique=False, postgresql_using="gin"
    )


def downgrade() -> None:
    op.drop_index("ix_gigs_title_vector", table_name="gigs")
    op.drop_column("gigs", "title_vector")
