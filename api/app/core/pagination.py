"""Keyset pagination: `?limit=` and an opaque `cursor`, answered as `{"items": [...], "next_cursor"}`.

A cursor is the sort key of the last row served, so pages stay stable while rows are inserted.
"""

import base64
import binascii
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, Protocol, TypeVar

import sqlalchemy as sa
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


def page_json(items: Sequence[str], next_cursor: str | None, **extra: int | bool) -> bytes:
    """A page whose items PostgreSQL already wrote as JSON text (app/core/reads.py), as response bytes."""
    parts = ['{"items":[', ",".join(items), '],"next_cursor":', json.dumps(next_cursor)]
    parts += [f',"{name}":{json.dumps(value)}' for name, value in extra.items()]
    parts.append("}")
    return "".join(parts).encode()


def encode_cursor(kind: str, key: list[Any]) -> str:
    raw = json.dumps({"k": kind, "v": key}, separators=(",", ":"), default=str)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


INVALID_CURSOR = "This page link is not valid; start again from the first page"
# A cursor's numbers are prices (NUMERIC(12,2)): anything larger was not written by us.
_MAX_CURSOR_DECIMAL = Decimal("1e10")


def _invalid(exc: Exception | None = None) -> InvalidInput:
    error = InvalidInput(INVALID_CURSOR, "invalid_cursor", field="cursor")
    error.__cause__ = exc
    return error


def decode_cursor(cursor: str, kind: str, length: int) -> list[Any]:
    """The key inside a cursor made by `encode_cursor(kind, ...)`; anything else is a 422. The parts are
    not trusted yet: read each one with `key_part`."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise _invalid(exc) from exc
    if not isinstance(data, dict) or data.get("k") != kind:
        raise InvalidInput(
            "This page link belongs to a different listing or sort order",
            "invalid_cursor",
            field="cursor",
        )
    key = data.get("v")
    if not isinstance(key, list) or len(key) != length:
        raise _invalid()
    return key


# Each part of a cursor's key, read as the kind the listing sorts by. Cursors we write hold strings only; a
# number, list or object in their place (or a price of 1e999999) is a forged cursor, and a 422.


def _key_text(value: object) -> str:
    if not isinstance(value, str):
        raise _invalid()
    return value


def key_datetime(value: object) -> datetime:
    try:
        return datetime.fromisoformat(_key_text(value))
    except ValueError as exc:
        raise _invalid(exc) from exc


def key_uuid(value: object) -> uuid.UUID:
    try:
        return uuid.UUID(_key_text(value))
    except ValueError as exc:
        raise _invalid(exc) from exc


def key_count(value: object) -> int:
    """A count (sort=popular's key), as the cursor stores it: a JSON integer."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**31:
        raise _invalid()
    return value


def key_decimal(value: object) -> Decimal:
    try:
        number = Decimal(_key_text(value))
    except ArithmeticError as exc:
        raise _invalid(exc) from exc
    if not number.is_finite() or abs(number) >= _MAX_CURSOR_DECIMAL:
        raise _invalid()
    return number


SelectT = TypeVar("SelectT", bound=sa.Select[*tuple[Any, ...]])


class Timestamped(Protocol):
    """What a newest-first list is sorted by: every table row and response item of such a list has it."""

    @property
    def created_at(self) -> datetime: ...
    @property
    def id(self) -> uuid.UUID: ...


RowT = TypeVar("RowT", bound=Timestamped)


@dataclass(frozen=True)
class NewestFirst:
    """Keyset pagination on (created_at, id), newest first — the order of every timeline-like list
    (orders, messages, reviews, admin tables). `kind` keeps one list's cursor out of another."""

    kind: str
    created_at: Any
    id: Any

    def apply(self, query: SelectT, cursor: str | None, limit: int) -> SelectT:
        """Continue after the cursor, newest first, fetching one extra row to learn if more exist."""
        if cursor is not None:
            raw = decode_cursor(cursor, self.kind, 2)
            key = (key_datetime(raw[0]), key_uuid(raw[1]))
            query = query.where(sa.tuple_(self.created_at, self.id) < sa.tuple_(*key))
        return query.order_by(self.created_at.desc(), self.id.desc()).limit(limit + 1)

    def page(
        self, rows: Sequence[RowT], limit: int
    ) -> "Page[RowT]":  # quoted: pydantic would build a schema for the bound
        """The first `limit` rows, and the cursor for the next page when there is one."""
        items = list(rows[:limit])
        if len(rows) <= limit:
            return Page(items=items, next_cursor=None)
        last = items[-1]
        cursor = encode_cursor(self.kind, [last.created_at.isoformat(), str(last.id)])
        return Page(items=items, next_cursor=cursor)
