"""The admin's tables: users, orders, the disputes queue, a disputed order's messages and the audit
log, newest first."""

import uuid
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.admin.schemas import AdminUserOut, AuditEntryOut, DisputeQueueItem
from app.core.errors import Forbidden, NotFound
from app.core.pagination import NewestFirst, Page
from app.messages.schemas import MessageOut
from app.models import AuditLog, Dispute, Gig, Message, Order, PaymentProof, User
from app.orders import queries
from app.orders.deadlines import Deadlines
from app.orders.schemas import OrderOut, PaymentProofOut
from app.orders.statuses import DisputeStatus, OrderStatus
from app.users.schemas import party

USERS_PAGE = NewestFirst("admin-users", col(User.created_at), col(User.id))
ORDERS_PAGE = NewestFirst("admin-orders", col(Order.created_at), col(Order.id))
DISPUTES_PAGE = NewestFirst("disputes", col(Dispute.created_at), col(Dispute.id))
AUDIT_PAGE = NewestFirst("audit", col(AuditLog.created_at), col(AuditLog.id))
ORDER_MESSAGES_PAGE = NewestFirst("admin-order-messages", col(Message.created_at), col(Message.id))


async def list_users(
    session: AsyncSession, q: str | None, banned: bool | None, limit: int, cursor: str | None
) -> Page[AdminUserOut]:
    query = select(User)
    if q:
        query = query.where(
            or_(
                col(User.email).icontains(q, autoescape=True),
                col(User.full_name).icontains(q, autoescape=True),
            )
        )
    if banned is not None:
        query = query.where(col(User.is_banned) == banned)
    rows = (await session.exec(USERS_PAGE.apply(query, cursor, limit))).all()
    return USERS_PAGE.page([AdminUserOut.model_validate(user) for user in rows], limit)


async def list_orders(
    session: AsyncSession,
    status: OrderStatus | None,
    q: str | None,
    limit: int,
    cursor: str | None,
    deadlines: Deadlines,
) -> Page[OrderOut]:
    query = queries.orders_with_parties()
    if status is not None:
        query = query.where(col(Order.status) == status)
    if q:
        query = query.where(_order_matches(q))
    rows = (await session.exec(ORDERS_PAGE.apply(query, cursor, limit))).all()
    items = [
        queries.to_out(order, client, freelancer, has_open, deadlines)
        for order, client, freelancer, has_open in rows
    ]
    return ORDERS_PAGE.page(items, limit)


async def orders_near_deadline(
    session: AsyncSession, deadlines: Deadlines, within_hours: int, limit: int
) -> list[OrderOut]:
    """Each timed status read on its own partial index (oldest change = soonest deadline), then merged."""
    horizon = timedelta(hours=within_hours)
    found = []
    for status, period in (
        (OrderStatus.PENDING_PAYMENT, deadlines.unpaid_ttl),
        (OrderStatus.SUBMITTED, deadlines.auto_complete_after),
    ):
        query = (
            queries.orders_with_parties()
            .where(
                col(Order.status) == status,
                col(Order.status_changed_at) <= sa.func.now() - (period - horizon),
                ~queries.HAS_OPEN_DISPUTE,  # paused: the admin decides these
            )
            .order_by(col(Order.status_changed_at), col(Order.id))
            .limit(limit)
        )
        found += [
            queries.to_out(order, client, freelancer, has_open, deadlines)
            for order, client, freelancer, has_open in (await session.exec(query)).all()
        ]
    found.sort(key=lambda order: order.expires_at or order.auto_completes_at or order.created_at)
    return found[:limit]


def _order_matches(q: str) -> sa.ColumnElement[bool]:
    """An order reference code (as people type it: any case, with or without spaces), or a party's
    name or email."""
    code = "".join(q.split()).upper()
    party_matches = [
        col(person.email).icontains(q, autoescape=True)
        | col(person.full_name).icontains(q, autoescape=True)
        for person in (queries.Client, queries.Freelancer)
    ]
    return sa.or_(col(Order.reference_code) == code, *party_matches)


async def list_disputes(
    session: AsyncSession,
    status: DisputeStatus | None,
    limit: int,
    cursor: str | None,
    deadlines: Deadlines,
) -> Page[DisputeQueueItem]:
    opener = aliased(User, name="opener")
    query = (
        queries.orders_with_parties()
        .add_columns(Dispute, opener)
        .join(Dispute, col(Dispute.order_id) == col(Order.id))
        .join(opener, col(opener.id) == col(Dispute.opened_by))
    )
    if status is not None:
        query = query.where(col(Dispute.status) == status)
    rows = (await session.exec(DISPUTES_PAGE.apply(query, cursor, limit))).all()
    proofs = await _proofs_of(session, [row[0].id for row in rows])
    items = [
        DisputeQueueItem(
            id=dispute.id,
            order_id=order.id,
            order=queries.to_out(order, client, freelancer, has_open, deadlines),
            payment_proofs=proofs.get(order.id, []),
            opened_by=party(opened_by),
            reason=dispute.reason,
            status=dispute.status,
            resolution=dispute.resolution,
            created_at=dispute.created_at,
            resolved_at=dispute.resolved_at,
        )
        for order, client, freelancer, has_open, dispute, opened_by in rows
    ]
    return DISPUTES_PAGE.page(items, limit)


async def _proofs_of(
    session: AsyncSession, order_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[PaymentProofOut]]:
    """The payment proofs of these orders, oldest first, in one query."""
    rows = await session.exec(
        select(PaymentProof)
        .where(col(PaymentProof.order_id).in_(order_ids))
        .order_by(col(PaymentProof.submitted_at))
    )
    proofs: dict[uuid.UUID, list[PaymentProofOut]] = {}
    for proof in rows.all():
        proofs.setdefault(proof.order_id, []).append(PaymentProofOut.model_validate(proof))
    return proofs


_TargetUser = aliased(User, name="target_user")
_TARGET_LABEL = sa.case(
    (
        col(AuditLog.target_type) == "order",
        sa.func.concat(col(Order.reference_code), " · ", col(Order.gig_title)),
    ),
    (col(AuditLog.target_type) == "user", col(_TargetUser.full_name)),
    (col(AuditLog.target_type) == "gig", col(Gig.title)),
    (
        col(AuditLog.target_type) == "email",
        sa.func.concat("Mail #", col(AuditLog.details)["email_id"].astext),
    ),
).label("target_label")


async def list_audit_log(
    session: AsyncSession, limit: int, cursor: str | None
) -> Page[AuditEntryOut]:
    # What each target is called, read with the entry (ids alone tell an admin nothing).
    query = (
        select(AuditLog, User.full_name, _TARGET_LABEL)
        .join(User, col(User.id) == col(AuditLog.admin_id))
        .outerjoin(
            Order,
            (col(AuditLog.target_type) == "order") & (col(Order.id) == col(AuditLog.target_id)),
        )
        .outerjoin(
            _TargetUser,
            (col(AuditLog.target_type) == "user")
            & (col(_TargetUser.id) == col(AuditLog.target_id)),
        )
        .outerjoin(
            Gig, (col(AuditLog.target_type) == "gig") & (col(Gig.id) == col(AuditLog.target_id))
        )
    )
    rows = (await session.exec(AUDIT_PAGE.apply(query, cursor, limit))).all()
    items = [
        AuditEntryOut.model_validate(
            {**entry.model_dump(), "admin_name": name, "target_label": label}
        )
        for entry, name, label in rows
    ]
    return AUDIT_PAGE.page(items, limit)


async def list_order_messages(
    session: AsyncSession, order_id: uuid.UUID, limit: int, cursor: str | None
) -> Page[MessageOut]:
    """The parties' messages about one order (its order-page thread), for the admin settling its
    dispute. Messages are private: an admin reads them only once a party has asked an admin to
    look (opened a dispute), and reading never marks them read for their receiver."""
    if await session.get(Order, order_id) is None:
        raise NotFound("Order not found")
    disputed = (
        await session.exec(select(Dispute.id).where(col(Dispute.order_id) == order_id).limit(1))
    ).first()
    if disputed is None:
        raise Forbidden("Admins can read an order's messages only once a dispute has been opened")
    query = select(Message).where(col(Message.order_id) == order_id)
    rows = (await session.exec(ORDER_MESSAGES_PAGE.apply(query, cursor, limit))).all()
    return ORDER_MESSAGES_PAGE.page([MessageOut.model_validate(m) for m in rows], limit)
