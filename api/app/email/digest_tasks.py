"""The digest's schedule: every minute, queue the unread-message digests that are due.

Registered by the job runner with the other blueprints (app/jobs/registry.py):
`app.add_tasks_from(digest_blueprint, namespace="email")`. Procrastinate defers a periodic task once per
timestamp however many workers run, and the digest's claim is safe on its own besides.
"""

from datetime import UTC, datetime

from procrastinate import Blueprint

from app.core.after_commit import take_jobs
from app.email.digest import queue_message_digests
from app.jobs.resources import job_resources

digest_blueprint = Blueprint()


@digest_blueprint.periodic(cron="* * * * *", periodic_id="message_digests")
@digest_blueprint.task(
    name="send_message_digests", queueing_lock="message_digests", pass_context=False
)
async def send_message_digests(timestamp: int) -> int:
    """`timestamp`: the minute this run was scheduled for, which is the digest's `now`."""
    database = job_resources().database
    async with database.sessions() as session:
        queued = await queue_message_digests(session, datetime.fromtimestamp(timestamp, UTC))
        await session.commit()
        # Work queued for after a request's commit (the sender's nudge) has no request here; the
        # sender's own schedule picks the new rows up.
        take_jobs(session)
    return queued
