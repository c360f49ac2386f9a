"""GET/PATCH /users/me/email-preferences and one-click unsubscribe (DESIGN §11, RFC 8058)."""

import uuid

import pytest
from httpx import AsyncClient
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.email.kinds import Preference
from app.email.unsubscribe_tokens import make_unsubscribe_token
from app.models import User
from tests.factories import Factory

pytestmark = pytest.mark.asyncio

PATH = "/users/me/email-preferences"
ALL_ON = {"order_updates": True, "messages": True, "reminders": True}


async def reloaded(session: AsyncSession, user: User) -> User:
    await session.refresh(user)
    return user


async def test_everything_is_on_by_default(factory: Factory, client: AsyncClient) -> None:
    factory.sign_in(client, await factory.user())
    response = await client.get(PATH)
    assert response.status_code == 200
    assert response.json() == ALL_ON


async def test_patch_changes_only_what_it_names(
    factory: Factory, client: AsyncClient, session: AsyncSession
) -> None:
    user = await factory.user()
    factory.sign_in(client, user)
    response = await client.patch(PATH, json={"messages": False})
    assert response.status_code == 200
    assert response.json() == {**ALL_ON, "messages": False}
    response = await client.patch(PATH, json={"order_updates": False, "messages": True})
    assert response.json() == {**ALL_ON, "order_updates": False}
    assert (await client.get(PATH)).json() == {**ALL_ON, "order_updates": False}
    assert (await client.patch(PATH, json={})).json() == {**ALL_ON, "order_updates": False}
    stored = await reloaded(session, user)
    assert (stored.email_order_updates, stored.email_messages, stored.email_reminders) == (
        False, True, True,
    )  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        {"messages": None},
        {"messages": "false"},
        {"messages": 0},
        {"newsletters": False},
        {"email_messages": False},
        [],
    ],
)
async def test_patch_refuses_what_is_not_a_switch(
    factory: Factory, client: AsyncClient, body: object
) -> None:
    factory.sign_in(client, await factory.user())
    response = await client.patch(PATH, json=body)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "validation_failed"
    assert (await client.get(PATH)).json() == ALL_ON


async def test_preferences_need_sign_in(client: AsyncClient) -> None:
    assert (await client.get(PATH)).status_code == 401
    assert (await client.patch(PATH, json={"messages": False})).status_code == 401


# --- unsubscribe -----------------------------------------------------------------------------


def token(settings: Settings, user: User, preference: Preference) -> str:
    return make_unsubscribe_token(settings.jwt_secret, user.id, preference)


async def test_one_click_turns_that_mail_off_and_is_idempotent(
    factory: Factory, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    user = await factory.user()
    link = token(settings, user, Preference.MESSAGES)
    status = await client.get("/email/unsubscribe", params={"token": link})
    assert status.json() == {"preference": "messages", "subscribed": True}
    # What a mail provider's server sends (RFC 8058): a form body, no Origin, no cookie.
    for _ in range(2):
        response = await client.post(
            "/email/unsubscribe",
            params={"token": link},
            content="List-Unsubscribe=One-Click",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert response.status_code == 200, response.text
        assert response.json() == {"preference": "messages", "subscribed": False}
    stored = await reloaded(session, user)
    assert (stored.email_order_updates, stored.email_messages, stored.email_reminders) == (
        True, False, True,
    )  # fmt: skip
    status = await client.get("/email/unsubscribe", params={"token": link})
    assert status.json() == {"preference": "messages", "subscribed": False}


async def test_the_web_page_posts_an_empty_body_from_our_origin(
    factory: Factory, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    user = await factory.user()
    response = await client.post(
        "/email/unsubscribe",
        params={"token": token(settings, user, Preference.ORDER_UPDATES)},
        headers={"origin": settings.frontend_origin},
    )
    assert response.status_code == 200
    assert response.json() == {"preference": "order_updates", "subscribed": False}
    assert (await reloaded(session, user)).email_order_updates is False


async def test_looking_at_the_link_changes_nothing(
    factory: Factory, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    user = await factory.user()
    link = token(settings, user, Preference.REMINDERS)
    assert (await client.get("/email/unsubscribe", params={"token": link})).status_code == 200
    assert (await reloaded(session, user)).email_reminders is True


async def test_a_forged_or_broken_token_is_refused(
    factory: Factory, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    user, other = await factory.user(), await factory.user()
    good = token(settings, user, Preference.MESSAGES)
    user_hex, _, signature = good.split(".")
    forged = [
        f"{other.id.hex}.messages.{signature}",  # someone else's account
        f"{user_hex}.order_updates.{signature}",  # another switch
        good[:-2],
        make_unsubscribe_token("another-secret", user.id, Preference.MESSAGES),
        "nonsense",
        "a.b.c",
        "....",
    ]
    for bad in forged:
        for method in ("GET", "POST"):
            response = await client.request(method, "/email/unsubscribe", params={"token": bad})
            assert response.status_code == 400, (bad, response.text)
            body = response.json()
            assert body["code"] == "invalid_unsubscribe_token"
            assert "not valid" in body["detail"]
    assert (await client.post("/email/unsubscribe")).status_code == 422
    assert (await reloaded(session, user)).email_messages is True
    assert (await reloaded(session, other)).email_messages is True


async def test_a_deleted_account_is_already_unsubscribed(
    client: AsyncClient, settings: Settings
) -> None:
    link = make_unsubscribe_token(settings.jwt_secret, uuid.uuid4(), Preference.MESSAGES)
    response = await client.post("/email/unsubscribe", params={"token": link})
    assert response.status_code == 200
    assert response.json() == {"preference": "messages", "subscribed": False}
