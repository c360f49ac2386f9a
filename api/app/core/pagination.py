"""Keyset pagination: `?limit=` and an opaque `cursor`, answered as `{"items": [...], "next_cursor"}`.

A cursor is the sort key of the last row served, so pages stay stable while rows are inserted.
"""

import base64
import binascii
import json
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel

from app.core.errors import InvalidInput

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
Cursor = Annotated[
    str | None,
    Query(max_length=512, description="`next_cursor` of the previous page; omit for the first."),
]


ItemT = TypeVar("ItemT")


class Page(BaseModel, Generic[ItemT]):
    items: list[ItemT]
    next_cursor: str | None


def encode_cursor(kind: str, key: list[Any]) -> str:
    raw = json.dumps({"k": kind, "v": key}, separators=(",", ":"), default=str)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, kind: str, length: int) -> list[Any]:
    """The key inside a cursor made by `encode_cursor(kind, ...)`; anything else is a 422."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("Invalid cursor") from exc
    if not isinstance(data, dict) or data.get("k") != kind:
        raise InvalidInput("This cursor belongs to a different listing or sort order")
    key = data.get("v")
    if not isinstance(key, list) or len(key) != length:
        raise InvalidInput("Invalid cursor")
    return key
