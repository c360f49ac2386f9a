"""`POST /files` (DESIGN §12): an upload checked, cleaned and stored, and its row written.

The request body is spooled to a temporary file by the multipart parser (memory stays flat), its length bounded
by the route before parsing. Here the type is read from the bytes; images are re-encoded in a worker thread with
a thumbnail; other files stream from the spool to storage. The row is added to the request's session (committed
by the route's boundary); the objects are written first, since the row must never name a missing object.
"""

import hashlib
import logging
import uuid
from collections.abc import Iterator
from typing import IO

import anyio
import sqlalchemy as sa
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import InvalidInput, PayloadTooLarge, TooManyRequests, UnsupportedMediaType
from app.core.locks import take_turns
from app.files import images
from app.files.names import clean_name
from app.files.sniff import (
    ALLOWED_NAMES,
    HEAD_BYTES,
    IMAGE_TYPES,
    TEXT,
    is_text,
    looks_like_markup,
    sniff,
)
from app.files.storage import FileStorage
from app.models import File, User

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_FILE_LABEL = "10 MiB"
UPLOADS_PER_HOUR = 60
CHUNK = 1024 * 1024
# Images decoded at once in this process: each may hold up to 40 megapixels in memory.
_decoding = anyio.CapacityLimiter(2)


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    spool.seek(0)
    while chunk := spool.read(CHUNK):
        yield chunk


def _measure(spool: IO[bytes]) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    for chunk in _chunks(spool):
        digest.update(chunk)
        size += len(chunk)
    spool.seek(0)
    return size, digest.hexdigest()


def _type_of(spool: IO[bytes]) -> str:
    spool.seek(0)
    head = spool.read(HEAD_BYTES)
    content_type = sniff(head)
    if content_type is not None:
        return content_type
    if looks_like_markup(head):
        raise UnsupportedMediaType(
            f"Web pages and SVG drawings cannot be uploaded; send a {ALLOWED_NAMES} file.",
            code="unsupported_file_type",
        )
    if head and is_text(_chunks(spool)):
        return TEXT
    raise UnsupportedMediaType(
        f"This type of file cannot be uploaded; send a {ALLOWED_NAMES} file.",
        code="unsupported_file_type",
    )


async def _check_rate(session: AsyncSession, uploader: User) -> None:
    # One uploader's uploads take turns from here to their commit, so parallel requests cannot overshoot.
    await take_turns(session, "uploads", uploader.id)
    recent = (
        await session.exec(
            select(func.count())
            .select_from(File)
            .where(
                col(File.uploader_id) == uploader.id,
                col(File.created_at) > sa.func.now() - sa.text("interval '1 hour'"),
            )
        )
    ).one()
    if recent >= UPLOADS_PER_HOUR:
        raise TooManyRequests(
            f"You can upload at most {UPLOADS_PER_HOUR} files an hour; please try again later",
            code="rate_limited",
        )


async def store_upload(
    session: AsyncSession,
    storage: FileStorage,
    uploader: User,
    spool: IO[bytes],
    raw_name: str | None,
) -> File:
    """A person's upload: counted against their hourly limit, then stored."""
    await _check_rate(session, uploader)
    return await store_file(session, storage, uploader, spool, raw_name)


async def store_file(
    session: AsyncSession,
    storage: FileStorage,
    uploader: User,
    spool: IO[bytes],
    raw_name: str | None,
) -> File:
    """Check, clean and store one file's bytes for `uploader`; the row is added, unattached."""
    size, digest = await anyio.to_thread.run_sync(_measure, spool)
    if size > MAX_FILE_BYTES:
        raise PayloadTooLarge(f"Files can be at most {MAX_FILE_LABEL}; this one is larger.")
    if size == 0:
        raise InvalidInput("This file is empty.", code="file_empty", field="file")
    content_type = await anyio.to_thread.run_sync(_type_of, spool)
    file_id = uuid.uuid4()
    key = f"files/{file_id}"
    file = File(
        id=file_id,
        uploader_id=uploader.id,
        storage_key=key,
        name=clean_name(raw_name),
        content_type=content_type,
        size=size,
        sha256="",
    )
    if content_type in IMAGE_TYPES:
        data = await anyio.to_thread.run_sync(lambda: b"".join(_chunks(spool)))
        try:
            image = await anyio.to_thread.run_sync(
                images.process, data, content_type, limiter=_decoding
            )
        except images.ImageRejected as rejected:
            raise InvalidInput(rejected.message, code=rejected.code, field="file") from rejected
        file.thumbnail_key = f"thumbnails/{file_id}.webp"
        file.size, file.sha256 = len(image.data), hashlib.sha256(image.data).hexdigest()
        file.width, file.height = image.width, image.height
        await storage.put(key, image.data)
        await storage.put(file.thumbnail_key, image.thumbnail)
    else:
        file.sha256 = digest
        await storage.put_stream(key, spool, size)
    session.add(file)
    await session.flush()
    await session.refresh(file, ["created_at"])
    logger.info("file %s stored: %s, %d bytes", file.id, file.content_type, file.size)
    return file
