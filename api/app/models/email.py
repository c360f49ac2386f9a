"""Email: the outbox every mail goes through (DESIGN §11) and the digest bookkeeping of unread messages."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlmodel import Field, SQLModel

from app.models.base import EnumText, created_at


class EmailStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class EmailOutbox(SQLModel, table=True):
    """One mail to send. Written in the same transaction as what it announces (the API's services, and
    Better Auth's hooks through the web's pool), sent by a job with backoff; `id` makes its Message-ID."""

    __tablename__ = "email_outbox"

    id: int | None = Field(
        default=None,
        sa_column=sa.Column(sa.BigInteger, sa.Identity(always=True), primary_key=True),
    )
    # The recipient's account, for preferences and unsubscribe; null once the account is gone.
    user_id: uuid.UUID | None = Field(
        default=None,
        sa_column=sa.Column(
            UUID(as_uuid=True), sa.ForeignKey("users.id", ondelete="SET NULL"), index=True
        ),
    )
    to_address: str = Field(sa_column=sa.Column(sa.String(320), nullable=False))
    kind: str = Field(sa_column=sa.Column(sa.String(40), nullable=False))
    payload: dict[str, Any] = Field(
        default_factory=dict,
        sa_column=sa.Column(JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )
    # What the mail is about, once: a retried request or a replayed event never mails twice.
    dedupe_key: str = Field(sa_column=sa.Column(sa.String(200), nullable=False, unique=True))
    status: EmailStatus = Field(
        default=EmailStatus.PENDING,
        sa_column=sa.Column(
            EnumText(EmailStatus, 10), nullable=False, server_default=EmailStatus.PENDING.value
        ),
    )
    attempts: int = Field(
        default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0")
    )
    next_attempt_at: datetime = Field(
        default=None,
        sa_column=sa.Column(
            sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    last_error: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    created_at: datetime = created_at()
    sent_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime(timezone=True)))

    __table_args__ = (
        sa.CheckConstraint("status IN ('pending', 'sent', 'failed')", name="status_valid"),
        # The sender's scan: due pending rows, oldest first.
        sa.Index(
            "ix_email_outbox_due",
            "next_attempt_at",
            postgresql_where=sa.text("status = 'pending'"),
        ),
        # The admin panel's list of failed mail, newest first.
        sa.Index(
            "ix_email_outbox_failed", "created_at", postgresql_where=sa.text("status = 'failed'")
        ),
    )


class MessageDigest(SQLModel, table=True):
    """When a recipient was last mailed about unread messages from one sender: at most one mail per
    conversation per hour (DESIGN §11)."""

    __tablename__ = "message_digests"

    recipient_id: uuid.UUID = Field(
        sa_column=sa.Column(
            UUID(as_uuid=True), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        )
    )
    sender_id: uuid.UUID = Field(
        sa_column=sa.Column(
            UUID(as_uuid=True), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        )
    )
    last_sent_at: datetime = Field(sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False))
