"""The database engine and the per-request session that commits at the request boundary."""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from psycopg_pool import AsyncConnectionPool
from sqlalchemy import Executable, Result, text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.requests import HTTPConnection

from app.core.after_commit import run_jobs, take_jobs
from app.core.config import Settings

# psycopg's own default: a statement is prepared on a connection once it has run this many times there.
PREPARE_AFTER_RUNS = 5
RECYCLE_S = 240  # under the 5 minutes after which managed Postgres (Neon) drops an idle connection
POOL_TIMEOUT_S = 10


class Database:
    """One engine per process. Creating it opens no connection, so the API starts without a database."""

    def __init__(self, settings: Settings) -> None:
        prepare_threshold = PREPARE_AFTER_RUNS if settings.prepared_statements else None
        self.engine = create_async_engine(
            settings.database_url,
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_pool_size,
            # No ping before every checkout (a round trip per request): a connection the server closed is
            # found out by its first statement, and SQLAlchemy then drops it and every older one from the
            # pool, so one request sees the error (a 503) and the next gets a fresh connection. Recycling
            # before managed Postgres drops idle connections (Neon: 5 minutes) keeps even that rare.
            pool_recycle=RECYCLE_S,
            pool_timeout=POOL_TIMEOUT_S,
            connect_args={
                # No startup options: they break behind PgBouncer in transaction mode (Neon's pooled
                # endpoint). The statement timeout is a database default instead (migration 0002) plus
                # SET LOCAL where a query needs less.
                "prepare_threshold": prepare_threshold,
                "connect_timeout": settings.db_connect_timeout_s,
            },
        )
        # Objects stay readable after commit: responses are built from them once the session has ended.
        self.sessions = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False)
        # For GET requests, which change nothing (DESIGN §8): each statement runs on its own, so a read
        # spends no round trips on BEGIN and COMMIT. Under READ COMMITTED, statements in one transaction
        # would not share a snapshot either, so a read sees nothing different.
        self.read_sessions = async_sessionmaker(
            self.engine.execution_options(isolation_level="AUTOCOMMIT"),
            class_=AsyncSession,
            expire_on_commit=False,
        )

        # Session-less reads (app/core/reads.py) take plain psycopg connections in autocommit from a pool
        # of their own: no SQLAlchemy layer per checkout, no BEGIN. It opens on first use (tests and tools
        # build a Database without running the app's lifespan) and connects only when a read asks.
        self.read_pool = AsyncConnectionPool(
            settings.driver_database_url,
            min_size=0,
            max_size=settings.db_pool_size,
            open=False,
            # A read waits for a connection as long as a connection attempt may take: with the database
            # down it fails within the connect timeout, as an ORM request does.
            timeout=settings.db_connect_timeout_s,
            max_idle=RECYCLE_S,
            max_lifetime=RECYCLE_S,
            kwargs={
                "autocommit": True,
                "prepare_threshold": prepare_threshold,
                "connect_timeout": settings.db_connect_timeout_s,
            },
        )

    async def reads(self) -> AsyncConnectionPool:
        if self.read_pool.closed:
            await self.read_pool.open(wait=False)  # opening twice is a no-op
        return self.read_pool

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
        await self.read_pool.close()
        await self.engine.dispose()


SAFE_METHODS = frozenset({"GET", "HEAD"})


def get_database(conn: HTTPConnection) -> Database:
    database: Database = conn.app.state.database
    return database


async def get_session(conn: HTTPConnection) -> AsyncIterator[AsyncSession]:
    """Commit when the route returns, roll back when it raises. Services never commit themselves.

    Side effects queued during the request (`app.core.after_commit`: realtime frames, ...) run only after the
    commit succeeded: a rolled-back request announces nothing.
    """
    database = get_database(conn)
    reads_only = conn.scope.get("method") in SAFE_METHODS
    async with (database.read_sessions if reads_only else database.sessions)() as session:
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
