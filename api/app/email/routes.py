"""/email: one-click unsubscribe (RFC 8058). No sign-in: the signed token is the authority, and all it
can do is turn one kind of mail off."""

from typing import Annotated

from fastapi import Query

from app.core.errors import error_responses
from app.core.routing import api_router
from app.deps import SessionDep, SettingsDep
from app.email import preferences
from app.email.schemas import UnsubscribeOut

router = api_router(prefix="/email", tags=["email"])

Token = Annotated[
    str, Query(min_length=1, max_length=200, description="The signed token from the mail's link.")
]


@router.get("/unsubscribe", response_model=UnsubscribeOut, responses=error_responses(400, 422))
async def unsubscribe_status(
    token: Token, session: SessionDep, settings: SettingsDep
) -> UnsubscribeOut:
    """Which mail the link stops and whether it is still sent. Changes nothing: link scanners follow links."""
    return await preferences.unsubscribe_status(session, settings.jwt_secret, token)


@router.post("/unsubscribe", response_model=UnsubscribeOut, responses=error_responses(400, 422))
async def unsubscribe(token: Token, session: SessionDep, settings: SettingsDep) -> UnsubscribeOut:
    """Stop the mail the link names; idempotent. The body is ignored: empty from the web page, or
    `List-Unsubscribe=One-Click` (form-encoded, no Origin) from a mail provider's server."""
    return await preferences.unsubscribe(session, settings.jwt_secret, token)
