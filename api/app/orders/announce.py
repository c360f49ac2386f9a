"""Telling the parties about an order event: a notification for each other party (delivered live after
commit) and the event's mail, both written in the event's own transaction, so they stand or fall with it."""

import uuid

from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.after_commit import after_commit
from app.email.order_mail import OrderParties, order_event_mails
from app.email.outbox import emails_insert, nudge_sender
from app.models import Order, User
from app.notifications.service import Kind, notify_all
from app.orders.notices import order_payload
from app.orders.queries import OrderParty
from app.orders.statuses import EventAction


async def announce(
    session: AsyncSession,
    order: Order,
    client: OrderParty,
    freelancer: OrderParty,
    action: EventAction,
    actor: User | None,
    *,
    event_key: str,
    reason: str | None = None,
    settled_dispute: bool = False,
) -> None:
    """`order` as it stands after the event; `event_key` names the event once (`order_event:<id>`).
    `actor` None: the system moved the order (a timer), and both parties hear of it."""
    actor_id = actor.id if actor else None
    mails = order_event_mails(
        OrderParties(order, client, freelancer),
        action,
        event_key=event_key,
        actor_id=actor_id,
        reason=reason,
        settled_dispute=settled_dispute,
    )
    payload = order_payload(order, action, actor_id)
    # The notifications and the mail: one statement.
    await notify_all(
        session,
        Kind.ORDER_UPDATED,
        [(recipient, payload) for recipient in others_than(order, actor_id)],
        with_writes=[emails_insert(mails)] if mails else [],
    )
    if mails:
        after_commit(session, nudge_sender)


def others_than(order: Order, actor_id: uuid.UUID | None) -> list[uuid.UUID]:
    """The parties an order event is announced to: both but its actor (both for the system's moves)."""
    return [party for party in (order.client_id, order.freelancer_id) if party != actor_id]
