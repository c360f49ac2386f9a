"""The unread-message digest (DESIGN §11): a message unread for 10 minutes yields a mail, at most one per
conversation (recipient, sender) per hour — "3 unread messages from Ada" with the latest one's opening.

One statement finds every conversation that is due and claims it in `message_digests` (an upsert whose
condition re-checks the hourly cap), so two workers running at once, or one running twice, mail once: the
second waits on the first's row lock, then sees its fresh `last_sent_at` and claims nothing.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import aliased
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.email.kinds import EmailKind
from app.email.outbox import enqueue_email
from app.models import Message, MessageDigest, User

UNREAD_FOR = timedelta(minutes=10)
AT_MOST_EVERY = timedelta(hours=1)
EXCERPT_CHARS = 200


@dataclass(frozen=True)
class DueDigest:
    recipient_id: uuid.UUID
    recipient_email: str
    sender_id: uuid.UUID
    sender_name: str
    unread: int
    latest_id: uuid.UUID
    latest_content: str


def excerpt(content: str, limit: int = EXCERPT_CHARS) -> str:
    """The message's opening, on one line, cut at a word where one is near."""
    flat = " ".join(content.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 3 // 4 else cut).rstrip() + "…"


def _claim_due(now: datetime) -> Any:
    """Every conversation due a digest at `now`, claimed for it; the rows to mail come back."""
    waiting_since, capped_since = now - UNREAD_FOR, now - AT_MOST_EVERY
    digest = aliased(MessageDigest, name="digest")
    recipient = aliased(User, name="recipient")
    sender = aliased(User, name="sender")
    unread = col(Message.read_at).is_(None)
    last_sent = col(digest.last_sent_at)
    # Reads ix_messages_unread (receiver_id, sender_id WHERE read_at IS NULL): only unread rows.
    due = (
        select(
            col(Message.receiver_id).label("recipient_id"),
            col(Message.sender_id).label("sender_id"),
            sa.func.count().label("unread"),
        )
        .join(recipient, col(recipient.id) == col(Message.receiver_id))
        .join(sender, col(sender.id) == col(Message.sender_id))
        .outerjoin(
            digest,
            sa.and_(
                col(digest.recipient_id) == col(Message.receiver_id),
                col(digest.sender_id) == col(Message.sender_id),
            ),
        )
        .where(
            unread,
            col(recipient.email_messages),
            col(recipient.is_banned).is_(False),
            col(sender.is_banned).is_(False),
            sa.or_(last_sent.is_(None), last_sent <= capped_since),
        )
        .group_by(col(Message.receiver_id), col(Message.sender_id), last_sent)
        # A message waiting 10 minutes that no earlier digest announced: a person who leaves a
        # conversation unread is not mailed about the same messages every hour.
        .having(
            sa.func.count()
            .filter(
                col(Message.created_at) <= waiting_since,
                sa.or_(last_sent.is_(None), col(Message.created_at) > last_sent),
            )
            .label("new_waiting")
            > 0
        )
        .cte("due")
    )
    claim = insert(MessageDigest).from_select(
        ["recipient_id", "sender_id", "last_sent_at"],
        select(due.c.recipient_id, due.c.sender_id, sa.literal(now, sa.DateTime(timezone=True))),
    )
    claimed = (
        claim.on_conflict_do_update(
            index_elements=["recipient_id", "sender_id"],
            set_={"last_sent_at": claim.excluded.last_sent_at},
            # Re-checked on the row as it is now: a concurrent run that claimed it first wins.
            where=col(MessageDigest.last_sent_at) <= capped_since,
        )
        .returning(col(MessageDigest.recipient_id), col(MessageDigest.sender_id))
        .cte("claimed")
    )
    latest = (
        select(col(Message.id), col(Message.content))
        .where(
            col(Message.receiver_id) == claimed.c.recipient_id,
            col(Message.sender_id) == claimed.c.sender_id,
            unread,
        )
        .order_by(col(Message.created_at).desc(), col(Message.id).desc())
        .limit(1)
        .lateral("latest")
    )
    return (
        sa.select(
            claimed.c.recipient_id,
            col(recipient.email),
            claimed.c.sender_id,
            col(sender.full_name),
            due.c.unread,
            latest.c.id,
            latest.c.content,
        )
        .select_from(claimed)
        .join(
            due,
            sa.and_(
                due.c.recipient_id == claimed.c.recipient_id,
                due.c.sender_id == claimed.c.sender_id,
            ),
        )
        .join(recipient, col(recipient.id) == claimed.c.recipient_id)
        .join(sender, col(sender.id) == claimed.c.sender_id)
        .join(latest, sa.true())
    )


async def queue_message_digests(session: AsyncSession, now: datetime) -> int:
    """Queue the digests due at `now` (timezone-aware); the number queued. The caller commits."""
    rows = (await session.exec(_claim_due(now))).all()
    queued = 0
    for row in rows:
        due = DueDigest(*row)
        payload = {
            "sender_id": str(due.sender_id),
            "sender_name": due.sender_name,
            "count": due.unread,
            "excerpt": excerpt(due.latest_content),
        }
        if await enqueue_email(
            session,
            to_address=due.recipient_email,
            kind=EmailKind.MESSAGE_DIGEST,
            payload=payload,
            # The newest message a digest announced, once: a replayed claim never mails twice.
            dedupe_key=f"message_digest:{due.recipient_id}:{due.latest_id}",
            user_id=due.recipient_id,
        ):
            queued += 1
    return queued
