"""/notifications: catching up after a dropped socket, the menu, and clearing badges."""

from typing import Annotated

from fastapi import Query

from app.core.errors import error_responses
from app.core.pagination import Limit
from app.core.routing import api_router
from app.core.types import MAX_BIGINT
from app.deps import CurrentUser, SessionDep
from app.notifications import service
from app.notifications.schemas import MarkReadIn, NotificationPage, UnreadOut

router = api_router(prefix="/notifications", tags=["notifications"])


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
    return await service.list_page(session, user.id, after, limit)


@router.post("/read", response_model=UnreadOut, responses=error_responses(401, 422))
async def mark_read(
    user: CurrentUser, session: SessionDep, body: MarkReadIn | None = None
) -> UnreadOut:
    """Marks the caller's notifications read (all of them without a body) and answers the bell's
    new unread count. 401 `not_authenticated`; 422 `validation_failed` (an empty or oversized
    `ids`, an id out of range, an unknown field)."""
    return await service.mark_read_and_count(session, user.id, body or MarkReadIn())
