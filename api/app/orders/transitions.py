"""Moving an order through its lifecycle: ask the state machine, then compare-and-set in the database.

Every successful transition writes, in the request's one transaction: the new status and whatever else the
`Transition` says (payment status, proof, due date, disputes), one `order_events` row, and a notification for
each other party. A lost race changes nothing and is 409. The rules are all in `state_machine`; this module
only applies them.
"""

import uuid
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import Conflict, Forbidden, InvalidInput
from app.files.attach import attach
from app.models import Attachment, Dispute, Order, OrderEvent, PaymentProof, User
from app.models.base import table_of
from app.orders import queries
from app.orders.announce import announce
from app.orders.deadlines import Deadlines
from app.orders.detail import load_detail
from app.orders.schemas import DisputeOut, OrderDetail, PaymentProofIn
from app.orders.state_machine import (
    Action,
    Actor,
    IllegalTransition,
    ProofAnswer,
    ProofMismatch,
    Transition,
    WrongActor,
    decide,
)
from app.orders.statuses import TERMINAL_STATUSES, DisputeStatus, EventAction, OrderStatus
from app.users.seller_stats import record_completion

LOST_RACE = "This order was changed by someone else a moment ago; reload it and try again"


async def transition(
    session: AsyncSession,
    order_id: uuid.UUID,
    user: User,
    action: Action,
    deadlines: Deadlines,
    *,
    reason: str | None = None,
    proof: PaymentProofIn | None = None,
    delivered: list[uuid.UUID] | None = None,
) -> OrderDetail:
    """`user`'s action on the order; the answer is the order as it stands afterwards, as they see it
    (its timeline ends with this move). `delivered`: the uploads a submit-work attaches to its event."""
    loaded = await queries.load_for(session, order_id, user)
    order, role = loaded.order, queries.acting_role(loaded, user, action)
    step = _decide(order, action, role, proof)
    from_status = order.status

    event = OrderEvent(
        id=uuid.uuid4(),
        order_id=order.id,
        actor_id=user.id,
        action=EventAction(action),
        from_status=from_status,
        to_status=step.to,
        reason=reason or None,
    )
    if delivered:
        event.files = await attach(
            session, user, delivered, Attachment.DELIVERY, event.id, order_id=order.id
        )
    # The move, the answer to a pending proof and the timeline's event: one statement.
    moved = await _compare_and_set(session, order, step, event)
    if step.to is OrderStatus.COMPLETED:
        await record_completion(session, moved)
    if proof is not None:
        await _record_proof(session, order.id, proof, user)
    if step.settles_disputes:
        await _resolve_open_disputes(session, order.id, user, reason, forced=role is Actor.ADMIN)
    await announce(
        session,
        moved,
        loaded.client,
        loaded.freelancer,
        EventAction(action),
        user,
        event_key=f"order_event:{event.id}",
        reason=reason,
        # An admin's settlement is "dispute resolved"; the parties' own approval is a plain completion.
        settled_dispute=loaded.has_open_dispute and step.settles_disputes and role is Actor.ADMIN,
    )
    has_open_dispute = loaded.has_open_dispute and not step.settles_disputes
    return await load_detail(
        session, loaded._replace(order=moved, has_open_dispute=has_open_dispute), deadlines
    )


async def system_move(
    session: AsyncSession,
    order: Order,
    client: User,
    freelancer: User,
    action: Action,
    reason: str,
) -> Order:
    """A timer's move (DESIGN §13) on an order the caller's sweep holds locked: the same table, the same
    compare-and-set and the same event and announcements as a person's move, with no actor. A person who acts
    on the order meanwhile waits for the lock and then loses the compare-and-set (409); a person who moved it
    first leaves it out of the sweep."""
    from_status = order.status
    step = decide(from_status, action, Actor.SYSTEM)
    moved = await _compare_and_set(session, order, step)
    if step.to is OrderStatus.COMPLETED:
        await record_completion(session, moved)
    event = OrderEvent(
        order_id=order.id,
        actor_id=None,
        action=EventAction(action),
        from_status=from_status,
        to_status=step.to,
        reason=reason,
    )
    session.add(event)
    await session.flush()  # the event's id names its mail
    await announce(
        session,
        moved,
        client,
        freelancer,
        EventAction(action),
        None,
        event_key=f"order_event:{event.id}",
        reason=reason,
    )
    return moved


def _decide(order: Order, action: Action, role: Actor, proof: PaymentProofIn | None) -> Transition:
    try:
        step = decide(order.status, action, role, with_proof=proof is not None)
    except WrongActor as refused:
        raise Forbidden(refused.message) from refused
    except IllegalTransition as refused:
        raise Conflict(refused.message) from refused
    except ProofMismatch as refused:
        raise InvalidInput(refused.message) from refused
    if proof is not None and proof.amount != order.price:
        raise InvalidInput(
            f"The amount must equal the order price exactly ({order.price:.2f}); "
            f"you entered {proof.amount:.2f}",
            "amount_mismatch",
            field="amount",
        )
    return step


async def _compare_and_set(
    session: AsyncSession, order: Order, step: Transition, event: OrderEvent | None = None
) -> Order:
    """Only the request that still sees the status it decided on may move the order; the row as it is
    afterwards comes back in the same round trip, which also answers the pending proof when the step answers
    one and, with `event`, writes it to the timeline (CTEs: a lost race raises, and the rollback takes them
    back with it)."""
    values: dict[str, object] = {
        "status": step.to,
        "updated_at": sa.func.now(),
        "status_changed_at": sa.func.now(),  # the timers count from here
    }
    if step.payment is not None:
        values["payment_status"] = step.payment
    if step.sets_due:
        values["due_at"] = sa.func.now() + timedelta(days=order.delivery_days)
    statement = (
        update(Order)
        .where(col(Order.id) == order.id, col(Order.status) == order.status)
        .values(**values)
        .returning(Order)
        .execution_options(populate_existing=True)
    )
    if event is not None:
        statement = statement.add_cte(_insert_event(event).cte("recorded"))
    if step.answers_proof is not None:
        statement = statement.add_cte(
            _answer_pending_proof(order.id, step.answers_proof).cte("answered")
        )
    result = await session.exec(statement)
    moved: Order | None = result.scalars().one_or_none()
    if moved is None:
        raise Conflict(LOST_RACE)
    return moved


def _insert_event(event: OrderEvent) -> Any:
    events = table_of(OrderEvent)
    return sa.insert(events).values(
        id=event.id,
        order_id=event.order_id,
        actor_id=event.actor_id,
        action=event.action,
        from_status=event.from_status,
        to_status=event.to_status,
        reason=event.reason,
        files=event.files,
    )


async def _record_proof(
    session: AsyncSession, order_id: uuid.UUID, proof: PaymentProofIn, client: User
) -> None:
    # Proofs are never updated (a trigger enforces it): the receipt is attached first, under the proof's id.
    proof_id = uuid.uuid4()
    receipt = await attach(
        session, client, proof.file_ids, Attachment.PAYMENT_PROOF, proof_id, order_id=order_id
    )
    try:
        async with session.begin_nested():
            session.add(
                PaymentProof(
                    id=proof_id,
                    order_id=order_id,
                    proof_reference=proof.proof_reference,  # in normal form since parsing
                    payer_name=proof.payer_name,
                    amount=proof.amount,
                    files=receipt,
                )
            )
    except IntegrityError as exc:
        # Unique among live proofs only (pending or verified): a rejected proof frees its transaction ID.
        raise Conflict(
            "This transaction ID has already been submitted; each transfer can be claimed once",
            code="proof_reference_taken",
        ) from exc


def _answer_pending_proof(order_id: uuid.UUID, answer: ProofAnswer) -> Any:
    """The freelancer's answer to the proof under review: verified, or rejected (which frees its ID).
    At most one proof is pending: a new one can only be submitted after the last was answered."""
    values: dict[str, object] = (
        {"verified": True} if answer is ProofAnswer.VERIFIED else {"rejected_at": sa.func.now()}
    )
    proofs = table_of(PaymentProof)
    return (
        sa.update(proofs)
        .where(
            proofs.c.order_id == order_id,
            proofs.c.verified.is_(False),
            proofs.c.rejected_at.is_(None),
        )
        .values(**values)
    )


async def _resolve_open_disputes(
    session: AsyncSession, order_id: uuid.UUID, actor: User, reason: str | None, *, forced: bool
) -> None:
    """An order that reaches an end state settles its disputes; an admin's reason is the resolution."""
    await session.exec(
        update(Dispute)
        .where(col(Dispute.order_id) == order_id, col(Dispute.status) == DisputeStatus.OPEN)
        .values(
            status=DisputeStatus.RESOLVED,
            resolution=reason if forced else "The order was completed or cancelled by its parties",
            resolved_by=actor.id,
            resolved_at=sa.func.now(),
        )
    )


async def open_dispute(
    session: AsyncSession, order_id: uuid.UUID, user: User, reason: str
) -> DisputeOut:
    order, client, freelancer, _, role = await queries.load_for(session, order_id, user)
    if role is Actor.ADMIN:
        raise Forbidden("Only the client or the freelancer can open a dispute")
    if order.status in TERMINAL_STATUSES:
        raise Conflict("This order is closed; disputes can only be opened on open orders")
    dispute = Dispute(order_id=order.id, opened_by=user.id, reason=reason)
    try:
        async with session.begin_nested():
            session.add(dispute)
    except IntegrityError as exc:
        raise Conflict("This order already has an open dispute; an admin will review it") from exc
    await announce(
        session,
        order,
        client,
        freelancer,
        EventAction.DISPUTE,
        user,
        event_key=f"dispute:{dispute.id}",
        reason=reason,
    )
    return DisputeOut.model_validate(dispute)
