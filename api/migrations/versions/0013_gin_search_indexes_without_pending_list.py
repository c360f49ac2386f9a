"""Gig search: the GIN indexes a search reads take each write directly (`fastupdate = off`).

Why (measured with `make bench-gigs`, 100,000 gigs): with PostgreSQL's default, a GIN index parks new entries in
a pending list that is only merged by VACUUM (or once it reaches `gin_pending_list_limit`, 4 MB), and every search
reads the whole list. After 100,000 inserts the lists held ~4,500 entries each (290 pages for `search_vector`):
a rare word ("haskell") cost 2.6 ms for its page and 2.4 ms for its count, 0.8 ms and 0.3 ms once merged. Gigs
are read far more often than they are written, so a write pays for its index entries instead of every search.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_INDEXES = (
    "ix_gigs_search_vector",
    "ix_gigs_title_vector",
    "ix_gigs_title_trgm",
    "ix_gigs_tags",
)


def upgrade() -> None:
    for index in SEARCH_INDEXES:
        op.execute(f"ALTER INDEX {index} SET (fastupdate = off)")
        # Turning it off keeps what is already pending: merge it now.
        op.execute(f"SELECT gin_clean_pending_list('{index}'::regclass)")


def downgrade() -> None:
    for index in SEARCH_INDEXES:
        op.execute(f"ALTER INDEX {index} RESET (fastupdate)")
