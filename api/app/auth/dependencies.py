"""Who is calling: one dependency for HTTP routes and WebSockets alike (both are HTTPConnections)."""

from typing import Annotated

from fastapi import Depends
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.requests import HTTPConnection

from app.auth.revocation import load_signed_in_user
from app.auth.token import verify_access_token
from app.core.config import Settings
from app.core.db import SessionDep
from app.core.errors import Forbidden, Unauthorized
from app.models import User


def get_settings_from_app(conn: HTTPConnection) -> Settings:
    settings: Settings = conn.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings_from_app)]


async def authenticate(conn: HTTPConnection, session: AsyncSession, settings: Settings) -> User:
    """Read the cookie, verify it, and load the user row: bans and admin rights come from the row,
    so they take effect on the very next request, whatever the token says."""
    token = conn.cookies.get(settings.access_cookie_name)
    if not token:
        raise Unauthorized("Not authenticated")
    claims = verify_access_token(token, settings.jwt_secret)
    conn.state.access_claims = claims  # the WebSocket ticket inherits the token's expiry
    return await load_signed_in_user(session, claims)


async def get_current_user(
    conn: HTTPConnection, session: SessionDep, settings: SettingsDep
) -> User:
    return await authenticate(conn, session, settings)


async def get_optional_user(
    conn: HTTPConnection, session: SessionDep, settings: SettingsDep
) -> User | None:
    """For public reads that show more to the owner: a missing or stale cookie means "anonymous"."""
    if not conn.cookies.get(settings.access_cookie_name):
        return None
    try:
        return await authenticate(conn, session, settings)
    except (Unauthorized, Forbidden):
        return None


async def get_current_admin(user: Annotated[User, Depends(get_current_user)]) -> User:
    if not user.is_admin:
        raise Forbidden("Administrator rights are required")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
OptionalUser = Annotated[User | None, Depends(get_optional_user)]
CurrentAdmin = Annotated[User, Depends(get_current_admin)]
