"""The email jobs (registered by app/jobs/registry.py under the `email` namespace).

`send_due` is deferred right after a commit that queued mail (app/email/outbox.py), with a queueing lock so a
burst of mail makes one job; `sweep` runs every few seconds on every worker's schedule, deduplicated across
instances by procrastinate, and sends what nobody nudged for: mail the web app wrote (Better Auth's hooks) and
retries that have come due.
"""

import logging

from procrastinate import Blueprint

from app.email.sender import send_due as send_due_mail
from app.jobs.resources import job_resources

logger = logging.getLogger(__name__)

blueprint = Blueprint()

SEND_QUEUEING_LOCK = "email-send-due"
SWEEP_CRON = "* * * * * */3"  # the sixth column is seconds: every 3 s


@blueprint.task(name="send_due", queueing_lock=SEND_QUEUEING_LOCK)
async def send_due() -> None:
    resources = job_resources()
    await send_due_mail(resources.database, resources.settings)


@blueprint.periodic(cron=SWEEP_CRON)
@blueprint.task(name="sweep", queueing_lock="email-sweep")  # a busy worker queues one, not a pile
async def sweep(timestamp: int) -> None:
    resources = job_resources()
    await send_due_mail(resources.database, resources.settings)
