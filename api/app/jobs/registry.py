"""The blueprints the job runner registers, each under its namespace (task names read `email:send_due`).
A domain with jobs adds one line here."""

from procrastinate import Blueprint

from app.email.tasks import blueprint as email_tasks

BLUEPRINTS: dict[str, Blueprint] = {
    "email": email_tasks,
}
