"""Messages between two users, optionally about an order."""

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import created_at, foreign_key, uuid_pk
from app.models.file import files_column


class Message(SQLModel, table=True):
    __tablename__ = "messages"

    id: uuid.UUID = uuid_pk()
    sender_id: uuid.UUID = foreign_key("users.id")
    receiver_id: uuid.UUID = foreign_key("users.id")
    order_id: uuid.UUID | None = foreign_key("orders.id", nullable=True)
    content: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    # Files sent with the message (DESIGN §12); a message may be files alone.
    files: list[dict[str, Any]] = files_column()
    created_at: datetime = created_at()
    read_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime(timezone=True)))

    __table_args__ = (
        sa.CheckConstraint(
            "char_length(content) <= 5000 AND (char_length(content) >= 1 OR files <> '[]'::jsonb)",
            name="content_length",
        ),
        sa.CheckConstraint("sender_id <> receiver_id", name="not_to_self"),
        sa.Index("ix_messages_pair_created", "sender_id", "receiver_id", "created_at"),
        sa.Index(
            "ix_messages_unread",
            "receiver_id",
            "sender_id",
            postgresql_where=sa.text("read_at IS NULL"),
        ),
    )
