"""Queueing mail and reading the outbox back, for the mail and job tests."""

import uuid
from typing import Any

from sqlalchemy import text

from app.core.db import Database
from app.email.kinds import EmailKind
from app.email.outbox import enqueue_email

RESET = {"url": "https://devmarket.example/auth/reset-password?token=secret-token", "name": "Ada"}


async def queue(
    database: Database,
    count: int = 1,
    *,
    kind: EmailKind = EmailKind.PASSWORD_RESET,
    to: str | None = None,
    payload: dict[str, Any] | None = None,
    user_id: uuid.UUID | None = None,
    key: str | None = None,
) -> None:
    """`count` mails, committed in one transaction."""
    async with database.sessions() as session:
        for n in range(count):
            await enqueue_email(
                session,
                to_address=to or f"person{n}@example.com",
                kind=kind,
                payload=payload or RESET,
                dedupe_key=key or f"test:{uuid.uuid4().hex}",
                user_id=user_id,
            )
        await session.commit()


async def outbox(database: Database) -> list[dict[str, Any]]:
    async with database.engine.connect() as connection:
        rows = await connection.execute(
            text(
                "SELECT id, to_address, status, attempts, last_error, sent_at, "
                "extract(epoch FROM next_attempt_at - now()) AS due_in_s "
                "FROM email_outbox ORDER BY id"
            )
        )
        return [dict(row._mapping) for row in rows]


async def make_due(database: Database) -> None:
    """Skip the wait of every pending retry."""
    async with database.engine.begin() as connection:
        await connection.execute(
            text("UPDATE email_outbox SET next_attempt_at = now() WHERE status = 'pending'")
        )
