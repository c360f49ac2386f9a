"""The job runner: a real procrastinate worker in this process delivers mail — nudged after a commit, or found by
the periodic sweep — two workers never send a row twice, periodic jobs run once per tick whatever the number of
instances, and the API's lifespan and `python -m app.worker` start and stop it."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator

import pytest
from sqlalchemy import text
from starlette.datastructures import State

from app.core.after_commit import run_jobs, take_jobs
from app.core.config import Settings
from app.core.db import Database
from app.email.kinds import EmailKind
from app.email.outbox import enqueue_email
from app.jobs.runner import JobRunner, jobs_app
from app.main import create_app
from app.realtime.service import Realtime
from tests.mail_helpers import RESET, outbox
from tests.servers import API_DIR
from tests.smtp_server import SmtpSink, mail_settings


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mail(settings: Settings, sink: SmtpSink) -> Settings:
    return mail_settings(settings, sink, jobs_poll_interval_s=0.2)


@pytest.fixture
async def runner(mail: Settings, database: Database) -> AsyncIterator[JobRunner]:
    jobs = JobRunner(mail, database, Realtime(None), name="test-worker")
    await jobs.open()
    jobs.start_worker()
    yield jobs
    await jobs.close()


async def wait_for(sink: SmtpSink, count: int, within_s: float = 15) -> float:
    started = time.monotonic()
    while len(sink.accepted) < count:
        if time.monotonic() - started > within_s:
            raise AssertionError(f"{len(sink.accepted)} of {count} mails arrived in {within_s} s")
        await asyncio.sleep(0.02)
    return time.monotonic() - started


async def commit_mail(database: Database, runner: JobRunner, to: str, key: str) -> None:
    """What a request does: queue in its transaction, commit, then run its after-commit jobs (the nudge)."""
    async with database.sessions() as session:
        await enqueue_email(
            session, to_address=to, kind=EmailKind.PASSWORD_RESET, payload=RESET, dedupe_key=key
        )
        await session.commit()
        state = State()
        state.jobs = runner
        await run_jobs(take_jobs(session), state)


async def test_the_worker_delivers_mail_nudged_after_the_commit(
    runner: JobRunner, database: Database, sink: SmtpSink
) -> None:
    await commit_mail(database, runner, "ada@example.com", "nudged")
    took = await wait_for(sink, 1, within_s=5)
    assert took < 2.5  # the nudge, not the 3 s sweep
    for _ in range(50):  # the outcome is recorded once the batch is through
        [row] = await outbox(database)
        if row["status"] == "sent":
            break
        await asyncio.sleep(0.05)
    assert row["status"] == "sent"


async def test_the_sweep_sends_mail_the_web_app_inserted(
    runner: JobRunner, database: Database, sink: SmtpSink
) -> None:
    # Better Auth's hooks write rows through the web's pool: no nudge reaches the worker.
    async with database.engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO email_outbox (to_address, kind, payload, dedupe_key) "
                "VALUES ('web@example.com', 'verify_email', "
                """'{"url": "https://devmarket.example/v?token=t", "name": "W"}', 'web:1')"""
            )
        )
    await wait_for(sink, 1, within_s=10)
    assert sink.accepted[0]["To"] == "web@example.com"


async def test_two_workers_at_once_never_send_a_row_twice(
    runner: JobRunner, database: Database, sink: SmtpSink
) -> None:
    second = asyncio.create_task(
        jobs_app.run_worker_async(
            name="second-worker",
            concurrency=2,
            listen_notify=True,
            fetch_job_polling_interval=0.2,
            install_signal_handlers=False,
            delete_jobs="successful",
        )
    )
    try:
        await asyncio.gather(
            *(commit_mail(database, runner, f"p{n}@example.com", f"burst:{n}") for n in range(40))
        )
        await wait_for(sink, 40)
        await asyncio.sleep(0.5)  # time for a second copy to arrive, were there one
    finally:
        second.cancel()
        await asyncio.gather(second, return_exceptions=True)
    ids = sink.message_ids()
    assert len(ids) == 40
    assert set(ids.values()) == {1}


async def test_periodic_defers_are_deduplicated_across_instances(database: Database) -> None:
    """Every worker defers each tick of a periodic task; the database keeps one (unique task, id and tick)."""
    async with database.engine.begin() as connection:
        defer = text(
            "SELECT procrastinate_defer_periodic_job_v2('default', NULL, NULL, 'email:sweep', 0, '', "
            ":tick, '{}'::jsonb)"
        )
        first = (await connection.execute(defer, {"tick": 1_900_000_000})).scalar_one()
        second = (await connection.execute(defer, {"tick": 1_900_000_000})).scalar_one()
        jobs = (
            await connection.execute(
                text("SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'email:sweep'")
            )
        ).scalar_one()
    assert first is not None
    assert second is None
    assert jobs == 1


async def test_the_lifespan_runs_the_worker_inline_and_stops_it(
    mail: Settings, database: Database, sink: SmtpSink
) -> None:
    app = create_app(mail)
    app.state.database = database
    async with app.router.lifespan_context(app):
        jobs = app.state.jobs
        assert jobs.is_open
        await commit_mail(database, jobs, "inline@example.com", "inline")
        await wait_for(sink, 1, within_s=5)
    assert not jobs.is_open


async def test_worker_off_defers_but_does_not_run_jobs(mail: Settings, database: Database) -> None:
    app = create_app(mail.model_copy(update={"worker": "off"}))
    app.state.database = database
    async with app.router.lifespan_context(app):
        await commit_mail(database, app.state.jobs, "later@example.com", "off")
        await asyncio.sleep(0.5)
        async with database.engine.connect() as connection:
            queued = await connection.execute(
                text("SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'email:send_due'")
            )
            assert queued.scalar_one() == 1  # waiting for `python -m app.worker`
    assert [r["status"] for r in await outbox(database)] == ["pending"]


def test_python_m_app_worker_sends_and_stops_on_sigterm(
    settings: Settings, sink: SmtpSink, database: Database
) -> None:
    env = {
        **os.environ,
        "APP_ENV": "test",
        "DATABASE_URL": settings.database_url,
        "JWT_SECRET": settings.jwt_secret,
        "SMTP_URL": sink.url,
        "JOBS_POLL_INTERVAL_S": "0.2",
    }
    process = subprocess.Popen(  # our own interpreter and module
        [sys.executable, "-m", "app.worker"],
        cwd=API_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        asyncio.run(_insert_and_wait(settings, sink))
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    assert process.returncode == 0, output
    assert "job worker" in output
    assert "stopped" in output


async def _insert_and_wait(settings: Settings, sink: SmtpSink) -> None:
    database = Database(settings)
    try:
        async with database.sessions() as session:
            await enqueue_email(
                session,
                to_address="alone@example.com",
                kind=EmailKind.PASSWORD_RESET,
                payload=RESET,
                dedupe_key="worker-process",
            )
            await session.commit()
        # Found by the sweep: this process has no runner to nudge.
        await wait_for(sink, 1, within_s=15)
    finally:
        await database.dispose()
