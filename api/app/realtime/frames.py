"""The JSON frames sockets receive (DESIGN §7)."""

import json
from datetime import datetime
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


def encoded_notification_frame(
    kind: str, notification_id: int, payload_json: str, created_at: datetime
) -> str:
    """The frame of a notification whose payload is already JSON: the same text `encode(notification_frame(n))`
    gives, without decoding and encoding the payload again."""
    return (
        f'{{"type":{json.dumps(kind)},"id":{notification_id},"data":{payload_json},'
        f'"created_at":"{created_at.isoformat()}"}}'
    )
