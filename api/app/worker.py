"""`python -m app.worker`: the job worker alone, for deployments that run the API with `WORKER=off`.

SIGTERM or SIGINT stops it gracefully: the jobs in hand get JOBS_SHUTDOWN_TIMEOUT_S to finish."""

import asyncio
import signal

from app.core.config import get_settings
from app.core.db import Database
from app.core.observability import configure_logging
from app.jobs.runner import JobRunner
from app.realtime.service import Realtime


async def main() -> None:
    settings = get_settings()
    configure_logging(json_lines=settings.is_production)
    database = Database(settings)
    # Frames of what the jobs change reach the API instances' sockets through Redis; without it they have no
    # socket to reach here, and clients read the notifications when they next load or reconnect.
    realtime = Realtime(settings.redis_url)
    await realtime.start()
    runner = JobRunner(settings, database, realtime)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await runner.open()
    runner.start_worker()
    try:
        await stop.wait()
    finally:
        await runner.close()
        await realtime.stop()
        await database.dispose()


if __name__ == "__main__":
    asyncio.run(main())
