"""Writing mail: one `email_outbox` row, in the caller's transaction, so a rolled-back request mails nothing
and a committed one cannot lose its mail. The sender job (app/email/sender.py) does the rest."""

import uuid
from typing import Any

from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.email.kinds import EmailKind
from app.models import EmailOutbox


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
    statement = (
        insert(EmailOutbox)
        .values(
            to_address=to_address,
            kind=kind.value,
            payload=payload,
            dedupe_key=dedupe_key,
            user_id=user_id,
        )
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(col(EmailOutbox.id))
    )
    inserted = (await session.exec(statement)).scalar_one_or_none()
    return inserted is not None
