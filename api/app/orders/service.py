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
from app.gigs.service import can_be_paid, gig_with_owner
from app.models import Gig, Order, OrderEvent, User
from app.orders import queries
from app.orders.announce import announce
from app.orders.deadlines import Deadlines
from app.orders.detail import build_detail, load_detail
from app.orders.queries import LoadedOrder
from app.orders.references import new_reference_code
from app.orders.schemas import OrderCreate, OrderDetail, OrderSummary
from app.orders.state_machine import NEXT_ACTOR, Actor
from app.orders.statuses import TERMINAL_STATUSES, EventAction, OrderStatus

REFERENCE_ATTEMPTS = 5
# Each order shows the freelancer's bank details to the client and notifies the freelancer: a stranger must
# not be able to do that without bound. A real buyer rarely needs more than a few unpaid orders of one gig.
MAX_UNPAID_ORDERS_PER_GIG = 3
MAX_ORDERS_PER_HOUR = 10


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


async def _orderable_gig(
    session: AsyncSession, gig_id: uuid.UUID, client: User
) -> tuple[Gig, User]:
    """The gig and its freelancer, if `client` may order it."""
    gig, freelancer = await gig_with_owner(session, gig_id)
    if freelancer.is_banned:
        raise NotFound("Gig not found")
    if gig.freelancer_id == client.id:
        raise Forbidden("You cannot order your own gig")
    if not gig.is_active:
        if not client.is_admin:
            raise NotFound("Gig not found")
        raise Conflict("This gig is not available for ordering")
    if not can_be_paid(freelancer):
        raise Conflict(
            "This freelancer has not said how to pay them yet, so the gig cannot be ordered for now",
            code="freelancer_cannot_be_paid",
        )
    return gig, freelancer


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
    session: AsyncSession,
    client: User,
    data: OrderCreate,
    idempotency_key: str | None,
    deadlines: Deadlines,
) -> OrderDetail:
    gig_id = data.gig_id
    # A retry must repeat the same request; the brief counts only when given (older keys lack it).
    request = {
        "gig_id": gig_id,
        **({"requirements": data.requirements} if data.requirements else {}),
    }
    request_fingerprint = fingerprint(request)
    if idempotency_key is not None:
        previous = await _replay(session, client, idempotency_key, request_fingerprint)
        if previous is not None:
            return await get_order(session, previous.id, client, deadlines)
    gig, freelancer = await _orderable_gig(session, gig_id, client)
    await _check_order_limits(session, client, gig)
    for _ in range(REFERENCE_ATTEMPTS):
        order = Order(
            gig_id=gig.id,
            client_id=client.id,
            freelancer_id=gig.freelancer_id,
            price=gig.price,
            delivery_days=gig.delivery_days,
            gig_title=gig.title,
            requirements=data.requirements,
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
                return await get_order(session, previous.id, client, deadlines)
    else:
        raise Conflict("Could not allocate an order reference; please try again")
    placed = OrderEvent(
        order_id=order.id,
        actor_id=client.id,
        action=EventAction.PLACE,
        from_status=None,
        to_status=OrderStatus.PENDING_PAYMENT,
        reason=data.requirements
        or None,  # the timeline shows the brief with the order it came with
    )
    session.add(placed)
    await session.flush()  # the event's id names its mail
    await announce(
        session,
        order,
        client,
        freelancer,
        EventAction.PLACE,
        client,
        event_key=f"order_event:{placed.id}",
    )
    # A new order has its one event and nothing else yet: the answer is built from what is in hand.
    loaded = LoadedOrder(order, client, freelancer, has_open_dispute=False, role=Actor.CLIENT)
    return build_detail(
        loaded, events=[placed], proofs=[], disputes=[], reviews=[], deadlines=deadlines
    )


async def get_order(
    session: AsyncSession, order_id: uuid.UUID, viewer: User, deadlines: Deadlines
) -> OrderDetail:
    return await load_detail(session, await queries.load_for(session, order_id, viewer), deadlines)


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
