"""/admin: moderation. Admin rights are read from the users row on every request; every write is
audited in the same transaction."""

import uuid
from typing import Annotated

from fastapi import Path, Query

from app.admin import emails, gig_moderation, listings, service
from app.admin.schemas import (
    AdminEmailOut,
    AdminUserOut,
    AuditEntryOut,
    BanIn,
    DisputeQueueItem,
    OrderOverrideIn,
    SuspendGigIn,
)
from app.core.errors import error_responses
from app.core.pagination import Cursor, Limit, Page
from app.core.routing import api_router
from app.core.types import MAX_BIGINT, NoNul
from app.deps import CurrentAdmin, CurrentClaims, DeadlinesDep, SessionDep
from app.gigs.schemas import GigOut
from app.messages.schemas import MessageOut
from app.models import EmailStatus
from app.orders.schemas import OrderDetail, OrderOut
from app.orders.statuses import DisputeStatus, OrderStatus

router = api_router(prefix="/admin", tags=["admin"], responses=error_responses(401, 403))


@router.get("/users", response_model=Page[AdminUserOut])
async def list_users(
    admin: CurrentAdmin,
    session: SessionDep,
    q: Annotated[
        str | None, Query(max_length=200, description="Email or name contains"), NoNul
    ] = None,
    banned: bool | None = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Page[AdminUserOut]:
    return await listings.list_users(session, q, banned, limit, cursor)


@router.post(
    "/users/{user_id}/ban", response_model=AdminUserOut, responses=error_responses(404, 409, 422)
)
async def ban_user(
    user_id: uuid.UUID, body: BanIn, admin: CurrentAdmin, session: SessionDep
) -> AdminUserOut:
    return await service.set_ban(session, admin, user_id, banned=True, reason=body.reason)


@router.post(
    "/users/{user_id}/unban", response_model=AdminUserOut, responses=error_responses(404, 409)
)
async def unban_user(user_id: uuid.UUID, admin: CurrentAdmin, session: SessionDep) -> AdminUserOut:
    return await service.set_ban(session, admin, user_id, banned=False, reason=None)


@router.patch(
    "/gigs/{gig_id}/deactivate", response_model=GigOut, responses=error_responses(404, 409, 422)
)
async def suspend_gig(
    gig_id: uuid.UUID, body: SuspendGigIn, admin: CurrentAdmin, session: SessionDep
) -> GigOut:
    """Suspend a gig: it leaves the marketplace until an admin reactivates it (its owner cannot)."""
    return await gig_moderation.suspend_gig(session, admin, gig_id, body.reason)


@router.patch(
    "/gigs/{gig_id}/reactivate", response_model=GigOut, responses=error_responses(404, 409)
)
async def reactivate_gig(gig_id: uuid.UUID, admin: CurrentAdmin, session: SessionDep) -> GigOut:
    """Lift a suspension (409 when the gig is not suspended)."""
    return await gig_moderation.reactivate_gig(session, admin, gig_id)


@router.get("/orders", response_model=Page[OrderOut])
async def list_orders(
    admin: CurrentAdmin,
    session: SessionDep,
    deadlines: DeadlinesDep,
    order_status: Annotated[OrderStatus | None, Query(alias="status")] = None,
    q: Annotated[
        str | None,
        Query(max_length=200, description="A reference code, or a party's name or email"),
        NoNul,
    ] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Page[OrderOut]:
    return await listings.list_orders(session, order_status, q, limit, cursor, deadlines)


@router.get("/orders/deadlines", response_model=list[OrderOut])
async def orders_near_deadline(
    admin: CurrentAdmin,
    session: SessionDep,
    deadlines: DeadlinesDep,
    within_hours: Annotated[
        int, Query(ge=1, le=24 * 14, description="Deadlines from now up to this many hours ahead")
    ] = 24,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> list[OrderOut]:
    """Orders the timers will move soon (DESIGN §13): unpaid orders about to expire and deliveries about to be
    approved automatically, soonest first. Deadlines already passed are included until the sweep acts."""
    return await listings.orders_near_deadline(session, deadlines, within_hours, limit)


@router.patch(
    "/orders/{order_id}/status",
    response_model=OrderDetail,
    responses=error_responses(404, 409, 422),
)
async def override_order_status(
    order_id: uuid.UUID,
    body: OrderOverrideIn,
    admin: CurrentAdmin,
    claims: CurrentClaims,  # the same token `CurrentAdmin` checked (verified once): the move acts on it
    session: SessionDep,
    deadlines: DeadlinesDep,
) -> OrderDetail:
    return await service.override_order_status(
        session, admin, claims, order_id, body.status, body.reason, deadlines
    )


@router.get(
    "/orders/{order_id}/messages",
    response_model=Page[MessageOut],
    responses=error_responses(404, 422),
)
async def order_messages(
    order_id: uuid.UUID,
    admin: CurrentAdmin,
    session: SessionDep,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Page[MessageOut]:
    """The parties' messages about a disputed order, newest first (403 until a dispute exists)."""
    return await listings.list_order_messages(session, order_id, limit, cursor)


@router.get("/disputes", response_model=Page[DisputeQueueItem])
async def list_disputes(
    admin: CurrentAdmin,
    session: SessionDep,
    deadlines: DeadlinesDep,
    dispute_status: Annotated[DisputeStatus | None, Query(alias="status")] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Page[DisputeQueueItem]:
    return await listings.list_disputes(session, dispute_status, limit, cursor, deadlines)


@router.get("/audit-log", response_model=Page[AuditEntryOut])
async def audit_log(
    admin: CurrentAdmin, session: SessionDep, limit: Limit = 20, cursor: Cursor = None
) -> Page[AuditEntryOut]:
    return await listings.list_audit_log(session, limit, cursor)


@router.get("/emails", response_model=Page[AdminEmailOut])
async def list_emails(
    admin: CurrentAdmin,
    session: SessionDep,
    email_status: Annotated[EmailStatus | None, Query(alias="status")] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Page[AdminEmailOut]:
    """The outbox, newest first (`?status=failed`: mail that could not be sent). Payloads are never shown."""
    return await emails.list_emails(session, email_status, limit, cursor)


@router.post(
    "/emails/{email_id}/retry", response_model=AdminEmailOut, responses=error_responses(404, 409)
)
async def retry_email(
    email_id: Annotated[int, Path(ge=1, le=MAX_BIGINT)], admin: CurrentAdmin, session: SessionDep
) -> AdminEmailOut:
    """Send a failed mail again: back to pending, attempts reset, due now (409 unless it failed)."""
    return await emails.retry_email(session, admin, email_id)
