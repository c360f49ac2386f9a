"""Files (DESIGN §12): the `files` table, and the file lists that messages, timeline events, payment proofs and
gigs embed (snapshots written with the row). A message may now be files alone.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "files",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("uploader_id", sa.UUID(), nullable=False),
        sa.Column("storage_key", sa.String(length=200), nullable=False),
        sa.Column("thumbnail_key", sa.String(length=200), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("attached_kind", sa.String(length=16), nullable=True),
        sa.Column("attached_id", sa.UUID(), nullable=True),
        sa.Column("order_id", sa.UUID(), nullable=True),
        sa.Column("position", sa.SmallInteger(), nullable=True),
        sa.Column("attached_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "attached_kind IS NULL OR attached_kind IN ('delivery', 'payment_proof', 'message', 'gig_image', 'avatar')",
            name=op.f("ck_files_attached_kind_valid"),
        ),
        sa.CheckConstraint(
            "(attached_kind IS NULL) = (attached_id IS NULL)",
            name=op.f("ck_files_attached_together"),
        ),
        sa.CheckConstraint("size >= 0", name=op.f("ck_files_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_files_order_id_orders"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["uploader_id"],
            ["users.id"],
            name=op.f("fk_files_uploader_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_files")),
        sa.UniqueConstraint("storage_key", name=op.f("uq_files_storage_key")),
    )
    op.create_index("ix_files_attached", "files", ["attached_kind", "attached_id"], unique=False)
    op.create_index(op.f("ix_files_order_id"), "files", ["order_id"], unique=False)
    op.create_index(
        "ix_files_unattached_created",
        "files",
        ["created_at"],
        unique=False,
        postgresql_where=sa.text("attached_kind IS NULL"),
    )
    op.create_index(
        "ix_files_uploader_created", "files", ["uploader_id", "created_at"], unique=False
    )
    op.create_index(op.f("ix_files_uploader_id"), "files", ["uploader_id"], unique=False)
    op.add_column(
        "gigs",
        sa.Column(
            "images",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
    )
    op.add_column(
        "messages",
        sa.Column(
            "files",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
    )
    op.add_column(
        "order_events",
        sa.Column(
            "files",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
    )
    op.add_column(
        "payment_proofs",
        sa.Column(
            "files",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
    )
    op.drop_constraint(op.f("ck_messages_content_length"), "messages", type_="check")
    op.create_check_constraint(
        op.f("ck_messages_content_length"),
        "messages",
        "char_length(content) <= 5000 AND (char_length(content) >= 1 OR files <> '[]'::jsonb)",
    )


def downgrade() -> None:
    op.execute("DELETE FROM messages WHERE content = ''")
    op.drop_constraint(op.f("ck_messages_content_length"), "messages", type_="check")
    op.create_check_constraint(
        op.f("ck_messages_content_length"), "messages", "char_length(content) BETWEEN 1 AND 5000"
    )
    op.drop_column("payment_proofs", "files")
    op.drop_column("order_events", "files")
    op.drop_column("messages", "files")
    op.drop_column("gigs", "images")
    op.drop_index(op.f("ix_files_uploader_id"), table_name="files")
    op.drop_index("ix_files_uploader_created", table_name="files")
    op.drop_index(
        "ix_files_unattached_created",
        table_name="files",
        postgresql_where=sa.text("attached_kind IS NULL"),
    )
    op.drop_index(op.f("ix_files_order_id"), table_name="files")
    op.drop_index("ix_files_attached", table_name="files")
    op.drop_table("files")
