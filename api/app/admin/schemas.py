"""Request and response shapes for the admin API."""

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.core.types import Reason
from app.models import EmailStatus
from app.orders.schemas import OrderOut, PaymentProofOut
from app.orders.statuses import DisputeStatus, OrderStatus
from app.users.schemas import PartySummary


class OrderOverrideIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal[OrderStatus.CANCELLED, OrderStatus.COMPLETED]
    reason: Reason


class SuspendGigIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason


class BanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason


class AdminUserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    full_name: str
    is_admin: bool
    is_banned: bool
    banned_reason: str | None
    created_at: datetime


class AuditEntryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    admin_id: uuid.UUID
    admin_name: str
    action: str
    target_type: str
    target_id: uuid.UUID
    target_label: str | None = Field(
        description="What the target is called: the order's reference code and gig, the user's name, "
        "the gig's title (null if it no longer exists)."
    )
    details: dict[str, Any]
    created_at: datetime


class DisputeQueueItem(BaseModel):
    id: uuid.UUID
    order_id: uuid.UUID
    order: OrderOut
    # What the client claimed to have paid: the first thing an admin checks when the work is disputed.
    payment_proofs: list[PaymentProofOut]
    opened_by: PartySummary
    reason: str
    status: DisputeStatus
    resolution: str | None
    created_at: datetime
    resolved_at: datetime | None


class AdminEmailOut(BaseModel):
    """One outbox row as admins see it: never the payload, which holds reset and verification links."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    to_address: str
    kind: str
    status: EmailStatus
    attempts: int
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
