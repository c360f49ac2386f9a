"""Writing notifications. They are rows in the same transaction as what they announce; the realtime
layer delivers them only after that transaction commits (see `app.core.db.get_session`)."""

import uuid
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, func, select, update
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.datastructures import State

from app.core.after_commit import after_commit
from app.models import Notification
from app.notifications.schemas import NotificationOut, NotificationPage, UnreadOut
from app.realtime.publisher import publish_committed


class Kind:
    MESSAGE_NEW = "message.new"
    ORDER_UPDATED = "order.updated"
    # An admin suspended one of the user's gigs or lifted the suspension; the payload has the reason.
    GIG_MODERATED = "gig.moderated"
    # The other party reviewed an order of theirs; the payload names the order, so its page updates.
    REVIEW_NEW = "review.new"


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


async def list_page(
    session: AsyncSession, user_id: uuid.UUID, after: int | None, limit: int
) -> NotificationPage:
    """Without `after`, the newest (the menu); with it, what came after, oldest first (catching up)."""
    if after is None:
        items, more = await list_latest(session, user_id, limit), False
    else:
        items, more = await list_after(session, user_id, after, limit)
    return NotificationPage(
        items=[NotificationOut.model_validate(item) for item in items],
        next_cursor=str(items[-1].id) if more else None,
        unread_count=await unread_count(session, user_id),
    )


async def mark_read_and_count(
    session: AsyncSession, user_id: uuid.UUID, up_to_id: int | None
) -> UnreadOut:
    await mark_read(session, user_id, up_to_id)
    return UnreadOut(unread_count=await unread_count(session, user_id))


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
    """Newest first, for the notifications menu."""
    rows = await session.exec(
        select(Notification)
        .where(col(Notification.user_id) == user_id)
        .order_by(col(Notification.id).desc())
        .limit(limit)
    )
    return list(rows.all())


async def unread_count(session: AsyncSession, user_id: uuid.UUID) -> int:
    query = (
        select(func.count())
        .select_from(Notification)
        .where(col(Notification.user_id) == user_id, col(Notification.read_at).is_(None))
    )
    return (await session.exec(query)).one()


async def mark_read(session: AsyncSession, user_id: uuid.UUID, up_to_id: int | None) -> None:
    conditions = [col(Notification.user_id) == user_id, col(Notification.read_at).is_(None)]
    if up_to_id is not None:
        conditions.append(col(Notification.id) <= up_to_id)
    await session.exec(update(Notification).where(*conditions).values(read_at=sa.func.now()))
