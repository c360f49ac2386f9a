"""The order state machine (DESIGN §6) as data, and the one function that applies it.

Pure: no database, no HTTP. The service asks `decide()` and then applies the answer with a
compare-and-set UPDATE, so a transition is legal here *and* unraced in the database.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.orders.statuses import TERMINAL_STATUSES, EventAction, OrderStatus, PaymentStatus

S = OrderStatus
E = EventAction


class Actor(StrEnum):
    CLIENT = "client"
    FREELANCER = "freelancer"
    ADMIN = "admin"
    # The platform itself, when a deadline passes (DESIGN §13): never a person, never a caller of the API.
    SYSTEM = "system"


class Action(StrEnum):
    """The moves of the machine; each is also the `EventAction` its timeline entry records."""

    SUBMIT_PAYMENT = E.SUBMIT_PAYMENT.value
    REJECT_PAYMENT = E.REJECT_PAYMENT.value
    CONFIRM_PAYMENT = E.CONFIRM_PAYMENT.value
    START_WORK = E.START_WORK.value
    SUBMIT_WORK = E.SUBMIT_WORK.value
    REQUEST_REVISION = E.REQUEST_REVISION.value
    APPROVE = E.APPROVE.value
    CANCEL = E.CANCEL.value
    FORCE_CANCEL = E.FORCE_CANCEL.value
    FORCE_COMPLETE = E.FORCE_COMPLETE.value
    EXPIRE = E.EXPIRE.value
    AUTO_COMPLETE = E.AUTO_COMPLETE.value


class ProofAnswer(StrEnum):
    """What a move does to the payment proof under review."""

    VERIFIED = "verified"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Transition:
    """One legal move, and every side effect it has besides the status (applied by
    `app.orders.transitions`, which has no rule of its own)."""

    to: OrderStatus
    actor: Actor
    needs_proof: bool = False  # the request carries a payment proof, recorded with the move
    payment: PaymentStatus | None = None  # the payment status after the move (DESIGN §6)
    answers_proof: ProofAnswer | None = None  # settles the proof under review
    sets_due: bool = False  # the delivery clock starts: due_at = now + delivery_days

    @property
    def settles_disputes(self) -> bool:
        """An order that reaches an end state settles its open disputes."""
        return self.to in TERMINAL_STATUSES


NON_TERMINAL = tuple(status for status in OrderStatus if status not in TERMINAL_STATUSES)

# (from, action) -> the move. Anything not listed is illegal.
TRANSITIONS: dict[tuple[OrderStatus, Action], Transition] = {
    (S.PENDING_PAYMENT, Action.SUBMIT_PAYMENT): Transition(
        S.PAYMENT_SUBMITTED, Actor.CLIENT, needs_proof=True, payment=PaymentStatus.SUBMITTED
    ),
    (S.PAYMENT_SUBMITTED, Action.REJECT_PAYMENT): Transition(
        S.PENDING_PAYMENT,
        Actor.FREELANCER,
        payment=PaymentStatus.REJECTED,
        answers_proof=ProofAnswer.REJECTED,
    ),
    (S.PAYMENT_SUBMITTED, Action.CONFIRM_PAYMENT): Transition(
        S.PAYMENT_CONFIRMED,
        Actor.FREELANCER,
        payment=PaymentStatus.CONFIRMED,
        answers_proof=ProofAnswer.VERIFIED,
    ),
    (S.PAYMENT_CONFIRMED, Action.START_WORK): Transition(
        S.IN_PROGRESS, Actor.FREELANCER, sets_due=True
    ),
    (S.IN_PROGRESS, Action.SUBMIT_WORK): Transition(S.SUBMITTED, Actor.FREELANCER),
    (S.REVISION_REQUESTED, Action.SUBMIT_WORK): Transition(S.SUBMITTED, Actor.FREELANCER),
    (S.SUBMITTED, Action.REQUEST_REVISION): Transition(S.REVISION_REQUESTED, Actor.CLIENT),
    (S.SUBMITTED, Action.APPROVE): Transition(S.COMPLETED, Actor.CLIENT),
    (S.PENDING_PAYMENT, Action.CANCEL): Transition(S.CANCELLED, Actor.CLIENT),
    # The timers (DESIGN §13): an order unpaid for UNPAID_ORDER_TTL_HOURS is cancelled, and a delivery
    # nobody answered for AUTO_COMPLETE_DAYS is approved. The sweeps decide *when*; this table decides *what*.
    (S.PENDING_PAYMENT, Action.EXPIRE): Transition(S.CANCELLED, Actor.SYSTEM),
    (S.SUBMITTED, Action.AUTO_COMPLETE): Transition(S.COMPLETED, Actor.SYSTEM),
    # An admin settles a disputed order from wherever it stands.
    **{
        (status, Action.FORCE_CANCEL): Transition(S.CANCELLED, Actor.ADMIN)
        for status in NON_TERMINAL
    },
    **{
        (status, Action.FORCE_COMPLETE): Transition(S.COMPLETED, Actor.ADMIN)
        for status in NON_TERMINAL
    },
}

# Each action belongs to exactly one actor, whatever the order's status.
ACTION_ACTOR: dict[Action, Actor] = {action: t.actor for (_, action), t in TRANSITIONS.items()}

# Whose move it is in each open status (the admin only steps in on disputes): an order's `waiting_for`.
NEXT_ACTOR: dict[OrderStatus, Actor] = {
    S.PENDING_PAYMENT: Actor.CLIENT,
    S.PAYMENT_SUBMITTED: Actor.FREELANCER,
    S.PAYMENT_CONFIRMED: Actor.FREELANCER,
    S.IN_PROGRESS: Actor.FREELANCER,
    S.SUBMITTED: Actor.CLIENT,
    S.REVISION_REQUESTED: Actor.FREELANCER,
}


class TransitionRefused(Exception):
    """Base for both refusals; `message` is written for the person who tried."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class IllegalTransition(TransitionRefused):
    """The action does not apply to the order's current status (HTTP 409)."""


class WrongActor(TransitionRefused):
    """The action belongs to the other party or to an admin (HTTP 403)."""


class ProofMismatch(TransitionRefused):
    """A payment proof came with a move that records none, or none came with one that does (HTTP 422)."""


ACTOR_NOUN = {
    Actor.CLIENT: "the client",
    Actor.FREELANCER: "the freelancer",
    Actor.ADMIN: "an admin",
    Actor.SYSTEM: "the platform",
}


def decide(
    status: OrderStatus, action: Action, actor: Actor, *, with_proof: bool = False
) -> Transition:
    """The transition `actor` may make with `action` from `status` (carrying a payment proof or not),
    or the reason they may not."""
    if status in TERMINAL_STATUSES:
        raise IllegalTransition(f"This order is {status.value.lower()}; it can no longer change")
    owner = ACTION_ACTOR[action]
    if actor is not owner:
        raise WrongActor(f"Only {ACTOR_NOUN[owner]} can {action.value.replace('-', ' ')}")
    transition = TRANSITIONS.get((status, action))
    if transition is None:
        readable = status.value.replace("_", " ").lower()
        raise IllegalTransition(
            f"Cannot {action.value.replace('-', ' ')} while the order is {readable}"
        )
    if transition.needs_proof is not with_proof:
        raise ProofMismatch(
            "Submitting a payment needs its proof"
            if transition.needs_proof
            else "Only submitting a payment takes a payment proof"
        )
    return transition


def available_actions(status: OrderStatus, actor: Actor) -> list[Action]:
    """What this actor may do now, in table order (drives the buttons on the order page)."""
    return [
        action
        for (origin, action), t in TRANSITIONS.items()
        if origin is status and t.actor is actor
    ]
