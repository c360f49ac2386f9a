"""GET /gigs: every page says how many gigs match, exactly up to 1,000 and "more" beyond."""

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient

from app.core.db import Database
from app.core.reads import Query, Rows, read
from app.gigs import search
from app.gigs.schemas import GigFilters
from tests.factories import Factory

pytestmark = pytest.mark.asyncio


async def totals(client: AsyncClient, **params: Any) -> tuple[int, bool]:
    response = await client.get("/gigs", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    return body["total"], body["total_is_capped"]


async def test_empty_marketplace_counts_zero(client: AsyncClient) -> None:
    assert await totals(client) == (0, False)


async def test_total_counts_every_page_of_the_same_filters(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    for n in range(5):
        await factory.gig(owner, title=f"Logo design {n}", price=Decimal(10 + n))
    await factory.gig(owner, title="Kubernetes cluster", price=Decimal("500"))
    await factory.gig(owner, title="Paused logo gig", is_active=False)
    first = (await client.get("/gigs", params={"limit": 2})).json()
    assert (first["total"], first["total_is_capped"]) == (6, False)
    second = (await client.get("/gigs", params={"limit": 2, "cursor": first["next_cursor"]})).json()
    assert second["total"] == 6  # the whole result, not what is left of it
    assert await totals(client, q="logo") == (5, False)
    assert await totals(client, q="logo desing") == (5, False)  # typos count too
    assert await totals(client, q="logo", sort="price_asc", max_price="11") == (2, False)
    factory.sign_in(client, owner)
    assert await totals(client, q="logo") == (6, False)  # the owner also sees their paused gig


async def test_total_is_capped_beyond_the_count_limit(
    client: AsyncClient, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cap is a bound parameter, so a small one exercises the same statement as 1,000.
    monkeypatch.setattr(search, "COUNT_CAP", 3)
    owner = await factory.user()
    for _ in range(4):
        await factory.gig(owner)
    assert await totals(client) == (3, True)
    assert await totals(client, max_price="1000") == (3, True)


async def test_total_is_in_the_openapi_schema(client: AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    page = schema["components"]["schemas"]["GigPage"]
    assert {"items", "next_cursor", "total", "total_is_capped"} <= set(page["required"])
    assert page["properties"]["total"]["description"]
    assert page["properties"]["total_is_capped"]["description"]


async def test_total_adds_typo_matches_on_every_page_of_a_relevance_search(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    await factory.gig(owner, title="Desing studio one")  # the word exactly
    await factory.gig(owner, title="Desing studio two")
    await factory.gig(owner, title="Logo design")  # only close to it: the typo tier
    await factory.gig(owner, title="Kubernetes cluster")
    seen: list[str] = []
    cursor = None
    for _ in range(3):  # exact, exact, typo: the count is the whole result on each page
        params: dict[str, Any] = {"q": "desing", "limit": 1}
        if cursor:
            params["cursor"] = cursor
        body = (await client.get("/gigs", params=params)).json()
        assert (body["total"], body["total_is_capped"]) == (3, False)
        seen += [item["title"] for item in body["items"]]
        cursor = body["next_cursor"]
    assert seen[-1] == "Logo design"
    assert cursor is None
    assert sorted(seen[:2]) == ["Desing studio one", "Desing studio two"]


async def test_total_of_exact_and_typo_matches_is_capped_together(
    client: AsyncClient, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "COUNT_CAP", 3)
    owner = await factory.user()
    for n in range(2):
        await factory.gig(owner, title=f"Desing studio {n}")
        await factory.gig(owner, title=f"Logo design {n}")
    assert await totals(client, q="desing") == (3, True)
    assert await totals(client, q="desing", limit=1) == (3, True)


async def round_trips(database: Database, **params: Any) -> tuple[int, list[str]]:
    """How many round trips one `GET /gigs?<params>` search takes, and the titles it answers."""
    trips = 0

    async def counting(queries: Sequence[Query | None]) -> list[Rows]:
        nonlocal trips
        trips += 1
        return await read(database, queries)

    filters = GigFilters.model_validate(params)
    found = await search.search_gigs(counting, filters, search.Viewer(), 20, None, [])
    return trips, [json.loads(item)["title"] for item in found.items]


async def test_a_relevance_search_reads_its_typo_tier_in_the_same_round_trip(
    factory: Factory, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = await factory.user()
    await factory.gig(owner, title="Desing studio")
    await factory.gig(owner, title="Logo design")
    assert await round_trips(database, q="desing") == (1, ["Desing studio", "Logo design"])
    # Once a search is known to match more than the cap exactly, its typo tier is left out of that round
    # trip: read again only because this page is short of exact matches.
    monkeypatch.setattr(search, "COUNT_CAP", 0)
    assert await round_trips(database, q="desing") == (1, ["Desing studio", "Logo design"])
    assert await round_trips(database, q="desing") == (2, ["Desing studio", "Logo design"])
