"""The state machine over every (status, action, actor) triple, against an independent listing of
the legal moves in DESIGN §6."""

import itertools

import pytest

from app.orders.state_machine import (
    TRANSITIONS,
    Action,
    Actor,
    IllegalTransition,
    ProofAnswer,
    ProofMismatch,
    WrongActor,
    available_actions,
    decide,
)
from app.orders.statuses import EventAction, OrderStatus, PaymentStatus

S, A = OrderStatus, Action
OPEN = [s for s in S if s not in (S.COMPLETED, S.CANCELLED)]

# Written out by hand from DESIGN §6 — deliberately not derived from the module under test.
LEGAL: dict[tuple[OrderStatus, Action, Actor], OrderStatus] = {
    (S.PENDING_PAYMENT, A.SUBMIT_PAYMENT, Actor.CLIENT): S.PAYMENT_SUBMITTED,
    (S.PAYMENT_SUBMITTED, A.REJECT_PAYMENT, Actor.FREELANCER): S.PENDING_PAYMENT,
    (S.PAYMENT_SUBMITTED, A.CONFIRM_PAYMENT, Actor.FREELANCER): S.PAYMENT_CONFIRMED,
    (S.PAYMENT_CONFIRMED, A.START_WORK, Actor.FREELANCER): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.SUBMIT_WORK, Actor.FREELANCER): S.SUBMITTED,
    (S.REVISION_REQUESTED, A.SUBMIT_WORK, Actor.FREELANCER): S.SUBMITTED,
    (S.SUBMITTED, A.REQUEST_REVISION, Actor.CLIENT): S.REVISION_REQUESTED,
    (S.SUBMITTED, A.APPROVE, Actor.CLIENT): S.COMPLETED,
    (S.PENDING_PAYMENT, A.CANCEL, Actor.CLIENT): S.CANCELLED,
    **{(s, A.FORCE_CANCEL, Actor.ADMIN): S.CANCELLED for s in OPEN},
    **{(s, A.FORCE_COMPLETE, Actor.ADMIN): S.COMPLETED for s in OPEN},
    # DESIGN §13: the system's moves when a deadline passes.
    (S.PENDING_PAYMENT, A.EXPIRE, Actor.SYSTEM): S.CANCELLED,
    (S.SUBMITTED, A.AUTO_COMPLETE, Actor.SYSTEM): S.COMPLETED,
}
OWNER = {action: actor for (_, action, actor) in LEGAL}

TRIPLES = list(itertools.product(S, A, Actor))


def test_the_grid_is_complete() -> None:
    assert len(TRIPLES) == 8 * 12 * 4


@pytest.mark.parametrize(("status", "action", "actor"), TRIPLES)
def test_every_triple(status: OrderStatus, action: Action, actor: Actor) -> None:
    expected = LEGAL.get((status, action, actor))
    if expected is not None:
        with_proof = action is A.SUBMIT_PAYMENT
        assert decide(status, action, actor, with_proof=with_proof).to is expected
        return
    if status in (S.COMPLETED, S.CANCELLED):
        with pytest.raises(IllegalTransition, match="can no longer change"):
            decide(status, action, actor)
    elif OWNER[action] is not actor:
        with pytest.raises(WrongActor, match="Only"):
            decide(status, action, actor)
    else:
        with pytest.raises(IllegalTransition, match="Cannot"):
            decide(status, action, actor)


def test_no_move_skips_a_state_on_the_happy_path() -> None:
    path = [S.PENDING_PAYMENT]
    for action, actor in [
        (A.SUBMIT_PAYMENT, Actor.CLIENT),
        (A.CONFIRM_PAYMENT, Actor.FREELANCER),
        (A.START_WORK, Actor.FREELANCER),
        (A.SUBMIT_WORK, Actor.FREELANCER),
        (A.APPROVE, Actor.CLIENT),
    ]:
        path.append(decide(path[-1], action, actor, with_proof=action is A.SUBMIT_PAYMENT).to)
    assert path == [
        S.PENDING_PAYMENT, S.PAYMENT_SUBMITTED, S.PAYMENT_CONFIRMED, S.IN_PROGRESS, S.SUBMITTED,
        S.COMPLETED,
    ]  # fmt: skip


# The side effects of each move besides its status, from DESIGN §6: (payment status after, proof answered,
# starts the delivery clock). Every move not listed has none; every move to an end state settles disputes.
EFFECTS: dict[Action, tuple[PaymentStatus | None, ProofAnswer | None, bool]] = {
    A.SUBMIT_PAYMENT: (PaymentStatus.SUBMITTED, None, False),
    A.REJECT_PAYMENT: (PaymentStatus.REJECTED, ProofAnswer.REJECTED, False),
    A.CONFIRM_PAYMENT: (PaymentStatus.CONFIRMED, ProofAnswer.VERIFIED, False),
    A.START_WORK: (None, None, True),
}


@pytest.mark.parametrize(("origin", "action"), list(TRANSITIONS))
def test_side_effects_are_the_designed_ones(origin: OrderStatus, action: Action) -> None:
    move = TRANSITIONS[(origin, action)]
    assert (move.payment, move.answers_proof, move.sets_due) == EFFECTS.get(
        action, (None, None, False)
    )
    assert move.needs_proof is (action is A.SUBMIT_PAYMENT)
    assert move.settles_disputes is (move.to in (S.COMPLETED, S.CANCELLED))


def test_a_proof_goes_with_submitting_a_payment_and_nothing_else() -> None:
    with pytest.raises(ProofMismatch):
        decide(S.PENDING_PAYMENT, A.SUBMIT_PAYMENT, Actor.CLIENT)
    with pytest.raises(ProofMismatch):
        decide(S.PENDING_PAYMENT, A.CANCEL, Actor.CLIENT, with_proof=True)


def test_every_action_is_a_timeline_action() -> None:
    assert {action.value for action in A} <= {event.value for event in EventAction}
    assert {event.value for event in EventAction} - {action.value for action in A} == {
        "place",
        "dispute",
    }


@pytest.mark.parametrize(("status", "actor"), list(itertools.product(S, Actor)))
def test_available_actions_are_exactly_the_legal_ones(status: OrderStatus, actor: Actor) -> None:
    expected = {action for (s, action, who) in LEGAL if s is status and who is actor}
    assert set(available_actions(status, actor)) == expected


@pytest.mark.parametrize("action", [A.EXPIRE, A.AUTO_COMPLETE])
@pytest.mark.parametrize("person", [Actor.CLIENT, Actor.FREELANCER, Actor.ADMIN])
def test_no_person_can_make_the_systems_moves(action: Action, person: Actor) -> None:
    origin = S.PENDING_PAYMENT if action is A.EXPIRE else S.SUBMITTED
    with pytest.raises(WrongActor, match="Only the platform"):
        decide(origin, action, person)
    assert action not in available_actions(origin, person)
