"""Gig search: a small statistics target for `gigs.title` (10 instead of the default 100).

Why (measured with `make bench-gigs`, 100,000 gigs): PostgreSQL estimates a trigram condition (`word <% title`,
the typo tier) by running it against the column's histogram, one similarity per entry, every time a search is
planned — and each search is planned anew (no prepared statements behind PgBouncer). With 101 entries that cost
0.8 to 1.8 ms of planning per typo-tier statement, more than a rare word's whole search; with 11 it costs 0.3 to 0.5 ms,
and the plans stay the same (the trigram GIN index, the same estimates' order of magnitude). Nothing else filters
or sorts on the title itself: the text tiers use their own vectors' statistics.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE gigs ALTER COLUMN title SET STATISTICS 10")


def downgrade() -> None:
    op.execute("ALTER TABLE gigs ALTER COLUMN title SET STATISTICS -1")
