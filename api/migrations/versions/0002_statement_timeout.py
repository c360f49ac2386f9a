"""Database-wide guards for every connection, pooled or not: no statement runs longer than 10 s and no
transaction idles open longer than 60 s.

Set on the database rather than per connection because PgBouncer in transaction mode (Neon's pooled
endpoint) drops startup options and shares server sessions between clients.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SET_DEFAULTS = """
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET statement_timeout = %L', current_database(), '10s');
  EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L',
                 current_database(), '60s');
END $$;
"""

RESET_DEFAULTS = """
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I RESET statement_timeout', current_database());
  EXECUTE format('ALTER DATABASE %I RESET idle_in_transaction_session_timeout', current_database());
END $$;
"""


def upgrade() -> None:
    op.execute(SET_DEFAULTS)


def downgrade() -> None:
    op.execute(RESET_DEFAULTS)
