"""Revocation, still stateless (DESIGN §11): tokens issued before `tokens_valid_after`, and tokens of a
signed-out sign-in (`revoked_sessions`), are refused; "sign out everywhere" and a ban set the former."""

import time
from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import User
from tests.factories import Factory

pytestmark = pytest.mark.asyncio


async def me(client: AsyncClient, token: str) -> tuple[int, dict[str, object]]:
    client.cookies.set("access_token", token)
    response = await client.get("/users/me")
    return response.status_code, response.json()


async def sql(session: AsyncSession, statement: str, **params: object) -> object:
    """Arrange or inspect rows the API writes but no factory makes; commits."""
    connection = await session.connection()
    result = await connection.execute(text(statement), params)
    value = result.scalar() if result.returns_rows else None
    await session.commit()
    return value


async def set_valid_after(session: AsyncSession, user: User, at: datetime) -> None:
    await sql(
        session, "UPDATE users SET tokens_valid_after = :at WHERE id = :id", at=at, id=user.id
    )


async def test_a_token_issued_before_tokens_valid_after_is_refused(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user()
    now = int(time.time())
    await set_valid_after(session, user, datetime.fromtimestamp(now, UTC))

    status, body = await me(client, factory.token_for(user, issued_at=now - 1))
    assert (status, body["code"]) == (401, "session_revoked")
    # To the second: a token issued in the same second as the revocation, or after it, works.
    assert (await me(client, factory.token_for(user, issued_at=now)))[0] == 200


async def test_a_signed_out_sign_in_is_refused_even_after_a_refresh(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user()
    signed_in_at = int(time.time()) - 600
    await sql(
        session,
        "INSERT INTO revoked_sessions (user_id, auth_time, expires_at) VALUES (:u, :a, :e)",
        u=user.id,
        a=signed_in_at,
        e=datetime.now(UTC) + timedelta(days=7),
    )

    refreshed_in_the_race = factory.token_for(user, auth_time=signed_in_at)
    status, body = await me(client, refreshed_in_the_race)
    assert (status, body["code"]) == (401, "session_revoked")
    # The same person's other sign-ins (another device) are untouched.
    other_device = factory.token_for(user, auth_time=signed_in_at + 5)
    assert (await me(client, other_device))[0] == 200


async def test_a_token_without_auth_time_counts_from_its_iat(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user()
    issued = int(time.time())
    await sql(
        session,
        "INSERT INTO revoked_sessions (user_id, auth_time, expires_at) VALUES (:u, :a, now())",
        u=user.id,
        a=issued,
    )
    assert (await me(client, factory.token_for(user, issued_at=issued)))[0] == 401


@pytest.mark.parametrize("auth_time", ["yesterday", True, [1], 1.5e400])
async def test_a_malformed_auth_time_is_an_invalid_token(
    client: AsyncClient, factory: Factory, auth_time: object
) -> None:
    user = await factory.user()
    status, body = await me(client, factory.token_for(user, auth_time=auth_time))
    assert (status, body["code"]) == (401, "not_authenticated")


async def test_sign_out_everywhere_refuses_every_earlier_token(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user()
    laptop = factory.token_for(user, issued_at=int(time.time()) - 5)
    phone = factory.token_for(user, issued_at=int(time.time()) - 60)
    client.cookies.set("access_token", laptop)
    assert (await client.post("/users/me/sign-out-everywhere")).status_code == 204

    for token in (laptop, phone):
        status, body = await me(client, token)
        assert (status, body["code"]) == (401, "session_revoked")
    stored = await sql(session, "SELECT tokens_valid_after FROM users WHERE id = :id", id=user.id)
    assert isinstance(stored, datetime)


async def test_sign_out_everywhere_needs_a_signed_in_caller(client: AsyncClient) -> None:
    assert (await client.post("/users/me/sign-out-everywhere")).status_code == 401


async def test_tokens_from_before_a_ban_stay_dead_after_the_unban(
    client: AsyncClient, factory: Factory
) -> None:
    admin = await factory.user(is_admin=True)
    user = await factory.user()
    before_ban = factory.token_for(user, issued_at=int(time.time()) - 5)

    factory.sign_in(client, admin)
    banned = await client.post(f"/admin/users/{user.id}/ban", json={"reason": "Spam"})
    assert banned.status_code == 200, banned.text
    assert (await client.post(f"/admin/users/{user.id}/unban")).status_code == 200

    status, body = await me(client, before_ban)
    assert (status, body["code"]) == (401, "session_revoked")
