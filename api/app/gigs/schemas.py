"""Request and response shapes for gigs."""

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core.money import MoneyOut, Price
from app.core.types import NoNul
from app.gigs.moderation import ModerationStatus

Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=5, max_length=120), NoNul
]
Description = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=20, max_length=5000), NoNul
]
DeliveryDays = Annotated[int, Field(ge=1, le=90)]


class GigSort(StrEnum):
    RELEVANCE = "relevance"
    NEWEST = "newest"
    PRICE_ASC = "price_asc"
    PRICE_DESC = "price_desc"
    RATING = "rating"


class GigCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title
    description: Description
    price: Price
    delivery_days: DeliveryDays


class GigUpdate(BaseModel):
    """Only the owner's editable fields; the owner, ratings and timestamps are not among them."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    description: Description | None = None
    price: Price | None = None
    delivery_days: DeliveryDays | None = None
    is_active: bool | None = None


class FreelancerSummary(BaseModel):
    id: uuid.UUID
    full_name: str
    avatar_url: str | None


class GigOut(BaseModel):
    id: uuid.UUID
    freelancer_id: uuid.UUID
    freelancer: FreelancerSummary
    title: str
    description: str
    price: MoneyOut
    delivery_days: int
    is_active: bool
    rating_avg: MoneyOut
    rating_count: int
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
    sort: GigSort | None = None
