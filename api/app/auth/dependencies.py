"""Who is calling: one set of dependencies for HTTP routes and WebSockets alike (both are HTTPConnections).

The aliases routes take (`CurrentUser`, `CurrentClaims`, ...) are declared once, in `app.deps`.
"""

from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.requests import HTTPConnection

from app.auth.revocation import load_signed_in_user
from app.auth.token import AccessClaims, verify_access_token
from app.core.config import Settings, app_settings
from app.core.errors import Forbidden, Unauthorized
from app.models import User


def read_claims(conn: HTTPConnection, settings: Settings) -> AccessClaims:
    """The verified claims of the access-token cookie, or 401."""
    token = conn.cookies.get(settings.access_cookie_name)
    if not token:
        raise Unauthorized("Not authenticated")
    return verify_access_token(token, settings.jwt_secret)


def get_claims(conn: HTTPConnection) -> AccessClaims:
    return read_claims(conn, app_settings(conn))


async def signed_in_user(session: AsyncSession, claims: AccessClaims) -> User:
    """The user row behind valid claims: bans and admin rights come from the row, so they take effect on
    the very next request, whatever the token says; a revoked sign-in is refused here too."""
    return await load_signed_in_user(session, claims)


async def get_optional_user(conn: HTTPConnection, session: AsyncSession) -> User | None:
    """For public reads that show more to the owner: a missing or stale cookie means "anonymous"."""
    settings = app_settings(conn)
    if not conn.cookies.get(settings.access_cookie_name):
        return None
    try:
        return await signed_in_user(session, read_claims(conn, settings))
    except (Unauthorized, Forbidden):
        return None


def require_admin(user: User) -> User:
    if not user.is_admin:
        raise Forbidden("Administrator rights are required")
    return user
