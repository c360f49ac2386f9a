"""Suspending a gig and lifting the suspension. Moderation is a state of its own (not just
`is_active`), so the owner's "activate" cannot undo an admin's takedown; only an admin lifts it.
Each step is audited and announced to the owner, with the reason, in the same transaction."""

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.admin.service import audit
from app.core.errors import Conflict
from app.gigs.moderation import ModerationStatus
from app.gigs.schemas import GigOut
from app.gigs.service import gig_with_owner, to_out, viewer_of
from app.models import AuditLog, Gig, User
from app.notifications.service import Kind, notify

SUSPEND = "gig.suspend"
REACTIVATE = "gig.reactivate"


async def _locked(session: AsyncSession, gig_id: uuid.UUID) -> tuple[Gig, User]:
    # Locked so a concurrent owner edit (which locks too) decides on the committed state.
    return await gig_with_owner(session, gig_id, for_update=True)


def _payload(gig: Gig, action: str, reason: str | None) -> dict[str, Any]:
    return {"gig_id": str(gig.id), "gig_title": gig.title, "action": action, "reason": reason}


async def suspend_gig(session: AsyncSession, admin: User, gig_id: uuid.UUID, reason: str) -> GigOut:
    gig, freelancer = await _locked(session, gig_id)
    if gig.moderation_status == ModerationStatus.SUSPENDED:
        raise Conflict("This gig is already suspended", code="gig_already_suspended")
    # An owner-deactivated gig can be suspended too: otherwise its owner could re-list it later.
    was_active = gig.is_active
    gig.moderation_status = ModerationStatus.SUSPENDED
    gig.suspended_at = datetime.now(UTC)
    gig.suspension_reason = reason
    gig.is_active = False
    session.add(gig)
    audit(
        session,
        admin,
        SUSPEND,
        "gig",
        gig.id,
        {"title": gig.title, "reason": reason, "was_active": was_active},
    )
    await notify(session, gig.freelancer_id, Kind.GIG_MODERATED, _payload(gig, "suspend", reason))
    await session.refresh(gig)
    return to_out(gig, freelancer, viewer_of(admin))


async def _was_active(session: AsyncSession, gig_id: uuid.UUID) -> bool:
    """Whether the owner had the gig listed when it was suspended, from the suspension's audit row.
    Gigs suspended by migration 0004 (admin deactivations) have none, and those were all active."""
    details = (
        await session.exec(
            select(AuditLog.details)
            .where(col(AuditLog.target_id) == gig_id, col(AuditLog.action) == SUSPEND)
            .order_by(col(AuditLog.created_at).desc())
            .limit(1)
        )
    ).first()
    return bool(details.get("was_active", True)) if details is not None else True


async def reactivate_gig(session: AsyncSession, admin: User, gig_id: uuid.UUID) -> GigOut:
    gig, freelancer = await _locked(session, gig_id)
    if gig.moderation_status != ModerationStatus.SUSPENDED:
        raise Conflict("This gig is not suspended", code="gig_not_suspended")
    reason = gig.suspension_reason
    # Lifting restores what the owner had chosen: a gig they had switched off before the takedown
    # stays off (listing it is their call), one they had listed is public again.
    gig.is_active = await _was_active(session, gig.id)
    gig.moderation_status = ModerationStatus.ACTIVE
    gig.suspended_at = None
    gig.suspension_reason = None
    session.add(gig)
    audit(
        session,
        admin,
        REACTIVATE,
        "gig",
        gig.id,
        {"title": gig.title, "reason": reason, "is_active": gig.is_active},
    )
    await notify(
        session, gig.freelancer_id, Kind.GIG_MODERATED, _payload(gig, "reactivate", reason)
    )
    await session.refresh(gig)
    return to_out(gig, freelancer, viewer_of(admin))
