"""Placing orders and reading them: the client's and freelancer's lists, one order in full."""

import hashlib
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import Conflict, Forbidden, InvalidInput, NotFound, TooManyRequests
from app.core.locks import take_turns
from app.core.pagination import NewestFirst
from app.models import Dispute, Gig, Order, OrderEvent, PaymentProof, User
from app.notifications.service import Kind, notify
from app.orders import queries
from app.orders.references import new_reference_code
from app.orders.schemas import (
    DisputeOut,
    OrderDetail,
    OrderEventOut,
    OrderOut,
    OrderSummary,
    PaymentProofOut,
)
from app.orders.state_machine import NEXT_ACTOR, Actor, available_actions
from app.orders.statuses import TERMINAL_STATUSES, OrderStatus
from app.reviews.service import list_reviews

REFERENCE_ATTEMPTS = 5
# Each order shows the freelancer's bank details to the client and notifies the freelancer: a stranger must
# not be able to do that without bound. A real buyer rarely needs more than a few unpaid orders of one gig.
MAX_UNPAID_ORDERS_PER_GIG = 3
MAX_ORDERS_PER_HOUR = 10
ORDERS_PAGE = NewestFirst("orders", col(Order.created_at), col(Order.id))


def fingerprint(body: dict[str, Any]) -> str:
    canonical = "&".join(f"{key}={body[key]}" for key in sorted(body))
    return hashlib.sha256(canonical.encode()).hexdigest()


async def _replay(
    session: AsyncSession, client: User, key: str, request_fingerprint: str
) -> Order | None:
    """The order an earlier request with this Idempotency-Key created, if any."""
    existing = (
        await session.exec(
            select(Order).where(
                col(Order.client_id) == client.id, col(Order.idempotency_key) == key
            )
        )
    ).first()
    if existing is not None and existing.idempotency_fingerprint != request_fingerprint:
        raise InvalidInput("This Idempotency-Key was already used for a different request")
    return existing


async def _orderable_gig(session: AsyncSession, gig_id: uuid.UUID, client: User) -> Gig:
    row = (
        await session.exec(
            select(Gig, User)
            .join(User, col(User.id) == col(Gig.freelancer_id))
            .where(col(Gig.id) == gig_id)
        )
    ).first()
    if row is None or row[1].is_banned:
        raise NotFound("Gig not found")
    gig, _ = row
    if gig.freelancer_id == client.id:
        raise Forbidden("You cannot order your own gig")
    if not gig.is_active:
        if not client.is_admin:
            raise NotFound("Gig not found")
        raise Conflict("This gig is not available for ordering")
    return gig


async def _check_order_limits(session: AsyncSession, client: User, gig: Gig) -> None:
    await take_turns(session, "orders", client.id)  # concurrent placements count one after another
    hour_ago = sa.func.now() - sa.text("interval '1 hour'")
    placed_last_hour, unpaid_of_gig = (
        await session.exec(
            select(
                sa.func.count().filter(col(Order.created_at) > hour_ago),
                sa.func.count().filter(
                    col(Order.gig_id) == gig.id,
                    col(Order.status) == OrderStatus.PENDING_PAYMENT,
                ),
            ).where(col(Order.client_id) == client.id)
        )
    ).one()
    if unpaid_of_gig >= MAX_UNPAID_ORDERS_PER_GIG:
        raise Conflict(
            f"You already have {unpaid_of_gig} unpaid orders of this gig; pay or cancel one first",
            code="too_many_unpaid_orders",
        )
    if placed_last_hour >= MAX_ORDERS_PER_HOUR:
        raise TooManyRequests(
            f"You can place at most {MAX_ORDERS_PER_HOUR} orders an hour; please try again later",
            code="rate_limited",
        )


async def _insert_order(session: AsyncSession, order: Order) -> bool:
    """Insert in a savepoint; False when the reference code or idempotency key already exists."""
    try:
        async with session.begin_nested():
            session.add(order)
    except IntegrityError:
        return False
    return True


async def place_order(
    session: AsyncSession, client: User, gig_id: uuid.UUID, idempotency_key: str | None
) -> OrderDetail:
    request_fingerprint = fingerprint({"gig_id": gig_id})
    if idempotency_key is not None:
        previous = await _replay(session, client, idempotency_key, request_fingerprint)
        if previous is not None:
            return await get_order(session, previous.id, client)
    gig = await _orderable_gig(session, gig_id, client)
    await _check_order_limits(session, client, gig)
    for _ in range(REFERENCE_ATTEMPTS):
        order = Order(
            gig_id=gig.id,
            client_id=client.id,
            freelancer_id=gig.freelancer_id,
            price=gig.price,
            delivery_days=gig.delivery_days,
            gig_title=gig.title,
            reference_code=new_reference_code(),
            idempotency_key=idempotency_key,
            idempotency_fingerprint=request_fingerprint if idempotency_key else None,
        )
        if await _insert_order(session, order):
            break
        if idempotency_key is not None:
            # A concurrent request with the same key won the insert: answer with its order.
            previous = await _replay(session, client, idempotency_key, request_fingerprint)
            if previous is not None:
                return await get_order(session, previous.id, client)
    else:
        raise Conflict("Could not allocate an order reference; please try again")
    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=client.id,
            action="place",
            from_status=None,
            to_status=OrderStatus.PENDING_PAYMENT,
        )
    )
    await notify(
        session,
        gig.freelancer_id,
        Kind.ORDER_UPDATED,
        order_payload(order, "place", client.id),
    )
    return await get_order(session, order.id, client)


def order_payload(order: Order, action: str, actor_id: uuid.UUID) -> dict[str, Any]:
    return {
        "order_id": str(order.id),
        "status": order.status,
        "payment_status": order.payment_status,
        "action": action,
        "actor_id": str(actor_id),
        "gig_title": order.gig_title,
        "reference_code": order.reference_code,
    }


async def get_order(session: AsyncSession, order_id: uuid.UUID, viewer: User) -> OrderDetail:
    order, client, freelancer, has_open_dispute, role = await queries.load_for(
        session, order_id, viewer
    )
    events = (
        await session.exec(
            select(OrderEvent)
            .where(col(OrderEvent.order_id) == order.id)
            .order_by(col(OrderEvent.created_at), col(OrderEvent.id))
        )
    ).all()
    proofs = (
        await session.exec(
            select(PaymentProof)
            .where(col(PaymentProof.order_id) == order.id)
            .order_by(col(PaymentProof.submitted_at))
        )
    ).all()
    disputes = (
        await session.exec(
            select(Dispute)
            .where(col(Dispute.order_id) == order.id)
            .order_by(col(Dispute.created_at))
        )
    ).all()
    reviews, _ = await list_reviews(session, limit=2, cursor=None, order_id=order.id)
    status = OrderStatus(order.status)
    base = queries.to_out(order, client, freelancer, has_open_dispute)
    return OrderDetail(
        **base.model_dump(),
        payment_instructions=freelancer.payment_instructions,
        events=[OrderEventOut.model_validate(event) for event in events],
        payment_proofs=[PaymentProofOut.model_validate(proof) for proof in proofs],
        disputes=[DisputeOut.model_validate(dispute) for dispute in disputes],
        reviews=reviews,
        viewer_role=role,
        available_actions=available_actions(status, role),
        waiting_for=NEXT_ACTOR.get(status),
    )


async def list_my_orders(
    session: AsyncSession,
    user: User,
    role: Actor | None,
    statuses: list[OrderStatus],
    limit: int,
    cursor: str | None,
) -> tuple[list[OrderOut], str | None]:
    if role is Actor.CLIENT:
        mine = col(Order.client_id) == user.id
    elif role is Actor.FREELANCER:
        mine = col(Order.freelancer_id) == user.id
    elif role is None:
        mine = sa.or_(col(Order.client_id) == user.id, col(Order.freelancer_id) == user.id)
    else:
        raise InvalidInput("role must be client or freelancer")
    query = queries.orders_with_parties().where(mine)
    if statuses:
        query = query.where(col(Order.status).in_(statuses))
    rows = (await session.exec(ORDERS_PAGE.apply(query, cursor, limit))).all()
    items = [queries.to_out(*row) for row in rows]
    return ORDERS_PAGE.page(items, limit, key=lambda order: (order.created_at, order.id))


async def summarize(session: AsyncSession, user: User) -> OrderSummary:
    open_statuses = [status for status in OrderStatus if status not in TERMINAL_STATUSES]
    client_turn = [s for s in open_statuses if NEXT_ACTOR[s] is Actor.CLIENT]
    freelancer_turn = [s for s in open_statuses if NEXT_ACTOR[s] is Actor.FREELANCER]

    def count_where(*conditions: Any) -> Any:
        return sa.func.count().filter(*conditions)

    buying = col(Order.client_id) == user.id
    selling = col(Order.freelancer_id) == user.id
    row = (
        await session.exec(
            select(
                count_where(buying, col(Order.status).in_(client_turn)),
                count_where(selling, col(Order.status).in_(freelancer_turn)),
                count_where(buying, col(Order.status).in_(open_statuses)),
                count_where(selling, col(Order.status).in_(open_statuses)),
            ).where(sa.or_(buying, selling))
        )
    ).one()
    return OrderSummary(
        buying_waiting_for_me=row[0],
        selling_waiting_for_me=row[1],
        buying_active=row[2],
        selling_active=row[3],
    )
