"""Every dependency a route takes, declared once as an `Annotated` alias, so a handler reads like a
sentence: `async def approve(order_id, user: CurrentUser, session: SessionDep)`.

FastAPI resolves each dependency once per request: a route that takes both `CurrentClaims` and
`CurrentUser` verifies the token once.
"""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.requests import HTTPConnection

from app.auth.dependencies import get_claims, get_optional_user, require_admin, signed_in_user
from app.auth.token import AccessClaims
from app.auth.viewer import SignedIn, optional_viewer
from app.core.config import Settings, app_settings
from app.core.db import Database, get_database, get_session
from app.files.storage import FileStorage
from app.models import User
from app.orders.deadlines import Deadlines, order_deadlines

# Every dependency is `async def`, even where its body never awaits: FastAPI runs a plain `def` dependency
# in a worker thread, and that hop costs more than most of them do.


async def _settings(conn: HTTPConnection) -> Settings:
    return app_settings(conn)


async def _claims(conn: HTTPConnection) -> AccessClaims:
    return get_claims(conn)  # an HS256 check: microseconds, fine on the event loop


async def _database(conn: HTTPConnection) -> Database:
    return get_database(conn)


async def _deadlines(conn: HTTPConnection) -> Deadlines:
    return order_deadlines(conn)


async def _storage(conn: HTTPConnection) -> FileStorage:
    storage: FileStorage = conn.app.state.storage
    return storage


@dataclass(frozen=True, slots=True)
class SignedInRead:
    """What a session-less signed-in read starts from: the verified claims and the database."""

    claims: AccessClaims
    database: Database


async def _signed_in_read(conn: HTTPConnection) -> SignedInRead:
    return SignedInRead(get_claims(conn), get_database(conn))


# scope="function": the commit happens before the response is sent, so a 2xx always means "stored".
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(_settings)]
CurrentClaims = Annotated[AccessClaims, Depends(_claims)]
# Session-less public reads (app/core/reads.py) take the database and, for what the owner sees, the viewer.
DatabaseDep = Annotated[Database, Depends(_database)]
# `CurrentClaims` and `DatabaseDep` as one dependency, for the most frequent signed-in reads (`GET /users/me`,
# `GET /orders/my`): FastAPI's cost is per dependency, about as much as either one's work.
SignedInReadDep = Annotated[SignedInRead, Depends(_signed_in_read)]
OptionalViewer = Annotated[SignedIn | None, Depends(optional_viewer)]
DeadlinesDep = Annotated[Deadlines, Depends(_deadlines)]
StorageDep = Annotated[FileStorage, Depends(_storage)]


async def _current_user(claims: CurrentClaims, session: SessionDep) -> User:
    return await signed_in_user(session, claims)


CurrentUser = Annotated[User, Depends(_current_user)]


async def _optional_user(conn: HTTPConnection, session: SessionDep) -> User | None:
    return await get_optional_user(conn, session)


OptionalUser = Annotated[User | None, Depends(_optional_user)]


async def _current_admin(user: CurrentUser) -> User:
    return require_admin(user)


CurrentAdmin = Annotated[User, Depends(_current_admin)]
