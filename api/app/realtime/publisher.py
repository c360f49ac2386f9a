"""Handing a request's notifications to the broker — called only after its transaction commits."""

import logging
import uuid

from app.models import Notification
from app.realtime.broker import Broker
from app.realtime.frames import encode, notification_frame
from app.realtime.hub import SIGNED_OUT_SIGNAL

logger = logging.getLogger(__name__)


async def publish_committed(broker: Broker, notifications: list[Notification]) -> None:
    for notification in notifications:
        try:
            await broker.publish(notification.user_id, encode(notification_frame(notification)))
        except Exception:
            # The row is committed; the client will fetch it on its next catch-up.
            logger.exception("could not publish notification %s", notification.id)


async def publish_committed_frame(broker: Broker, user_id: uuid.UUID, frame: str) -> None:
    """A frame built while the request ran (one encoding, whatever the number of sockets), after commit."""
    try:
        await broker.publish(user_id, frame)
    except Exception:
        logger.exception("could not publish a frame to user %s", user_id)


async def close_sockets_of(broker: Broker, user_id: uuid.UUID) -> None:
    """Every instance closes this user's sockets (their tokens were revoked, or they were banned)."""
    try:
        await broker.publish(user_id, SIGNED_OUT_SIGNAL)
    except Exception:
        # Each socket re-checks its session within WS_SESSION_RECHECK_S anyway (app.realtime.socket).
        logger.exception("could not publish the sign-out of user %s", user_id)
