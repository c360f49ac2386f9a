"""Review shapes."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core.types import NoNul
from app.users.schemas import PartySummary


class ReviewCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    order_id: uuid.UUID
    rating: Annotated[int, Field(ge=1, le=5)]
    comment: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000), NoNul] = ""


class ReviewOut(BaseModel):
    id: uuid.UUID
    order_id: uuid.UUID
    reviewer_id: uuid.UUID
    reviewee_id: uuid.UUID
    reviewer: PartySummary
    gig_title: str
    rating: int
    comment: str
    created_at: datetime


class RatingSummary(BaseModel):
    rating_avg: str
    rating_count: int
