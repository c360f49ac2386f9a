"""Gig create / read / update / delete: validation, visibility and ownership."""

import uuid
from decimal import Decimal

import pytest
from httpx import AsyncClient
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Gig, User
from tests.factories import Factory

pytestmark = pytest.mark.asyncio

VALID = {
    "title": "I will build your FastAPI backend",
    "description": "Production-ready REST API with tests, docs and deployment.",
    "price": "149.50",
    "delivery_days": 7,
    "category": "backend-apis",
}


PAYABLE = "PayPal: ada@example.com"


async def test_create_returns_201_and_the_gig(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user(full_name="Ada Okafor", payment_instructions=PAYABLE)
    response = await factory.sign_in(client, user).post("/gigs", json=VALID)
    assert response.status_code == 201
    body = response.json()
    assert body["price"] == "149.50"
    assert body["freelancer_id"] == str(user.id)
    assert body["freelancer"]["full_name"] == "Ada Okafor"
    assert body["is_active"] is True
    assert (body["rating_avg"], body["rating_count"]) == ("0.00", 0)


async def test_publishing_needs_a_verified_email(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    user = await factory.user(payment_instructions=PAYABLE, email_verified=False)
    signed_in = factory.sign_in(client, user)
    response = await signed_in.post("/gigs", json=VALID)
    assert response.status_code == 403
    assert response.json() == {
        "detail": "Verify your email address to publish gigs",
        "code": "email_not_verified",
    }
    # Nor may an unverified owner reactivate a gig (one published before, or by the seed).
    gig = await factory.gig(user, is_active=False)
    response = await signed_in.patch(f"/gigs/{gig.id}", json={"is_active": True})
    assert (response.status_code, response.json()["code"]) == (403, "email_not_verified")
    await session.refresh(gig)
    assert gig.is_active is False
    # Other edits stay open, and once the address is verified publishing works.
    response = await signed_in.patch(f"/gigs/{gig.id}", json={"title": "A clearer title"})
    assert response.status_code == 200
    user.email_verified = True
    session.add(user)
    await session.commit()
    assert (await signed_in.post("/gigs", json=VALID)).status_code == 201


async def test_price_is_always_two_decimals(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user(payment_instructions=PAYABLE)
    body = (await factory.sign_in(client, user).post("/gigs", json={**VALID, "price": 49})).json()
    assert body["price"] == "49.00"


async def test_create_requires_sign_in(client: AsyncClient) -> None:
    assert (await client.post("/gigs", json=VALID)).status_code == 401


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "Shrt"}, "title"),
        ({"title": "x" * 121}, "title"),
        ({"title": "    abc    "}, "title"),  # 3 characters once trimmed
        ({"description": "too short"}, "description"),
        ({"description": "x" * 5001}, "description"),
        ({"price": "0.99"}, "price"),
        ({"price": "100000.01"}, "price"),
        ({"price": "10.999"}, "price"),
        ({"price": "ten"}, "price"),
        ({"delivery_days": 0}, "delivery_days"),
        ({"delivery_days": 91}, "delivery_days"),
    ],
)
async def test_create_validates_each_field(
    client: AsyncClient, factory: Factory, change: dict[str, object], field: str
) -> None:
    user = await factory.user()
    response = await factory.sign_in(client, user).post("/gigs", json={**VALID, **change})
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == [field]


@pytest.mark.parametrize(
    "boundary", [{"price": "1.00"}, {"price": "100000.00"}, {"delivery_days": 90}]
)
async def test_boundaries_are_accepted(
    client: AsyncClient, factory: Factory, boundary: dict[str, object]
) -> None:
    user = await factory.user(payment_instructions=PAYABLE)
    response = await factory.sign_in(client, user).post("/gigs", json={**VALID, **boundary})
    assert response.status_code == 201


async def test_create_cannot_pick_the_owner(client: AsyncClient, factory: Factory) -> None:
    user, victim = await factory.user(), await factory.user()
    response = await factory.sign_in(client, user).post(
        "/gigs", json={**VALID, "freelancer_id": str(victim.id)}
    )
    assert response.status_code == 422


async def test_get_is_public_for_active_gigs(client: AsyncClient, factory: Factory) -> None:
    gig = await factory.gig(title="Logo design in three days")
    response = await client.get(f"/gigs/{gig.id}")
    assert response.status_code == 200
    assert response.json()["title"] == "Logo design in three days"


async def test_inactive_gig_is_visible_only_to_owner_and_admin(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    gig = await factory.gig(owner, is_active=False)
    assert (await client.get(f"/gigs/{gig.id}")).status_code == 404
    stranger = await factory.user()
    assert (await factory.sign_in(client, stranger).get(f"/gigs/{gig.id}")).status_code == 404
    assert (await factory.sign_in(client, owner).get(f"/gigs/{gig.id}")).status_code == 200
    admin = await factory.user(is_admin=True)
    assert (await factory.sign_in(client, admin).get(f"/gigs/{gig.id}")).status_code == 200


async def test_banned_freelancers_gig_is_hidden(client: AsyncClient, factory: Factory) -> None:
    gig = await factory.gig(await factory.user(is_banned=True))
    assert (await client.get(f"/gigs/{gig.id}")).status_code == 404


async def test_unknown_gig_is_404(client: AsyncClient) -> None:
    assert (await client.get(f"/gigs/{uuid.uuid4()}")).status_code == 404


async def test_owner_updates_fields(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    owner = await factory.user()
    gig = await factory.gig(owner)
    response = await factory.sign_in(client, owner).patch(
        f"/gigs/{gig.id}", json={"price": "75.25", "is_active": False}
    )
    assert response.status_code == 200
    assert (response.json()["price"], response.json()["is_active"]) == ("75.25", False)
    await session.refresh(gig)
    assert gig.price == Decimal("75.25")


async def test_non_owner_update_is_403_and_changes_nothing(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    gig = await factory.gig(price=Decimal("50.00"))
    other = await factory.user()
    response = await factory.sign_in(client, other).patch(f"/gigs/{gig.id}", json={"price": "1.00"})
    assert response.status_code == 403
    await session.refresh(gig)
    assert gig.price == Decimal("50.00")


@pytest.mark.parametrize(
    "smuggled",
    [
        {"freelancer_id": "00000000-0000-0000-0000-000000000000"},
        {"rating_avg": "5.00"},
        {"id": "x"},
    ],
)
async def test_update_refuses_non_editable_fields(
    client: AsyncClient, factory: Factory, smuggled: dict[str, object]
) -> None:
    owner = await factory.user()
    gig = await factory.gig(owner)
    response = await factory.sign_in(client, owner).patch(f"/gigs/{gig.id}", json=smuggled)
    assert response.status_code == 422


async def test_update_validates(client: AsyncClient, factory: Factory) -> None:
    owner = await factory.user()
    gig = await factory.gig(owner)
    response = await factory.sign_in(client, owner).patch(
        f"/gigs/{gig.id}", json={"delivery_days": 0}
    )
    assert response.status_code == 422


async def test_delete_without_orders_is_204(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    owner = await factory.user()
    gig = await factory.gig(owner)
    response = await factory.sign_in(client, owner).delete(f"/gigs/{gig.id}")
    assert response.status_code == 204
    assert response.content == b""
    assert await session.get(Gig, gig.id, populate_existing=True) is None


async def test_delete_with_orders_is_409_and_says_to_deactivate(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    owner = await factory.user()
    gig = await factory.gig(owner)
    await factory.order(gig)
    response = await factory.sign_in(client, owner).delete(f"/gigs/{gig.id}")
    assert response.status_code == 409
    assert "Deactivate" in response.json()["detail"]
    assert await session.get(Gig, gig.id, populate_existing=True) is not None


async def test_delete_by_non_owner_is_403(client: AsyncClient, factory: Factory) -> None:
    gig = await factory.gig()
    other = await factory.user()
    assert (await factory.sign_in(client, other).delete(f"/gigs/{gig.id}")).status_code == 403


async def test_delete_requires_sign_in(client: AsyncClient, factory: Factory) -> None:
    gig = await factory.gig()
    assert (await client.delete(f"/gigs/{gig.id}")).status_code == 401


async def test_revisions_included_is_stored_bounded_and_kept(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user(payment_instructions="PayPal: me@example.com")
    created = await factory.sign_in(client, user).post(
        "/gigs", json={**VALID, "revisions_included": 3}
    )
    assert created.status_code == 201
    assert created.json()["revisions_included"] == 3
    gig_id = created.json()["id"]
    too_many = await client.patch(f"/gigs/{gig_id}", json={"revisions_included": 11})
    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["field"] == "revisions_included"
    kept = await client.patch(f"/gigs/{gig_id}", json={"price": "60.00"})
    assert kept.json()["revisions_included"] == 3
    listed = (await client.get("/gigs", params={"freelancer_id": str(user.id)})).json()
    assert listed["items"][0]["revisions_included"] == 3
    default = await client.post("/gigs", json=VALID)
    assert default.json()["revisions_included"] == 1


async def test_publishing_needs_payment_instructions(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    """Clients pay freelancers directly: a gig nobody can pay for is not published, and a gig whose owner
    has since removed their instructions cannot be ordered (and says so)."""
    user = await factory.user(payment_instructions="   ")
    refused = await factory.sign_in(client, user).post("/gigs", json=VALID)
    assert refused.status_code == 422
    assert refused.json()["code"] == "payment_instructions_required"
    assert "Settings" in refused.json()["detail"]

    await client.patch("/users/me", json={"payment_instructions": "IBAN XX00 1234"})
    created = await client.post("/gigs", json=VALID)
    assert created.status_code == 201
    assert created.json()["accepts_orders"] is True
    gig_id = created.json()["id"]
    assert (await client.patch(f"/gigs/{gig_id}", json={"is_active": False})).status_code == 200

    await client.patch("/users/me", json={"payment_instructions": ""})
    reactivated = await client.patch(f"/gigs/{gig_id}", json={"is_active": True})
    assert reactivated.json()["code"] == "payment_instructions_required"

    other = await factory.gig(await factory.user())
    owner = await session.get(User, other.freelancer_id)
    assert owner is not None
    owner.payment_instructions = ""  # removed after publishing
    session.add(owner)
    await session.commit()
    shown = (await client.get(f"/gigs/{other.id}")).json()
    listed = (await client.get("/gigs", params={"freelancer_id": str(owner.id)})).json()["items"]
    assert shown["accepts_orders"] is False
    assert [gig["accepts_orders"] for gig in listed] == [False]
    ordered = await client.post("/orders", json={"gig_id": str(other.id)})
    assert ordered.status_code == 409
    assert ordered.json()["code"] == "freelancer_cannot_be_paid"
