"""Reading orders with their parties, and deciding who the caller is to an order."""

import uuid
from datetime import UTC, datetime
from typing import Any, NamedTuple, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import NotFound
from app.email.order_mail import MailParty
from app.models import Dispute, Order, User
from app.orders.deadlines import Deadlines
from app.orders.schemas import OrderOut
from app.orders.state_machine import ACTION_ACTOR, NEXT_ACTOR, Action, Actor
from app.orders.statuses import DisputeStatus, OrderStatus
from app.users.schemas import Shown, party

Client = aliased(User, name="client")
Freelancer = aliased(User, name="freelancer")

# Work is late while it is owed: after start-work and before the freelancer submits it.
WORK_OWED = frozenset({OrderStatus.IN_PROGRESS, OrderStatus.REVISION_REQUESTED})

# An alias, so listings that also join `disputes` (the admin's queue) still correlate on orders only.
_OpenDispute = aliased(Dispute, name="open_dispute")
HAS_OPEN_DISPUTE = sa.exists().where(
    col(_OpenDispute.order_id) == col(Order.id),
    col(_OpenDispute.status) == DisputeStatus.OPEN,
)
OPEN_DISPUTE = HAS_OPEN_DISPUTE.label("has_open_dispute")


class OrderParty(MailParty, Shown, Protocol):
    """What an order's page and mail need of a party: a `User`, or a row read for a move
    (`app.orders.moves.PartyRow`)."""

    @property
    def payment_instructions(self) -> str: ...


def orders_with_parties(*, dispute_flag: bool = True) -> Any:
    """Orders with their client and freelancer, and (unless the caller filters on it and so knows it)
    whether a dispute is open."""
    columns = (
        (Order, Client, Freelancer, OPEN_DISPUTE) if dispute_flag else (Order, Client, Freelancer)
    )
    return (
        select(*columns)
        .join(Client, col(Client.id) == col(Order.client_id))
        .join(Freelancer, col(Freelancer.id) == col(Order.freelancer_id))
    )


def is_late(order: Order, now: datetime | None = None) -> bool:
    if order.due_at is None or order.status not in WORK_OWED:
        return False
    return order.due_at < (now or datetime.now(UTC))


def to_out(
    order: Order,
    client: OrderParty,
    freelancer: OrderParty,
    has_open_dispute: bool,
    deadlines: Deadlines,
) -> OrderOut:
    return OrderOut.model_validate(
        {
            **order.model_dump(),
            "client": party(client),
            "freelancer": party(freelancer),
            "is_late": is_late(order),
            "has_open_dispute": has_open_dispute,
            "expires_at": deadlines.expires_at(order, has_open_dispute=has_open_dispute),
            "auto_completes_at": deadlines.auto_completes_at(
                order, has_open_dispute=has_open_dispute
            ),
            "waiting_for": NEXT_ACTOR.get(order.status),
        }
    )


class LoadedOrder(NamedTuple):
    """An order with both parties, as one query reads it, and who the caller is to it."""

    order: Order
    client: OrderParty
    freelancer: OrderParty
    has_open_dispute: bool
    role: Actor


class Caller(Protocol):
    """Who acts on an order: a `User`, or a move's signed-in caller (`app.orders.moves`)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def is_admin(self) -> bool: ...


def role_of(order: Order, user: Caller) -> Actor | None:
    """The caller's part in the order: a party first (an admin's own purchase is theirs to pay), else an
    admin, else nobody."""
    if user.id == order.client_id:
        return Actor.CLIENT
    if user.id == order.freelancer_id:
        return Actor.FREELANCER
    if user.is_admin:
        return Actor.ADMIN
    return None


def acting_role(loaded: LoadedOrder, user: Caller, action: Action) -> Actor:
    """Who the caller acts as for `action`: an admin who is also a party still overrides as an admin."""
    if ACTION_ACTOR[action] is Actor.ADMIN and user.is_admin:
        return Actor.ADMIN
    return loaded.role


async def load_for(session: AsyncSession, order_id: uuid.UUID, user: User) -> LoadedOrder:
    """The order with both parties, if `user` is a party or an admin; 404 otherwise, so strangers
    cannot even learn that the order exists."""
    row = (await session.exec(orders_with_parties().where(col(Order.id) == order_id))).first()
    if row is None:
        raise NotFound("Order not found")
    order, client, freelancer, has_open_dispute = row
    role = role_of(order, user)
    if role is None:
        raise NotFound("Order not found")
    return LoadedOrder(order, client, freelancer, has_open_dispute, role)


async def require_party(session: AsyncSession, order_id: uuid.UUID, user: User) -> Order:
    """The order, if `user` is its client or freelancer (admins are not parties); 404 otherwise."""
    order = await session.get(Order, order_id)
    if order is None or user.id not in (order.client_id, order.freelancer_id):
        raise NotFound("Order not found")
    return order
