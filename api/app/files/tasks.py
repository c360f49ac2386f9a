"""The files' periodic job: unattached uploads older than 24 h are deleted (app/files/cleanup.py).

Registered with the other blueprints (app/jobs/registry.py) as `files:delete_stale_uploads`, every 10 minutes;
procrastinate defers it once per tick however many workers run.
"""

from procrastinate import Blueprint

from app.files.cleanup import delete_stale_uploads
from app.jobs.resources import job_resources

files_blueprint = Blueprint()


@files_blueprint.periodic(cron="*/10 * * * *", periodic_id="stale_uploads")
@files_blueprint.task(
    name="delete_stale_uploads", queueing_lock="stale_uploads", pass_context=False
)
async def delete_stale(timestamp: int) -> int:
    """`timestamp`: the tick this run was scheduled for (unused: age is read on the database's clock)."""
    resources = job_resources()
    return await delete_stale_uploads(resources.database, resources.storage)
