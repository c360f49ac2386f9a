"""Messaging rules: who may write to whom, the rate limit, conversations and the inbox."""

import json
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import distinct_on
from sqlmodel import col, func, or_, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.auth.revocation import account_gone, refusal
from app.auth.token import AccessClaims
from app.core.db import run_core
from app.core.errors import Forbidden, InvalidInput, NotFound, TooManyRequests
from app.core.pagination import NewestFirst, Page
from app.files.attach import attach
from app.files.schemas import FileOut
from app.messages import statements
from app.messages.schemas import Conversation, MessageCreate, MessageOut
from app.models import Attachment, Message, User
from app.models.base import table_of
from app.notifications.service import Kind, mark_messages_read, publish_after_commit
from app.realtime.frames import encoded_notification_frame
from app.users.schemas import PartySummary

RATE_LIMIT = 30
RATE_WINDOW_SECONDS = 60
MESSAGES_PAGE = NewestFirst("messages", col(Message.created_at), col(Message.id))


async def send_message(session: AsyncSession, claims: AccessClaims, data: MessageCreate) -> str:
    """Two statements (`app.messages.statements`): the checks, the sender's sign-in among them, then the
    message, the sender's response time and the receiver's notification together. The answer and the frame
    are built from what is in hand: the answer is the message's JSON (`MessageOut`), encoded once for the
    notification and the response."""
    if data.receiver_id == claims.user_id:
        raise InvalidInput("You cannot send a message to yourself")
    connection = await session.connection()
    checks = (
        await connection.exec_driver_sql(
            statements.CHECKS,
            {
                "turn": f"messages:{claims.user_id}",
                "sender_id": claims.user_id,
                "auth_time": claims.auth_time,
                "receiver_id": data.receiver_id,
                "order_id": data.order_id,
            },
        )
    ).one()
    # What `CurrentUser` refuses: a deleted account, a ban, a signed-out sign-in.
    if checks.is_banned is None:
        raise account_gone()
    refused = refusal(
        claims,
        banned=checks.is_banned,
        session_revoked=checks.session_revoked,
        tokens_valid_after=checks.tokens_valid_after,
    )
    if refused is not None:
        raise refused
    sender = PartySummary(
        id=claims.user_id, full_name=checks.full_name, avatar_url=checks.avatar_url
    )
    if checks.receiver_banned is None:
        raise NotFound("User not found")
    if checks.receiver_banned:
        raise Forbidden("This account has been suspended and cannot receive messages")
    if data.order_id is not None:
        parties = checks.order_parties or ()
        if sender.id not in parties:
            raise NotFound("Order not found")
        if data.receiver_id not in parties:
            raise InvalidInput("Messages about an order go to the order's other party")
    message_id = uuid.uuid4()
    files = await attach(session, sender, data.file_ids, Attachment.MESSAGE, message_id)
    out = MessageOut(
        id=message_id,
        sender_id=sender.id,
        receiver_id=data.receiver_id,
        order_id=data.order_id,
        content=data.content,
        files=[FileOut.model_validate(file) for file in files],
        created_at=checks.now,  # the transaction's now(): the column's default
        read_at=None,
    )
    message_json = out.model_dump_json()
    payload = f'{{"message":{message_json},"sender":{sender.model_dump_json()}}}'
    stored = (
        await connection.exec_driver_sql(
            statements.STORE,
            {
                "id": message_id,
                "sender_id": sender.id,
                "receiver_id": data.receiver_id,
                "order_id": data.order_id,
                "content": data.content,
                "files": json.dumps(files),
                "window_s": RATE_WINDOW_SECONDS,
                "limit": RATE_LIMIT,
                "kind": Kind.MESSAGE_NEW,
                "payload": payload,
            },
        )
    ).one()
    if stored.notification_id is None:
        raise TooManyRequests(
            f"You can send at most {RATE_LIMIT} messages a minute; please wait a moment",
            code="rate_limited",
        )
    frame = encoded_notification_frame(
        Kind.MESSAGE_NEW, stored.notification_id, payload, checks.now
    )
    publish_after_commit(session, data.receiver_id, frame)
    return message_json


def _between(me: uuid.UUID, other: uuid.UUID) -> Any:
    return or_(
        sa.and_(col(Message.sender_id) == me, col(Message.receiver_id) == other),
        sa.and_(col(Message.sender_id) == other, col(Message.receiver_id) == me),
    )


async def conversation(
    session: AsyncSession,
    me: User,
    other_id: uuid.UUID,
    limit: int,
    cursor: str | None,
    order_id: uuid.UUID | None = None,
) -> Page[MessageOut]:
    """Newest first; with `order_id`, only the thread about that order (the order page's messages).
    Reading changes nothing (a GET never does, DESIGN §8): `mark_read` records it."""
    await _other_party(session, me, other_id)
    about_order = [col(Message.order_id) == order_id] if order_id is not None else []
    query = select(Message).where(_between(me.id, other_id), *about_order)
    rows = (await session.exec(MESSAGES_PAGE.apply(query, cursor, limit))).all()
    return MESSAGES_PAGE.page([MessageOut.model_validate(m) for m in rows], limit)


async def mark_read(
    session: AsyncSession, me: User, other_id: uuid.UUID, order_id: uuid.UUID | None
) -> None:
    """What the other person sent me (about `order_id`, when given) is read from now on."""
    await _other_party(session, me, other_id)
    about_order = [col(Message.order_id) == order_id] if order_id is not None else []
    await session.exec(
        update(Message)
        .where(
            col(Message.sender_id) == other_id,
            col(Message.receiver_id) == me.id,
            col(Message.read_at).is_(None),
            *about_order,
        )
        .values(read_at=sa.func.now())
    )
    await mark_messages_read(session, me.id, other_id, order_id)


async def _other_party(session: AsyncSession, me: User, other_id: uuid.UUID) -> User:
    other = await session.get(User, other_id)
    if other is None or other_id == me.id:
        raise NotFound("Conversation not found")
    return other


async def inbox(session: AsyncSession, me: User, limit: int) -> Page[Conversation]:
    messages, users = table_of(Message), table_of(User)
    other = sa.case(
        (messages.c.sender_id == me.id, messages.c.receiver_id), else_=messages.c.sender_id
    ).label("other_id")
    # The newest message of each conversation, whichever way it went.
    latest = (
        sa.select(messages, other)
        .where(sa.or_(messages.c.sender_id == me.id, messages.c.receiver_id == me.id))
        .order_by(other, messages.c.created_at.desc(), messages.c.id.desc())
        .ext(distinct_on(other))
        .subquery()
    )
    unread = (
        sa.select(sa.func.count())
        .where(
            messages.c.receiver_id == me.id,
            messages.c.sender_id == latest.c.other_id,
            messages.c.read_at.is_(None),
        )
        .scalar_subquery()
    )
    query = (
        sa.select(
            latest,
            users.c.full_name,
            users.c.avatar_url,
            unread.label("unread"),
        )
        .join(users, users.c.id == latest.c.other_id)
        .order_by(latest.c.created_at.desc())
        .limit(limit)
    )
    rows = (await run_core(session, query)).mappings().all()
    conversations = [
        Conversation(
            user=PartySummary(
                id=row["other_id"], full_name=row["full_name"], avatar_url=row["avatar_url"]
            ),
            last_message=MessageOut.model_validate(dict(row)),
            unread_count=row["unread"],
        )
        for row in rows
    ]
    return Page(items=conversations, next_cursor=None)  # the newest `limit` conversations, one page


async def unread_messages(session: AsyncSession, me: User) -> int:
    query = (
        select(func.count())
        .select_from(Message)
        .where(col(Message.receiver_id) == me.id, col(Message.read_at).is_(None))
    )
    return (await session.exec(query)).one()
