"""The database engine and the per-request session that commits at the request boundary."""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import Executable, Result, text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.requests import HTTPConnection

from app.core.after_commit import run_jobs, take_jobs
from app.core.config import Settings


class Database:
    """One engine per process. Creating it opens no connection, so the API starts without a database."""

    def __init__(self, settings: Settings) -> None:
        self.engine = create_async_engine(
            settings.database_url,
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_pool_size,
            pool_pre_ping=True,  # managed Postgres closes idle connections; check before use
            pool_recycle=300,
            pool_timeout=10,
            connect_args={
                # No server-side prepared statements and no startup options: both break behind
                # PgBouncer in transaction mode (Neon's pooled endpoint). The statement timeout is
                # a database default instead (migration 0002) plus SET LOCAL where a query needs less.
                "prepare_threshold": None,
                "connect_timeout": settings.db_connect_timeout_s,
            },
        )
        # Objects stay readable after commit: responses are built from them once the session has ended.
        self.sessions = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False)

    async def reachable(self, timeout_s: float) -> bool:
        """Whether a fresh query gets through within `timeout_s` (the health check)."""
        try:
            async with asyncio.timeout(timeout_s):
                async with self.engine.connect() as connection:
                    await connection.execute(text("SELECT 1"))
        except (
            Exception
        ):  # any failure to reach the database means "unreachable", whatever its kind
            return False
        return True

    async def dispose(self) -> None:
        await self.engine.dispose()


def get_database(conn: HTTPConnection) -> Database:
    database: Database = conn.app.state.database
    return database


async def get_session(conn: HTTPConnection) -> AsyncIterator[AsyncSession]:
    """Commit when the route returns, roll back when it raises. Services never commit themselves.

    Side effects queued during the request (`app.core.after_commit`: realtime frames, ...) run only after the
    commit succeeded: a rolled-back request announces nothing.
    """
    async with get_database(conn).sessions() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            take_jobs(session)  # discard: nothing they announce was stored
            await session.rollback()
            raise
        await run_jobs(take_jobs(session), conn.app.state)


async def run_core(
    session: AsyncSession, statement: Executable, values: dict[str, Any] | None = None
) -> Result[Any]:
    """Run a Core statement (a multi-table select, a raw SET) in the session's transaction."""
    connection = await session.connection()
    return await connection.execute(statement, values)
