"""What a job needs from the process it runs in: the settings, the database, the realtime layer and file storage. Set once
when the worker starts (inside an API process, or `python -m app.worker`); jobs read it through
`job_resources()`.

Tasks live with their domain, on a procrastinate `Blueprint` (`app/email/tasks.py`, ...); the runner
(app/jobs/runner.py) registers every blueprint listed in app/jobs/registry.py.
"""

from dataclasses import dataclass, field

from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.datastructures import State

from app.core.after_commit import run_jobs, take_jobs
from app.core.config import Settings
from app.core.db import Database
from app.files.storage import FileStorage, storage_from_settings
from app.realtime.service import Realtime


@dataclass(frozen=True)
class JobResources:
    settings: Settings
    database: Database
    # Inside an API process, its own (frames reach its sockets, and through Redis every instance's); in
    # `python -m app.worker`, one that publishes over Redis when REDIS_URL is set.
    realtime: Realtime
    # What after-commit work reads, as a request's `app.state` would offer it.
    state: State = field(init=False)
    # File storage, as the settings choose it (the stale-upload cleanup deletes from it).
    storage: FileStorage = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "storage", storage_from_settings(self.settings))
        jobs_state = State({"settings": self.settings, "realtime": self.realtime, "jobs": None})
        object.__setattr__(self, "state", jobs_state)

    async def commit(self, session: AsyncSession) -> None:
        """Commit a job's transaction, then run what it queued for after the commit (realtime frames, the
        mail sender's nudge), as a request's session does."""
        await session.commit()
        await run_jobs(take_jobs(session), self.state)


_current: JobResources | None = None


def provide_job_resources(resources: JobResources | None) -> None:
    global _current  # one worker per process; tests swap it around their worker
    _current = resources


def job_resources() -> JobResources:
    if _current is None:
        raise RuntimeError("No job worker runs in this process: job resources were not provided")
    return _current
