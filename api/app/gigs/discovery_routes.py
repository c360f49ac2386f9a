"""Discovery (DESIGN §14): the category tree, tag suggestions, and favourites."""

import uuid
from typing import Annotated

from fastapi import Query, Response, status

from app.core.errors import error_responses
from app.core.pagination import Cursor, Limit, Page
from app.core.responses import JsonBytes
from app.core.routing import api_router
from app.core.types import NoNul
from app.deps import CurrentUser, SessionDep
from app.gigs import favorites, taxonomy
from app.gigs.discovery_schemas import CategoryOut, TagOut
from app.gigs.schemas import GigOut

router = api_router(tags=["discovery"])


@router.get("/categories", response_model=list[CategoryOut])
async def list_categories(session: SessionDep) -> list[CategoryOut]:
    """The two-level category tree, each with how many gigs anyone can see in it (at most a minute old)."""
    return await taxonomy.category_tree(session)


@router.get("/tags", response_model=list[TagOut], responses=error_responses(422))
async def suggest_tags(
    session: SessionDep,
    q: Annotated[str, Query(max_length=200), NoNul] = "",
    limit: Annotated[int, Query(ge=1, le=20)] = 10,
) -> list[TagOut]:
    """Tags starting with `q`, most used first (for a tag input's suggestions)."""
    return await taxonomy.suggest_tags(session, q, limit)


@router.put(
    "/gigs/{gig_id}/favorite",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 403, 404),
)
async def save_gig(gig_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> Response:
    """Save a gig for later (doing it twice changes nothing)."""
    await favorites.save(session, user, gig_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete(
    "/gigs/{gig_id}/favorite",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 403),
)
async def forget_gig(gig_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> Response:
    await favorites.forget(session, user, gig_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/users/me/favorites", response_model=Page[GigOut], responses=error_responses(401, 403, 422)
)
async def my_favorites(
    user: CurrentUser, session: SessionDep, limit: Limit = 20, cursor: Cursor = None
) -> Response:
    """The gigs I saved that I can still see, most recently saved first."""
    return JsonBytes(await favorites.list_saved(session, user, limit, cursor))
