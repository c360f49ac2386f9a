"""Request and response shapes for users. The public profile never carries email or payment details."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Protocol

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    StringConstraints,
    TypeAdapter,
)

from app.core.money import MoneyOut
from app.core.types import NoNul

FullName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), NoNul
]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000), NoNul]
AVATAR_URL_MAX = 2048  # users.avatar_url is VARCHAR(2048)


_http_url = TypeAdapter(HttpUrl)


def _http_or_https(value: str) -> str:
    """Only absolute http(s) URLs: a `javascript:` avatar would run in other users' browsers. Normalising
    percent-encodes and punycodes, so the length is checked again on what is stored."""
    normal = str(_http_url.validate_python(value))
    if len(normal) > AVATAR_URL_MAX:
        raise ValueError(f"The avatar URL must be at most {AVATAR_URL_MAX} characters once encoded")
    return normal


AvatarUrl = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=AVATAR_URL_MAX),
    NoNul,
    AfterValidator(_http_or_https),
    Field(json_schema_extra={"format": "uri"}),
]


class PartySummary(BaseModel):
    """A person as shown next to their gigs, orders, messages and reviews."""

    id: uuid.UUID
    full_name: str
    avatar_url: str | None


class Shown(Protocol):
    """What `party` shows of a person: a `User`, or a row read without the ORM."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def full_name(self) -> str: ...
    @property
    def avatar_url(self) -> str | None: ...


def party(user: Shown) -> PartySummary:
    return PartySummary(id=user.id, full_name=user.full_name, avatar_url=user.avatar_url)


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    full_name: str
    bio: str
    avatar_url: str | None
    created_at: datetime = Field(description="Member since")
    rating_avg: MoneyOut = Decimal("0")
    rating_count: int = 0
    # Seller stats (DESIGN §14), kept current by the order and message services.
    completed_orders: int = 0
    on_time_rate: float | None = Field(
        default=None,
        description="Share of completed orders first delivered by their due date (0-1)",
    )
    response_time_s: int | None = Field(
        default=None, description="Typical time to a first reply to a message, in seconds"
    )


class UserMe(UserPublic):
    email: str
    # Publishing gigs needs a verified address (DESIGN §11); the web shows a banner until it is.
    email_verified: bool
    payment_instructions: str
    is_admin: bool


class UserUpdate(BaseModel):
    """Only what a user may change about themselves; anything else (is_admin, email...) is refused."""

    model_config = ConfigDict(extra="forbid")

    full_name: FullName | None = None
    bio: LongText | None = None
    avatar_url: AvatarUrl | None = None
    # An uploaded image (POST /files) to use as the avatar; sets `avatar_url` to its thumbnail. Null removes it.
    avatar_file_id: uuid.UUID | None = None
    payment_instructions: LongText | None = None
