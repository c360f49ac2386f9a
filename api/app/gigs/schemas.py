"""Request and response shapes for gigs."""

import re
import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from app.core.money import MoneyOut, Price
from app.core.types import NoNul
from app.files.schemas import FileOut, GigImageIds
from app.gigs.moderation import ModerationStatus
from app.gigs.taxonomy import normal_tags
from app.users.schemas import PartySummary

Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=5, max_length=120), NoNul
]
Description = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=20, max_length=5000), NoNul
]
DeliveryDays = Annotated[int, Field(ge=1, le=90)]
Revisions = Annotated[int, Field(ge=0, le=10, description="Rounds of changes the price includes.")]


CategorySlug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$"),
    Field(description="A category's slug (`GET /categories`)", examples=["backend-apis"]),
]
# Normalised (" React Native" → "react-native"), duplicates dropped, at most 5 (app/gigs/taxonomy.py).
Tags = Annotated[
    list[Annotated[str, StringConstraints(max_length=40), NoNul]],
    Field(max_length=10, description="Skills, at most 5: 2-24 characters of a-z 0-9 + # . -"),
    AfterValidator(normal_tags),
]
TagFilter = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40), NoNul
]

MAX_QUERY_WORDS = 8


def query_words(q: str) -> list[str]:
    """Letters and digits only: the words are spliced into a tsquery, whose syntax they must not carry."""
    return re.findall(r"\w+", q.lower())[:MAX_QUERY_WORDS]


class GigSort(StrEnum):
    RELEVANCE = "relevance"
    NEWEST = "newest"
    PRICE_ASC = "price_asc"
    PRICE_DESC = "price_desc"
    RATING = "rating"
    POPULAR = "popular"  # most completed orders first


class GigCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title
    description: Description
    price: Price
    delivery_days: DeliveryDays
    revisions_included: Revisions = 1
    # The leaf category it is listed under (DESIGN §14).
    category: CategorySlug
    tags: Tags = []
    # Uploaded images (POST /files), in order: the first is the cover. At most 6.
    image_ids: GigImageIds = []


class GigUpdate(BaseModel):
    """Only the owner's editable fields; the owner, ratings and timestamps are not among them."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    description: Description | None = None
    price: Price | None = None
    delivery_days: DeliveryDays | None = None
    revisions_included: Revisions | None = None
    is_active: bool | None = None
    category: CategorySlug | None = None
    tags: Tags | None = None
    # The gig's images from now on, in order (the first is the cover): the current ones may be given again;
    # those left out are removed. Absent: unchanged.
    image_ids: GigImageIds | None = None


class GigOut(BaseModel):
    id: uuid.UUID
    freelancer_id: uuid.UUID
    freelancer: PartySummary
    title: str
    description: str
    price: MoneyOut
    delivery_days: int
    revisions_included: int
    is_active: bool
    rating_avg: MoneyOut
    rating_count: int
    category: str
    tags: list[str]
    completed_orders: int = Field(
        description="How many orders its freelancer has completed, on all their gigs"
    )
    is_favorite: bool = Field(default=False, description="Saved by the signed-in viewer")
    images: list[FileOut] = Field(default=[], description="In order; the first is the cover")
    accepts_orders: bool = Field(
        description="Active, and its freelancer has said how to pay them: the gig can be ordered."
    )
    created_at: datetime
    updated_at: datetime
    # Moderation is between the owner and the admins: everyone else gets nulls (and never sees a
    # suspended gig in the first place, since a suspended gig is always inactive).
    moderation_status: ModerationStatus | None = Field(
        default=None, description="Shown to the gig's owner and admins only; null for others."
    )
    suspended_at: datetime | None = Field(
        default=None, description="Shown to the gig's owner and admins only."
    )
    suspension_reason: str | None = Field(
        default=None, description="Why moderation suspended it; owner and admins only."
    )


class GigFilters(BaseModel):
    """`GET /gigs` query parameters, validated together (min_price may not exceed max_price)."""

    q: Annotated[str | None, StringConstraints(strip_whitespace=True, max_length=200), NoNul] = None
    min_price: Annotated[Decimal | None, Field(ge=0, le=Decimal("100000.00"))] = None
    max_price: Annotated[Decimal | None, Field(ge=0, le=Decimal("100000.00"))] = None
    max_delivery_days: Annotated[int | None, Field(ge=1, le=90)] = None
    freelancer_id: uuid.UUID | None = None
    category: CategorySlug | None = None
    tag: Annotated[list[TagFilter], Field(max_length=5)] = []
    min_rating: Annotated[Decimal | None, Field(ge=0, le=5)] = None
    sort: GigSort | None = None

    @field_validator("tag")
    @classmethod
    def _normal_tags(cls, tags: list[str]) -> list[str]:
        return normal_tags(tags)

    @field_validator("max_price")
    @classmethod
    def _not_below_min(cls, high: Decimal | None, info: ValidationInfo) -> Decimal | None:
        low = info.data.get("min_price")
        if low is not None and high is not None and low > high:
            raise ValueError("max_price cannot be less than min_price")
        return high

    @field_validator("sort")
    @classmethod
    def _relevance_needs_words(cls, sort: GigSort | None, info: ValidationInfo) -> GigSort | None:
        if sort is GigSort.RELEVANCE and not query_words(info.data.get("q") or ""):
            raise ValueError("sort=relevance needs a search query (q)")
        return sort

    @property
    def words(self) -> list[str]:
        return query_words(self.q or "")

    @property
    def effective_sort(self) -> GigSort:
        """Relevance when there is something to be relevant to, newest first otherwise."""
        return self.sort or (GigSort.RELEVANCE if self.words else GigSort.NEWEST)


class GigPage(BaseModel):
    """A page of `GET /gigs`, with how many gigs match the same filters in all."""

    items: list[GigOut]
    next_cursor: str | None
    total: int = Field(
        description="How many gigs match these filters, on every page; counted up to 1000.",
        ge=0,
        le=1000,
    )
    total_is_capped: bool = Field(
        description="More than 1000 gigs match: `total` is then 1000 (show it as “1,000+”)."
    )
