"""Reading orders with their parties, and deciding who the caller is to an order."""

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import NotFound
from app.models import Dispute, Order, User
from app.orders.schemas import OrderOut
from app.orders.state_machine import Actor
from app.orders.statuses import DisputeStatus, OrderStatus
from app.users.schemas import PartySummary

Client = aliased(User, name="client")
Freelancer = aliased(User, name="freelancer")

# Work is late while it is owed: after start-work and before the freelancer submits it.
WORK_OWED = frozenset({OrderStatus.IN_PROGRESS, OrderStatus.REVISION_REQUESTED})

# An alias, so listings that also join `disputes` (the admin's queue) still correlate on orders only.
_OpenDispute = aliased(Dispute, name="open_dispute")
OPEN_DISPUTE = (
    sa.exists()
    .where(
        col(_OpenDispute.order_id) == col(Order.id),
        col(_OpenDispute.status) == DisputeStatus.OPEN,
    )
    .label("has_open_dispute")
)


def orders_with_parties() -> Any:
    return (
        select(Order, Client, Freelancer, OPEN_DISPUTE)
        .join(Client, col(Client.id) == col(Order.client_id))
        .join(Freelancer, col(Freelancer.id) == col(Order.freelancer_id))
    )


def party(user: User) -> PartySummary:
    return PartySummary(id=user.id, full_name=user.full_name, avatar_url=user.avatar_url)


def is_late(order: Order, now: datetime | None = None) -> bool:
    if order.due_at is None or order.status not in WORK_OWED:
        return False
    return order.due_at < (now or datetime.now(UTC))


def to_out(order: Order, client: User, freelancer: User, has_open_dispute: bool) -> OrderOut:
    return OrderOut.model_validate(
        {
            **order.model_dump(),
            "client": party(client),
            "freelancer": party(freelancer),
            "is_late": is_late(order),
            "has_open_dispute": has_open_dispute,
        }
    )


def role_of(order: Order, user: User) -> Actor | None:
    if user.id == order.client_id:
        return Actor.CLIENT
    if user.id == order.freelancer_id:
        return Actor.FREELANCER
    if user.is_admin:
        return Actor.ADMIN
    return None


async def load_for(
    session: AsyncSession, order_id: uuid.UUID, user: User
) -> tuple[Order, User, User, bool, Actor]:
    """The order with both parties, if `user` is a party or an admin; 404 otherwise, so strangers
    cannot even learn that the order exists."""
    row = (await session.exec(orders_with_parties().where(col(Order.id) == order_id))).first()
    if row is None:
        raise NotFound("Order not found")
    order, client, freelancer, has_open_dispute = row
    role = role_of(order, user)
    if role is None:
        raise NotFound("Order not found")
    return order, client, freelancer, has_open_dispute, role
