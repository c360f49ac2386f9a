"""/reviews, and the public review lists on profiles and gigs."""

import uuid

from fastapi import APIRouter, status

from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.core.errors import NotFound, error_responses
from app.core.pagination import Cursor, Limit, Page
from app.models import Gig
from app.reviews import service
from app.reviews.schemas import ReviewCreate, ReviewOut
from app.users.service import get_public_profile

router = APIRouter(tags=["reviews"])


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
    await get_public_profile(session, user_id)
    items, next_cursor = await service.list_reviews(session, limit, cursor, reviewee_id=user_id)
    return Page(items=items, next_cursor=next_cursor)


@router.get(
    "/gigs/{gig_id}/reviews", response_model=Page[ReviewOut], responses=error_responses(404)
)
async def list_gig_reviews(
    gig_id: uuid.UUID, session: SessionDep, limit: Limit = 20, cursor: Cursor = None
) -> Page[ReviewOut]:
    if await session.get(Gig, gig_id) is None:
        raise NotFound("Gig not found")
    items, next_cursor = await service.list_reviews(session, limit, cursor, gig_id=gig_id)
    return Page(items=items, next_cursor=next_cursor)
