"""Disputes raised on orders, and the admins' audit log."""

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlmodel import Field, SQLModel

from app.models.base import EnumText, created_at, foreign_key, uuid_pk
from app.orders.statuses import DisputeStatus, sql_in


class Dispute(SQLModel, table=True):
    __tablename__ = "disputes"

    id: uuid.UUID = uuid_pk()
    order_id: uuid.UUID = foreign_key("orders.id")
    opened_by: uuid.UUID = foreign_key("users.id")
    reason: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    status: DisputeStatus = Field(
        default=DisputeStatus.OPEN,
        sa_column=sa.Column(
            EnumText(DisputeStatus, 16), nullable=False, server_default=DisputeStatus.OPEN.value
        ),
    )
    resolution: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    resolved_by: uuid.UUID | None = foreign_key("users.id", nullable=True)
    created_at: datetime = created_at()
    resolved_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True))
    )

    __table_args__ = (
        sa.CheckConstraint(f"status IN ({sql_in(DisputeStatus)})", name="status_valid"),
        # At most one open dispute per order: a second report adds nothing for the admin.
        sa.Index(
            "uq_disputes_one_open_per_order",
            "order_id",
            unique=True,
            postgresql_where=sa.text("status = 'OPEN'"),
        ),
    )


class AuditLog(SQLModel, table=True):
    """Append-only record of every admin write."""

    __tablename__ = "audit_log"

    id: uuid.UUID = uuid_pk()
    admin_id: uuid.UUID = foreign_key("users.id")
    action: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    target_type: str = Field(sa_column=sa.Column(sa.String(32), nullable=False))
    target_id: uuid.UUID = Field(sa_column=sa.Column(UUID(as_uuid=True), nullable=False))
    details: dict[str, Any] = Field(
        default_factory=dict,
        sa_column=sa.Column(JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )
    created_at: datetime = created_at()

    __table_args__ = (sa.Index("ix_audit_log_created", "created_at"),)
