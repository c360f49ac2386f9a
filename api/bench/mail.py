"""`make bench-mail`: how long a committed mail takes to reach the SMTP server.

A database of its own on the server of DATABASE_URL (created, migrated, dropped), a real SMTP server (aiosmtpd),
the real job runner in this process (a procrastinate worker, as WORKER=inline runs it). N mails are committed one
transaction each, paced, the way a request commits them (then its after-commit nudge); then M rows are inserted
without a nudge, the way the web app's Better Auth hooks write them, and found by the periodic sweep. For each
mail: commit → the SMTP server's 250. Environment: BENCH_MAIL_COUNT (200), BENCH_MAIL_WEB_COUNT (30),
BENCH_MAIL_PACE_MS (20), JOBS_LISTEN_NOTIFY (unset: LISTEN/NOTIFY).
"""

import asyncio
import os
import statistics
import time
import uuid

from sqlalchemy import text
from starlette.datastructures import State

from app.core.after_commit import run_jobs, take_jobs
from app.core.config import Settings
from app.core.db import Database
from app.email.kinds import EmailKind
from app.email.outbox import enqueue_email
from app.jobs.runner import JobRunner
from app.realtime.service import Realtime
from bench.database import bench_database, percentile
from tests.smtp_server import SmtpSink

PAYLOAD = {"url": "https://devmarket.example/auth/reset-password?token=bench", "name": "Bench"}


def summary(label: str, latencies_ms: list[float]) -> str:
    return (
        f"{label}: n={len(latencies_ms)}  p50={statistics.median(latencies_ms):.0f} ms  "
        f"p95={percentile(latencies_ms, 0.95):.0f} ms  max={max(latencies_ms):.0f} ms"
    )


async def wait_for(sink: SmtpSink, count: int, within_s: float) -> None:
    deadline = time.monotonic() + within_s
    # The sink runs on a thread of its own: polling its list is simpler than a cross-thread event.
    while len(sink.accepted) < count and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.01)


def latencies(sink: SmtpSink, committed_at: dict[int, float]) -> list[float]:
    out = []
    for message, accepted in zip(sink.accepted, sink.accepted_at, strict=True):
        outbox_id = int(str(message["Message-ID"]).split("@")[0].removeprefix("<outbox-"))
        if outbox_id in committed_at:
            out.append((accepted - committed_at[outbox_id]) * 1000)
    return out


async def run(url: str) -> None:
    count = int(os.environ.get("BENCH_MAIL_COUNT", "200"))
    web_count = int(os.environ.get("BENCH_MAIL_WEB_COUNT", "30"))
    pace_s = int(os.environ.get("BENCH_MAIL_PACE_MS", "20")) / 1000
    sink = SmtpSink()
    sink.start()
    settings = Settings(
        app_env="test",
        database_url=url,
        jwt_secret="bench-" + "0123456789abcdef" * 3,
        smtp_url=sink.url,
        better_auth_url="https://devmarket.example",
        _env_file=None,
    )
    database = Database(settings)
    runner = JobRunner(settings, database, Realtime(None), name="bench")
    await runner.open()
    runner.start_worker()
    state = State()
    state.jobs = runner
    print(
        f"worker: {'LISTEN/NOTIFY' if settings.jobs_listen else 'polling'}, "
        f"polling every {settings.jobs_poll_interval_s}s; {count} mails committed "
        f"{pace_s * 1000:.0f} ms apart, then {web_count} inserted without a nudge"
    )
    try:
        await asyncio.sleep(1)  # the worker registered and listening
        committed_at: dict[int, float] = {}
        for n in range(count):
            async with database.sessions() as session:
                await enqueue_email(
                    session,
                    to_address=f"bench{n}@example.com",
                    kind=EmailKind.PASSWORD_RESET,
                    payload=PAYLOAD,
                    dedupe_key=f"bench:{uuid.uuid4().hex}",
                )
                await session.commit()
                committed_at[n + 1] = time.time()
                await run_jobs(take_jobs(session), state)
            await asyncio.sleep(pace_s)
        await wait_for(sink, count, 60)
        nudged = latencies(sink, committed_at)
        if os.environ.get("BENCH_MAIL_DEBUG"):
            print([round(v) for v in nudged])

        web_at: dict[int, float] = {}
        for n in range(web_count):
            async with database.engine.begin() as connection:
                row = await connection.execute(
                    text(
                        "INSERT INTO email_outbox (to_address, kind, payload, dedupe_key) "
                        "VALUES (:to, 'password_reset', CAST(:payload AS jsonb), :key) RETURNING id"
                    ),
                    {
                        "to": f"web{n}@example.com",
                        "payload": '{"url": "https://devmarket.example/r?token=b", "name": "W"}',
                        "key": f"bench-web:{n}",
                    },
                )
                outbox_id = row.scalar_one()
            web_at[outbox_id] = time.time()
            await asyncio.sleep(0.2)
        await wait_for(sink, count + web_count, 60)
        swept = latencies(sink, web_at)
        duplicates = sum(c - 1 for c in sink.message_ids().values())
        print(summary("committed by the API (after-commit nudge)", nudged))
        print(summary("inserted by the web (periodic sweep, every 3 s)", swept))
        print(f"delivered {len(sink.accepted)} of {count + web_count}, duplicates {duplicates}")
    finally:
        await runner.close()
        await database.dispose()
        sink.stop()


def main() -> None:
    with bench_database("mailer_bench") as url:
        asyncio.run(run(url))


if __name__ == "__main__":
    main()
