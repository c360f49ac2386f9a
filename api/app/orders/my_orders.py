"""`GET /orders/my` without an ORM session: whether the caller's sign-in still counts and their page of orders,
written as JSON by PostgreSQL (app/orders/order_json.py), in one round trip."""

from app.auth.token import AccessClaims
from app.auth.viewer import require_signed_in, signed_in_query
from app.core.db import Database
from app.core.errors import InvalidInput
from app.core.pagination import decode_cursor, encode_cursor, key_datetime, key_uuid, page_json
from app.core.reads import Query, read
from app.orders.deadlines import Deadlines
from app.orders.order_json import my_orders_statement
from app.orders.state_machine import Actor
from app.orders.statuses import OrderStatus

CURSOR_KIND = "orders"  # the cursor `GET /orders/my` always wrote (`NewestFirst("orders", ...)`)


async def list_my_orders(
    database: Database,
    claims: AccessClaims,
    deadlines: Deadlines,
    role: Actor | None,
    statuses: list[OrderStatus],
    limit: int,
    cursor: str | None,
) -> bytes:
    if role not in (None, Actor.CLIENT, Actor.FREELANCER):
        raise InvalidInput("role must be client or freelancer")
    values: dict[str, object] = {
        "user_id": claims.user_id,
        "page_limit": limit + 1,
        "unpaid_ttl_s": deadlines.unpaid_ttl.total_seconds(),
        "auto_complete_s": deadlines.auto_complete_after.total_seconds(),
    }
    if statuses:
        values["statuses"] = [status.value for status in statuses]
    if cursor is not None:
        raw = decode_cursor(cursor, CURSOR_KIND, 2)
        values["key_0"], values["key_1"] = key_datetime(raw[0]), key_uuid(raw[1])
    page = Query(my_orders_statement(role, bool(statuses), cursor is not None), values)
    viewer, rows = await read(database, [signed_in_query(claims), page])
    require_signed_in(claims, viewer)
    items = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        _, created_at, order_id = items[-1]
        next_cursor = encode_cursor(CURSOR_KIND, [created_at.isoformat(), str(order_id)])
    return page_json([item for item, _, _ in items], next_cursor)
