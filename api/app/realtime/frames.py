"""The JSON frames sockets receive (DESIGN §7)."""

import json
from typing import Any

from app.models import Notification


def notification_frame(notification: Notification) -> dict[str, Any]:
    return {
        "type": notification.kind,
        "id": notification.id,
        "data": notification.payload,
        "created_at": notification.created_at.isoformat() if notification.created_at else None,
    }


def encode(frame: dict[str, Any]) -> str:
    return json.dumps(frame, separators=(",", ":"), default=str)
