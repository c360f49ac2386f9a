"""GET/PATCH /users/me and the public profile."""

import uuid

import pytest
from httpx import AsyncClient
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import User
from tests.factories import Factory

pytestmark = pytest.mark.asyncio


async def test_me_returns_private_fields(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user(payment_instructions="IBAN DE00", bio="Hi")
    body = (await factory.sign_in(client, user).get("/users/me")).json()
    assert set(body) == {
        "id",
        "email",
        "full_name",
        "bio",
        "avatar_url",
        "payment_instructions",
        "is_admin",
        "email_verified",
        "created_at",
        "rating_avg",
        "rating_count",
        "completed_orders",
        "on_time_rate",
        "response_time_s",
    }
    assert body["payment_instructions"] == "IBAN DE00"
    assert body["email_verified"] is True


async def test_patch_me_updates_the_editable_fields(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user()
    response = await factory.sign_in(client, user).patch(
        "/users/me",
        json={
            "full_name": "  Ada Lovelace ",
            "bio": "Analytical engines.",
            "avatar_url": "https://example.com/ada.png",
            "payment_instructions": "Wallet +1 555 0100",
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert body["full_name"] == "Ada Lovelace"
    assert body["avatar_url"] == "https://example.com/ada.png"
    await session.refresh(user)
    assert (user.full_name, user.bio, user.payment_instructions) == (
        "Ada Lovelace",
        "Analytical engines.",
        "Wallet +1 555 0100",
    )


async def test_patch_me_partial_update_keeps_other_fields(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user(bio="Keep me")
    response = await factory.sign_in(client, user).patch("/users/me", json={"full_name": "New"})
    assert response.json()["bio"] == "Keep me"


async def test_avatar_can_be_cleared(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user(avatar_url="https://example.com/a.png")
    response = await factory.sign_in(client, user).patch("/users/me", json={"avatar_url": None})
    assert response.status_code == 200
    assert response.json()["avatar_url"] is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"full_name": ""}, "full_name"),
        ({"full_name": "   "}, "full_name"),
        ({"full_name": "x" * 101}, "full_name"),
        ({"bio": "x" * 2001}, "bio"),
        ({"avatar_url": "javascript:alert(1)"}, "avatar_url"),
        ({"avatar_url": "not a url"}, "avatar_url"),
        ({"payment_instructions": "x" * 2001}, "payment_instructions"),
    ],
)
async def test_patch_me_rejects_invalid_fields_with_their_location(
    client: AsyncClient, factory: Factory, body: dict[str, object], field: str
) -> None:
    user = await factory.user(full_name="Unchanged")
    response = await factory.sign_in(client, user).patch("/users/me", json=body)
    assert response.status_code == 422
    assert any(error["field"] == field for error in response.json()["errors"])


async def test_full_name_cannot_be_null(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    response = await factory.sign_in(client, user).patch("/users/me", json={"full_name": None})
    assert response.status_code == 422


@pytest.mark.parametrize("smuggled", [{"is_admin": True}, {"email": "x@y.z"}, {"is_banned": False}])
async def test_patch_me_refuses_fields_a_user_may_not_change(
    client: AsyncClient, factory: Factory, session: AsyncSession, smuggled: dict[str, object]
) -> None:
    user = await factory.user()
    response = await factory.sign_in(client, user).patch("/users/me", json=smuggled)
    assert response.status_code == 422
    await session.refresh(user)
    assert user.is_admin is False


async def test_patch_me_requires_sign_in(client: AsyncClient) -> None:
    assert (await client.patch("/users/me", json={"bio": "x"})).status_code == 401


async def test_public_profile_hides_private_fields(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user(payment_instructions="secret IBAN", bio="Designer")
    response = await client.get(f"/users/{user.id}")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "id", "full_name", "bio", "avatar_url", "created_at", "rating_avg", "rating_count",
        "completed_orders", "on_time_rate", "response_time_s",
    }  # fmt: skip
    assert body["bio"] == "Designer"


async def test_public_profile_of_unknown_or_banned_user_is_404(
    client: AsyncClient, factory: Factory
) -> None:
    banned = await factory.user(is_banned=True)
    assert (await client.get(f"/users/{uuid.uuid4()}")).status_code == 404
    assert (await client.get(f"/users/{banned.id}")).status_code == 404


async def test_public_profile_with_malformed_id_is_422(client: AsyncClient) -> None:
    assert (await client.get("/users/not-a-uuid")).status_code == 422


async def test_a_failed_request_rolls_back(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    """The session dependency only commits on success: an invalid update stores nothing."""
    user: User = await factory.user(full_name="Before")
    await factory.sign_in(client, user).patch("/users/me", json={"full_name": "x" * 500})
    await session.refresh(user)
    assert user.full_name == "Before"
