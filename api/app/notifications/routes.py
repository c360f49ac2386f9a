"""/notifications: catching up after a dropped socket, the menu, and clearing badges."""

from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.core.pagination import Limit
from app.core.types import MAX_BIGINT
from app.notifications import service
from app.notifications.schemas import MarkReadIn, NotificationOut, NotificationPage, UnreadOut

router = APIRouter(prefix="/notifications", tags=["notifications"])


@router.get("", response_model=NotificationPage, responses=error_responses(401, 422))
async def list_notifications(
    user: CurrentUser,
    session: SessionDep,
    after: Annotated[
        int | None,
        Query(
            ge=0,
            le=MAX_BIGINT,
            description="Last id the client has; returns newer ones, oldest first.",
        ),
    ] = None,
    limit: Limit = 20,
) -> NotificationPage:
    if after is None:
        items, more = await service.list_latest(session, user.id, limit), False
    else:
        items, more = await service.list_after(session, user.id, after, limit)
    return NotificationPage(
        items=[NotificationOut.model_validate(item) for item in items],
        next_cursor=str(items[-1].id) if more else None,
        unread_count=await service.unread_count(session, user.id),
    )


@router.post("/read", response_model=UnreadOut, responses=error_responses(401, 422))
async def mark_read(
    user: CurrentUser, session: SessionDep, body: MarkReadIn | None = None
) -> UnreadOut:
    await service.mark_read(session, user.id, body.up_to_id if body else None)
    return UnreadOut(unread_count=await service.unread_count(session, user.id))
