"""The two statements of a person's move on an order, and the one a timer's move shares (DESIGN §7, §13).

1. `read_for_move`: the caller's sign-in (what `CurrentUser` refuses), the order with both parties and whether
   a dispute is open, and the order's timeline, proofs and disputes as JSON — one round trip, so the route
   needs no `CurrentUser` of its own and the answer needs no read after the write.
2. `write_move`: the compare-and-set and everything the move writes with it, as one statement. Each part is a
   CTE that reads from `moved`, the UPDATE of the order that only matches while the order still has the
   status the move was decided on: when another request moved it first, `moved` is empty, so is everything
   else, and the caller answers 409 (its transaction rolls back whatever else it wrote). The parts:
   - `recorded`: the timeline's event;
   - `answered`: the freelancer's answer to the pending payment proof (confirm or reject);
   - `settled`: the open disputes an end state resolves;
   - the seller stats of a completion (`app.users.seller_stats.COMPLETION_CTES`);
   - `told`: a notification for each other party, delivered live after commit;
   - `mailed`: the event's mail (`app.email.order_mail`), skipped when its dedupe key was queued before.
   The text is written once per shape (which optional parts it has); every value is a parameter.
"""

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.auth.revocation import account_gone, refusal
from app.auth.token import AccessClaims
from app.core.errors import NotFound
from app.core.reads import Compiled
from app.email.outbox import Mail
from app.models import Order, RevokedSession, User
from app.models.base import table_of
from app.notifications.service import Kind
from app.orders.detail import DISPUTES_JSON, EVENTS_JSON, PROOFS_JSON
from app.orders.queries import OPEN_DISPUTE, Caller, LoadedOrder, role_of
from app.orders.state_machine import ProofAnswer
from app.orders.statuses import DisputeStatus, OrderStatus, PaymentStatus
from app.users.seller_stats import COMPLETION_CTES

orders = table_of(Order)
users = table_of(User)
_viewer, _client, _freelancer = (users.alias(name) for name in ("viewer", "client", "freelancer"))
# What the answer and the mail need of each party (`queries.OrderParty`): a handful of columns, not the row.
_PARTY_COLUMNS = (
    "id",
    "email",
    "full_name",
    "avatar_url",
    "email_order_updates",
    "payment_instructions",
)


def _object(*pairs: tuple[str, Any]) -> sa.ColumnElement[Any]:
    """json_build_object of (name, value) pairs; the names are constants of this module."""
    parts: list[Any] = []
    for name, value in pairs:
        parts += [sa.literal_column(f"'{name}'"), value]
    return sa.func.json_build_object(*parts)


def _party(users: sa.FromClause) -> sa.ColumnElement[Any]:
    return _object(*((name, users.c[name]) for name in _PARTY_COLUMNS))


# Compiled once to the driver's SQL: only the caller, their sign-in and the order change between requests. The
# viewer's row leads, so an order that does not exist still tells a deleted account (401) from a missing order
# (404). One column of JSON text: a driver and a result set spend more on each column they describe than on the
# value, and a read of forty columns is mostly that. Decimals are read back as Decimals (`_decoded`).
_READ = Compiled.of(
    sa.select(
        sa.cast(
            _object(
                ("order", sa.func.row_to_json(sa.literal_column("orders"))),
                ("client", _party(_client)),
                ("freelancer", _party(_freelancer)),
                ("has_open_dispute", OPEN_DISPUTE),
                ("is_admin", _viewer.c.is_admin),
                ("is_banned", _viewer.c.is_banned),
                ("tokens_valid_after", _viewer.c.tokens_valid_after),
                (
                    "session_revoked",
                    sa.exists().where(
                        col(RevokedSession.user_id) == _viewer.c.id,
                        col(RevokedSession.auth_time)
                        == sa.bindparam("auth_time", type_=sa.BigInteger),
                    ),
                ),
                *(
                    (name, sa.literal_column(part.format(order="orders.id")))
                    for name, part in (
                        ("events", EVENTS_JSON),
                        ("proofs", PROOFS_JSON),
                        ("disputes", DISPUTES_JSON),
                    )
                ),
            ),
            sa.Text,
        )
    )
    .select_from(
        _viewer.outerjoin(orders, orders.c.id == sa.bindparam("order_id", type_=sa.Uuid))
        .outerjoin(_client, _client.c.id == orders.c.client_id)
        .outerjoin(_freelancer, _freelancer.c.id == orders.c.freelancer_id)
    )
    .where(_viewer.c.id == sa.bindparam("user_id", type_=sa.Uuid))
)


@dataclass(frozen=True, slots=True)
class PartyRow:
    """A party of the order, as the read for a move has it (`queries.OrderParty`)."""

    id: uuid.UUID
    email: str
    full_name: str
    avatar_url: str | None
    email_order_updates: bool
    payment_instructions: str

    @classmethod
    def of(cls, read: dict[str, Any]) -> "PartyRow":
        return cls(**{**read, "id": uuid.UUID(read["id"])})


@dataclass(frozen=True, slots=True)
class SignedInCaller:
    """The signed-in caller of a move: all a move needs of them."""

    id: uuid.UUID
    is_admin: bool


class ReadForMove(NamedTuple):
    caller: SignedInCaller
    loaded: LoadedOrder
    # The order's lists as they stood before the move, as PostgreSQL wrote them (`app.orders.detail`).
    events: list[dict[str, Any]]
    proofs: list[dict[str, Any]]
    disputes: list[dict[str, Any]]


async def read_for_move(
    session: AsyncSession, order_id: uuid.UUID, claims: AccessClaims
) -> ReadForMove:
    """Refuses what `CurrentUser` refuses (a deleted account 401, a ban 403, a revoked sign-in 401), then,
    like `queries.load_for`, a caller who is neither a party nor an admin (404: strangers cannot even learn
    that the order exists). The order becomes a detached object: nothing here is written through the ORM."""
    values = {"user_id": claims.user_id, "auth_time": claims.auth_time, "order_id": order_id}
    connection = await session.connection()
    row = (await connection.exec_driver_sql(_READ.sql, _READ.bind(values))).first()
    if row is None:
        raise account_gone()
    read = json.loads(row[0], parse_float=Decimal)  # the order's price, to the cent
    revoked_after = read["tokens_valid_after"]
    refused = refusal(
        claims,
        banned=read["is_banned"],
        session_revoked=read["session_revoked"],
        tokens_valid_after=datetime.fromisoformat(revoked_after) if revoked_after else None,
    )
    if refused is not None:
        raise refused
    caller = SignedInCaller(claims.user_id, read["is_admin"])
    if read["order"] is None:
        raise NotFound("Order not found")
    order = Order.model_validate(read["order"])  # the columns' types back from their JSON forms
    role = role_of(order, caller)
    if role is None:
        raise NotFound("Order not found")
    client, freelancer = (PartyRow.of(read[party]) for party in ("client", "freelancer"))
    has_open_dispute = read["has_open_dispute"]
    events, proofs, disputes = read["events"], read["proofs"], read["disputes"]
    loaded = LoadedOrder(order, client, freelancer, has_open_dispute, role)
    return ReadForMove(caller, loaded, events, proofs, disputes)


@dataclass(frozen=True, slots=True)
class Move:
    """Everything one move writes, for `write_move`."""

    order: Order
    from_status: OrderStatus  # what the move was decided on
    to: OrderStatus
    payment: PaymentStatus | None
    sets_due: bool
    event_id: uuid.UUID
    actor: Caller | None  # None: the system (a timer)
    action: str  # the timeline's action (an EventAction's value)
    reason: str | None
    files: list[dict[str, Any]]
    answers_proof: ProofAnswer | None
    resolution: (
        str | None
    )  # with it, the open disputes are settled (a person's move to an end state)
    notify: list[uuid.UUID]  # who gets an `order.updated` notification
    payload: str  # the notification's payload, as JSON text
    mails: list[Mail]


class Moved(NamedTuple):
    """What the statement says of the move it made."""

    event_at: datetime
    notified: dict[uuid.UUID, int]  # recipient → notification id
    now: datetime  # the transaction's now(): when the proof was answered and the disputes settled


_MOVED = """moved AS (
        UPDATE orders SET
            status = %(to)s,
            payment_status = coalesce(%(payment)s, payment_status),
            due_at = CASE WHEN %(sets_due)s THEN now() + make_interval(days => delivery_days)
                          ELSE due_at END,
            updated_at = now(),
            status_changed_at = now()  -- the timers count from here
        WHERE id = %(order_id)s AND status = %(from)s
        RETURNING *
    )"""
_RECORDED = """recorded AS (
        INSERT INTO order_events (id, order_id, actor_id, action, from_status, to_status, reason, files)
        SELECT %(event_id)s, moved.id, %(actor_id)s, %(action)s, %(from)s, moved.status, %(reason)s,
               CAST(%(files)s AS jsonb)
        FROM moved
        RETURNING created_at
    )"""
# The recipients and the mails travel as one JSON parameter each: one text for the driver to send, however
# many there are.
_TOLD = """told AS (
        INSERT INTO notifications (user_id, kind, payload)
        SELECT CAST(recipient AS uuid), %(kind)s, CAST(%(payload)s AS jsonb)
        FROM moved, jsonb_array_elements_text(CAST(%(recipients)s AS jsonb)) AS recipient
        RETURNING id, user_id
    )"""
_MAILED = """mailed AS (
        INSERT INTO email_outbox (user_id, to_address, kind, payload, dedupe_key)
        SELECT mail.*
        FROM moved, jsonb_to_recordset(CAST(%(mails)s AS jsonb))
            AS mail(user_id uuid, to_address text, kind text, payload jsonb, dedupe_key text)
        ON CONFLICT (dedupe_key) DO NOTHING
    )"""
# At most one proof is pending: a new one can only be submitted after the last was answered. A rejection
# frees its transaction ID.
_ANSWERED = """answered AS (
        UPDATE payment_proofs SET {answer}
        FROM moved
        WHERE payment_proofs.order_id = moved.id
          AND NOT payment_proofs.verified AND payment_proofs.rejected_at IS NULL
    )"""
_ANSWERS = {
    ProofAnswer.VERIFIED: _ANSWERED.format(answer="verified = true"),
    ProofAnswer.REJECTED: _ANSWERED.format(answer="rejected_at = now()"),
}
_SETTLED = """settled AS (
        UPDATE disputes SET status = 'RESOLVED', resolution = %(resolution)s,
               resolved_by = %(actor_id)s, resolved_at = now()
        FROM moved
        WHERE disputes.order_id = moved.id AND disputes.status = 'OPEN'
    )"""
assert (DisputeStatus.OPEN.value, DisputeStatus.RESOLVED.value) == ("OPEN", "RESOLVED")
# One column of JSON text, as the read (`_READ`): the timestamps, and recipient → notification id.
_ANSWER = """
SELECT CAST(json_build_object(
    'event_at', (SELECT created_at FROM recorded),
    'notified', (SELECT json_object_agg(user_id, id) FROM told),
    'now', now(),
    'due_at', moved.due_at,
    'updated_at', moved.updated_at,
    'status_changed_at', moved.status_changed_at
) AS text)
FROM moved"""


@lru_cache(maxsize=16)
def _statement(answers_proof: ProofAnswer | None, settles: bool, completes: bool) -> str:
    parts = [_MOVED, _RECORDED, _TOLD, _MAILED]
    if answers_proof is not None:
        parts.append(_ANSWERS[answers_proof])
    if settles:
        parts.append(_SETTLED)
    if completes:
        parts.append(COMPLETION_CTES)
    return "WITH " + ",\n".join(parts) + _ANSWER


async def write_move(session: AsyncSession, move: Move) -> Moved | None:
    """The move, in the session's transaction; None when the order no longer had its status (a lost race:
    nothing was written). The loaded order gets the columns the database set (`keep`)."""
    order = move.order
    completes = move.to is OrderStatus.COMPLETED
    sql = _statement(move.answers_proof, move.resolution is not None, completes)
    values = {
        "order_id": order.id,
        "from": move.from_status.value,
        "to": move.to.value,
        "payment": move.payment.value if move.payment else None,
        "sets_due": move.sets_due,
        "event_id": move.event_id,
        "actor_id": move.actor.id if move.actor else None,
        "action": move.action,
        "reason": move.reason,
        "files": json.dumps(move.files),
        "kind": Kind.ORDER_UPDATED,
        "payload": move.payload,
        "recipients": json.dumps([str(user) for user in move.notify]),
        "mails": json.dumps(move.mails, default=str),  # the user ids: UUIDs
        "resolution": move.resolution,
    }
    connection = await session.connection()
    row = (await connection.exec_driver_sql(sql, values)).first()
    if row is None:
        return None
    answer = json.loads(row[0])
    due_at = answer["due_at"]
    keep(
        order,
        due_at=datetime.fromisoformat(due_at) if due_at else None,
        updated_at=datetime.fromisoformat(answer["updated_at"]),
        status_changed_at=datetime.fromisoformat(answer["status_changed_at"]),
    )
    notified = {uuid.UUID(user): id_ for user, id_ in (answer["notified"] or {}).items()}
    return Moved(
        datetime.fromisoformat(answer["event_at"]), notified, datetime.fromisoformat(answer["now"])
    )


def keep(order: Order, **values: Any) -> None:
    """Set what the database holds (or will once the move is written) on the loaded order, without marking
    it changed: the session must not write it again."""
    for name, value in values.items():
        set_committed_value(order, name, value)
