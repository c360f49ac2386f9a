"""Timers (DESIGN §13): when each order's status last changed, the notices the timers sent, and the partial
indexes their sweeps read.

`status_changed_at` is backfilled from each order's last timeline event (its creation when it has none), so
deadlines of existing orders count from their real last move.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORK_OWED_NOT_NOTIFIED = (
    "status IN ('IN_PROGRESS', 'REVISION_REQUESTED') AND late_notified_at IS NULL"
)


def upgrade() -> None:
    op.add_column("orders", sa.Column("status_changed_at", sa.DateTime(timezone=True)))
    op.add_column("orders", sa.Column("reminder_sent_for", sa.DateTime(timezone=True)))
    op.add_column("orders", sa.Column("late_notified_at", sa.DateTime(timezone=True)))
    op.execute(
        """
        UPDATE orders SET status_changed_at = coalesce(
            (SELECT max(created_at) FROM order_events WHERE order_events.order_id = orders.id),
            orders.created_at
        )
        """
    )
    op.alter_column("orders", "status_changed_at", nullable=False, server_default=sa.text("now()"))
    op.create_index(
        "ix_orders_pending_payment_changed",
        "orders",
        ["status_changed_at"],
        postgresql_where=sa.text("status = 'PENDING_PAYMENT'"),
    )
    op.create_index(
        "ix_orders_submitted_changed",
        "orders",
        ["status_changed_at"],
        postgresql_where=sa.text("status = 'SUBMITTED'"),
    )
    op.create_index(
        "ix_orders_work_owed_due",
        "orders",
        ["due_at"],
        postgresql_where=sa.text(WORK_OWED_NOT_NOTIFIED),
    )


def downgrade() -> None:
    op.drop_index("ix_orders_work_owed_due", table_name="orders")
    op.drop_index("ix_orders_submitted_changed", table_name="orders")
    op.drop_index("ix_orders_pending_payment_changed", table_name="orders")
    op.drop_column("orders", "late_notified_at")
    op.drop_column("orders", "reminder_sent_for")
    op.drop_column("orders", "status_changed_at")
