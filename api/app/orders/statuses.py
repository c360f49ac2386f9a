"""The order vocabulary: statuses and timeline actions. Plain enums, shared by the tables, the state
machine and the schemas (so the OpenAPI document, and the web's types, see enums)."""

from enum import StrEnum


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "PENDING_PAYMENT"
    PAYMENT_SUBMITTED = "PAYMENT_SUBMITTED"
    PAYMENT_CONFIRMED = "PAYMENT_CONFIRMED"
    IN_PROGRESS = "IN_PROGRESS"
    SUBMITTED = "SUBMITTED"
    REVISION_REQUESTED = "REVISION_REQUESTED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


TERMINAL_STATUSES = frozenset({OrderStatus.COMPLETED, OrderStatus.CANCELLED})


class PaymentStatus(StrEnum):
    UNPAID = "UNPAID"
    SUBMITTED = "SUBMITTED"
    CONFIRMED = "CONFIRMED"
    REJECTED = "REJECTED"


class EventAction(StrEnum):
    """What one entry of an order's timeline (and the notification announcing it) records: placing the
    order, every action of the state machine (`app.orders.state_machine.Action`, same values, the system's
    included), or opening a dispute."""

    PLACE = "place"
    SUBMIT_PAYMENT = "submit-payment"
    REJECT_PAYMENT = "reject-payment"
    CONFIRM_PAYMENT = "confirm-payment"
    START_WORK = "start-work"
    SUBMIT_WORK = "submit-work"
    REQUEST_REVISION = "request-revision"
    APPROVE = "approve"
    CANCEL = "cancel"
    FORCE_CANCEL = "force-cancel"
    FORCE_COMPLETE = "force-complete"
    # The system's moves when a deadline passes (DESIGN §13); their events have no actor.
    EXPIRE = "expire"
    AUTO_COMPLETE = "auto-complete"
    DISPUTE = "dispute"


class DisputeStatus(StrEnum):
    OPEN = "OPEN"
    RESOLVED = "RESOLVED"


def sql_in(values: type[StrEnum]) -> str:
    """`'A', 'B'` for a CHECK constraint that mirrors an enum."""
    return ", ".join(f"'{member.value}'" for member in values)
