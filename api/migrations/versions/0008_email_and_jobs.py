"""Email and jobs (DESIGN §11, §13): procrastinate's schema, the email outbox, the unread-message digest's
bookkeeping and each person's email preferences.

procrastinate's schema is the SQL its 3.10 release ships (`migrations/sql/procrastinate-3.10.0.sql`, copied
verbatim): a later procrastinate release brings its own upgrade scripts, applied by a migration of ours then.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROCRASTINATE_SCHEMA = Path(__file__).parents[1] / "sql" / "procrastinate-3.10.0.sql"
PROCRASTINATE_TABLES = ("events", "periodic_defers", "jobs", "workers")
PROCRASTINATE_TYPES = ("job_to_defer_v1", "job_event_type", "job_status")


def upgrade() -> None:
    # Straight to the driver: the script is plain SQL whose `%` and `:` must not be read as parameters.
    op.get_bind().connection.driver_connection.execute(
        PROCRASTINATE_SCHEMA.read_text(encoding="utf-8")
    )

    op.create_table(
        "email_outbox",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("user_id", sa.UUID(), nullable=True),
        sa.Column("to_address", sa.String(length=320), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column(
            "payload",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="pending", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "next_attempt_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'failed')", name=op.f("ck_email_outbox_status_valid")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_email_outbox_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_outbox")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_email_outbox_dedupe_key")),
    )
    op.create_index(
        "ix_email_outbox_due",
        "email_outbox",
        ["next_attempt_at"],
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_index(
        "ix_email_outbox_failed",
        "email_outbox",
        ["created_at"],
        postgresql_where=sa.text("status = 'failed'"),
    )
    op.create_index(op.f("ix_email_outbox_user_id"), "email_outbox", ["user_id"])

    op.create_table(
        "message_digests",
        sa.Column("recipient_id", sa.UUID(), nullable=False),
        sa.Column("sender_id", sa.UUID(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["users.id"],
            name=op.f("fk_message_digests_recipient_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"],
            ["users.id"],
            name=op.f("fk_message_digests_sender_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("recipient_id", "sender_id", name=op.f("pk_message_digests")),
    )

    for column in ("email_order_updates", "email_messages", "email_reminders"):
        op.add_column(
            "users", sa.Column(column, sa.Boolean(), server_default=sa.text("true"), nullable=False)
        )


def downgrade() -> None:
    for column in ("email_reminders", "email_messages", "email_order_updates"):
        op.drop_column("users", column)
    op.drop_table("message_digests")
    op.drop_table("email_outbox")
    for table in PROCRASTINATE_TABLES:
        op.execute(f"DROP TABLE IF EXISTS procrastinate_{table} CASCADE")
    # Its functions (the trigger functions included) go by name, whatever their signatures.
    op.execute(
        """
        DO $$
        DECLARE f regprocedure;
        BEGIN
            FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
                     JOIN pg_namespace n ON n.oid = p.pronamespace
                     WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate\\_%'
            LOOP
                EXECUTE 'DROP FUNCTION ' || f || ' CASCADE';
            END LOOP;
        END $$;
        """
    )
    for type_name in PROCRASTINATE_TYPES:
        op.execute(f"DROP TYPE IF EXISTS procrastinate_{type_name} CASCADE")
