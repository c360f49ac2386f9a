"""The unread-message digest: 10 minutes unread, at most one mail per conversation per hour, only for
people who want it, once however often (and however many workers) it runs."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.core.db import Database
from app.email.digest import excerpt, queue_message_digests
from app.email.digest_tasks import digest_blueprint, send_message_digests
from app.jobs.resources import JobResources, provide_job_resources
from app.models import EmailOutbox, Message, MessageDigest, User
from app.realtime.service import Realtime
from tests.factories import Factory

pytestmark = pytest.mark.asyncio

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


async def message(
    session: AsyncSession,
    sender: User,
    receiver: User,
    minutes_ago: float,
    content: str = "Hello there",
    *,
    read: bool = False,
) -> Message:
    sent = NOW - timedelta(minutes=minutes_ago)
    row = Message(
        sender_id=sender.id,
        receiver_id=receiver.id,
        content=content,
        created_at=sent,
        read_at=sent + timedelta(minutes=1) if read else None,
    )
    session.add(row)
    await session.commit()
    return row


async def digest(database: Database, minutes_later: float = 0) -> int:
    """One run of the job at NOW (+ minutes), in its own transaction."""
    async with database.sessions() as session:
        queued = await queue_message_digests(session, NOW + timedelta(minutes=minutes_later))
        await session.commit()
    return queued


async def mails(session: AsyncSession) -> list[EmailOutbox]:
    query = select(EmailOutbox).order_by(col(EmailOutbox.id))
    return list((await session.exec(query.execution_options(populate_existing=True))).all())


@pytest.fixture
async def ada(factory: Factory) -> User:
    return await factory.user(full_name="Ada")


@pytest.fixture
async def bob(factory: Factory) -> User:
    return await factory.user(full_name="Bob")


async def test_three_unread_messages_make_one_mail(
    session: AsyncSession, database: Database, ada: User, bob: User
) -> None:
    await message(session, ada, bob, 30, "First")
    await message(session, ada, bob, 20, "Second")
    latest = await message(session, ada, bob, 12, "Could you also send the source files? " * 10)
    assert await digest(database) == 1
    [mail] = await mails(session)
    assert (mail.kind, mail.to_address, mail.user_id) == ("message_digest", bob.email, bob.id)
    assert mail.payload == {
        "sender_id": str(ada.id),
        "sender_name": "Ada",
        "count": 3,
        "excerpt": excerpt(latest.content),
    }
    assert mail.payload["excerpt"].startswith("Could you also send")
    assert len(mail.payload["excerpt"]) <= 201
    assert mail.dedupe_key == f"message_digest:{bob.id}:{latest.id}"


async def test_a_message_waits_ten_minutes(
    session: AsyncSession, database: Database, ada: User, bob: User
) -> None:
    await message(session, ada, bob, 9)
    assert await digest(database) == 0
    assert await digest(database, minutes_later=1) == 1  # exactly ten minutes


async def test_newer_messages_count_once_one_has_waited(
    session: AsyncSession, database: Database, ada: User, bob: User
) -> None:
    await message(session, ada, bob, 15)
    await message(session, ada, bob, 1, "Just now")
    assert await digest(database) == 1
    [mail] = await mails(session)
    assert (mail.payload["count"], mail.payload["excerpt"]) == (2, "Just now")


async def test_read_messages_do_not_count(
    session: AsyncSession, database: Database, ada: User, bob: User
) -> None:
    await message(session, ada, bob, 40, read=True)
    await message(session, ada, bob, 30, read=True)
    assert await digest(database) == 0
    await message(session, ada, bob, 11)
    assert await digest(database) == 1
    assert (await mails(session))[0].payload["count"] == 1


async def test_at_most_one_mail_per_conversation_per_hour(
    session: AsyncSession, database: Database, ada: User, bob: User, factory: Factory
) -> None:
    await message(session, ada, bob, 15)
    assert await digest(database) == 1
    await message(session, ada, bob, -5)  # five minutes after the digest
    assert await digest(database, minutes_later=30) == 0
    assert await digest(database, minutes_later=59) == 0
    # Another conversation is not held back by this one.
    carol = await factory.user(full_name="Carol")
    await message(session, carol, bob, -20)
    assert await digest(database, minutes_later=30) == 1
    assert await digest(database, minutes_later=60) == 1  # an hour on, Ada's new message
    assert [(m.payload["sender_name"], m.payload["count"]) for m in await mails(session)] == [
        ("Ada", 1), ("Carol", 1), ("Ada", 2),
    ]  # fmt: skip


async def test_messages_already_announced_are_not_mailed_again(
    session: AsyncSession, database: Database, ada: User, bob: User
) -> None:
    await message(session, ada, bob, 15)
    assert await digest(database) == 1
    assert await digest(database, minutes_later=120) == 0  # still unread, nothing new


async def test_running_twice_mails_once(
    session: AsyncSession, database: Database, ada: User, bob: User
) -> None:
    await message(session, ada, bob, 15)
    assert await digest(database) == 1
    assert await digest(database) == 0
    assert len(await mails(session)) == 1


async def test_two_workers_at_once_mail_once(
    session: AsyncSession, database: Database, ada: User, bob: User, factory: Factory
) -> None:
    carol = await factory.user(full_name="Carol")
    await message(session, ada, bob, 15)
    await message(session, carol, bob, 15)
    await message(session, ada, carol, 15)
    results = await asyncio.gather(digest(database), digest(database, minutes_later=0.01))
    assert sorted(results, reverse=True)[0] + sorted(results)[0] == 3
    assert len(await mails(session)) == 3
    claimed = (await session.exec(select(MessageDigest))).all()
    assert len(claimed) == 3


async def test_nobody_is_mailed_who_turned_it_off(
    session: AsyncSession, database: Database, ada: User, factory: Factory
) -> None:
    quiet = await factory.user(full_name="Quiet", email_messages=False)
    await message(session, ada, quiet, 30)
    assert await digest(database) == 0
    assert await mails(session) == []
    assert (await session.exec(select(MessageDigest))).all() == []


async def test_banned_senders_and_recipients_are_skipped(
    session: AsyncSession, database: Database, ada: User, bob: User, factory: Factory
) -> None:
    spammer = await factory.user(full_name="Spammer", is_banned=True)
    gone = await factory.user(full_name="Gone", is_banned=True)
    await message(session, spammer, bob, 30)
    await message(session, ada, gone, 30)
    assert await digest(database) == 0


async def test_the_excerpt_is_one_line_cut_at_a_word() -> None:
    assert excerpt("Short\n\nand  sweet") == "Short and sweet"
    long = "word " * 100
    cut = excerpt(long)
    assert cut.endswith("word…")
    assert len(cut) <= 201
    assert excerpt("x" * 300) == "x" * 200 + "…"


async def test_the_periodic_task_runs_the_digest_for_its_minute(
    session: AsyncSession, database: Database, settings: Settings, ada: User, bob: User
) -> None:
    await message(session, ada, bob, 15)
    provide_job_resources(
        JobResources(settings=settings, database=database, realtime=Realtime(None))
    )
    try:
        assert await send_message_digests.func(int(NOW.timestamp())) == 1
        assert await send_message_digests.func(int(NOW.timestamp())) == 0
    finally:
        provide_job_resources(None)
    assert [mail.kind for mail in await mails(session)] == ["message_digest"]
    assert digest_blueprint.periodic_registry.periodic_tasks  # scheduled every minute
