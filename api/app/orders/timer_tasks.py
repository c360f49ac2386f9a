"""The timers' schedule (DESIGN §13): one periodic job, every SCHEDULER_INTERVAL_S, runs every sweep of
app/orders/timers.py, each batch in its own committed transaction.

Registered with the other blueprints (app/jobs/registry.py) as `timers:sweep`. Procrastinate defers a
periodic job once per tick however many workers run (and its queueing lock keeps a busy queue from piling
them up); two sweeps that do run at once share the due orders through their row locks.
"""

import logging
from collections.abc import Awaitable, Callable

from procrastinate import App, Blueprint
from sqlmodel.ext.asyncio.session import AsyncSession

from app.jobs.resources import JobResources, job_resources
from app.orders import timers
from app.orders.deadlines import Deadlines

logger = logging.getLogger(__name__)

timers_blueprint = Blueprint()

TASK_NAME = "timers:sweep"
PERIODIC_ID = "order_timers"
# Batches one run works through per sweep before leaving the rest to the next tick.
MAX_BATCHES = 25

Sweep = Callable[[AsyncSession], Awaitable[int]]


@timers_blueprint.task(name="sweep", queueing_lock="order-timers", pass_context=False)
async def sweep(timestamp: int) -> dict[str, int]:
    """`timestamp`: the tick this run was scheduled for (unused: deadlines are read on the database's clock)."""
    return await run_timers(job_resources())


def sweeps(deadlines: Deadlines) -> dict[str, Sweep]:
    """Every sweep, named by what it counts, in the order a run takes them: one batch each."""
    return {
        "expired": lambda s: timers.move_overdue(s, timers.EXPIRY, deadlines),
        "auto_completed": lambda s: timers.move_overdue(s, timers.AUTO_COMPLETION, deadlines),
        "expiry_reminders": lambda s: timers.send_reminders(s, timers.EXPIRY, deadlines),
        "completion_reminders": lambda s: timers.send_reminders(
            s, timers.AUTO_COMPLETION, deadlines
        ),
        "late": timers.flag_late,
    }


async def run_timers(resources: JobResources) -> dict[str, int]:
    """Every sweep once; what each did. Frames and mail of each batch go out right after its commit."""
    deadlines = Deadlines.from_settings(resources.settings)
    done = {name: await _drain(resources, one) for name, one in sweeps(deadlines).items()}
    if any(done.values()):
        logger.info("order timers: %s", ", ".join(f"{n} {name}" for name, n in done.items() if n))
    return done


async def _drain(resources: JobResources, one: Sweep) -> int:
    total = 0
    for _ in range(MAX_BATCHES):
        async with resources.database.sessions() as session:
            acted = await one(session)
            await resources.commit(session)
        total += acted
        if acted < timers.BATCH:
            break
    return total


def cron_every(seconds: int) -> str:
    """The cron line for an interval that divides a minute or an hour (the settings check it does)."""
    if seconds < 60:
        return f"* * * * * */{seconds}"  # the sixth column is seconds
    minutes = seconds // 60
    return "* * * * *" if minutes == 1 else f"*/{minutes} * * * *"


def schedule_timers(jobs: App, interval_s: int) -> None:
    """Put the sweep on the worker's schedule. Done when a worker starts rather than at import, because the
    interval is a setting; a process that starts a worker again (tests do) replaces its earlier schedule."""
    task = jobs.tasks[TASK_NAME]
    registry = jobs.periodic_registry
    registry.periodic_tasks.pop((task.name, PERIODIC_ID), None)
    registry.register_task(
        task=task, cron=cron_every(interval_s), periodic_id=PERIODIC_ID, configure_kwargs={}
    )
