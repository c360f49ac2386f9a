"""Notification shapes: the same fields as a realtime frame, so a client treats both alike."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.core.types import MAX_BIGINT


class NotificationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    type: str = Field(validation_alias="kind")
    data: dict[str, Any] = Field(validation_alias="payload")
    created_at: datetime
    read_at: datetime | None


class NotificationPage(BaseModel):
    items: list[NotificationOut]
    next_cursor: str | None
    unread_count: int


class MarkReadIn(BaseModel):
    """Mark everything up to and including `up_to_id` read (all of them when omitted)."""

    model_config = ConfigDict(extra="forbid")

    up_to_id: int | None = Field(default=None, ge=1, le=MAX_BIGINT)


class UnreadOut(BaseModel):
    unread_count: int
