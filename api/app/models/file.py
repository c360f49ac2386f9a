"""Uploaded files (DESIGN §12): the metadata of every object in file storage, and what each is attached to."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlmodel import Field, SQLModel

from app.models.base import EnumText, created_at, foreign_key, uuid_pk
from app.orders.statuses import sql_in


class Attachment(StrEnum):
    """What a file belongs to once attached; it decides who may read the file."""

    DELIVERY = "delivery"  # an order's submit-work event (attached_id), order_id set
    PAYMENT_PROOF = "payment_proof"  # a payment proof (attached_id), order_id set
    MESSAGE = "message"  # a message (attached_id)
    GIG_IMAGE = "gig_image"  # a gig (attached_id), at `position`: public
    AVATAR = "avatar"  # a user (attached_id): public


PUBLIC_ATTACHMENTS = (Attachment.GIG_IMAGE, Attachment.AVATAR)


class File(SQLModel, table=True):
    __tablename__ = "files"

    id: uuid.UUID = uuid_pk()
    # CASCADE: a deleted account takes its uploads with it (their objects go with the cleanup's next pass).
    uploader_id: uuid.UUID = foreign_key("users.id", ondelete="CASCADE")
    storage_key: str = Field(sa_column=sa.Column(sa.String(200), nullable=False, unique=True))
    thumbnail_key: str | None = Field(default=None, sa_column=sa.Column(sa.String(200)))
    # As the uploader named it, cleaned (app/files/names.py); shown and offered as the download's name.
    name: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    # Read from the bytes (app/files/sniff.py), never from the name or the request's header.
    content_type: str = Field(sa_column=sa.Column(sa.String(100), nullable=False))
    size: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
    sha256: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    width: int | None = Field(default=None, sa_column=sa.Column(sa.Integer))
    height: int | None = Field(default=None, sa_column=sa.Column(sa.Integer))
    attached_kind: Attachment | None = Field(
        default=None, sa_column=sa.Column(EnumText(Attachment, 16))
    )
    attached_id: uuid.UUID | None = Field(default=None, sa_column=sa.Column(UUID(as_uuid=True)))
    order_id: uuid.UUID | None = foreign_key("orders.id", nullable=True)
    position: int | None = Field(default=None, sa_column=sa.Column(sa.SmallInteger))
    attached_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True))
    )
    created_at: datetime = created_at()

    __table_args__ = (
        sa.CheckConstraint(
            f"attached_kind IS NULL OR attached_kind IN ({sql_in(Attachment)})",
            name="attached_kind_valid",
        ),
        sa.CheckConstraint(
            "(attached_kind IS NULL) = (attached_id IS NULL)", name="attached_together"
        ),
        sa.CheckConstraint("size >= 0", name="size_not_negative"),
        # The per-user upload rate (app/files/uploads.py) counts one uploader's recent files.
        sa.Index("ix_files_uploader_created", "uploader_id", "created_at"),
        # The cleanup (app/files/cleanup.py) reads only unattached uploads, oldest first.
        sa.Index(
            "ix_files_unattached_created",
            "created_at",
            postgresql_where=sa.text("attached_kind IS NULL"),
        ),
        sa.Index("ix_files_attached", "attached_kind", "attached_id"),
    )


def files_column() -> Any:
    """The files a row was written with, as the API embeds them (`[{id, name, content_type, size, width,
    height}]`): a snapshot, since messages, timeline events and payment proofs never change, so reading them
    needs no join."""
    return Field(
        default_factory=list,
        sa_column=sa.Column(JSONB, nullable=False, server_default=sa.text("'[]'::jsonb")),
    )
