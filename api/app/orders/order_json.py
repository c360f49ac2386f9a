"""An `OrderOut` as PostgreSQL writes it, for `GET /orders/my` (every dashboard's read): the page leaves the
database as JSON text, and the signed-in check rides in the same round trip (app/core/reads.py).

It must say exactly what `OrderOut` says (`app.orders.queries.to_out`, which `GET /orders/{id}` still uses):
tests/test_order_json.py compares them field for field; a field added to `OrderOut` without a rule here
fails at import.
"""

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from app.core.reads import Compiled
from app.core.sql_json import money, timestamp
from app.models import Dispute, Order, User
from app.models.base import table_of
from app.orders.queries import WORK_OWED
from app.orders.schemas import OrderOut
from app.orders.state_machine import NEXT_ACTOR, Actor
from app.orders.statuses import DisputeStatus, OrderStatus

orders = table_of(Order)
clients = table_of(User).alias("client")
freelancers = table_of(User).alias("freelancer")
disputes = table_of(Dispute)

UNPAID_TTL_S = sa.bindparam("unpaid_ttl_s", type_=sa.Float)
AUTO_COMPLETE_S = sa.bindparam("auto_complete_s", type_=sa.Float)


def _text(value: str) -> sa.ColumnElement[str]:
    return sa.literal_column("'" + value.replace("'", "''") + "'", sa.Text)


def _in(column: sa.ColumnElement[Any], values: frozenset[OrderStatus]) -> sa.ColumnElement[bool]:
    array = "ARRAY[" + ", ".join(f"'{value.value}'" for value in sorted(values)) + "]::text[]"
    return sa.cast(column, sa.Text) == sa.any_(sa.literal_column(array))


_OPEN_DISPUTE = (
    sa.exists()
    .where(disputes.c.order_id == orders.c.id, disputes.c.status == _text(DisputeStatus.OPEN.value))
    .correlate(orders)
)


def _party(users: sa.FromClause) -> sa.ColumnElement[Any]:
    return sa.func.json_build_object(
        _text("id"),
        users.c.id,
        _text("full_name"),
        users.c.full_name,
        _text("avatar_url"),
        users.c.avatar_url,
    )


def _timer(status: OrderStatus, after: sa.BindParameter[Any]) -> sa.ColumnElement[Any]:
    """`Deadlines.expires_at` / `auto_completes_at`: counted from the last status change, none while disputed."""
    due = orders.c.status_changed_at + sa.func.make_interval(0, 0, 0, 0, 0, 0, after)
    return sa.case(
        (sa.and_(orders.c.status == _text(status.value), sa.not_(_OPEN_DISPUTE)), timestamp(due)),
        else_=sa.null(),
    )


def _waiting_for() -> sa.ColumnElement[Any]:
    whens = [
        (orders.c.status == _text(status.value), _text(actor.value))
        for status, actor in NEXT_ACTOR.items()
    ]
    return sa.case(*whens, else_=sa.null())


def _field(name: str) -> sa.ColumnElement[Any]:
    rules: dict[str, Callable[[], sa.ColumnElement[Any]]] = {
        "client": lambda: _party(clients),
        "freelancer": lambda: _party(freelancers),
        "price": lambda: money(orders.c.price),
        "due_at": lambda: timestamp(orders.c.due_at),
        "is_late": lambda: sa.and_(
            orders.c.due_at.is_not(None),
            _in(orders.c.status, WORK_OWED),
            orders.c.due_at < sa.func.now(),
        ),
        "status_changed_at": lambda: timestamp(orders.c.status_changed_at),
        "expires_at": lambda: _timer(OrderStatus.PENDING_PAYMENT, UNPAID_TTL_S),
        "auto_completes_at": lambda: _timer(OrderStatus.SUBMITTED, AUTO_COMPLETE_S),
        "has_open_dispute": lambda: _OPEN_DISPUTE,
        "waiting_for": _waiting_for,
        "created_at": lambda: timestamp(orders.c.created_at),
        "updated_at": lambda: timestamp(orders.c.updated_at),
    }
    if name in rules:
        return rules[name]()
    return orders.c[name]  # a column of the same name and JSON form (a KeyError: add a rule above)


ORDER_JSON = sa.cast(
    sa.func.json_build_object(
        *(part for name in OrderOut.model_fields for part in (_text(name), _field(name)))
    ),
    sa.Text,
).label("item")


@lru_cache(maxsize=32)
def my_orders_statement(role: Actor | None, statuses: bool, after: bool) -> Compiled:
    """A page of the caller's orders, newest first, one row more than asked for (is there a next page?)."""
    me = sa.bindparam("user_id", type_=sa.Uuid)
    mine = {
        Actor.CLIENT: orders.c.client_id == me,
        Actor.FREELANCER: orders.c.freelancer_id == me,
        None: sa.or_(orders.c.client_id == me, orders.c.freelancer_id == me),
    }[role]
    query = (
        sa.select(ORDER_JSON, orders.c.created_at, orders.c.id)
        .select_from(
            orders.join(clients, clients.c.id == orders.c.client_id).join(
                freelancers, freelancers.c.id == orders.c.freelancer_id
            )
        )
        .where(mine)
    )
    if statuses:
        query = query.where(
            sa.cast(orders.c.status, sa.Text)
            == sa.any_(sa.bindparam("statuses", type_=sa.ARRAY(sa.Text)))
        )
    if after:
        key = (
            sa.bindparam("key_0", type_=sa.DateTime(timezone=True)),
            sa.bindparam("key_1", type_=sa.Uuid),
        )
        query = query.where(sa.tuple_(orders.c.created_at, orders.c.id) < sa.tuple_(*key))
    page_limit = sa.bindparam("page_limit", type_=sa.Integer)
    return Compiled.of(
        query.order_by(orders.c.created_at.desc(), orders.c.id.desc()).limit(page_limit)
    )
