"""Notifications: written in the same transaction as what they announce, delivered live after commit."""

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from app.models.base import created_at, foreign_key


class Notification(SQLModel, table=True):
    __tablename__ = "notifications"

    # A sequence, not a UUID: clients catch up with `?after=<id>`, which needs an order.
    id: int | None = Field(
        default=None,
        sa_column=sa.Column(sa.BigInteger, sa.Identity(always=True), primary_key=True),
    )
    user_id: uuid.UUID = foreign_key("users.id", ondelete="CASCADE")
    kind: str = Field(sa_column=sa.Column(sa.String(32), nullable=False))
    payload: dict[str, Any] = Field(
        default_factory=dict,
        sa_column=sa.Column(JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )
    read_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime(timezone=True)))
    created_at: datetime = created_at()

    __table_args__ = (sa.Index("ix_notifications_user_id_id", "user_id", "id"),)
    # Fetch id and created_at in the INSERT's RETURNING: frames are built from them after commit.
    __mapper_args__ = {"eager_defaults": True}  # SQLAlchemy reads a plain dict
