"""`orders.requirements`: the client's brief for the freelancer, given when ordering ('' when none). Shown at
the top of the order page and, as the reason of the order's first event, in its timeline.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("requirements", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    op.drop_column("orders", "requirements")
