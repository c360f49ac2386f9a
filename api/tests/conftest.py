"""Test fixtures: the real app against a real PostgreSQL, with every table emptied after each test.

The database comes from TEST_DATABASE_URL (`make test` starts an embedded PostgreSQL and sets it).
Tests commit for real — race tests need several connections to see each other's writes — and a
TRUNCATE after each test gives the next one an empty database.
"""

import asyncio
import os
from collections.abc import AsyncIterator

import pytest
from alembic import command
from alembic.config import Config
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from psycopg.errors import DeadlockDetected
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.core.db import Database
from app.gigs.search import capped
from app.main import create_app
from app.models import metadata
from tests.factories import Factory

API_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_JWT_SECRET = "test-jwt-secret-" + "0123456789abcdef" * 4  # 80 bytes: long enough for HS512 too
FRONTEND_ORIGIN = "http://localhost:3100"


def database_url_from_env() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        raise RuntimeError(
            "TEST_DATABASE_URL is not set. Run the suite with `make test-api`, which starts a "
            "throwaway PostgreSQL, or point TEST_DATABASE_URL at an empty database."
        )
    return url


def alembic_config(database_url: str) -> Config:
    config = Config(os.path.join(API_DIR, "alembic.ini"))
    config.set_main_option("script_location", os.path.join(API_DIR, "migrations"))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        app_env="test",
        files_dir=tmp_path_factory.mktemp("files"),
        database_url=database_url_from_env(),
        jwt_secret=TEST_JWT_SECRET,
        frontend_origin=FRONTEND_ORIGIN,
        _env_file=None,  # the suite must not read a developer's .env
    )


@pytest.fixture(scope="session")
def migrated(settings: Settings) -> None:
    command.upgrade(alembic_config(database_url_from_env()), "head")


@pytest.fixture(scope="session")
async def database(settings: Settings, migrated: None) -> AsyncIterator[Database]:
    db = Database(settings)
    yield db
    await db.dispose()


@pytest.fixture(scope="session")
def app(settings: Settings, database: Database) -> FastAPI:
    application = create_app(settings)
    application.state.database = database
    return application


# procrastinate's tables (migration 0008) are not in the models' metadata; the workers table is left alone, as
# API processes some tests start keep their worker registered in it.
JOB_TABLES = ("procrastinate_jobs", "procrastinate_periodic_defers", "procrastinate_events")


# Reference data the migrations write (the category tree): kept between tests, as in production.
SEEDED_TABLES = {"categories"}


@pytest.fixture(autouse=True)
async def clean_tables(database: Database) -> AsyncIterator[None]:
    yield
    capped.forget()  # "more than 1,000 gigs match" was about the gigs being deleted now
    tables = ", ".join(
        [*(t.name for t in metadata.sorted_tables if t.name not in SEEDED_TABLES), *JOB_TABLES]
    )
    # A job worker some tests run (its periodic sweeps and cleanups) may hold row locks in a different order at
    # the moment of the TRUNCATE; PostgreSQL then cancels one side as a deadlock. Retry, as any client would.
    for attempt in range(3):
        try:
            async with database.engine.begin() as connection:
                await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            return
        except DBAPIError as error:
            if not isinstance(error.orig, DeadlockDetected) or attempt == 2:
                raise
            await asyncio.sleep(0.1)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[AsyncClient]:
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def session(database: Database) -> AsyncIterator[AsyncSession]:
    """A session for arranging and inspecting data; each factory call commits."""
    async with database.sessions() as db_session:
        yield db_session


@pytest.fixture
def factory(session: AsyncSession, settings: Settings) -> Factory:
    return Factory(session, settings)
