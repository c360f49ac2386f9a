"""Drop `orders.version`; order events stamped when written.

- `orders.version`: nothing reads it. Every status change is a compare-and-set on `status` itself
  (`UPDATE ... WHERE status = <the status decided on>`), which already makes two racing changes one winner.
- `order_events.created_at` defaults to `clock_timestamp()` instead of `now()` (the transaction's start):
  the timeline is sorted by it, so two moves in one transaction (the demo seed), or a move recorded by a
  transaction that began before the previous move committed, must still sort in the order they happened.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_column("orders", "version")
    op.alter_column("order_events", "created_at", server_default=sa.text("clock_timestamp()"))


def downgrade() -> None:
    op.alter_column("order_events", "created_at", server_default=sa.text("now()"))
    op.add_column("orders", sa.Column("version", sa.Integer(), server_default="1", nullable=False))
