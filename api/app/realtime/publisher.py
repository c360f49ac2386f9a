"""Handing a request's notifications to the broker — called only after its transaction commits."""

import logging

from app.models import Notification
from app.realtime.broker import Broker
from app.realtime.frames import encode, notification_frame

logger = logging.getLogger(__name__)


async def publish_committed(broker: Broker, notifications: list[Notification]) -> None:
    for notification in notifications:
        try:
            await broker.publish(notification.user_id, encode(notification_frame(notification)))
        except Exception:
            # The row is committed; the client will fetch it on its next catch-up.
            logger.exception("could not publish notification %s", notification.id)
