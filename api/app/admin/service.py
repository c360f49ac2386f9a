"""Admin actions. Each one appends an audit_log row in the same transaction as the change."""

import uuid
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from app.admin.schemas import AdminUserOut
from app.auth.revocation import revoke_all_tokens
from app.auth.token import AccessClaims
from app.core.errors import Conflict, NotFound
from app.models import AuditLog, User
from app.orders.deadlines import Deadlines
from app.orders.schemas import OrderDetail
from app.orders.state_machine import Action
from app.orders.statuses import OrderStatus
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
    session: AsyncSession,
    admin: User,
    claims: AccessClaims,
    order_id: uuid.UUID,
    status: OrderStatus,
    reason: str,
    deadlines: Deadlines,
) -> OrderDetail:
    """Settle an order (a dispute, usually) by forcing it to an end state, whatever it stands at."""
    detail = await transition(
        session, order_id, claims, OVERRIDE_ACTIONS[status], deadlines, reason=reason
    )
    move = detail.events[-1]  # this override: events are stamped when written, and moves take turns
    audit(
        session,
        admin,
        "order.override_status",
        "order",
        order_id,
        {"from_status": move.from_status, "to_status": status.value, "reason": reason},
    )
    return detail


async def set_ban(
    session: AsyncSession, admin: User, user_id: uuid.UUID, banned: bool, reason: str | None
) -> AdminUserOut:
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
    if banned:
        # Refused on the next request already (the row says banned); this also ends their open sockets, and
        # tokens from before the ban stay dead after an unban.
        await revoke_all_tokens(session, user.id)
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
    return AdminUserOut.model_validate(user)
