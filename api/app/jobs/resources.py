"""What a job needs from the process it runs in: the settings and the database. Set once when the worker
starts (inside an API process, or `python -m app.worker`); jobs read it through `job_resources()`.

Tasks live with their domain, on a procrastinate `Blueprint` (`app/email/tasks.py`, ...); the runner
(app/jobs/runner.py) registers every blueprint listed in app/jobs/registry.py.
"""

from dataclasses import dataclass

from app.core.config import Settings
from app.core.db import Database


@dataclass(frozen=True)
class JobResources:
    settings: Settings
    database: Database


_current: JobResources | None = None


def provide_job_resources(resources: JobResources | None) -> None:
    global _current  # one worker per process; tests swap it around their worker
    _current = resources


def job_resources() -> JobResources:
    if _current is None:
        raise RuntimeError("No job worker runs in this process: job resources were not provided")
    return _current
