"""GET /gigs: text search and relevance, filters, sorts, visibility and keyset pagination."""

import asyncio
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient

from app.models import Gig
from tests.factories import Factory

pytestmark = pytest.mark.asyncio


async def titles(client: AsyncClient, **params: Any) -> list[str]:
    response = await client.get("/gigs", params=params)
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


async def walk(client: AsyncClient, limit: int, **params: Any) -> list[str]:
    """Follow next_cursor to the end; return the ids in the order served."""
    ids: list[str] = []
    cursor = None
    while True:
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        body = (await client.get("/gigs", params=query)).json()
        ids += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids


async def test_empty_marketplace(client: AsyncClient) -> None:
    assert (await client.get("/gigs")).json() == {
        "items": [],
        "next_cursor": None,
        "total": 0,
        "total_is_capped": False,
    }


async def test_default_order_is_newest_first(client: AsyncClient, factory: Factory) -> None:
    owner = await factory.user()
    for title in ("First gig posted", "Second gig posted", "Third gig posted"):
        await factory.gig(owner, title=title)
    assert await titles(client) == ["Third gig posted", "Second gig posted", "First gig posted"]


async def test_items_carry_the_freelancer_name(client: AsyncClient, factory: Factory) -> None:
    await factory.gig(await factory.user(full_name="Lin Chen"))
    item = (await client.get("/gigs")).json()["items"][0]
    assert item["freelancer"]["full_name"] == "Lin Chen"
    assert set(item["freelancer"]) == {"id", "full_name", "avatar_url"}


async def test_inactive_and_banned_gigs_leave_the_public_list(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    await factory.gig(owner, title="Visible gig here")
    await factory.gig(owner, title="Paused gig here", is_active=False)
    await factory.gig(await factory.user(is_banned=True), title="Banned seller gig")
    assert await titles(client) == ["Visible gig here"]
    factory.sign_in(client, owner)
    assert set(await titles(client)) == {"Visible gig here", "Paused gig here"}


async def test_admin_sees_everything(client: AsyncClient, factory: Factory) -> None:
    await factory.gig(title="Paused gig here", is_active=False)
    factory.sign_in(client, await factory.user(is_admin=True))
    assert await titles(client) == ["Paused gig here"]


async def test_search_matches_title_and_description_words(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    await factory.gig(owner, title="Kubernetes cluster setup", description="x" * 30)
    await factory.gig(
        owner, title="Simple landing page", description="Built with kubernetes too " * 2
    )
    await factory.gig(owner, title="Logo design", description="Vector logos for your brand " * 2)
    found = await titles(client, q="kubernetes")
    assert set(found) == {"Kubernetes cluster setup", "Simple landing page"}


async def test_title_matches_rank_above_description_matches(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    # The description match is newer, so only relevance can put the title match first.
    await factory.gig(owner, title="Figma design system", description="Components and tokens " * 2)
    await factory.gig(
        owner, title="Website redesign", description="I also deliver in figma files " * 2
    )
    assert await titles(client, q="figma") == ["Figma design system", "Website redesign"]


async def test_the_title_tier_needs_every_word_in_the_title_and_follows_edits(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    await factory.gig(owner, title="Vector logo for your brand", description="Three concepts. " * 3)
    # Newer, but "vector" is only in its description: it ranks below the title match.
    split = await factory.gig(
        owner, title="Logo design service", description="Vector files for print and web. " * 2
    )
    assert await titles(client, q="vector logo") == [
        "Vector logo for your brand",
        "Logo design service",
    ]

    # The title's search vector is regenerated on update: now both words are in both titles.
    response = await factory.sign_in(client, owner).patch(
        f"/gigs/{split.id}", json={"title": "Vector logo design service"}
    )
    assert response.status_code == 200, response.text
    assert await titles(client, q="vector logo") == [
        "Vector logo design service",
        "Vector logo for your brand",
    ]


async def test_search_by_prefix_and_stem(client: AsyncClient, factory: Factory) -> None:
    await factory.gig(title="Python automation scripts", description="Automating boring tasks " * 2)
    assert await titles(client, q="pyth") == ["Python automation scripts"]
    assert await titles(client, q="automate") == ["Python automation scripts"]


async def test_search_tolerates_a_typo_in_the_title(client: AsyncClient, factory: Factory) -> None:
    await factory.gig(title="Shopify store development", description="E-commerce stores built fast")
    assert await titles(client, q="shopfy") == ["Shopify store development"]


async def test_all_words_must_match(client: AsyncClient, factory: Factory) -> None:
    owner = await factory.user()
    await factory.gig(owner, title="React dashboard", description="Admin dashboards in React " * 2)
    await factory.gig(
        owner, title="React native app", description="Mobile apps for iOS and Android"
    )
    assert await titles(client, q="react dashboard") == ["React dashboard"]


async def test_query_syntax_is_not_interpreted(client: AsyncClient, factory: Factory) -> None:
    await factory.gig(title="Data pipeline work", description="ETL pipelines with Airflow " * 2)
    for q in ["pipeline & | ! ( ) :* '", "'; DROP TABLE gigs; --", "!!!", "   "]:
        assert (await client.get("/gigs", params={"q": q})).status_code == 200


async def test_price_and_delivery_filters(client: AsyncClient, factory: Factory) -> None:
    owner = await factory.user()
    await factory.gig(owner, title="Cheap quick gig", price=Decimal("10.00"), delivery_days=1)
    await factory.gig(owner, title="Middle gig here", price=Decimal("50.00"), delivery_days=5)
    await factory.gig(owner, title="Premium slow gig", price=Decimal("500.00"), delivery_days=30)
    assert await titles(client, min_price="20", max_price="100") == ["Middle gig here"]
    assert await titles(client, min_price="50.00", max_price="50.00") == ["Middle gig here"]
    assert set(await titles(client, max_delivery_days=5)) == {"Cheap quick gig", "Middle gig here"}


async def test_freelancer_filter(client: AsyncClient, factory: Factory) -> None:
    ada, lin = await factory.user(), await factory.user()
    await factory.gig(ada, title="Ada's backend gig")
    await factory.gig(lin, title="Lin's design gig")
    assert await titles(client, freelancer_id=str(lin.id)) == ["Lin's design gig"]


async def test_sorts(client: AsyncClient, factory: Factory) -> None:
    owner = await factory.user()
    await factory.gig(
        owner, title="Mid price gig", price=Decimal("50.00"), rating_avg=Decimal("3.5")
    )
    await factory.gig(
        owner, title="Low price gig", price=Decimal("5.00"), rating_avg=Decimal("4.9")
    )
    await factory.gig(owner, title="High price gig", price=Decimal("500.00"))
    assert await titles(client, sort="price_asc") == [
        "Low price gig",
        "Mid price gig",
        "High price gig",
    ]
    assert await titles(client, sort="price_desc") == [
        "High price gig",
        "Mid price gig",
        "Low price gig",
    ]
    assert await titles(client, sort="rating") == [
        "Low price gig",
        "Mid price gig",
        "High price gig",
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"sort": "cheapest"},
        {"min_price": "-1"},
        {"max_delivery_days": 0},
        {"min_price": "100", "max_price": "10"},
        {"freelancer_id": "nope"},
        {"cursor": "garbage!"},
        {"sort": "relevance"},
    ],
)
async def test_bad_parameters_are_422(client: AsyncClient, params: dict[str, Any]) -> None:
    response = await client.get("/gigs", params=params)
    assert response.status_code == 422
    assert "detail" in response.json()


async def test_cursor_from_another_sort_is_refused(client: AsyncClient, factory: Factory) -> None:
    owner = await factory.user()
    for _ in range(3):
        await factory.gig(owner)
    cursor = (await client.get("/gigs", params={"limit": 1})).json()["next_cursor"]
    response = await client.get("/gigs", params={"limit": 1, "cursor": cursor, "sort": "price_asc"})
    assert response.status_code == 422


@pytest.mark.parametrize("sort", ["newest", "price_asc", "price_desc", "rating"])
async def test_pagination_walks_every_row_once(
    client: AsyncClient, factory: Factory, sort: str
) -> None:
    owner = await factory.user()
    prices = [Decimal("20.00")] * 4 + [Decimal(p) for p in ("5.00", "7.50", "99.99", "12.00")]
    gigs: list[Gig] = [await factory.gig(owner, price=p) for p in prices * 2]
    ids = await walk(client, 3, sort=sort)
    assert sorted(ids) == sorted(str(g.id) for g in gigs)


async def test_relevance_pagination_walks_every_match_once(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    expected = set()
    for i in range(5):
        expected.add(str((await factory.gig(owner, title=f"Rust service {i} work")).id))
        expected.add(
            str((await factory.gig(owner, description=f"Written in rust, job {i} etc")).id)
        )
    expected.add(str((await factory.gig(owner, title="Rusty typo gig")).id))  # prefix match
    await factory.gig(owner, title="Unrelated golang work")
    ids = await walk(client, 3, q="rust")
    assert len(ids) == len(set(ids))
    assert set(ids) == expected


async def test_relevance_pages_cross_every_tier_in_order(
    client: AsyncClient, factory: Factory
) -> None:
    """Title matches, then description matches, then misspelled titles, each newest first — one
    per page, so the cursor stops in every tier and at each boundary between them."""
    owner = await factory.user()
    created: dict[str, list[str]] = {"title": [], "text": [], "fuzzy": []}
    for n in range(2):
        for tier, fields in (
            ("title", {"title": f"Shopify store setup {n}"}),
            ("text", {"description": f"Theme work for any Shopify shop, job {n}."}),
            ("fuzzy", {"title": f"Shopfy theme tweaks {n}"}),
        ):
            created[tier].append(str((await factory.gig(owner, **fields)).id))
    await factory.gig(owner, title="Unrelated golang work")
    expected = [gig for tier in ("title", "text", "fuzzy") for gig in reversed(created[tier])]
    for limit in (1, 2, 4):
        assert await walk(client, limit, q="shopify") == expected


async def test_pagination_is_stable_while_rows_are_inserted(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    original = {str((await factory.gig(owner)).id) for _ in range(9)}
    served: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/gigs", params=params)).json()
        served += [item["id"] for item in page["items"]]
        await factory.gig(owner)  # a new gig arrives between every page
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(served) == len(set(served))
    assert set(served) == original


async def test_concurrent_searches_do_not_interfere(client: AsyncClient, factory: Factory) -> None:
    await factory.gig(title="Parallel search gig", description="Concurrency check description")
    results = await asyncio.gather(*(titles(client, q="parallel") for _ in range(10)))
    assert all(r == ["Parallel search gig"] for r in results)
