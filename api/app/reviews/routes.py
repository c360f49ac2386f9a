"""/reviews, and the public review lists on profiles and gigs."""

import uuid

from fastapi import status

from app.core.errors import error_responses
from app.core.pagination import Cursor, Limit, Page
from app.core.routing import api_router
from app.deps import CurrentUser, OptionalUser, SessionDep
from app.reviews import service
from app.reviews.schemas import ReviewCreate, ReviewOut

router = api_router(tags=["reviews"])


@router.post(
    "/reviews",
    response_model=ReviewOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403, 404, 409, 422),
)
async def create_review(body: ReviewCreate, user: CurrentUser, session: SessionDep) -> ReviewOut:
    return await service.create_review(session, user, body)


@router.get(
    "/users/{user_id}/reviews", response_model=Page[ReviewOut], responses=error_responses(404)
)
async def list_user_reviews(
    user_id: uuid.UUID, session: SessionDep, limit: Limit = 20, cursor: Cursor = None
) -> Page[ReviewOut]:
    return await service.list_user_reviews(session, user_id, limit, cursor)


@router.get(
    "/gigs/{gig_id}/reviews", response_model=Page[ReviewOut], responses=error_responses(404)
)
async def list_gig_reviews(
    gig_id: uuid.UUID,
    session: SessionDep,
    viewer: OptionalUser,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Page[ReviewOut]:
    return await service.list_gig_reviews(session, gig_id, viewer, limit, cursor)
