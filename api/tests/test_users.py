"""GET/PATCH /users/me and the public profile."""

import uuid
from typing import Any

import pytest
from httpx import AsyncClient
from sqlmodel import col, update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import User
from app.users.schemas import UserMe
from tests.factories import Factory
from tests.orders_helpers import make_deal

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


async def test_me_as_postgresql_writes_it_matches_the_model(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    """GET /users/me sends the JSON the database wrote (app/users/me.py); PATCH /users/me builds the same user
    with the `UserMe` model. Before any stats, and with ratings, completions and replies, they agree."""
    deal = await make_deal(factory, client)

    async def both_agree(user: User) -> dict[str, Any]:
        factory.sign_in(client, user)
        sent = await client.get("/users/me")
        assert sent.status_code == 200, sent.text
        built = await client.patch("/users/me", json={})
        assert built.status_code == 200, built.text
        got: dict[str, Any] = sent.json()
        expected = built.json()
        assert set(got) == set(UserMe.model_fields)
        for name in ("rating_avg",):  # money is a two-decimal string on both sides
            assert got[name] == expected[name], name
        assert UserMe.model_validate_json(sent.content) == UserMe.model_validate(expected)
        return got

    fresh = await both_agree(deal.freelancer)
    assert (fresh["rating_avg"], fresh["rating_count"], fresh["on_time_rate"]) == ("0.00", 0, None)
    assert fresh["response_time_s"] is None

    for rating in (5, 4, 4):  # an average of 4.333…: rounded to two places
        completed = await deal.advance_to(await deal.place(), "COMPLETED")
        review = {"order_id": completed["id"], "rating": rating}
        assert (await deal.as_client("POST", "/reviews", json=review)).status_code == 201
    await session.exec(
        update(User)
        .where(col(User.id) == deal.freelancer.id)
        .values(on_time_orders=2, replies_count=3, replies_total_s=100)
    )
    await session.commit()
    rated = await both_agree(deal.freelancer)
    assert (rated["rating_avg"], rated["rating_count"]) == ("4.33", 3)
    assert (rated["completed_orders"], rated["on_time_rate"]) == (3, 0.667)
    assert rated["response_time_s"] == 33
