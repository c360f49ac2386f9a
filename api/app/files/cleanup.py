"""Unattached uploads are deleted after a day (DESIGN §12, §13): an upload nobody attached — a form abandoned,
a gig image replaced — goes from the table and from storage.

Rows are deleted first, in a batch the sweep locks (`SKIP LOCKED`: two workers share the work), and committed;
their objects are deleted after the commit. A crash in between leaves objects no row names, which nothing can
serve; the reverse (a row naming a missing object) never happens.
"""

import logging

import sqlalchemy as sa
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import Database
from app.files.storage import FileStorage
from app.models import File

logger = logging.getLogger(__name__)

BATCH = 500
UNATTACHED_TTL = sa.text("interval '24 hours'")


async def delete_stale_batch(session: AsyncSession) -> tuple[int, list[str]]:
    """Delete one batch of unattached uploads older than 24 h: how many, and their storage keys (objects and
    thumbnails), for after the commit."""
    stale = (
        select(File.id)
        .where(
            col(File.attached_kind).is_(None), col(File.created_at) < sa.func.now() - UNATTACHED_TTL
        )
        .order_by(col(File.created_at))
        .limit(BATCH)
        .with_for_update(skip_locked=True)
    )
    rows = (
        await session.exec(
            delete(File)
            .where(col(File.id).in_(stale.scalar_subquery()))
            .returning(col(File.storage_key), col(File.thumbnail_key))
        )
    ).all()
    return len(rows), [key for row in rows for key in row if key is not None]


async def delete_stale_uploads(database: Database, storage: FileStorage) -> int:
    """Every stale upload, batch by batch; how many were deleted."""
    deleted = 0
    while True:
        async with database.sessions() as session:
            count, keys = await delete_stale_batch(session)
            await session.commit()
        await storage.delete(keys)
        deleted += count
        if count < BATCH:
            break
    if deleted:
        logger.info("deleted %d unattached uploads older than 24 h", deleted)
    return deleted
