"""Where file bytes live (DESIGN §12): one interface over obstore, a local directory or an S3-compatible bucket.

The rest of the app speaks only `FileStorage`: `put` streams an upload in, `open` streams it out, `delete`
forgets it. Which backend answers is decided once, from the settings, at start-up.
"""

from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from typing import IO

import obstore
from obstore.exceptions import NotFoundError
from obstore.store import LocalStore, ObjectStore, S3Store

from app.core.config import Settings

# Bytes per chunk when streaming a stored file to a client.
READ_CHUNK = 256 * 1024


class StoredFileMissing(Exception):
    """The metadata row exists but the storage has no such object."""


@dataclass(frozen=True, slots=True)
class FileStorage:
    store: ObjectStore
    kind: str  # "local" or "s3", for logs and health
    # A file larger than this goes up in parts of this size, one at a time, so an upload holds one part in memory
    # rather than the whole file (S3 requires parts of at least 5 MiB).
    part_size: int = 1024 * 1024

    async def put(self, key: str, data: bytes) -> None:
        # No object attributes: the local store has none, and the type served is the one the files table
        # recorded from the bytes, whatever the store says.
        await obstore.put_async(self.store, key, data)

    async def put_stream(self, key: str, source: IO[bytes], size: int) -> None:
        """Stream a (spooled) file into storage, part by part."""
        if size <= self.part_size:
            source.seek(0)
            await obstore.put_async(self.store, key, source.read())
            return
        await obstore.put_async(
            self.store,
            key,
            _parts(source, self.part_size),
            use_multipart=True,
            chunk_size=self.part_size,
            max_concurrency=1,
        )

    async def open(self, key: str) -> AsyncIterator[bytes]:
        """The object's bytes, chunk by chunk; `StoredFileMissing` before the first chunk if it is gone."""
        try:
            result = await obstore.get_async(self.store, key)
        except (NotFoundError, FileNotFoundError) as missing:
            raise StoredFileMissing(key) from missing
        return _chunks(result.stream(min_chunk_size=READ_CHUNK))

    async def read(self, key: str) -> bytes:
        try:
            result = await obstore.get_async(self.store, key)
        except (NotFoundError, FileNotFoundError) as missing:
            raise StoredFileMissing(key) from missing
        return bytes(await result.bytes_async())

    async def delete(self, keys: list[str]) -> None:
        """Forget the objects; ones already gone are not an error (a cleanup may run twice)."""
        for key in keys:
            try:
                await obstore.delete_async(self.store, key)
            except (NotFoundError, FileNotFoundError):
                continue


async def _parts(source: IO[bytes], size: int) -> AsyncIterator[bytes]:
    source.seek(0)
    while part := source.read(size):
        yield part


async def _chunks(stream: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
    # A plain `bytes` whatever buffer the store hands out, as Starlette expects.
    async for chunk in stream:
        yield bytes(chunk)


def storage_from_settings(settings: Settings) -> FileStorage:
    if settings.uses_bucket:
        assert settings.s3_secret_access_key is not None  # the settings check all four together
        store: ObjectStore = S3Store(
            settings.s3_bucket,
            endpoint=settings.s3_endpoint,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=settings.s3_secret_access_key.get_secret_value(),
            region=settings.s3_region,
            client_options={"allow_http": (settings.s3_endpoint or "").startswith("http://")},
        )
        return FileStorage(store, "s3", part_size=5 * 1024 * 1024)
    return FileStorage(LocalStore(prefix=settings.files_dir, mkdir=True), "local")
