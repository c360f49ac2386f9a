"""The admin's view of the outbox: mail that could not be sent, and sending it again. The payload (reset and
verification links, which are secrets) is never shown."""

import uuid
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.admin.schemas import AdminEmailOut
from app.admin.service import audit
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.pagination import (
    INVALID_CURSOR,
    Page,
    decode_cursor,
    encode_cursor,
    key_datetime,
)
from app.core.types import MAX_BIGINT
from app.models import EmailOutbox, EmailStatus, User

_PAGE_KIND = "admin-emails"


def _cursor_key(cursor: str) -> tuple[Any, int]:
    raw = decode_cursor(cursor, _PAGE_KIND, 2)
    created_at = key_datetime(raw[0])
    try:
        outbox_id = int(raw[1]) if isinstance(raw[1], str) else -1
    except ValueError:
        outbox_id = -1
    if not 0 <= outbox_id <= MAX_BIGINT:
        raise InvalidInput(INVALID_CURSOR, "invalid_cursor", field="cursor")
    return created_at, outbox_id


async def list_emails(
    session: AsyncSession, status: EmailStatus | None, limit: int, cursor: str | None
) -> Page[AdminEmailOut]:
    """Newest first (by creation), keyset-paged on (created_at, id)."""
    query = select(EmailOutbox)
    if status is not None:
        query = query.where(col(EmailOutbox.status) == status)
    if cursor is not None:
        key = _cursor_key(cursor)
        query = query.where(
            sa.tuple_(col(EmailOutbox.created_at), col(EmailOutbox.id)) < sa.tuple_(*key)
        )
    query = query.order_by(col(EmailOutbox.created_at).desc(), col(EmailOutbox.id).desc())
    rows = (await session.exec(query.limit(limit + 1))).all()
    items = [AdminEmailOut.model_validate(row) for row in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = items[-1]
        next_cursor = encode_cursor(_PAGE_KIND, [last.created_at.isoformat(), str(last.id)])
    return Page(items=items, next_cursor=next_cursor)


async def retry_email(session: AsyncSession, admin: User, email_id: int) -> AdminEmailOut:
    """A failed mail goes back to the queue with all its attempts, due now (409 unless it failed)."""
    mail = (
        await session.exec(
            select(EmailOutbox).where(col(EmailOutbox.id) == email_id).with_for_update()
        )
    ).first()
    if mail is None:
        raise NotFound("Email not found")
    if mail.status != EmailStatus.FAILED:
        raise Conflict("Only failed mail can be retried", "email_not_failed")
    previous_error = mail.last_error
    mail.status = EmailStatus.PENDING
    mail.attempts = 0
    mail.next_attempt_at = sa.func.now()  # type: ignore[assignment]  # the database's clock decides "due"
    session.add(mail)
    audit(
        session,
        admin,
        "email.retry",
        "email",
        email_target_id(email_id),
        {"email_id": email_id, "kind": mail.kind, "last_error": previous_error},
    )
    await session.flush()
    await session.refresh(mail)
    return AdminEmailOut.model_validate(mail)


def email_target_id(email_id: int) -> uuid.UUID:
    """audit_log targets are UUIDs; an outbox id (a BIGINT) maps onto one losslessly (`UUID(int=id)`), and the
    entry's details carry the plain id too."""
    return uuid.UUID(int=email_id)
