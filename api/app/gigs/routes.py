"""/gigs: the public marketplace listing and the freelancer's own gigs."""

import uuid
from typing import Annotated

from fastapi import Depends, Response, status

from app.core.errors import error_responses
from app.core.pagination import Cursor, Limit
from app.core.query_model import query_model, query_parameters
from app.core.responses import JsonBytes
from app.core.routing import api_router
from app.deps import CurrentUser, DatabaseDep, OptionalUser, OptionalViewer, SessionDep
from app.gigs import service
from app.gigs.schemas import GigCreate, GigFilters, GigOut, GigPage, GigUpdate

router = api_router(prefix="/gigs", tags=["gigs"])


@router.get(
    "",
    response_model=GigPage,
    responses=error_responses(422, 503),
    openapi_extra={"parameters": query_parameters(GigFilters)},
)
async def list_gigs(
    filters: Annotated[GigFilters, Depends(query_model(GigFilters))],
    database: DatabaseDep,
    viewer: OptionalViewer,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response:
    # PostgreSQL wrote the page as JSON; `GigPage` documents it (tests/test_gig_json.py checks they agree).
    page = await service.list_gigs(database, filters, viewer, limit, cursor)
    return JsonBytes(page)


@router.post(
    "",
    response_model=GigOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403),
)
async def create_gig(body: GigCreate, user: CurrentUser, session: SessionDep) -> GigOut:
    return await service.create_gig(session, user, body)


@router.get("/{gig_id}", response_model=GigOut, responses=error_responses(404))
async def get_gig(gig_id: uuid.UUID, session: SessionDep, viewer: OptionalUser) -> GigOut:
    return await service.get_gig(session, gig_id, viewer)


@router.patch(
    "/{gig_id}", response_model=GigOut, responses=error_responses(401, 403, 404, 409, 422)
)
async def update_gig(
    gig_id: uuid.UUID, body: GigUpdate, user: CurrentUser, session: SessionDep
) -> GigOut:
    return await service.update_gig(session, gig_id, user, body)


@router.delete(
    "/{gig_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 403, 404, 409),
)
async def delete_gig(gig_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> Response:
    await service.delete_gig(session, gig_id, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
