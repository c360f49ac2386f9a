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
from app.core.migration_lock import MIGRATION_LOCK_KEY
from tests.conftest import API_DIR, TEST_JWT_SECRET, alembic_config


@pytest.fixture
def empty_database_url(settings: Settings) -> Iterator[str]:
    # The database itself, not a pooler in front of it: DDL and session settings belong on a real session.
    url = make_url(settings.migrations_database_url)
    name = f"migrations_{uuid.uuid4().hex[:8]}"
    # The test database's default statement timeout is for the API's queries; creating and dropping a whole
    # database may take longer on a busy machine (a checkpoint), so these two statements have none.
    admin = create_engine(
        url, isolation_level="AUTOCOMMIT", connect_args={"options": "-c statement_timeout=0"}
    )
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


def alembic_upgrade(database_url: str, direct_url: str | None = None) -> subprocess.Popen[str]:
    """`alembic upgrade head` as the start command runs it, in a process of its own."""
    env = {
        **os.environ,
        "APP_ENV": "test",
        "DATABASE_URL": database_url,
        "JWT_SECRET": TEST_JWT_SECRET,
    }
    env.pop("DIRECT_DATABASE_URL", None)
    if direct_url is not None:
        env["DIRECT_DATABASE_URL"] = direct_url
    return subprocess.Popen(  # our interpreter and Alembic, fixed arguments
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=API_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def current_revision(database_url: str) -> str:
    engine = create_engine(database_url)
    with engine.connect() as connection:
        version: str = connection.execute(
            text("SELECT version_num FROM alembic_version")
        ).scalar_one()
    engine.dispose()
    return version


def test_alembic_migrates_through_the_direct_url(empty_database_url: str) -> None:
    """On Neon the service runs on the pooled endpoint and migrations take the direct one: with
    DIRECT_DATABASE_URL set, `alembic upgrade head` never touches DATABASE_URL (unreachable here)."""
    unreachable = "postgresql://nobody@127.0.0.1:9/unreachable"
    _, stderr = alembic_upgrade(unreachable, direct_url=empty_database_url).communicate(timeout=60)
    assert "Running upgrade" in stderr
    head = ScriptDirectory.from_config(alembic_config(empty_database_url)).get_current_head()
    assert current_revision(empty_database_url) == head


def test_migrations_wait_for_one_another(empty_database_url: str) -> None:
    """Each API instance migrates in its start command; while one migrates, another one waits for
    it (on a transaction-scoped advisory lock) and then finds nothing left to do."""
    engine = create_engine(empty_database_url)
    with engine.connect() as holder:
        holder.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        waiting = alembic_upgrade(empty_database_url)
        with pytest.raises(subprocess.TimeoutExpired):
            waiting.wait(timeout=5)  # blocked behind "another instance" holding the lock
        holder.rollback()  # that instance is done
        _, stderr = waiting.communicate(timeout=60)
    engine.dispose()
    assert waiting.returncode == 0, stderr
    assert "Running upgrade  -> 0001" in stderr
