"""Files as the API shows them (DESIGN §12): what an upload returns, and the file lists responses embed."""

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, computed_field

from app.files.sniff import IMAGE_TYPES
from app.models import File

MAX_DELIVERY_FILES = 10
MAX_MESSAGE_FILES = 10
MAX_PROOF_FILES = 5
MAX_GIG_IMAGES = 6


def _distinct(ids: list[uuid.UUID]) -> list[uuid.UUID]:
    if len(set(ids)) != len(ids):
        raise ValueError("each file may be given once")
    return ids


def file_ids(limit: int) -> Any:
    """A list of upload ids to attach, each once, at most `limit`."""
    return Annotated[list[uuid.UUID], Field(max_length=limit), AfterValidator(_distinct)]


DeliveryFileIds = file_ids(MAX_DELIVERY_FILES)
MessageFileIds = file_ids(MAX_MESSAGE_FILES)
ProofFileIds = file_ids(MAX_PROOF_FILES)
GigImageIds = file_ids(MAX_GIG_IMAGES)


class FileOut(BaseModel):
    id: uuid.UUID
    name: str
    content_type: str
    size: int = Field(description="Bytes")
    width: int | None = Field(default=None, description="Pixels, for images")
    height: int | None = Field(default=None, description="Pixels, for images")

    # mypy does not let a decorator wrap a property; stacking `computed_field` on one is pydantic's documented way.
    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        """The file, relative to the API's root (`/files/{id}`)."""
        return f"/files/{self.id}"

    @computed_field  # type: ignore[prop-decorator]  # as above
    @property
    def thumbnail_url(self) -> str | None:
        """A WebP at most 640 px wide, for images; null otherwise."""
        return f"/files/{self.id}/thumbnail" if self.content_type in IMAGE_TYPES else None


class UploadedFileOut(FileOut):
    created_at: datetime


def snapshot(file: File) -> dict[str, Any]:
    """What a row embeds of a file it was written with (a `files` JSONB column)."""
    return {
        "id": str(file.id),
        "name": file.name,
        "content_type": file.content_type,
        "size": file.size,
        "width": file.width,
        "height": file.height,
    }


def files_out(snapshots: list[dict[str, Any]]) -> list[FileOut]:
    return [FileOut.model_validate(item) for item in snapshots]
