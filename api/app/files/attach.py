"""Attaching uploads to what they belong to (DESIGN §12): only the caller's own uploads that are not attached yet
(else 422), in one statement, so two requests cannot attach the same upload twice.

Returns the snapshots the owning row embeds, in the order given (a gig's first image is its cover).
"""

import uuid
from typing import Any, Protocol

import sqlalchemy as sa
from sqlmodel import col, update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import InvalidInput
from app.files.schemas import snapshot
from app.files.sniff import IMAGE_TYPES
from app.models import Attachment, File

NOT_ATTACHABLE = (
    "A file you chose is not one of your uploads, is already attached to something else, or has "
    "expired; upload it again."
)


class Uploader(Protocol):
    """Whoever attaches files: only their own uploads can be attached."""

    @property
    def id(self) -> uuid.UUID: ...


async def attach(
    session: AsyncSession,
    owner: Uploader,
    file_ids: list[uuid.UUID],
    kind: Attachment,
    attached_id: uuid.UUID,
    *,
    order_id: uuid.UUID | None = None,
    field: str = "file_ids",
    images_only: bool = False,
    replace: bool = False,
) -> list[dict[str, Any]]:
    """Attach `file_ids` to (`kind`, `attached_id`). With `replace` (a gig's images, an avatar) the files already
    attached there may be given again, and those not given are let go (the cleanup deletes them)."""
    if not file_ids and not replace:
        return []  # most messages and moves carry no files: no statement, not even one built
    here = (col(File.attached_kind) == kind) & (col(File.attached_id) == attached_id)
    if replace:
        await session.exec(
            update(File)
            .where(here, col(File.id).not_in(file_ids) if file_ids else sa.true())
            .values(
                attached_kind=None, attached_id=None, order_id=None, position=None, attached_at=None
            )
        )
    if not file_ids:
        return []
    free = col(File.attached_kind).is_(None)
    rows = (
        (
            await session.exec(
                update(File)
                .where(
                    col(File.id).in_(file_ids),
                    col(File.uploader_id) == owner.id,
                    (free | here) if replace else free,
                )
                .values(
                    attached_kind=kind,
                    attached_id=attached_id,
                    order_id=order_id,
                    position=sa.func.array_position(
                        sa.cast(sa.literal([str(i) for i in file_ids]), sa.ARRAY(sa.UUID)),
                        col(File.id),
                    ),
                    attached_at=sa.func.now(),
                )
                .returning(File)
            )
        )
        .scalars()
        .all()
    )
    if len(rows) != len(file_ids):
        raise InvalidInput(NOT_ATTACHABLE, code="file_not_attachable", field=field)
    by_id = {row.id: row for row in rows}
    files = [by_id[file_id] for file_id in file_ids]
    if images_only and any(file.content_type not in IMAGE_TYPES for file in files):
        raise InvalidInput(
            "Only images (PNG, JPEG, WebP or GIF) can be used here.",
            code="not_an_image",
            field=field,
        )
    return [snapshot(file) for file in files]
