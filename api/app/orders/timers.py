"""The timers' sweeps (DESIGN §13): what happens to orders whose deadline has come.

Each sweep reads the orders due in one timed status on that status's partial index, oldest change first,
locks them `FOR UPDATE SKIP LOCKED` and acts on them in the caller's transaction. So two workers running
the same sweep at once share the due orders instead of acting twice, a person's move in flight is skipped
(it wins; the sweep sees the new status next time), and a person who acts on a locked order waits, then
loses the compare-and-set with the usual 409. Every sweep is idempotent: what it did leaves its orders out
of its own query (a new status, or the notice recorded on the row).

All instants are the database's `now()`, the clock `status_changed_at` is written with.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.email.kinds import EmailKind
from app.email.outbox import enqueue_email
from app.models import Order, User
from app.notifications.service import Kind, notify
from app.orders import queries
from app.orders.deadlines import Deadlines, reminder_lead
from app.orders.state_machine import Action
from app.orders.statuses import OrderStatus
from app.orders.transitions import system_move

# Orders one sweep acts on in one transaction: the locks it holds stay short, and a backlog (the first run
# after a deploy) is worked through batch by batch, each committed.
BATCH = 200

NOW = sa.func.now()


@dataclass(frozen=True, slots=True)
class Due:
    """One timed status: what the system does when its period has passed, and what it says."""

    status: OrderStatus
    action: Action
    deadline: str  # names the deadline in reminders: "expiry" or "auto_complete"


EXPIRY = Due(OrderStatus.PENDING_PAYMENT, Action.EXPIRE, "expiry")
AUTO_COMPLETION = Due(OrderStatus.SUBMITTED, Action.AUTO_COMPLETE, "auto_complete")
TIMED = (EXPIRY, AUTO_COMPLETION)


def system_reason(due: Due, period: timedelta) -> str:
    """The timeline's reason, as a person reads it, in the unit each setting is given in: "Not paid within
    72 hours", "Approved automatically 3 days after delivery"."""
    if due is EXPIRY:
        hours = round(period.total_seconds() / 3600)
        return f"Not paid within {hours} hour{'s' if hours != 1 else ''}"
    days = period.days
    return f"Approved automatically {days} day{'s' if days != 1 else ''} after delivery"


def _locked_due(due: Due, changed_before: Any, *, extra: Any = None) -> Any:
    """The orders in `due.status` that changed before `changed_before`, undisputed (a dispute pauses the
    timers: an admin decides those), oldest first, locked for this transaction."""
    return (
        queries.orders_with_parties(dispute_flag=False)
        .where(
            col(Order.status) == due.status,
            col(Order.status_changed_at) <= changed_before,
            ~queries.HAS_OPEN_DISPUTE,
            sa.true() if extra is None else extra,
        )
        .order_by(col(Order.status_changed_at))
        .limit(BATCH)
        .with_for_update(of=Order, skip_locked=True)
    )


async def move_overdue(session: AsyncSession, due: Due, deadlines: Deadlines) -> int:
    """Expire or auto-complete one batch of orders past their deadline; how many were moved."""
    period = deadlines.period(due.status)
    assert period is not None  # a timed status has a period
    rows = (await session.exec(_locked_due(due, NOW - period))).all()
    for order, client, freelancer in rows:
        await system_move(
            session, order, client, freelancer, due.action, system_reason(due, period)
        )
    return len(rows)


async def send_reminders(session: AsyncSession, due: Due, deadlines: Deadlines) -> int:
    """Remind the party who must act (the client, in both timed statuses) once per period, a day before
    its deadline: a notification and a mail. `reminder_sent_for` holds the period's start, so an order that
    comes back to the status (a rejected payment) is reminded again."""
    period = deadlines.period(due.status)
    assert period is not None
    not_yet = col(Order.reminder_sent_for).is_distinct_from(col(Order.status_changed_at))
    still_open = col(Order.status_changed_at) > NOW - period  # past the deadline: the move is next
    query = _locked_due(due, NOW - (period - reminder_lead(period)), extra=not_yet & still_open)
    rows = (await session.exec(query)).all()
    for order, client, _ in rows:
        await session.exec(
            update(Order)
            .where(col(Order.id) == order.id)
            .values(reminder_sent_for=col(Order.status_changed_at))
        )
        deadline_at = order.status_changed_at + period
        await _remind(session, order, client, due, deadline_at)
    return len(rows)


async def _remind(
    session: AsyncSession, order: Order, client: User, due: Due, deadline_at: datetime
) -> None:
    await notify(
        session,
        client.id,
        Kind.ORDER_REMINDER,
        {
            "order_id": str(order.id),
            "reference_code": order.reference_code,
            "gig_title": order.gig_title,
            "status": order.status,
            "deadline": due.deadline,
            "deadline_at": deadline_at.isoformat(),
        },
    )
    if not client.email_reminders:
        return
    await enqueue_email(
        session,
        to_address=client.email,
        kind=EmailKind.ORDER_REMINDER,
        payload={
            "order_id": str(order.id),
            "reference_code": order.reference_code,
            "gig_title": order.gig_title,
            "action": "pay for the order, or it will be cancelled"
            if due is EXPIRY
            else "approve the delivery or ask for a revision, or it will be approved automatically",
            "deadline": _readable(deadline_at),
        },
        # One per period: a second sweep (or worker) finds the key taken and queues nothing.
        dedupe_key=f"order_reminder:{order.id}:{due.deadline}:{int(order.status_changed_at.timestamp())}",
        user_id=client.id,
    )


def _readable(instant: datetime) -> str:
    """ "3 December 2026, 14:00 UTC": mail has no viewer's time zone to show it in."""
    utc = instant.astimezone(UTC)
    return f"{utc.day} {utc:%B %Y, %H:%M} UTC"


async def flag_late(session: AsyncSession) -> int:
    """Tell both parties, once, that work is overdue: `due_at` passed before the freelancer submitted it."""
    query = (
        queries.orders_with_parties(dispute_flag=False)
        .where(
            col(Order.status).in_(queries.WORK_OWED),
            col(Order.late_notified_at).is_(None),
            col(Order.due_at) < NOW,
        )
        .order_by(col(Order.due_at))
        .limit(BATCH)
        .with_for_update(of=Order, skip_locked=True)
    )
    rows = (await session.exec(query)).all()
    for order, _, _ in rows:
        await session.exec(
            update(Order).where(col(Order.id) == order.id).values(late_notified_at=NOW)
        )
        payload = {
            "order_id": str(order.id),
            "reference_code": order.reference_code,
            "gig_title": order.gig_title,
            "status": order.status,
            "due_at": order.due_at.isoformat() if order.due_at else None,
        }
        for party in (order.client_id, order.freelancer_id):
            await notify(session, party, Kind.ORDER_LATE, payload)
    return len(rows)
