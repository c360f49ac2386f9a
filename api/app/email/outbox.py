"""Writing mail: one `email_outbox` row, in the caller's transaction, so a rolled-back request mails nothing
and a committed one cannot lose its mail. The sender job (app/email/sender.py) does the rest."""

import contextlib
import uuid
from typing import Any, TypedDict

from procrastinate.exceptions import AlreadyEnqueued
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.datastructures import State

from app.core.after_commit import after_commit
from app.core.db import run_core
from app.email.kinds import EmailKind
from app.email.tasks import send_due
from app.models import EmailOutbox


class Mail(TypedDict):
    to_address: str
    kind: str  # an EmailKind's value
    payload: dict[str, Any]
    dedupe_key: str
    user_id: uuid.UUID | None


def emails_insert(mails: list[Mail]) -> Any:
    """The INSERT of these mails (in this order), returning the ids of those written: a mail whose
    `dedupe_key` was queued before is skipped. Alone (`enqueue_email`), or as a CTE of the statement that
    writes what the mails announce."""
    return (
        insert(EmailOutbox)
        .values(list(mails))
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(col(EmailOutbox.id))
    )


async def enqueue_email(
    session: AsyncSession,
    *,
    to_address: str,
    kind: EmailKind,
    payload: dict[str, Any],
    dedupe_key: str,
    user_id: uuid.UUID | None = None,
) -> bool:
    """Queue one mail; False when a mail with this `dedupe_key` was queued before (nothing is written).

    The caller checks the recipient's preferences; the payload holds what the template needs, already
    decided (names, titles, amounts), since the mail may go out minutes after the request."""
    mail = Mail(
        to_address=to_address,
        kind=kind.value,
        payload=payload,
        dedupe_key=dedupe_key,
        user_id=user_id,
    )
    statement = emails_insert([mail])
    inserted = (await run_core(session, statement)).scalar_one_or_none()
    if inserted is not None:
        after_commit(session, nudge_sender)
    return inserted is not None


async def nudge_sender(state: State) -> None:
    """After the commit: ask for a send job now rather than at the next sweep. The queueing lock folds a burst
    into one job; without a job runner in this process (a test app, a script) the sweep sends it."""
    jobs = getattr(state, "jobs", None)
    if jobs is None or not jobs.is_open:
        return
    # AlreadyEnqueued: a send job is already waiting, and it will pick this mail up too.
    with contextlib.suppress(AlreadyEnqueued):
        await send_due.defer_async()
