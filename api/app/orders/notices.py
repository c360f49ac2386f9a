"""What an `order.updated` notification (and its realtime frame) says about an order."""

import uuid
from typing import TypedDict

from app.models import Order
from app.orders.statuses import EventAction, OrderStatus, PaymentStatus


class OrderUpdatedPayload(TypedDict):
    order_id: str
    status: OrderStatus
    payment_status: PaymentStatus
    action: EventAction
    actor_id: str | None  # null when the system moved the order (DESIGN §13)
    gig_title: str
    reference_code: str


def order_payload(
    order: Order, action: EventAction, actor_id: uuid.UUID | None
) -> OrderUpdatedPayload:
    return {
        "order_id": str(order.id),
        "status": order.status,
        "payment_status": order.payment_status,
        "action": action,
        "actor_id": str(actor_id) if actor_id else None,
        "gig_title": order.gig_title,
        "reference_code": order.reference_code,
    }
