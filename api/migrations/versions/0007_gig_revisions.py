"""`gigs.revisions_included`: how many rounds of changes a gig's price includes (0-10, default 1).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "gigs", sa.Column("revisions_included", sa.Integer(), server_default="1", nullable=False)
    )
    op.create_check_constraint("revisions_valid", "gigs", "revisions_included BETWEEN 0 AND 10")


def downgrade() -> None:
    op.drop_constraint("revisions_valid", "gigs", type_="check")
    op.drop_column("gigs", "revisions_included")
