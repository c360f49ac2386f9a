"""Message shapes."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator

from app.core.types import NoNul
from app.files.schemas import FileOut, MessageFileIds
from app.users.schemas import PartySummary

Content = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000), NoNul]


class MessageCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    receiver_id: uuid.UUID
    content: Content = ""
    order_id: uuid.UUID | None = None
    # Uploads (POST /files) of the sender's, sent with the message; a message may be files alone.
    file_ids: MessageFileIds = []

    @model_validator(mode="after")
    def says_something(self) -> "MessageCreate":
        if not self.content and not self.file_ids:
            raise ValueError("Write a message or attach a file")
        return self


class MarkReadIn(BaseModel):
    """`order_id` limits it to that order's thread (what the order page shows)."""

    model_config = ConfigDict(extra="forbid")

    order_id: uuid.UUID | None = None


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    sender_id: uuid.UUID
    receiver_id: uuid.UUID
    order_id: uuid.UUID | None
    content: str
    files: list[FileOut] = []
    created_at: datetime
    read_at: datetime | None


class Conversation(BaseModel):
    """One inbox row: the other person, the last message either way, and what I have not read."""

    user: PartySummary
    last_message: MessageOut
    unread_count: int


class UnreadMessagesOut(BaseModel):
    unread_count: int
