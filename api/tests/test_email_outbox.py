"""The outbox: mail is a row written with what it announces — a rollback mails nothing, a dedupe key mails
once."""

from collections.abc import Iterator

import pytest

from app.core.config import Settings
from app.core.db import Database
from app.email.kinds import EmailKind
from app.email.outbox import enqueue_email
from app.email.sender import send_due
from tests.mail_helpers import RESET, outbox, queue
from tests.smtp_server import SmtpSink, mail_settings


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink()
    server.start()
    yield server
    server.stop()


async def test_a_rolled_back_transaction_mails_nothing(
    database: Database, settings: Settings, sink: SmtpSink
) -> None:
    async with database.sessions() as session:
        queued = await enqueue_email(
            session,
            to_address="ada@example.com",
            kind=EmailKind.PASSWORD_RESET,
            payload=RESET,
            dedupe_key="reset:rolled-back",
        )
        assert queued
        await session.rollback()
    report = await send_due(database, mail_settings(settings, sink))
    assert (report.sent, report.failed, report.retry) == (0, 0, 0)
    assert await outbox(database) == []
    assert sink.accepted == []


async def test_the_same_dedupe_key_twice_is_one_row_and_one_mail(
    database: Database, settings: Settings, sink: SmtpSink
) -> None:
    await queue(database, key="order:1:completed")
    async with database.sessions() as session:
        again = await enqueue_email(
            session,
            to_address="someone-else@example.com",
            kind=EmailKind.PASSWORD_RESET,
            payload=RESET,
            dedupe_key="order:1:completed",
        )
        await session.commit()
    assert again is False
    assert len(await outbox(database)) == 1
    await send_due(database, mail_settings(settings, sink))
    await send_due(database, mail_settings(settings, sink))
    assert len(sink.accepted) == 1
    assert sink.accepted[0]["To"] == "person0@example.com"
