"""Admin actions. Each one appends an audit_log row in the same transaction as the change."""

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.admin.schemas import AuditEntryOut, DisputeQueueItem
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.pagination import decode_cursor, encode_cursor
from app.models import AuditLog, Dispute, Gig, Order, User
from app.orders import queries
from app.orders.schemas import OrderOut
from app.orders.state_machine import Action
from app.orders.statuses import DisputeStatus, OrderStatus
from app.orders.transitions import transition

OVERRIDE_ACTIONS = {
    OrderStatus.CANCELLED: Action.FORCE_CANCEL,
    OrderStatus.COMPLETED: Action.FORCE_COMPLETE,
}


def audit(
    session: AsyncSession,
    admin: User,
    action: str,
    target_type: str,
    target_id: uuid.UUID,
    details: dict[str, Any],
) -> None:
    session.add(
        AuditLog(
            admin_id=admin.id,
            action=action,
            target_type=target_type,
            target_id=target_id,
            details=details,
        )
    )


async def override_order_status(
    session: AsyncSession, admin: User, order_id: uuid.UUID, status: OrderStatus, reason: str
) -> None:
    outcome = await transition(session, order_id, admin, OVERRIDE_ACTIONS[status], reason=reason)
    audit(
        session,
        admin,
        "order.override_status",
        "order",
        order_id,
        {"from_status": outcome.from_status, "to_status": status.value, "reason": reason},
    )


def _page_key(cursor: str | None, kind: str) -> tuple[datetime, uuid.UUID] | None:
    if cursor is None:
        return None
    raw = decode_cursor(cursor, kind, 2)
    try:
        return datetime.fromisoformat(raw[0]), uuid.UUID(raw[1])
    except (TypeError, ValueError) as exc:
        raise InvalidInput("Invalid cursor") from exc


async def list_users(
    session: AsyncSession, q: str | None, banned: bool | None, limit: int, cursor: str | None
) -> tuple[list[User], str | None]:
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
    key = _page_key(cursor, "admin-users")
    if key is not None:
        query = query.where(sa.tuple_(col(User.created_at), col(User.id)) < sa.tuple_(*key))
    rows = list(
        (
            await session.exec(
                query.order_by(col(User.created_at).desc(), col(User.id).desc()).limit(limit + 1)
            )
        ).all()
    )
    page = rows[:limit]
    if len(rows) <= limit:
        return page, None
    return page, encode_cursor("admin-users", [page[-1].created_at.isoformat(), str(page[-1].id)])


async def set_ban(
    session: AsyncSession, admin: User, user_id: uuid.UUID, banned: bool, reason: str | None
) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("User not found")
    if user.id == admin.id:
        raise Conflict("You cannot ban yourself")
    if user.is_banned == banned:
        raise Conflict("This user is already banned" if banned else "This user is not banned")
    user.is_banned = banned
    user.banned_reason = reason if banned else None
    session.add(user)
    audit(
        session,
        admin,
        "user.ban" if banned else "user.unban",
        "user",
        user.id,
        {"reason": reason} if banned else {},
    )
    await session.flush()
    await session.refresh(user)
    return user


async def deactivate_gig(session: AsyncSession, admin: User, gig_id: uuid.UUID) -> Gig:
    gig = await session.get(Gig, gig_id)
    if gig is None:
        raise NotFound("Gig not found")
    if not gig.is_active:
        raise Conflict("This gig is already inactive")
    gig.is_active = False
    session.add(gig)
    audit(session, admin, "gig.deactivate", "gig", gig.id, {"title": gig.title})
    await session.flush()
    return gig


async def list_disputes(
    session: AsyncSession, status: DisputeStatus | None, limit: int, cursor: str | None
) -> tuple[list[DisputeQueueItem], str | None]:
    opener = aliased(User, name="opener")
    query = (
        queries.orders_with_parties()
        .add_columns(Dispute, opener)
        .join(Dispute, col(Dispute.order_id) == col(Order.id))
        .join(opener, col(opener.id) == col(Dispute.opened_by))
    )
    if status is not None:
        query = query.where(col(Dispute.status) == status)
    key = _page_key(cursor, "disputes")
    if key is not None:
        query = query.where(sa.tuple_(col(Dispute.created_at), col(Dispute.id)) < sa.tuple_(*key))
    rows = (
        await session.exec(
            query.order_by(col(Dispute.created_at).desc(), col(Dispute.id).desc()).limit(limit + 1)
        )
    ).all()
    items = [
        DisputeQueueItem(
            id=dispute.id,
            order=queries.to_out(order, client, freelancer, has_open),
            opened_by=queries.party(opened_by),
            reason=dispute.reason,
            status=dispute.status,
            resolution=dispute.resolution,
            created_at=dispute.created_at,
            resolved_at=dispute.resolved_at,
        )
        for order, client, freelancer, has_open, dispute, opened_by in rows[:limit]
    ]
    if len(rows) <= limit:
        return items, None
    return items, encode_cursor("disputes", [items[-1].created_at.isoformat(), str(items[-1].id)])


async def list_orders(
    session: AsyncSession, status: OrderStatus | None, limit: int, cursor: str | None
) -> tuple[list[OrderOut], str | None]:
    query = queries.orders_with_parties()
    if status is not None:
        query = query.where(col(Order.status) == status)
    key = _page_key(cursor, "admin-orders")
    if key is not None:
        query = query.where(sa.tuple_(col(Order.created_at), col(Order.id)) < sa.tuple_(*key))
    rows = (
        await session.exec(
            query.order_by(col(Order.created_at).desc(), col(Order.id).desc()).limit(limit + 1)
        )
    ).all()
    items = [queries.to_out(*row) for row in rows[:limit]]
    if len(rows) <= limit:
        return items, None
    return items, encode_cursor(
        "admin-orders", [items[-1].created_at.isoformat(), str(items[-1].id)]
    )


async def list_audit_log(
    session: AsyncSession, limit: int, cursor: str | None
) -> tuple[list[AuditEntryOut], str | None]:
    query = select(AuditLog, User.full_name).join(User, col(User.id) == col(AuditLog.admin_id))
    key = _page_key(cursor, "audit")
    if key is not None:
        query = query.where(sa.tuple_(col(AuditLog.created_at), col(AuditLog.id)) < sa.tuple_(*key))
    rows = (
        await session.exec(
            query.order_by(col(AuditLog.created_at).desc(), col(AuditLog.id).desc()).limit(
                limit + 1
            )
        )
    ).all()
    items = [
        AuditEntryOut.model_validate({**entry.model_dump(), "admin_name": name})
        for entry, name in rows[:limit]
    ]
    if len(rows) <= limit:
        return items, None
    return items, encode_cursor("audit", [items[-1].created_at.isoformat(), str(items[-1].id)])
