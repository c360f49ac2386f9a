"""Moving an order through its lifecycle: ask the state machine, then compare-and-set in the database.

Every successful transition writes, in the request's one transaction: the new status and whatever else the
`Transition` says (payment status, proof, due date, disputes), one `order_events` row, a notification for
each other party and the event's mail — the move and its announcements in one statement
(`app.orders.moves`). A lost race changes nothing and is 409. The rules are all in `state_machine`; this
module only applies them.
"""

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from app.auth.token import AccessClaims
from app.core.after_commit import after_commit
from app.core.errors import Conflict, Forbidden, InvalidInput
from app.email.order_mail import OrderParties, order_event_mails
from app.email.outbox import nudge_sender
from app.files.attach import Uploader, attach
from app.models import Attachment, Dispute, Order, PaymentProof, User
from app.notifications.service import Kind, publish_after_commit
from app.orders import moves, queries
from app.orders.announce import announce, others_than
from app.orders.deadlines import Deadlines
from app.orders.detail import build_detail
from app.orders.notices import order_payload
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
from app.orders.statuses import TERMINAL_STATUSES, DisputeStatus, EventAction
from app.realtime.frames import encoded_notification_frame

LOST_RACE = "This order was changed by someone else a moment ago; reload it and try again"
SETTLED_BY_PARTIES = "The order was completed or cancelled by its parties"


async def transition(
    session: AsyncSession,
    order_id: uuid.UUID,
    claims: AccessClaims,
    action: Action,
    deadlines: Deadlines,
    *,
    reason: str | None = None,
    proof: PaymentProofIn | None = None,
    delivered: list[uuid.UUID] | None = None,
) -> OrderDetail:
    """The signed-in caller's action on the order; the answer is the order as it stands afterwards, as they
    see it (its timeline ends with this move). `delivered`: the uploads a submit-work attaches to its event.

    Two statements between BEGIN and COMMIT (`app.orders.moves`): the read, then the move with all it writes;
    a proof or a delivery's files add their own. The answer is built from what is in hand."""
    read = await moves.read_for_move(session, order_id, claims)
    loaded, caller = read.loaded, read.caller
    order, role = loaded.order, queries.acting_role(loaded, caller, action)
    step = _decide(order, action, role, proof)
    from_status = order.status
    event_id = uuid.uuid4()
    files: list[dict[str, Any]] = []
    if delivered:
        files = await attach(
            session, caller, delivered, Attachment.DELIVERY, event_id, order_id=order.id
        )
    # An admin's settlement is "dispute resolved", with their reason as the resolution; the parties' own
    # approval or cancellation is a plain completion or cancellation.
    settled_dispute = loaded.has_open_dispute and step.settles_disputes and role is Actor.ADMIN
    resolution = None
    if step.settles_disputes:
        resolution = reason if role is Actor.ADMIN else SETTLED_BY_PARTIES
    moved = await _move(
        session,
        loaded,
        step,
        event_id,
        caller,
        EventAction(action),
        reason,
        files,
        settled_dispute=settled_dispute,
        resolution=resolution,
    )
    proofs = read.proofs
    if proof is not None:
        proofs = [*proofs, await _record_proof(session, order.id, proof, caller, moved.now)]
    events = [
        *read.events,
        {
            "action": EventAction(action),
            "from_status": from_status,
            "to_status": step.to,
            "actor_id": caller.id,
            "reason": reason or None,
            "files": files,
            "created_at": moved.event_at,
        },
    ]
    if step.answers_proof is not None:
        proofs = [_answered(p, step.answers_proof, moved.now) for p in proofs]
    disputes = read.disputes
    if resolution is not None:
        disputes = [_settled(d, resolution, moved.now) for d in disputes]
    has_open_dispute = loaded.has_open_dispute and not step.settles_disputes
    # Reviews open once an order is completed, so a move (none leaves COMPLETED) has none to show yet.
    return build_detail(
        loaded._replace(has_open_dispute=has_open_dispute),
        events,
        proofs,
        disputes,
        reviews=[],
        deadlines=deadlines,
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
    statement and the same event and announcements as a person's move, with no actor. A person who acts
    on the order meanwhile waits for the lock and then loses the compare-and-set (409); a person who moved it
    first leaves it out of the sweep."""
    step = decide(order.status, action, Actor.SYSTEM)
    # No resolution: a timer settles nothing. The sweeps pass over disputed orders, and a dispute opened
    # meanwhile stays open for an admin.
    loaded = queries.LoadedOrder(order, client, freelancer, False, Actor.SYSTEM)
    await _move(
        session, loaded, step, uuid.uuid4(), None, EventAction(action), reason, [], resolution=None
    )
    return order


async def _move(
    session: AsyncSession,
    loaded: queries.LoadedOrder,
    step: Transition,
    event_id: uuid.UUID,
    actor: queries.Caller | None,
    action: EventAction,
    reason: str | None,
    files: list[dict[str, Any]],
    *,
    resolution: str | None,  # settles the open disputes with it (a person's move to an end state)
    settled_dispute: bool = False,
) -> moves.Moved:
    """The move and its announcements in one statement; 409 when someone else moved the order first.
    `loaded.order` is the order as it stands afterwards once this returns."""
    order, client, freelancer = loaded.order, loaded.client, loaded.freelancer
    actor_id = actor.id if actor else None
    from_status = order.status
    # The announcements, written with the move, describe the order as it leaves it: its new statuses are
    # known now. (After a lost race the request fails, and this object goes with its transaction.)
    moves.keep(order, status=step.to, payment_status=step.payment or order.payment_status)
    mails = order_event_mails(
        OrderParties(order, client, freelancer),
        action,
        event_key=f"order_event:{event_id}",
        actor_id=actor_id,
        reason=reason,
        settled_dispute=settled_dispute,
    )
    move = moves.Move(
        order=order,
        from_status=from_status,
        to=step.to,
        payment=step.payment,
        sets_due=step.sets_due,
        event_id=event_id,
        actor=actor,
        action=action.value,
        reason=reason or None,
        files=files,
        answers_proof=step.answers_proof,
        resolution=resolution,
        notify=others_than(order, actor_id),
        payload=json.dumps(order_payload(order, action, actor_id)),
        mails=mails,
    )
    moved = await moves.write_move(session, move)
    if moved is None:
        raise Conflict(LOST_RACE)
    for recipient, notification_id in moved.notified.items():
        frame = encoded_notification_frame(
            Kind.ORDER_UPDATED, notification_id, move.payload, moved.now
        )
        publish_after_commit(session, recipient, frame)
    if mails:
        after_commit(session, nudge_sender)
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


async def _record_proof(
    session: AsyncSession,
    order_id: uuid.UUID,
    proof: PaymentProofIn,
    client: Uploader,
    now: datetime,
) -> dict[str, Any]:
    """The proof, and how the answer shows it (submitted now: the transaction's time, its column's default)."""
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
    return {
        "id": proof_id,
        "proof_reference": proof.proof_reference,
        "payer_name": proof.payer_name,
        "amount": proof.amount,
        "submitted_at": now,
        "verified": False,
        "rejected_at": None,
        "files": receipt,
    }


def _answered(proof: dict[str, Any], answer: ProofAnswer, now: datetime) -> dict[str, Any]:
    """A proof as the move's `answered` CTE leaves it: only the pending one changes."""
    if proof["verified"] or proof["rejected_at"] is not None:
        return proof
    if answer is ProofAnswer.VERIFIED:
        return {**proof, "verified": True}
    return {**proof, "rejected_at": now}


def _settled(dispute: dict[str, Any], resolution: str | None, now: datetime) -> dict[str, Any]:
    """A dispute as the move's `settled` CTE leaves it: only open ones change."""
    if dispute["status"] != DisputeStatus.OPEN:
        return dispute
    return {
        **dispute,
        "status": DisputeStatus.RESOLVED,
        "resolution": resolution,
        "resolved_at": now,
    }


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
