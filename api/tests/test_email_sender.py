"""The sender against a real SMTP server: outcomes, backoff, the outage story, and the headers on the wire."""

import asyncio
import uuid
from collections.abc import Iterator
from contextlib import AsyncExitStack
from email.message import EmailMessage
from typing import Any

import pytest

from app.core.config import Settings
from app.core.db import Database
from app.email import headers, sender
from app.email.kinds import EmailKind, Preference
from app.email.sender import MAX_ATTEMPTS, RETRY_CAP_S, is_sendable_address, send_due
from app.email.templates import Links, RenderedEmail
from app.email.unsubscribe_tokens import read_unsubscribe_token
from tests.factories import Factory
from tests.mail_helpers import make_due, outbox, queue
from tests.smtp_server import SmtpSink, mail_settings


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mail(settings: Settings, sink: SmtpSink) -> Settings:
    return mail_settings(settings, sink)


async def test_accepted_mail_is_sent_once(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    await queue(database, 3)
    report = await send_due(database, mail)
    assert report.sent == 3
    rows = await outbox(database)
    assert [(r["status"], r["attempts"], r["last_error"]) for r in rows] == [("sent", 1, None)] * 3
    assert all(r["sent_at"] is not None for r in rows)
    assert (await send_due(database, mail)).sent == 0  # nothing is sent twice
    assert len(sink.accepted) == 3


async def test_the_backoff_doubles_from_the_base_up_to_six_hours_then_fails(
    database: Database, settings: Settings, sink: SmtpSink
) -> None:
    sink.stop()  # connections refused throughout
    slow = mail_settings(settings, sink, email_retry_base_s=3600.0)
    await queue(database)
    delays = []
    for _ in range(MAX_ATTEMPTS):
        report = await send_due(database, slow)
        assert report.retry == 1
        [row] = await outbox(database)
        delays.append(round(float(row["due_in_s"]) / 60))
        await make_due(database)
    # 1 h, 2 h, 4 h, then the 6 h cap (with a 60 s base: 1, 2, 4, ... 128 min).
    assert delays[:4] == [60, 120, 240, RETRY_CAP_S // 60]
    assert set(delays[3:-1]) == {RETRY_CAP_S // 60}
    [row] = await outbox(database)
    assert (row["status"], row["attempts"]) == ("failed", MAX_ATTEMPTS)
    assert row["last_error"].startswith("connect:")
    assert (await send_due(database, slow)).retry == 0  # a failed mail is left alone


async def test_the_first_retry_waits_the_base(
    database: Database, settings: Settings, sink: SmtpSink
) -> None:
    sink.stop()
    await queue(database)
    await send_due(database, mail_settings(settings, sink, email_retry_base_s=60.0))
    [row] = await outbox(database)
    assert 55 < float(row["due_in_s"]) <= 60
    assert row["status"] == "pending"
    assert (await send_due(database, mail_settings(settings, sink))).retry == 0  # not due yet


async def test_a_malformed_address_fails_at_once_and_the_batch_goes_on(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    await queue(database, to="first@example.com")
    await queue(database, to="not an address")
    await queue(database, to="last@example.com")
    report = await send_due(database, mail)
    assert (report.sent, report.failed) == (2, 1)
    rows = await outbox(database)
    assert [r["status"] for r in rows] == ["sent", "failed", "sent"]
    assert rows[1]["last_error"] == "not a valid email address"
    assert rows[1]["attempts"] == 1
    assert sorted(str(m["To"]) for m in sink.accepted) == ["first@example.com", "last@example.com"]


async def test_a_5xx_for_one_recipient_fails_that_mail_only(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    sink.refuse = {"gone@example.com"}
    await queue(database, to="ok@example.com")
    await queue(database, to="gone@example.com")
    await queue(database, to="also-ok@example.com")
    report = await send_due(database, mail)
    assert (report.sent, report.failed, report.retry) == (2, 1, 0)
    rows = await outbox(database)
    assert [r["status"] for r in rows] == ["sent", "failed", "sent"]
    assert rows[1]["last_error"].startswith("550")


async def test_a_4xx_is_retried_later(database: Database, mail: Settings, sink: SmtpSink) -> None:
    sink.tempfail = True
    await queue(database, 2)
    assert (await send_due(database, mail)).retry == 2
    rows = await outbox(database)
    assert {(r["status"], r["last_error"][:3]) for r in rows} == {("pending", "451")}
    sink.tempfail = False
    await asyncio.sleep(0.1)  # the 0.05 s base
    assert (await send_due(database, mail)).sent == 2
    assert {r["status"] for r in await outbox(database)} == {"sent"}


async def test_a_drop_before_the_answer_is_retried_with_the_same_message_id(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    sink.drop_next = 1
    await queue(database, 2)
    report = await send_due(database, mail)
    assert (report.sent, report.retry) == (
        1,
        1,
    )  # the rest of the batch went through a new connection
    await asyncio.sleep(0.1)
    assert (await send_due(database, mail)).sent == 1
    assert sink.dropped[0] in sink.message_ids()  # the same Message-ID: a duplicate is recognisable
    assert set(sink.message_ids().values()) == {1}
    assert {r["status"] for r in await outbox(database)} == {"sent"}


async def test_fault_story_an_outage_delays_mail_and_loses_none(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    queued = 40
    sink.stop()
    await queue(database, queued)
    report = await send_due(database, mail)
    rows = await outbox(database)
    pending_with_error = sum(1 for r in rows if r["status"] == "pending" and r["last_error"])
    assert (report.retry, pending_with_error) == (queued, queued)

    sink.start()  # the server is back, on the same port
    for _ in range(20):
        await asyncio.sleep(0.1)
        await send_due(database, mail)
        if all(r["status"] == "sent" for r in await outbox(database)):
            break
    ids = sink.message_ids()
    duplicates = sum(count - 1 for count in ids.values())
    print(  # the figures of the fault story (make test-api -s shows them)
        f"\nfault story: queued while SMTP was down={queued}, pending with an error={pending_with_error}, "
        f"delivered after it came back={len(ids)}, duplicates={duplicates}"
    )
    assert (len(ids), duplicates) == (queued, 0)
    assert {r["status"] for r in await outbox(database)} == {"sent"}


async def test_two_senders_at_once_never_send_a_row_twice(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    await queue(database, 60)
    # Each sender starts on a database connection already open: on a busy machine, opening one can take longer
    # than the other two need to send all 60, and the sharing below would then be down to who connected first.
    async with AsyncExitStack() as open_connections:
        for _ in range(3):
            await open_connections.enter_async_context(database.engine.connect())
    reports = await asyncio.gather(*(send_due(database, mail, batch=7) for _ in range(3)))
    assert sum(r.sent for r in reports) == 60
    assert all(r.sent for r in reports)  # they really did share the work
    assert set(sink.message_ids().values()) == {1}
    assert len(sink.message_ids()) == 60


async def test_a_batch_out_of_time_releases_what_it_did_not_try(
    database: Database, mail: Settings, sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sender, "BATCH_BUDGET_S", 0.0)
    await queue(database, 3)
    mails = await sender.claim_due(database, mail, 10)
    results = await sender.deliver(mails, mail)
    assert [outcome for _, outcome, _ in results] == [
        sender.Outcome.SENT,
        sender.Outcome.RELEASE,
        sender.Outcome.RELEASE,
    ]
    await sender._record(database, mail, results)
    rows = await outbox(database)
    assert [(r["status"], r["attempts"]) for r in rows] == [
        ("sent", 1),
        ("pending", 0),
        ("pending", 0),
    ]
    assert all(float(r["due_in_s"]) <= 0 for r in rows[1:])  # due again at once


async def test_a_claimed_row_is_leased_past_any_batch(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    await queue(database)
    await sender.claim_due(database, mail, 10)  # then the worker dies mid-send
    [row] = await outbox(database)
    assert float(row["due_in_s"]) > sender.claim_lease_s(mail) - 5
    assert (await send_due(database, mail)).sent == 0  # nobody else sends it meanwhile


# Headers


async def test_account_mail_has_a_stable_message_id_multipart_and_no_unsubscribe(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    sink.tempfail = True
    await queue(database)
    await send_due(database, mail)
    sink.tempfail = False
    await asyncio.sleep(0.1)
    await send_due(database, mail)
    [message] = sink.accepted
    [row] = await outbox(database)
    assert row["attempts"] == 2
    assert message["Message-ID"] == f"<outbox-{row['id']}@devmarket.example>"
    assert message["From"] == mail.mail_from
    assert message["Subject"] == "Reset your DevMarket password"
    assert message["List-Unsubscribe"] is None
    assert message["List-Unsubscribe-Post"] is None
    assert message.get_content_type() == "multipart/alternative"
    text, html = parts(message)
    assert "https://devmarket.example/auth/reset-password?token=secret-token" in text
    assert 'href="https://devmarket.example/auth/reset-password?token=secret-token"' in html
    assert "60 minutes" in text
    assert "Unsubscribe" not in html


async def test_verification_mail_says_how_long_its_link_works(
    database: Database, mail: Settings, sink: SmtpSink
) -> None:
    await queue(
        database,
        kind=EmailKind.VERIFY_EMAIL,
        payload={"url": "https://devmarket.example/api/auth/verify-email?token=t", "name": "Ada"},
    )
    await send_due(database, mail)
    text, html = parts(sink.accepted[0])
    assert "24 hours" in text
    assert "24 hours" in html
    assert "https://devmarket.example/api/auth/verify-email?token=t" in text


def _order_template(kind: str, payload: dict[str, Any], links: Links) -> RenderedEmail:
    # Order mail templates belong to their own module; the headers do not depend on what they say.
    return RenderedEmail(
        subject="Order completed",
        text=f"Done.\nStop these emails: {links.unsubscribe}\n",
        html=f'<p>Done.</p><a href="{links.unsubscribe}">Unsubscribe</a>',
    )


async def test_order_mail_has_one_click_unsubscribe(
    database: Database,
    mail: Settings,
    sink: SmtpSink,
    factory: Factory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(headers, "render_email", _order_template)
    user = await factory.user()
    await queue(database, kind=EmailKind.ORDER_COMPLETED, payload={}, user_id=user.id)
    await queue(
        database, kind=EmailKind.ORDER_COMPLETED, payload={}
    )  # no account: nothing to switch off
    await send_due(database, mail)
    with_account, without = sorted(sink.accepted, key=lambda m: str(m["Message-ID"]))
    one_click = str(with_account["List-Unsubscribe"])
    prefix = "<https://devmarket.example/api/v1/email/unsubscribe?token="
    assert one_click.startswith(prefix)
    assert one_click.endswith(">")
    assert with_account["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = one_click.removeprefix(prefix).removesuffix(">")
    assert read_unsubscribe_token(mail.jwt_secret, token) == (user.id, Preference.ORDER_UPDATES)
    text, html = parts(with_account)
    assert f"https://devmarket.example/email/unsubscribe?token={token}" in text
    assert f'href="https://devmarket.example/email/unsubscribe?token={token}"' in html
    assert without["List-Unsubscribe"] is None


def test_unsubscribe_links_are_only_for_kinds_a_person_can_turn_off(mail: Settings) -> None:
    user_id = uuid.uuid4()

    def links(kind: EmailKind, user: uuid.UUID | None = user_id) -> headers.UnsubscribeLinks | None:
        return headers.unsubscribe_links(headers.OutboxMail(1, "a@b.c", kind, {}, user, 1), mail)

    assert links(EmailKind.VERIFY_EMAIL) is None
    assert links(EmailKind.PASSWORD_RESET) is None
    assert links(EmailKind.ORDER_NEW, None) is None
    for kind in (EmailKind.ORDER_NEW, EmailKind.MESSAGE_DIGEST, EmailKind.ORDER_REMINDER):
        assert links(kind) is not None


@pytest.mark.parametrize(
    ("address", "sendable"),
    [
        ("ada@example.com", True),
        ("ada+tag@sub.example.co.uk", True),
        ("not an address", False),
        ("ada@", False),
        ("@example.com", False),
        ("ada@@example.com", False),
        ("Ada <ada@example.com>", False),
        ("ada@example.com, eve@example.com", False),
        ("ada@example.com\r\nBcc: eve@example.com", False),
        ("a" * 320 + "@example.com", False),
    ],
)
def test_sendable_addresses(address: str, sendable: bool) -> None:
    assert is_sendable_address(address) is sendable


def parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None
    assert html is not None
    return str(text.get_content()), str(html.get_content())
