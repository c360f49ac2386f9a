"""The blueprints the job runner registers, each under its namespace (task names read `email:send_due`).
A domain with jobs adds one line here."""

from procrastinate import Blueprint

from app.email.digest_tasks import digest_blueprint
from app.email.tasks import blueprint as email_tasks
from app.files.tasks import files_blueprint
from app.orders.timer_tasks import timers_blueprint

BLUEPRINTS: dict[str, Blueprint] = {
    "email": email_tasks,
    "digest": digest_blueprint,
    "timers": timers_blueprint,
    "files": files_blueprint,
}
