"""Notification shapes: the same fields as a realtime frame, so a client treats both alike."""

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from app.core.types import MAX_BIGINT


class NotificationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    type: str = Field(validation_alias="kind")
    data: dict[str, Any] = Field(validation_alias="payload")
    created_at: datetime
    read_at: datetime | None


NotificationId = Annotated[int, Field(ge=1, le=MAX_BIGINT)]
MAX_IDS = 100


class NotificationPage(BaseModel):
    items: list[NotificationOut]
    next_cursor: str | None
    unread_count: int = Field(
        description="Unread notifications of the bell: every kind but `message.new`, which the "
        "Messages badge counts (GET /messages/unread-count)."
    )
    latest_id: int | None = Field(
        description="The caller's newest notification of any kind: where realtime catch-up "
        "(`?after=`) resumes from, even when the newest is a message the bell does not list."
    )


class MarkReadIn(BaseModel):
    """Which notifications to mark read; the fields narrow one another, and with none (or no body)
    it is all of them. `ids`: the ones the person opened from the bell; `order_id`: everything
    about that order the bell shows (the order page was opened)."""

    model_config = ConfigDict(extra="forbid")

    up_to_id: NotificationId | None = Field(
        default=None, description='Up to and including this id ("Mark all read").'
    )
    ids: list[NotificationId] | None = Field(default=None, min_length=1, max_length=MAX_IDS)
    order_id: uuid.UUID | None = None


class UnreadOut(BaseModel):
    unread_count: int = Field(description="The bell's unread count once these are read.")
    latest_id: int | None = Field(
        description="The newest notification that count knew of: a client keeps counting the "
        "unread ones it received after it, which the answer may have raced."
    )
