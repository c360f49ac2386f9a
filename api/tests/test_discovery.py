"""Discovery (DESIGN §14) against the real app: the category tree and its counts, tags, seller stats and
favourites, and the filters and sort they add to GET /gigs."""

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import run_core
from app.gigs.taxonomy import forget_cached_counts
from tests.factories import Factory
from tests.orders_helpers import make_deal


@pytest.fixture(autouse=True)
def fresh_counts() -> Iterator[None]:
    forget_cached_counts()
    yield
    forget_cached_counts()


def titles(body: dict[str, Any]) -> list[str]:
    return [item["title"] for item in body["items"]]


async def test_the_tree_counts_visible_gigs_and_parents_include_children(
    client: AsyncClient, factory: Factory
) -> None:
    seller = await factory.user()
    await factory.gig(seller, category="backend-apis")
    await factory.gig(seller, category="backend-apis")
    await factory.gig(seller, category="mobile-apps")
    await factory.gig(seller, category="logo-brand")
    await factory.gig(seller, category="logo-brand", is_active=False)  # not counted
    tree = (await client.get("/categories")).json()
    assert [top["slug"] for top in tree] == ["development", "design"]
    development, design = tree
    assert [c["slug"] for c in development["children"]] == [
        "web-apps", "backend-apis", "mobile-apps", "devops-cloud", "data-ml", "qa-testing",
    ]  # fmt: skip
    counts = {c["slug"]: c["gig_count"] for c in development["children"] + design["children"]}
    assert counts["backend-apis"] == 2
    assert counts["logo-brand"] == 1
    assert development["gig_count"] == 3
    assert design["gig_count"] == 1
    assert development["description"]


async def test_category_filters_and_rules(client: AsyncClient, factory: Factory) -> None:
    seller = await factory.user()
    await factory.gig(seller, title="An API in FastAPI", category="backend-apis")
    await factory.gig(seller, title="An Android app", category="mobile-apps")
    await factory.gig(seller, title="A brand new logo", category="logo-brand")
    development = (await client.get("/gigs", params={"category": "development"})).json()
    assert sorted(titles(development)) == ["An API in FastAPI", "An Android app"]
    leaf = (await client.get("/gigs", params={"category": "logo-brand"})).json()
    assert titles(leaf) == ["A brand new logo"]
    unknown = await client.get("/gigs", params={"category": "cooking"})
    assert unknown.status_code == 422
    assert unknown.json()["code"] == "unknown_category"

    factory.sign_in(client, await factory.user(payment_instructions="IBAN X"))
    body = {
        "title": "I will build your API",
        "description": "A tested API with documentation and a deployment.",
        "price": "100.00",
        "delivery_days": 5,
    }
    for category, code in (("development", "category_not_leaf"), ("cooking", "unknown_category")):
        response = await client.post("/gigs", json={**body, "category": category})
        assert response.status_code == 422
        assert response.json()["code"] == code
    missing = await client.post("/gigs", json=body)
    assert missing.status_code == 422


async def test_tags_are_normalised_limited_and_filter_together(
    client: AsyncClient, factory: Factory
) -> None:
    factory.sign_in(client, await factory.user(payment_instructions="IBAN X"))
    base = {
        "description": "A careful piece of work with tests and notes.",
        "price": "80.00",
        "delivery_days": 4,
        "category": "web-apps",
    }
    created = await client.post(
        "/gigs",
        json={
            **base,
            "title": "I will build a React Native app",
            "tags": [" React Native", "PYTHON", "python", "c#"],
        },
    )
    assert created.status_code == 201, created.text
    assert created.json()["tags"] == ["react-native", "python", "c#"]
    for tags in (["a1", "b2", "c3", "d4", "e5", "f6"], ["x"], ["no spaces!"]):
        refused = await client.post("/gigs", json={**base, "title": "I will do it", "tags": tags})
        assert refused.status_code == 422, tags
    await client.post(
        "/gigs", json={**base, "title": "I will write Python scripts", "tags": ["python"]}
    )
    await client.post(
        "/gigs", json={**base, "title": "I will build a React site", "tags": ["react", "python"]}
    )

    both = (await client.get("/gigs", params=[("tag", "python"), ("tag", "React Native")])).json()
    assert titles(both) == ["I will build a React Native app"]
    python = (await client.get("/gigs", params={"tag": "python", "sort": "price_asc"})).json()
    assert len(python["items"]) == 3
    with_q = (await client.get("/gigs", params={"tag": "python", "q": "scripts"})).json()
    assert titles(with_q) == ["I will write Python scripts"]

    forget_cached_counts()  # popularity is read at most once a minute
    suggestions = (await client.get("/tags", params={"q": "py"})).json()
    assert suggestions == [{"name": "python", "gig_count": 3}]
    everything = (await client.get("/tags")).json()
    assert everything[0] == {"name": "python", "gig_count": 3}


async def test_completions_and_replies_make_the_seller_stats(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    deal = await make_deal(factory, client)
    first = await deal.advance_to(await deal.place(), "COMPLETED")
    second = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    # The second delivery comes after its due date.
    await session.exec(  # type: ignore[call-overload]
        text(
            "UPDATE orders SET due_at = now() - interval '1 day' WHERE id = CAST(:id AS uuid)"
        ).bindparams(id=second["id"])
    )
    await session.commit()
    assert (
        await deal.as_freelancer("PATCH", f"/orders/{second['id']}/submit-work")
    ).status_code == 200
    assert (await deal.as_client("PATCH", f"/orders/{second['id']}/approve")).status_code == 200
    profile = (await client.get(f"/users/{deal.freelancer.id}")).json()
    assert profile["completed_orders"] == 2
    assert profile["on_time_rate"] == 0.5
    gig = (await client.get(f"/gigs/{deal.gig.id}")).json()
    assert gig["completed_orders"] == 2
    assert first["status"] == "COMPLETED"

    # The client writes; an hour later the freelancer answers (counted), then writes again (not a reply).
    sent = await deal.as_client(
        "POST", "/messages", json={"receiver_id": str(deal.freelancer.id), "content": "Hello?"}
    )
    assert sent.status_code == 201
    await run_core(session, text("UPDATE messages SET created_at = created_at - interval '1 hour'"))
    await session.commit()
    for content in ("Hi! Yes.", "And one more thing."):
        reply = await deal.as_freelancer(
            "POST", "/messages", json={"receiver_id": str(deal.client.id), "content": content}
        )
        assert reply.status_code == 201
    profile = (await client.get(f"/users/{deal.freelancer.id}")).json()
    assert 3595 <= profile["response_time_s"] <= 3700


async def test_popular_sort_and_min_rating(client: AsyncClient, factory: Factory) -> None:
    seller = await factory.user()
    await factory.gig(seller, title="Rarely ordered", orders_completed=1, rating_avg=Decimal("3.0"))
    await factory.gig(seller, title="Often ordered", orders_completed=40, rating_avg=Decimal("4.8"))
    await factory.gig(seller, title="Never ordered", rating_avg=Decimal("4.5"))
    popular = (await client.get("/gigs", params={"sort": "popular", "limit": 2})).json()
    assert titles(popular) == ["Often ordered", "Rarely ordered"]
    rest = (
        await client.get("/gigs", params={"sort": "popular", "cursor": popular["next_cursor"]})
    ).json()
    assert titles(rest) == ["Never ordered"]
    rated = (await client.get("/gigs", params={"min_rating": "4.5", "sort": "rating"})).json()
    assert titles(rated) == ["Often ordered", "Never ordered"]


async def test_favourites_are_idempotent_and_per_viewer(
    client: AsyncClient, factory: Factory
) -> None:
    seller = await factory.user()
    kept = await factory.gig(seller, title="A gig to keep")
    hidden = await factory.gig(seller, title="A gig that goes away")
    buyer, other = await factory.user(), await factory.user()
    factory.sign_in(client, buyer)
    for gig in (kept, hidden, kept):
        assert (await client.put(f"/gigs/{gig.id}/favorite")).status_code == 204
    saved = (await client.get("/users/me/favorites")).json()
    assert titles(saved) == ["A gig that goes away", "A gig to keep"]  # the last saved first
    assert all(item["is_favorite"] for item in saved["items"])
    listing = (await client.get("/gigs")).json()
    assert {item["title"]: item["is_favorite"] for item in listing["items"]} == {
        "A gig to keep": True,
        "A gig that goes away": True,
    }
    assert (await client.get(f"/gigs/{kept.id}")).json()["is_favorite"] is True

    factory.sign_in(client, other)
    assert (await client.get(f"/gigs/{kept.id}")).json()["is_favorite"] is False
    assert (await client.get("/users/me/favorites")).json()["items"] == []
    client.cookies.clear()
    assert (await client.get(f"/gigs/{kept.id}")).json()["is_favorite"] is False
    assert (await client.put(f"/gigs/{kept.id}/favorite")).status_code == 401

    # A gig its owner hides drops out of the list; nobody else can save it.
    factory.sign_in(client, seller)
    assert (await client.patch(f"/gigs/{hidden.id}", json={"is_active": False})).status_code == 200
    factory.sign_in(client, buyer)
    assert titles((await client.get("/users/me/favorites")).json()) == ["A gig to keep"]
    factory.sign_in(client, other)
    assert (await client.put(f"/gigs/{hidden.id}/favorite")).status_code == 404
    factory.sign_in(client, buyer)
    for _ in range(2):
        assert (await client.delete(f"/gigs/{kept.id}/favorite")).status_code == 204
    assert (await client.get("/users/me/favorites")).json()["items"] == []


async def test_the_cached_tree_outlives_the_request_that_read_it(
    client: AsyncClient, factory: Factory
) -> None:
    """A request that reads the tree and then fails (its session rolls back) leaves it readable for others."""
    factory.sign_in(client, await factory.user(payment_instructions="IBAN X"))
    refused = await client.post(
        "/gigs",
        json={
            "title": "I will build your API",
            "description": "A tested API with documentation and a deployment.",
            "price": "100.00",
            "delivery_days": 5,
            "category": "development",
        },
    )
    assert refused.status_code == 422
    assert (await client.get("/categories")).status_code == 200
    assert (await client.get("/gigs", params={"category": "design"})).status_code == 200
