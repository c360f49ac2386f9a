"""Writing notifications. They are rows in the same transaction as what they announce; the realtime
layer delivers them only after that transaction commits (see `app.core.db.get_session`)."""

import uuid
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Notification

PENDING_KEY = "pending_notifications"


class Kind:
    MESSAGE_NEW = "message.new"
    ORDER_UPDATED = "order.updated"


async def notify(
    session: AsyncSession, user_id: uuid.UUID, kind: str, payload: dict[str, Any]
) -> Notification:
    notification = Notification(user_id=user_id, kind=kind, payload=payload)
    session.add(notification)
    await session.flush()  # assigns the id that clients catch up from
    session.info.setdefault(PENDING_KEY, []).append(notification)
    return notification


def pending_notifications(session: AsyncSession) -> list[Notification]:
    """Notifications written in this session and not yet handed to the realtime layer."""
    pending: list[Notification] = session.info.pop(PENDING_KEY, [])
    return pending
