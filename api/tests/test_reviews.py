"""Reviews: only on completed orders, only by parties, once each, and the ratings they feed."""

import asyncio
import uuid
from decimal import Decimal

import pytest
from httpx import AsyncClient
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Gig
from tests.factories import Factory
from tests.orders_helpers import Deal, make_deal

pytestmark = pytest.mark.asyncio


@pytest.fixture
async def deal(factory: Factory, client: AsyncClient) -> Deal:
    return await make_deal(factory, client, price=Decimal("40.00"))


async def review(deal: Deal, who: str, order_id: str, rating: int, comment: str = "") -> int:
    act = deal.as_client if who == "client" else deal.as_freelancer
    body = {"order_id": order_id, "rating": rating, "comment": comment}
    return (await act("POST", "/reviews", json=body)).status_code


async def test_both_parties_review_each_other(deal: Deal, client: AsyncClient) -> None:
    order = await deal.advance_to(await deal.place(), "COMPLETED")
    response = await deal.as_client(
        "POST", "/reviews", json={"order_id": order["id"], "rating": 5, "comment": " Superb work "}
    )
    assert response.status_code == 201
    body = response.json()
    assert (body["reviewer_id"], body["reviewee_id"]) == (
        str(deal.client.id),
        str(deal.freelancer.id),
    )
    assert body["comment"] == "Superb work"
    assert body["reviewer"]["full_name"] == "Carl Client"
    assert await review(deal, "freelancer", order["id"], 4, "Clear brief") == 201
    client.cookies.clear()
    freelancer_reviews = (await client.get(f"/users/{deal.freelancer.id}/reviews")).json()
    assert [r["rating"] for r in freelancer_reviews["items"]] == [5]
    client_profile = (await client.get(f"/users/{deal.client.id}")).json()
    assert (client_profile["rating_avg"], client_profile["rating_count"]) == ("4.00", 1)
    detail = (await deal.as_client("GET", f"/orders/{order['id']}")).json()
    assert len(detail["reviews"]) == 2


async def test_second_review_by_the_same_party_is_409(deal: Deal) -> None:
    order = await deal.advance_to(await deal.place(), "COMPLETED")
    assert await review(deal, "client", order["id"], 5) == 201
    assert await review(deal, "client", order["id"], 1) == 409


async def test_concurrent_duplicate_reviews_store_one(deal: Deal, client: AsyncClient) -> None:
    order = await deal.advance_to(await deal.place(), "COMPLETED")
    deal.factory.sign_in(client, deal.client)
    body = {"order_id": order["id"], "rating": 5}
    codes = sorted(
        r.status_code
        for r in await asyncio.gather(*(client.post("/reviews", json=body) for _ in range(5)))
    )
    assert codes == [201, 409, 409, 409, 409]


@pytest.mark.parametrize("status", ["PENDING_PAYMENT", "IN_PROGRESS", "SUBMITTED"])
async def test_review_before_completion_is_409(deal: Deal, status: str) -> None:
    order = await deal.advance_to(await deal.place(), status)
    assert await review(deal, "client", order["id"], 5) == 409


async def test_review_of_cancelled_order_is_409(deal: Deal) -> None:
    order = await deal.place()
    await deal.as_client("PATCH", f"/orders/{order['id']}/cancel")
    assert await review(deal, "client", order["id"], 3) == 409


@pytest.mark.parametrize("rating", [0, 6, -1])
async def test_rating_outside_1_to_5_is_422(deal: Deal, rating: int) -> None:
    order = await deal.advance_to(await deal.place(), "COMPLETED")
    assert await review(deal, "client", order["id"], rating) == 422


async def test_strangers_and_unknown_orders_are_404(
    deal: Deal, factory: Factory, client: AsyncClient
) -> None:
    order = await deal.advance_to(await deal.place(), "COMPLETED")
    factory.sign_in(client, await factory.user())
    for order_id in (order["id"], str(uuid.uuid4())):
        response = await client.post("/reviews", json={"order_id": order_id, "rating": 5})
        assert response.status_code == 404


async def test_review_requires_sign_in(client: AsyncClient) -> None:
    response = await client.post("/reviews", json={"order_id": str(uuid.uuid4()), "rating": 5})
    assert response.status_code == 401


async def test_client_reviews_drive_the_gig_rating_and_sort(
    deal: Deal, factory: Factory, client: AsyncClient, session: AsyncSession
) -> None:
    unrated = await factory.gig(deal.freelancer, title="Unrated gig here")
    for rating in (5, 4):
        order = await deal.advance_to(await deal.place(), "COMPLETED")
        assert await review(deal, "client", order["id"], rating) == 201
        await review(deal, "freelancer", order["id"], 1)  # about the client: not the gig's rating
    gig = await session.get(Gig, deal.gig.id, populate_existing=True)
    assert gig is not None
    assert (gig.rating_avg, gig.rating_count) == (Decimal("4.50"), 2)
    client.cookies.clear()
    ranked = (await client.get("/gigs", params={"sort": "rating"})).json()["items"]
    assert [g["id"] for g in ranked] == [str(deal.gig.id), str(unrated.id)]
    assert ranked[0]["rating_avg"] == "4.50"
    gig_reviews = (await client.get(f"/gigs/{deal.gig.id}/reviews")).json()["items"]
    assert sorted(r["rating"] for r in gig_reviews) == [4, 5]


async def test_reviews_paginate(deal: Deal, client: AsyncClient) -> None:
    for _ in range(3):
        order = await deal.advance_to(await deal.place(), "COMPLETED")
        await review(deal, "client", order["id"], 5)
    client.cookies.clear()
    first = (await client.get(f"/users/{deal.freelancer.id}/reviews", params={"limit": 2})).json()
    rest = (
        await client.get(
            f"/users/{deal.freelancer.id}/reviews", params={"cursor": first["next_cursor"]}
        )
    ).json()
    assert len(first["items"]) + len(rest["items"]) == 3
    assert rest["next_cursor"] is None


async def test_reviews_of_a_hidden_gig_are_as_hidden_as_the_gig(
    deal: Deal, client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    order = await deal.advance_to(await deal.place(), "COMPLETED")
    assert await review(deal, "client", order["id"], 5, "Great") == 201
    path = f"/gigs/{deal.gig.id}/reviews"
    client.cookies.clear()
    assert len((await client.get(path)).json()["items"]) == 1

    gig = await session.get(Gig, deal.gig.id)
    assert gig is not None
    gig.is_active = False
    session.add(gig)
    await session.commit()

    client.cookies.clear()
    assert (await client.get(path)).status_code == 404  # the public: no gig, no reviews
    assert (await deal.as_client("GET", path)).status_code == 404  # a past buyer is the public too
    owner_view = await deal.as_freelancer("GET", path)
    assert len(owner_view.json()["items"]) == 1
    factory.sign_in(client, await factory.user(is_admin=True))
    assert (await client.get(path)).status_code == 200


async def test_the_reviewed_party_is_notified_once_and_a_refused_review_notifies_no_one(
    deal: Deal,
) -> None:
    order = await deal.advance_to(await deal.place(), "COMPLETED")

    async def reviews_announced(who: str) -> list[dict[str, object]]:
        act = deal.as_client if who == "client" else deal.as_freelancer
        page = (await act("GET", "/notifications?limit=100")).json()
        return [item["data"] for item in page["items"] if item["type"] == "review.new"]

    assert await review(deal, "client", order["id"], 5, "Superb") == 201
    assert await review(deal, "client", order["id"], 4) == 409
    assert await reviews_announced("freelancer") == [
        {
            "order_id": order["id"],
            "reference_code": order["reference_code"],
            "gig_title": order["gig_title"],
            "reviewer_id": str(deal.client.id),
            "reviewer_name": "Carl Client",
            "rating": 5,
        }
    ]
    assert await reviews_announced("client") == []


async def test_my_profile_reads_the_same_without_a_session(deal: Deal, client: AsyncClient) -> None:
    """GET /users/me is read in one statement (app/users/me.py); PATCH /users/me builds the same profile from
    the ORM. With reviews received and an order completed, both say the same, field for field."""
    order = await deal.advance_to(await deal.place(), "COMPLETED")
    assert await review(deal, "client", order["id"], 4) == 201
    for act in (deal.as_freelancer, deal.as_client):
        read = await act("GET", "/users/me")
        written = await act("PATCH", "/users/me", json={})
        assert read.status_code == written.status_code == 200
        assert read.json() == written.json()
    mine = (await deal.as_freelancer("GET", "/users/me")).json()
    assert (mine["rating_avg"], mine["rating_count"], mine["completed_orders"]) == ("4.00", 1, 1)
    assert mine["on_time_rate"] == 1.0
