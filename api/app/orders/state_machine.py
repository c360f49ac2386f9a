"""The order state machine (DESIGN §6) as data, and the one function that applies it.

Pure: no database, no HTTP. The service asks `decide()` and then applies the answer with a
compare-and-set UPDATE, so a transition is legal here *and* unraced in the database.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.orders.statuses import TERMINAL_STATUSES, OrderStatus, PaymentStatus

S = OrderStatus


class Actor(StrEnum):
    CLIENT = "client"
    FREELANCER = "freelancer"
    ADMIN = "admin"


class Action(StrEnum):
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


@dataclass(frozen=True, slots=True)
class Transition:
    to: OrderStatus
    actor: Actor


NON_TERMINAL = tuple(status for status in OrderStatus if status not in TERMINAL_STATUSES)

# (from, action) -> (to, who may do it). Anything not listed is illegal.
TRANSITIONS: dict[tuple[OrderStatus, Action], Transition] = {
    (S.PENDING_PAYMENT, Action.SUBMIT_PAYMENT): Transition(S.PAYMENT_SUBMITTED, Actor.CLIENT),
    (S.PAYMENT_SUBMITTED, Action.REJECT_PAYMENT): Transition(S.PENDING_PAYMENT, Actor.FREELANCER),
    (S.PAYMENT_SUBMITTED, Action.CONFIRM_PAYMENT): Transition(
        S.PAYMENT_CONFIRMED, Actor.FREELANCER
    ),
    (S.PAYMENT_CONFIRMED, Action.START_WORK): Transition(S.IN_PROGRESS, Actor.FREELANCER),
    (S.IN_PROGRESS, Action.SUBMIT_WORK): Transition(S.SUBMITTED, Actor.FREELANCER),
    (S.REVISION_REQUESTED, Action.SUBMIT_WORK): Transition(S.SUBMITTED, Actor.FREELANCER),
    (S.SUBMITTED, Action.REQUEST_REVISION): Transition(S.REVISION_REQUESTED, Actor.CLIENT),
    (S.SUBMITTED, Action.APPROVE): Transition(S.COMPLETED, Actor.CLIENT),
    (S.PENDING_PAYMENT, Action.CANCEL): Transition(S.CANCELLED, Actor.CLIENT),
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

# How the payment status follows the proof (DESIGN §6).
PAYMENT_EFFECTS: dict[Action, PaymentStatus] = {
    Action.SUBMIT_PAYMENT: PaymentStatus.SUBMITTED,
    Action.REJECT_PAYMENT: PaymentStatus.REJECTED,
    Action.CONFIRM_PAYMENT: PaymentStatus.CONFIRMED,
}

# Whose move it is in each open status (the admin only steps in on disputes).
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


ACTOR_NOUN = {
    Actor.CLIENT: "the client",
    Actor.FREELANCER: "the freelancer",
    Actor.ADMIN: "an admin",
}


def decide(status: OrderStatus, action: Action, actor: Actor) -> Transition:
    """The transition `actor` may make with `action` from `status`, or the reason they may not."""
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
    return transition


def available_actions(status: OrderStatus, actor: Actor) -> list[Action]:
    """What this actor may do now, in table order (drives the buttons on the order page)."""
    return [
        action
        for (origin, action), t in TRANSITIONS.items()
        if origin is status and t.actor is actor
    ]
