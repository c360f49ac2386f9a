"""Moving an order through its lifecycle: ask the state machine, then compare-and-set in the database.

Every successful transition writes, in the request's one transaction: the new status, one
`order_events` row, and a notification for each other party. A lost race changes nothing and is 409.
"""

import uuid
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import Conflict, Forbidden, InvalidInput
from app.models import Dispute, Order, OrderEvent, PaymentProof, User
from app.notifications.service import Kind, notify
from app.orders import queries
from app.orders.schemas import PaymentProofIn
from app.orders.service import order_payload
from app.orders.state_machine import (
    PAYMENT_EFFECTS,
    Action,
    Actor,
    IllegalTransition,
    WrongActor,
    decide,
)
from app.orders.statuses import TERMINAL_STATUSES, DisputeStatus, OrderStatus

LOST_RACE = "This order was changed by someone else a moment ago; reload it and try again"


@dataclass(frozen=True)
class Outcome:
    order: Order
    role: Actor
    from_status: str


async def transition(
    session: AsyncSession,
    order_id: uuid.UUID,
    user: User,
    action: Action,
    *,
    reason: str | None = None,
    proof: PaymentProofIn | None = None,
) -> Outcome:
    order, _, _, _, role = await queries.load_for(session, order_id, user)
    try:
        step = decide(OrderStatus(order.status), action, role)
    except WrongActor as refused:
        raise Forbidden(refused.message) from refused
    except IllegalTransition as refused:
        raise Conflict(refused.message) from refused
    if proof is not None and proof.amount != order.price:
        raise InvalidInput(
            f"The amount must equal the order price exactly ({order.price:.2f}); "
            f"you entered {proof.amount:.2f}",
            "amount_mismatch",
            field="amount",
        )

    from_status = order.status  # read before the UPDATE, which also refreshes the loaded object
    values: dict[str, object] = {
        "status": step.to,
        "version": col(Order.version) + 1,
        "updated_at": sa.func.now(),
    }
    if action in PAYMENT_EFFECTS:
        values["payment_status"] = PAYMENT_EFFECTS[action]
    if action is Action.START_WORK:
        values["due_at"] = sa.func.now() + timedelta(days=order.delivery_days)
    # Compare-and-set: only the request that still sees the status it decided on may move it.
    result = await session.exec(
        update(Order)
        .where(col(Order.id) == order.id, col(Order.status) == from_status)
        .values(**values)
    )
    if result.rowcount != 1:
        raise Conflict(LOST_RACE)
    await session.refresh(order)

    if proof is not None:
        await _record_proof(session, order.id, proof)
    if action is Action.CONFIRM_PAYMENT:
        await _settle_pending_proof(session, order.id, verified=True)
    if action is Action.REJECT_PAYMENT:
        await _settle_pending_proof(session, order.id, verified=False)
    if step.to in TERMINAL_STATUSES:
        await _resolve_open_disputes(session, order.id, user, reason, forced=role is Actor.ADMIN)

    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=user.id,
            action=action.value,
            from_status=from_status,
            to_status=step.to,
            reason=reason or None,
        )
    )
    for recipient in _others(order, user):
        await notify(session, recipient, Kind.ORDER_UPDATED, order_payload(order, action, user.id))
    return Outcome(order=order, role=role, from_status=from_status)


def _others(order: Order, actor: User) -> list[uuid.UUID]:
    return [party for party in (order.client_id, order.freelancer_id) if party != actor.id]


async def _record_proof(session: AsyncSession, order_id: uuid.UUID, proof: PaymentProofIn) -> None:
    try:
        async with session.begin_nested():
            session.add(
                PaymentProof(
                    order_id=order_id,
                    proof_reference=proof.proof_reference,  # in normal form since parsing
                    payer_name=proof.payer_name,
                    amount=proof.amount,
                )
            )
    except IntegrityError as exc:
        # Unique among live proofs only (pending or verified): a rejected proof frees its transaction ID.
        raise Conflict(
            "This transaction ID has already been submitted; each transfer can be claimed once",
            code="proof_reference_taken",
        ) from exc


async def _settle_pending_proof(
    session: AsyncSession, order_id: uuid.UUID, *, verified: bool
) -> None:
    """The freelancer's answer to the proof under review: verified, or rejected (which frees its ID).
    At most one proof is pending: a new one can only be submitted after the last was answered."""
    answer: dict[str, object] = {"verified": True} if verified else {"rejected_at": sa.func.now()}
    await session.exec(
        update(PaymentProof)
        .where(
            col(PaymentProof.order_id) == order_id,
            col(PaymentProof.verified).is_(False),
            col(PaymentProof.rejected_at).is_(None),
        )
        .values(**answer)
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
) -> Dispute:
    order, _, _, _, role = await queries.load_for(session, order_id, user)
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
    for recipient in _others(order, user):
        await notify(
            session, recipient, Kind.ORDER_UPDATED, order_payload(order, "dispute", user.id)
        )
    return dispute
