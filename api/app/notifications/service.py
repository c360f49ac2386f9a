"""Writing notifications. They are rows in the same transaction as what they announce; the realtime
layer delivers them only after that transaction commits (see `app.core.db.get_session`)."""

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, func, select, update
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.datastructures import State

from app.core.after_commit import after_commit
from app.core.db import run_core
from app.models import Notification
from app.models.base import table_of
from app.notifications.schemas import MarkReadIn, NotificationOut, NotificationPage, UnreadOut
from app.realtime.frames import encode
from app.realtime.publisher import publish_committed, publish_committed_frame


class Kind:
    MESSAGE_NEW = "message.new"
    ORDER_UPDATED = "order.updated"
    # An admin suspended one of the user's gigs or lifted the suspension; the payload has the reason.
    GIG_MODERATED = "gig.moderated"
    # The other party reviewed an order of theirs; the payload names the order, so its page updates.
    REVIEW_NEW = "review.new"
    # The timers (DESIGN §13): a deadline is 24 h away (to the party who must act), and work is overdue (to both).
    ORDER_REMINDER = "order.reminder"
    ORDER_LATE = "order.late"


# Messages are counted by the Messages badge (unread messages), so the bell leaves them out and
# nothing is counted twice. Every other kind, present or future, is the bell's.
IN_BELL = col(Notification.kind) != Kind.MESSAGE_NEW


async def notify(
    session: AsyncSession, user_id: uuid.UUID, kind: str, payload: Mapping[str, Any]
) -> Notification:
    notification = Notification(user_id=user_id, kind=kind, payload=dict(payload))
    session.add(notification)
    await session.flush()  # assigns the id that clients catch up from

    async def publish(state: State) -> None:
        await publish_committed(state.realtime.broker, [notification])

    after_commit(session, publish)
    return notification


async def notify_all(
    session: AsyncSession,
    kind: str,
    recipients: list[tuple[uuid.UUID, Mapping[str, Any]]],
    *,
    with_writes: Sequence[Any] = (),
) -> None:
    """One notification per (user, payload), written in one statement together with `with_writes` (INSERTs of
    what the notifications go with, such as their mail, run as CTEs); frames published after commit."""
    if not recipients:  # nobody to tell: the other writes alone
        for write in with_writes:
            await run_core(session, write)
        return
    notifications = table_of(Notification)
    statement: Any = (
        sa.insert(notifications)
        .values(
            [{"user_id": user, "kind": kind, "payload": dict(data)} for user, data in recipients]
        )
        .returning(notifications.c.id, notifications.c.created_at)
    )
    for n, write in enumerate(with_writes):
        statement = statement.add_cte(write.cte(f"write_{n}"))
    rows = (await run_core(session, statement)).all()
    for (user, data), row in zip(recipients, rows, strict=True):
        frame = {"type": kind, "id": row.id, "data": data, "created_at": row.created_at.isoformat()}
        publish_after_commit(session, user, encode(frame))


def publish_after_commit(session: AsyncSession, user_id: uuid.UUID, frame: str) -> None:
    """For a notification a service wrote in its own statement: `frame` goes to the user's sockets once the
    request's transaction has committed (`app.realtime.frames.encoded_notification_frame` builds it)."""

    async def publish(state: State) -> None:
        await publish_committed_frame(state.realtime.broker, user_id, frame)

    after_commit(session, publish)


async def list_page(
    session: AsyncSession, user_id: uuid.UUID, after: int | None, limit: int
) -> NotificationPage:
    """Without `after`, the newest (the menu); with it, what came after, oldest first (catching up)."""
    if after is None:
        items, more = await list_latest(session, user_id, limit), False
    else:
        items, more = await list_after(session, user_id, after, limit)
    bell = await bell_state(session, user_id)
    return NotificationPage(
        items=[NotificationOut.model_validate(item) for item in items],
        next_cursor=str(items[-1].id) if more else None,
        unread_count=bell.unread_count,
        latest_id=bell.latest_id,
    )


async def mark_read_and_count(
    session: AsyncSession, user_id: uuid.UUID, which: MarkReadIn
) -> UnreadOut:
    await mark_read(session, user_id, which)
    return await bell_state(session, user_id)


async def list_after(
    session: AsyncSession, user_id: uuid.UUID, after: int, limit: int
) -> tuple[list[Notification], bool]:
    """Oldest first from `after`, so a reconnecting client replays what it missed in order."""
    rows = (
        await session.exec(
            select(Notification)
            .where(col(Notification.user_id) == user_id, col(Notification.id) > after)
            .order_by(col(Notification.id))
            .limit(limit + 1)
        )
    ).all()
    return list(rows[:limit]), len(rows) > limit


async def list_latest(session: AsyncSession, user_id: uuid.UUID, limit: int) -> list[Notification]:
    """Newest first, for the notifications menu (the bell)."""
    rows = await session.exec(
        select(Notification)
        .where(col(Notification.user_id) == user_id, IN_BELL)
        .order_by(col(Notification.id).desc())
        .limit(limit)
    )
    return list(rows.all())


async def bell_state(session: AsyncSession, user_id: uuid.UUID) -> UnreadOut:
    """The bell's unread count and the newest notification of any kind, from one snapshot, so a
    client can tell which of the notifications it holds the count already includes."""
    unread = sa.and_(col(Notification.read_at).is_(None), IN_BELL)
    count, newest = (
        await session.exec(
            select(func.count().filter(unread), func.max(Notification.id)).where(
                col(Notification.user_id) == user_id
            )
        )
    ).one()
    return UnreadOut(unread_count=count, latest_id=newest)


async def mark_read(session: AsyncSession, user_id: uuid.UUID, which: MarkReadIn) -> None:
    conditions: list[Any] = []
    if which.up_to_id is not None:
        conditions.append(col(Notification.id) <= which.up_to_id)
    if which.ids is not None:
        conditions.append(col(Notification.id).in_(which.ids))
    if which.order_id is not None:
        conditions += [IN_BELL, _payload_text("order_id") == str(which.order_id)]
    await _mark(session, user_id, conditions)


async def mark_messages_read(
    session: AsyncSession, user_id: uuid.UUID, sender_id: uuid.UUID, order_id: uuid.UUID | None
) -> None:
    """The conversation with `sender_id` (one order's thread, with `order_id`) was read: its
    notifications are too, so catch-up and the menu agree with the messages themselves."""
    conditions = [
        col(Notification.kind) == Kind.MESSAGE_NEW,
        _payload_text("sender", "id") == str(sender_id),
    ]
    if order_id is not None:
        conditions.append(_payload_text("message", "order_id") == str(order_id))
    await _mark(session, user_id, conditions)


def _payload_text(*path: str) -> Any:
    # `payload #>> '{sender,id}'`: a path, so that nested keys and top-level ones read alike.
    return col(Notification.payload)[path].astext


async def _mark(session: AsyncSession, user_id: uuid.UUID, conditions: list[Any]) -> None:
    mine = [col(Notification.user_id) == user_id, col(Notification.read_at).is_(None)]
    await session.exec(update(Notification).where(*mine, *conditions).values(read_at=sa.func.now()))
