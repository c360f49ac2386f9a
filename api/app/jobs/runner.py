"""The job runner: one procrastinate App for the process, its own small psycopg pool, and the worker.

Every API process opens the App (to defer jobs after a commit); with `WORKER=inline` (the default) it also runs a
worker, started in the FastAPI lifespan, and `python -m app.worker` runs one alone. Periodic jobs are deferred
by every worker and deduplicated by procrastinate in the database (`procrastinate_periodic_defers` is unique on
task, periodic id and tick), so N instances still run each tick once.

The pool connects to DIRECT_DATABASE_URL when set, else DATABASE_URL, without server-side prepared statements
(PgBouncer in transaction mode has none). LISTEN/NOTIFY needs a real server session: through a pooled URL alone
the worker polls every JOBS_POLL_INTERVAL_S instead (`Settings.jobs_listen`).
"""

import asyncio
import contextlib
import logging
import os
import socket

from procrastinate import App, PsycopgConnector

from app.core.config import Settings
from app.core.db import Database
from app.jobs.registry import BLUEPRINTS
from app.jobs.resources import JobResources, provide_job_resources
from app.orders.timer_tasks import schedule_timers
from app.realtime.service import Realtime

logger = logging.getLogger(__name__)

POOL_MAX_SIZE = (
    4  # the worker's fetches and status updates, job defers; LISTEN has its own connection
)
CONCURRENCY = 2  # jobs in flight per worker: a slow SMTP server must not hold back every other job
RESTART_DELAY_S = 5.0
# Tasks that run every few seconds: their start/success lines are left out of INFO (their own logs say what
# they did), so the log shows what happened rather than a heartbeat.
ROUTINE_TASKS = frozenset(
    {
        "email:sweep",
        "email:send_due",
        "digest:send_message_digests",
        "timers:sweep",
        "files:delete_stale_uploads",
    }
)
_ROUTINE_ACTIONS = frozenset({"periodic_task_deferred", "start_job", "job_success"})


def _build_app() -> App:
    # The connector is replaced by each runner when it opens; this one is never opened.
    jobs = App(connector=PsycopgConnector())
    for namespace, blueprint in BLUEPRINTS.items():
        jobs.add_tasks_from(blueprint, namespace=namespace)
    return jobs


jobs_app = _build_app()


class QuietRoutineJobs(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        job = getattr(record, "job", None)
        routine = isinstance(job, dict) and job.get("task_name") in ROUTINE_TASKS
        return not (routine and getattr(record, "action", None) in _ROUTINE_ACTIONS)


_quiet = QuietRoutineJobs()
for _name in ("procrastinate.worker", "procrastinate.periodic"):
    logging.getLogger(_name).addFilter(_quiet)


class JobRunner:
    """`await open()` → (optionally) `start_worker()` → `await close()`. One open runner per process."""

    def __init__(
        self,
        settings: Settings,
        database: Database,
        realtime: Realtime,
        name: str | None = None,
    ) -> None:
        self.settings = settings
        self.database = database
        self.realtime = realtime
        self.name = name or f"{socket.gethostname()}-{os.getpid()}"
        self._connector_scope = contextlib.ExitStack()
        self._worker: asyncio.Task[None] | None = None
        self.is_open = False

    async def open(self) -> None:
        connector = PsycopgConnector(
            conninfo=self.settings.jobs_database_url,
            # Nothing is connected up front: the API starts while the database is still waking up.
            min_size=0,
            max_size=POOL_MAX_SIZE,
            name="jobs",
            kwargs={
                "prepare_threshold": None,
                "connect_timeout": self.settings.db_connect_timeout_s,
            },
        )
        self._connector_scope.enter_context(jobs_app.replace_connector(connector))
        await jobs_app.open_async()
        resources = JobResources(
            settings=self.settings, database=self.database, realtime=self.realtime
        )
        resources.state.jobs = self
        provide_job_resources(resources)
        self.is_open = True

    def start_worker(self) -> None:
        # A logger's filters see only its own records, not its children's: the worker logs as
        # `procrastinate.worker.<name>`, so that logger gets the filter too.
        logging.getLogger(f"procrastinate.worker.{self.name}").addFilter(_quiet)
        schedule_timers(jobs_app, self.settings.scheduler_interval_s)
        self._worker = asyncio.create_task(self._supervise(), name=f"jobs worker {self.name}")

    async def _supervise(self) -> None:
        """Run the worker; restart it after an error (the database was unreachable, say)."""
        listen = self.settings.jobs_listen
        poll = self.settings.jobs_poll_interval_s
        logger.info(
            "job worker %s starting: %s, polling every %ss",
            self.name,
            "LISTEN/NOTIFY" if listen else "no LISTEN/NOTIFY (pooled connection)",
            poll,
        )
        while True:
            try:
                await jobs_app.run_worker_async(
                    name=self.name,
                    concurrency=CONCURRENCY,
                    listen_notify=listen,
                    fetch_job_polling_interval=poll,
                    abort_job_polling_interval=max(poll, 5.0),
                    shutdown_graceful_timeout=self.settings.jobs_shutdown_timeout_s,
                    delete_jobs="successful",
                    install_signal_handlers=False,  # the API's server (or app/worker.py) owns the signals
                )
                return
            except Exception:
                logger.exception("job worker %s stopped on an error; restarting", self.name)
                await asyncio.sleep(RESTART_DELAY_S)

    async def close(self) -> None:
        """Stop the worker (the jobs in hand get JOBS_SHUTDOWN_TIMEOUT_S to finish, then are cancelled), then
        close the pool."""
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None
            logger.info("job worker %s stopped", self.name)
        if self.is_open:
            self.is_open = False
            provide_job_resources(None)
            await jobs_app.close_async()
        self._connector_scope.close()
