"""The admin's mail panel: failed mail listed without its payload, retried on request, audited."""

from collections.abc import Iterator

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.core.db import Database
from app.email.sender import send_due
from app.models import AuditLog
from tests.factories import Factory
from tests.mail_helpers import outbox, queue
from tests.smtp_server import SmtpSink, mail_settings


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink()
    server.start()
    yield server
    server.stop()


async def fail_all(database: Database) -> None:
    async with database.engine.begin() as connection:
        await connection.execute(
            text(
                "UPDATE email_outbox SET status = 'failed', attempts = 8, "
                "last_error = '550 5.1.1 No such mailbox'"
            )
        )


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/admin/emails"), ("POST", "/admin/emails/1/retry")]
)
async def test_the_mail_panel_is_for_admins(
    client: AsyncClient, factory: Factory, method: str, path: str
) -> None:
    assert (await client.request(method, path)).status_code == 401
    factory.sign_in(client, await factory.user())
    assert (await client.request(method, path)).status_code == 403


async def test_failed_mail_is_listed_newest_first_without_its_payload(
    client: AsyncClient, factory: Factory, database: Database
) -> None:
    await queue(database, 3)
    await fail_all(database)
    await queue(database, 1)  # pending: not in the failed list
    factory.sign_in(client, await factory.user(is_admin=True))
    first = await client.get("/admin/emails", params={"status": "failed", "limit": 2})
    assert first.status_code == 200
    body = first.json()
    assert [item["id"] for item in body["items"]] == [3, 2]
    item = body["items"][0]
    assert set(item) >= {
        "id",
        "to_address",
        "kind",
        "attempts",
        "last_error",
        "created_at",
        "status",
    }
    assert "payload" not in item
    assert "secret-token" not in first.text  # the reset link never leaves the outbox
    assert (item["status"], item["attempts"], item["kind"]) == ("failed", 8, "password_reset")
    rest = await client.get(
        "/admin/emails", params={"status": "failed", "limit": 2, "cursor": body["next_cursor"]}
    )
    assert [item["id"] for item in rest.json()["items"]] == [1]
    assert rest.json()["next_cursor"] is None
    everything = await client.get("/admin/emails")
    assert len(everything.json()["items"]) == 4


async def test_a_forged_cursor_is_a_422(client: AsyncClient, factory: Factory) -> None:
    factory.sign_in(client, await factory.user(is_admin=True))
    answer = await client.get("/admin/emails", params={"cursor": "bm90IGEgY3Vyc29y"})
    assert answer.status_code == 422
    assert answer.json()["code"] == "invalid_cursor"


async def test_retry_puts_failed_mail_back_and_it_is_sent(
    client: AsyncClient,
    factory: Factory,
    database: Database,
    settings: Settings,
    sink: SmtpSink,
    session: AsyncSession,
) -> None:
    await queue(database, to="back@example.com")
    await fail_all(database)
    admin = await factory.user(is_admin=True)
    factory.sign_in(client, admin)
    answer = await client.post("/admin/emails/1/retry")
    assert answer.status_code == 200
    assert (answer.json()["status"], answer.json()["attempts"]) == ("pending", 0)
    [row] = await outbox(database)
    assert row["status"] == "pending"
    assert float(row["due_in_s"]) <= 0  # due now
    entry = (await session.exec(select(AuditLog))).one()
    assert (entry.action, entry.target_type, entry.details["email_id"]) == (
        "email.retry",
        "email",
        1,
    )
    log = await client.get("/admin/audit-log")
    assert log.json()["items"][0]["target_label"] == "Mail #1"

    assert (await send_due(database, mail_settings(settings, sink))).sent == 1
    assert [str(m["To"]) for m in sink.accepted] == ["back@example.com"]
    again = await client.post("/admin/emails/1/retry")
    assert again.status_code == 409  # sent now, not failed
    assert again.json()["code"] == "email_not_failed"


async def test_retry_of_unknown_or_pending_mail(
    client: AsyncClient, factory: Factory, database: Database
) -> None:
    factory.sign_in(client, await factory.user(is_admin=True))
    assert (await client.post("/admin/emails/99/retry")).status_code == 404
    await queue(database)
    assert (await client.post("/admin/emails/1/retry")).status_code == 409
    assert (await client.post("/admin/emails/0/retry")).status_code == 422
