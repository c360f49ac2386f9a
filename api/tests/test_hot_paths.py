"""The hot writes' contracts that performance work must keep: how many statements they send (a count is
deterministic, so it is checked here; time is the benches' business), and the bytes of answers built without
FastAPI's re-validation, checked against the models the OpenAPI document promises."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import event
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.core.db import PREPARE_AFTER_RUNS, Database
from app.messages.schemas import MessageOut
from app.models import EmailOutbox, Notification
from app.orders.schemas import OrderDetail
from app.realtime.frames import encode, encoded_notification_frame, notification_frame
from tests.factories import Factory
from tests.orders_helpers import make_deal

pytestmark = pytest.mark.asyncio

# The request's own plumbing, which these counts leave out: the session's BEGIN and COMMIT (and the pool's
# pre-ping), and the signed-in user's row.
PLUMBING = ("SELECT users.",)


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """Every statement the API sends while the block runs, but the plumbing above."""
    sent: list[str] = []

    def record(*args: Any) -> None:
        text: str = args[2]
        if not text.lstrip().startswith(PLUMBING):
            sent.append(" ".join(text.split())[:80])

    engine = database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


async def test_a_message_takes_two_statements_and_answers_what_its_model_says(
    client: AsyncClient, factory: Factory, database: Database, session: AsyncSession
) -> None:
    ada, ben = await factory.user(full_name="Ada"), await factory.user()
    factory.sign_in(client, ada)
    with statements(database) as sent:
        response = await client.post(
            "/messages", json={"receiver_id": str(ben.id), "content": "Hello Ben"}
        )
    assert response.status_code == 201, response.text
    assert len(sent) == 2, sent  # the checks, then message + reply time + notification
    assert response.headers["content-type"] == "application/json"
    # The bytes are what FastAPI would have made of the model: valid MessageOut JSON, in its own form.
    message = MessageOut.model_validate_json(response.content)
    assert response.content == message.model_dump_json().encode()
    assert (message.sender_id, message.content, message.files) == (ada.id, "Hello Ben", [])
    # The notification's payload embeds the same message.
    notification = (await session.exec(select(Notification))).one()
    assert notification.payload["message"] == message.model_dump(mode="json")
    assert notification.created_at == message.created_at


async def test_the_prebuilt_frame_is_the_stored_notifications_frame(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    ada, ben = await factory.user(full_name="Ada"), await factory.user()
    factory.sign_in(client, ada)
    response = await client.post("/messages", json={"receiver_id": str(ben.id), "content": "hé"})
    assert response.status_code == 201
    stored = (await session.exec(select(Notification))).one()
    assert stored.id is not None
    prebuilt = encoded_notification_frame(
        stored.kind, stored.id, json.dumps(stored.payload), stored.created_at
    )
    assert json.loads(prebuilt) == json.loads(encode(notification_frame(stored)))


async def test_confirming_a_payment_takes_four_statements_and_still_notifies_and_mails(
    client: AsyncClient, factory: Factory, database: Database
) -> None:
    deal = await make_deal(factory, client)
    order = await deal.place()
    assert (await deal.pay(order)).status_code == 200
    factory.sign_in(client, deal.freelancer)
    with statements(database) as sent:
        response = await client.patch(f"/orders/{order['id']}/confirm-payment")
    assert response.status_code == 200, response.text
    # The order with its parties; the move with its event and the proof's answer; the notification with
    # the mail; the page's lists.
    assert len(sent) <= 4, sent
    detail = OrderDetail.model_validate(response.json())
    assert detail.status == "PAYMENT_CONFIRMED"
    assert [e.action for e in detail.events] == ["place", "submit-payment", "confirm-payment"]
    assert detail.payment_proofs[0].verified is True
    async with database.sessions() as check:
        told = (await check.exec(select(Notification).order_by(col(Notification.id)))).all()
        mails = (await check.exec(select(EmailOutbox.kind, EmailOutbox.to_address))).all()
    assert told[-1].user_id == deal.client.id
    assert told[-1].payload["status"] == "PAYMENT_CONFIRMED"
    assert ("payment_confirmed", deal.client.email) in [(k, a) for k, a in mails]


async def test_a_statement_run_again_and_again_is_prepared_unless_a_pooler_forbids_it(
    database: Database, settings: Settings
) -> None:
    """PostgreSQL then parses a hot read once per connection. Through PgBouncer in transaction mode
    (`make test-pgbouncer`) nothing may be prepared: the next statement may run on another server session."""
    sql = "SELECT count(*) FROM gigs WHERE price > %(price)s"
    pool = await database.reads()
    async with pool.connection() as connection:
        for price in range(PREPARE_AFTER_RUNS + 1):
            await connection.execute(sql, {"price": price})
        cursor = await connection.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT count(*) FROM gigs%%'"
        )
        prepared = (await cursor.fetchone() or (0,))[0]
    assert prepared == (1 if settings.prepared_statements else 0)
