"""/users: the caller's own account and public profiles."""

import uuid

from fastapi import Response, status

from app.core.errors import error_responses
from app.core.responses import JsonBytes
from app.core.routing import api_router
from app.deps import CurrentUser, SessionDep, SignedInReadDep
from app.email.schemas import EmailPreferences, EmailPreferencesUpdate
from app.users import me, service
from app.users.schemas import UserMe, UserPublic, UserUpdate

router = api_router(prefix="/users", tags=["users"])


@router.get("/me", response_model=UserMe, responses=error_responses(401, 403))
async def get_me(signed_in: SignedInReadDep) -> Response:
    # Session-less, and the JSON PostgreSQL wrote: every page of the web app asks for it (app/users/me.py).
    return JsonBytes(await me.read_me(signed_in.database, signed_in.claims))


@router.patch("/me", response_model=UserMe, responses=error_responses(401, 403))
async def update_me(body: UserUpdate, user: CurrentUser, session: SessionDep) -> UserMe:
    return await service.update_profile(session, user, body)


@router.get(
    "/me/email-preferences", response_model=EmailPreferences, responses=error_responses(401, 403)
)
async def get_email_preferences(user: CurrentUser) -> EmailPreferences:
    return service.get_email_preferences(user)


@router.patch(
    "/me/email-preferences",
    response_model=EmailPreferences,
    responses=error_responses(401, 403, 422),
)
async def update_email_preferences(
    body: EmailPreferencesUpdate, user: CurrentUser, session: SessionDep
) -> EmailPreferences:
    """Set the switches given; the others stay as they are."""
    return await service.update_email_preferences(session, user, body)


@router.post(
    "/me/sign-out-everywhere",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 403),
)
async def sign_out_everywhere(user: CurrentUser, session: SessionDep) -> Response:
    """Every token issued until now, on every device (this one included), is refused from now on."""
    await service.sign_out_everywhere(session, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{user_id}", response_model=UserPublic, responses=error_responses(404))
async def get_user(user_id: uuid.UUID, session: SessionDep) -> UserPublic:
    return await service.get_public_profile(session, user_id)
