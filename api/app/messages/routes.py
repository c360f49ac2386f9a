"""/messages: sending, one conversation, and the inbox."""

import uuid
from typing import Annotated

from fastapi import Query, Response, status

from app.core.errors import error_responses
from app.core.pagination import Cursor, Limit, Page
from app.core.routing import api_router
from app.deps import CurrentClaims, CurrentUser, SessionDep
from app.messages import service
from app.messages.schemas import (
    Conversation,
    MarkReadIn,
    MessageCreate,
    MessageOut,
    UnreadMessagesOut,
)

JSON = "application/json"

router = api_router(prefix="/messages", tags=["messages"])


@router.post(
    "",
    response_model=MessageOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403, 404, 422, 429),
)
async def send_message(body: MessageCreate, claims: CurrentClaims, session: SessionDep) -> Response:
    # Serialised once by the model itself rather than validated again by FastAPI: the same bytes (a test
    # checks them against MessageOut), a fraction of the CPU of this hot path.
    message_json = await service.send_message(session, claims, body)
    return Response(message_json, status.HTTP_201_CREATED, media_type=JSON)


@router.get("", response_model=Page[Conversation], responses=error_responses(401))
async def inbox(user: CurrentUser, session: SessionDep, limit: Limit = 20) -> Page[Conversation]:
    return await service.inbox(session, user, limit)


@router.get("/unread-count", response_model=UnreadMessagesOut, responses=error_responses(401))
async def unread_count(user: CurrentUser, session: SessionDep) -> UnreadMessagesOut:
    return UnreadMessagesOut(unread_count=await service.unread_messages(session, user))


@router.get("/{user_id}", response_model=Page[MessageOut], responses=error_responses(401, 404, 422))
async def conversation(
    user_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    limit: Limit = 20,
    cursor: Cursor = None,
    order_id: Annotated[
        uuid.UUID | None, Query(description="Only the messages about this order.")
    ] = None,
) -> Page[MessageOut]:
    return await service.conversation(session, user, user_id, limit, cursor, order_id)


@router.post(
    "/{user_id}/read",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 404, 422),
)
async def mark_read(
    user_id: uuid.UUID, user: CurrentUser, session: SessionDep, body: MarkReadIn | None = None
) -> Response:
    """Marks what `user_id` sent the caller as read (only one order's thread with `order_id`)."""
    await service.mark_read(session, user, user_id, body.order_id if body else None)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
