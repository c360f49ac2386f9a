"""Request and response shapes for orders (field names as in DESIGN §8)."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from app.core.money import MoneyIn, MoneyOut
from app.core.types import NoNul, OptionalReason, Reason
from app.files.schemas import DeliveryFileIds, FileOut, ProofFileIds
from app.orders.references import (
    PROOF_REFERENCE_MAX,
    PROOF_REFERENCE_MIN,
    normalize_proof_reference,
)
from app.orders.state_machine import Action, Actor
from app.orders.statuses import DisputeStatus, EventAction, OrderStatus, PaymentStatus
from app.reviews.schemas import ReviewOut
from app.users.schemas import PartySummary

REQUIREMENTS_MAX = 5000


class OrderCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    gig_id: uuid.UUID
    requirements: Annotated[
        str,
        StringConstraints(strip_whitespace=True, max_length=REQUIREMENTS_MAX),
        NoNul,
        Field(description="A brief for the freelancer: what you need, links, deadlines."),
    ] = ""


def normal_proof_reference(raw: str) -> str:
    normal = normalize_proof_reference(raw)
    if not PROOF_REFERENCE_MIN <= len(normal) <= PROOF_REFERENCE_MAX:
        raise ValueError(
            f"The transaction ID must have {PROOF_REFERENCE_MIN} to {PROOF_REFERENCE_MAX} letters or "
            "digits (spaces and dashes do not count)"
        )
    return normal


class PaymentProofIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Stored, compared and shown in its normal form; the length bounds hold for what is stored.
    proof_reference: Annotated[
        str,
        StringConstraints(max_length=4 * PROOF_REFERENCE_MAX),  # bounds the work of normalising
        NoNul,
        AfterValidator(normal_proof_reference),
    ]
    payer_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), NoNul
    ]
    amount: MoneyIn
    # The transfer's receipt: uploads (POST /files) of the client's, attached to this proof.
    file_ids: ProofFileIds = []


class ReasonIn(BaseModel):
    """A reason the other party needs to read (rejecting a proof, asking for a revision)."""

    model_config = ConfigDict(extra="forbid")

    reason: Reason


class OptionalReasonIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: OptionalReason = ""


class WorkSubmissionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000), NoNul] = ""
    # The delivered work: uploads (POST /files) of the freelancer's, attached to this delivery.
    file_ids: DeliveryFileIds = []


class OrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    gig_id: uuid.UUID
    client_id: uuid.UUID
    freelancer_id: uuid.UUID
    client: PartySummary
    freelancer: PartySummary
    status: OrderStatus
    payment_status: PaymentStatus
    price: MoneyOut
    delivery_days: int
    gig_title: str
    reference_code: str
    due_at: datetime | None
    is_late: bool
    status_changed_at: datetime
    # The timers (DESIGN §13): when the system cancels this unpaid order, or approves this delivery; null in
    # every other status (and while a dispute is open).
    expires_at: datetime | None
    auto_completes_at: datetime | None
    has_open_dispute: bool
    waiting_for: (
        Actor | None
    )  # whose move it is (the admin only steps in on disputes); null once closed
    created_at: datetime
    updated_at: datetime


class OrderEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: EventAction
    from_status: OrderStatus | None
    to_status: OrderStatus
    actor_id: uuid.UUID | None  # null for the system's moves (`expire`, `auto-complete`)
    reason: str | None
    files: list[FileOut] = Field(default=[], description="A delivery's files")
    created_at: datetime


class PaymentProofOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    proof_reference: str
    payer_name: str
    amount: MoneyOut
    submitted_at: datetime
    verified: bool
    rejected_at: (
        datetime | None
    )  # the freelancer found no such transfer; its ID may be submitted again
    files: list[FileOut] = Field(default=[], description="The transfer's receipt")


class DisputeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    order_id: uuid.UUID
    opened_by: uuid.UUID
    reason: str
    status: DisputeStatus
    resolution: str | None
    created_at: datetime
    resolved_at: datetime | None


class OrderDetail(OrderOut):
    """One order as its parties (and admins) see it, with everything the order page shows."""

    payment_instructions: str
    requirements: str
    events: list[OrderEventOut]
    payment_proofs: list[PaymentProofOut]
    disputes: list[DisputeOut]
    reviews: list[ReviewOut]
    viewer_role: Actor
    available_actions: list[Action]


class OrderSummary(BaseModel):
    """Counts for the dashboard: orders where the next move is mine, by side."""

    buying_waiting_for_me: int
    selling_waiting_for_me: int
    buying_active: int
    selling_active: int
