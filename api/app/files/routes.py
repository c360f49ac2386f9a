"""Uploads and downloads (DESIGN §12)."""

import uuid
from typing import Any
from urllib.parse import quote

from fastapi import Request, Response, status
from fastapi.responses import StreamingResponse
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException

from app.core.errors import InvalidInput, LengthRequired, NotFound, PayloadTooLarge, error_responses
from app.core.routing import api_router
from app.deps import CurrentUser, OptionalUser, SessionDep, StorageDep
from app.files.access import is_public, readable_file
from app.files.schemas import UploadedFileOut
from app.files.sniff import IMAGE_TYPES
from app.files.storage import StoredFileMissing
from app.files.uploads import MAX_FILE_BYTES, MAX_FILE_LABEL, store_upload
from app.models import File

router = api_router(tags=["files"])

# Room for the multipart envelope (boundaries, part headers) around a file of the largest size.
ENVELOPE_BYTES = 64 * 1024

UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            }
        },
    }
}


@router.post(
    "/files",
    status_code=status.HTTP_201_CREATED,
    response_model=UploadedFileOut,
    responses=error_responses(400, 401, 403, 411, 413, 415, 422, 429),
    openapi_extra=UPLOAD_BODY,
)
async def upload_file(
    request: Request, user: CurrentUser, session: SessionDep, storage: StorageDep
) -> UploadedFileOut:
    """Upload one file (multipart field `file`, at most 10 MiB) to attach afterwards by its id. Its type is read
    from its bytes; images are re-encoded without their metadata and get a thumbnail."""
    length = request.headers.get("content-length", "")
    if not length.isdigit():
        raise LengthRequired("Send the upload with its length (a Content-Length header).")
    if int(length) > MAX_FILE_BYTES + ENVELOPE_BYTES:
        raise PayloadTooLarge(f"Files can be at most {MAX_FILE_LABEL}; this one is larger.")
    try:
        async with request.form(max_files=1, max_fields=2) as form:
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise InvalidInput("Choose a file to upload.", code="file_missing", field="file")
            file = await store_upload(session, storage, user, upload.file, upload.filename)
    except MultiPartException as malformed:
        raise InvalidInput(
            "The upload could not be read: send one file in the multipart field `file`.",
            code="file_missing",
            field="file",
        ) from malformed
    return UploadedFileOut.model_validate(file, from_attributes=True)


def _headers(file: File, *, thumbnail: bool) -> dict[str, str]:
    image = thumbnail or file.content_type in IMAGE_TYPES
    name = f"{file.name}.webp" if thumbnail else file.name
    disposition = "inline" if image else "attachment"
    return {
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(name, safe='')}",
        # Public images never change under their id; everything else is re-checked on every use.
        "Cache-Control": "public, max-age=31536000, immutable"
        if is_public(file)
        else "private, no-cache",
        "ETag": f'"{file.sha256[:32]}{"-t" if thumbnail else ""}"',
        "Cross-Origin-Resource-Policy": "same-site",
    }


async def _send(request: Request, storage: StorageDep, file: File, *, thumbnail: bool) -> Response:
    headers = _headers(file, thumbnail=thumbnail)
    if request.headers.get("if-none-match") == headers["ETag"]:
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    key = file.thumbnail_key if thumbnail else file.storage_key
    assert key is not None
    try:
        chunks = await storage.open(key)
    except StoredFileMissing as missing:
        raise NotFound("This file is no longer available", code="file_not_found") from missing
    if not thumbnail:
        headers["Content-Length"] = str(file.size)
    media_type = "image/webp" if thumbnail else file.content_type
    return StreamingResponse(chunks, media_type=media_type, headers=headers)


FILE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/octet-stream": {}}, "description": "The file's bytes"},
    **error_responses(404),
}


@router.get("/files/{file_id}", response_class=Response, responses=FILE_RESPONSES)
async def download_file(
    file_id: uuid.UUID,
    request: Request,
    viewer: OptionalUser,
    session: SessionDep,
    storage: StorageDep,
) -> Response:
    """The file, to its uploader, the parties of what it is attached to and admins; gig images and avatars to
    anyone. Everyone else: 404."""
    file = await readable_file(session, file_id, viewer)
    return await _send(request, storage, file, thumbnail=False)


@router.get("/files/{file_id}/thumbnail", response_class=Response, responses=FILE_RESPONSES)
async def download_thumbnail(
    file_id: uuid.UUID,
    request: Request,
    viewer: OptionalUser,
    session: SessionDep,
    storage: StorageDep,
) -> Response:
    """An image's WebP thumbnail (at most 640 px wide), to whoever may read the image."""
    file = await readable_file(session, file_id, viewer)
    if file.thumbnail_key is None:
        raise NotFound("This file has no thumbnail", code="file_not_found")
    return await _send(request, storage, file, thumbnail=True)
