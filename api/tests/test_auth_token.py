"""The access-token contract of DESIGN §3, each case with its exact status."""

import time
import uuid

import jwt
import pytest
from httpx import AsyncClient
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import User
from tests.factories import Factory, mint_token

pytestmark = pytest.mark.asyncio


async def get_me(client: AsyncClient, token: str | None) -> tuple[int, dict[str, object]]:
    if token is not None:
        client.cookies.set("access_token", token)
    response = await client.get("/users/me")
    return response.status_code, response.json()


async def test_valid_cookie_returns_the_user(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user(full_name="Ada Okafor")
    status, body = await get_me(client, factory.token_for(user))
    assert status == 200
    assert body["id"] == str(user.id)
    assert body["full_name"] == "Ada Okafor"
    assert body["email"] == user.email


async def test_missing_cookie_is_401(client: AsyncClient) -> None:
    status, body = await get_me(client, None)
    assert (status, body) == (401, {"detail": "Not authenticated", "code": "not_authenticated"})


async def test_expired_token_is_401(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    stale = factory.token_for(user, issued_at=int(time.time()) - 3600)
    status, body = await get_me(client, stale)
    assert status == 401
    assert "expired" in str(body["detail"])


async def test_tampered_payload_is_401(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    other = await factory.user(is_admin=True)
    header, _, signature = factory.token_for(user).split(".")
    forged_payload = factory.token_for(other).split(".")[1]
    status, _ = await get_me(client, f"{header}.{forged_payload}.{signature}")
    assert status == 401


async def test_wrong_secret_is_401(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    token = mint_token(user, "another-secret-entirely-0123456789abcdef")
    assert (await get_me(client, token))[0] == 401


async def test_alg_none_is_401(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    now = int(time.time())
    unsigned = jwt.encode(
        {"sub": str(user.id), "iat": now, "exp": now + 1800}, key="", algorithm="none"
    )
    assert (await get_me(client, unsigned))[0] == 401


@pytest.mark.parametrize("algorithm", ["HS512", "HS384"])
async def test_other_algorithm_is_401(
    client: AsyncClient, factory: Factory, algorithm: str
) -> None:
    user = await factory.user()
    token = factory.token_for(user, algorithm=algorithm)
    assert (await get_me(client, token))[0] == 401


@pytest.mark.parametrize("claim", ["sub", "iat", "exp"])
async def test_missing_claim_is_401(client: AsyncClient, factory: Factory, claim: str) -> None:
    user = await factory.user()
    token = factory.token_for(user, **{claim: None})
    assert (await get_me(client, token))[0] == 401


async def test_sub_that_is_not_a_uuid_is_401(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    assert (await get_me(client, factory.token_for(user, sub="admin")))[0] == 401


async def test_garbage_cookie_is_401(client: AsyncClient) -> None:
    assert (await get_me(client, "not-a-jwt"))[0] == 401


async def test_banned_user_is_403(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user()
    token = factory.token_for(user)
    user.is_banned = True
    user.banned_reason = "spam"
    await session.commit()
    status, body = await get_me(client, token)
    assert (status, body) == (
        403,
        {"detail": "This account has been suspended", "code": "account_suspended"},
    )


async def test_deleted_user_is_401(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user()
    token = factory.token_for(user)
    await session.delete(user)
    await session.commit()
    status, body = await get_me(client, token)
    assert status == 401
    assert body == {"detail": "This account no longer exists", "code": "account_not_found"}


async def test_unknown_user_id_is_401(client: AsyncClient, factory: Factory) -> None:
    ghost = User(id=uuid.uuid4(), email="ghost@example.com", full_name="Ghost")
    assert (await get_me(client, factory.token_for(ghost)))[0] == 401


async def test_admin_rights_come_from_the_row_not_the_token(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user(is_admin=False)
    status, body = await get_me(client, factory.token_for(user, is_admin=True))
    assert status == 200
    assert body["is_admin"] is False
