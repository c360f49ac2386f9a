"""Migrations build the whole schema on an empty database, and the models match it exactly."""

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.core.config import Settings
from tests.conftest import API_DIR, TEST_JWT_SECRET, alembic_config


@pytest.fixture
def empty_database_url(settings: Settings) -> Iterator[str]:
    url = make_url(settings.database_url)
    name = f"migrations_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_upgrade_on_an_empty_database_then_check(empty_database_url: str) -> None:
    config = alembic_config(empty_database_url)
    command.upgrade(config, "head")
    command.check(config)  # raises when the models and the migrated schema differ


def test_downgrade_and_upgrade_again(empty_database_url: str) -> None:
    config = alembic_config(empty_database_url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    command.upgrade(config, "head")


def test_alembic_migrates_through_the_direct_url(empty_database_url: str) -> None:
    """On Neon the service runs on the pooled endpoint and migrations take the direct one: with
    DIRECT_DATABASE_URL set, `alembic upgrade head` never touches DATABASE_URL (unreachable here)."""
    env = {
        **os.environ,
        "APP_ENV": "test",
        "DATABASE_URL": "postgresql://nobody@127.0.0.1:9/unreachable",
        "DIRECT_DATABASE_URL": empty_database_url,
        "JWT_SECRET": TEST_JWT_SECRET,
    }
    migrate = [sys.executable, "-m", "alembic", "upgrade", "head"]
    result = subprocess.run(migrate, cwd=API_DIR, env=env, capture_output=True, text=True)  # noqa: S603
    assert result.returncode == 0, result.stderr
    engine = create_engine(empty_database_url)
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    head = ScriptDirectory.from_config(alembic_config(empty_database_url)).get_current_head()
    assert version == head
