"""Work that must wait until the request's transaction has committed (realtime frames, closing sockets, and
later mail and jobs): queued on the session while the request runs, run after the commit, dropped on rollback.

Domains queue their own jobs, so the session dependency in `app.core.db` needs to know none of them.
"""

import logging
from collections.abc import Awaitable, Callable

from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.datastructures import State

logger = logging.getLogger(__name__)

# A job gets the application's state (`app.state`: the realtime layer, settings, ...).
Job = Callable[[State], Awaitable[None]]

_KEY = "after_commit_jobs"


def after_commit(session: AsyncSession, job: Job) -> None:
    session.info.setdefault(_KEY, []).append(job)


def take_jobs(session: AsyncSession) -> list[Job]:
    """The jobs queued on this session, removed from it (so a rollback can simply drop them)."""
    jobs: list[Job] = session.info.pop(_KEY, [])
    return jobs


async def run_jobs(jobs: list[Job], state: State) -> None:
    for job in jobs:
        try:
            await job(state)
        except Exception:
            # What the job announces is committed; a lost side effect must not turn a 2xx into a 500.
            logger.exception("an after-commit job failed")
