"""GET /gigs: the typo tier matches word by word and ranks the closest titles first (fixed corpus)."""

from typing import Any

import pytest
from httpx import AsyncClient

from app.core.pagination import encode_cursor
from tests.factories import Factory

pytestmark = pytest.mark.asyncio

# Descriptions say nothing the queries below could match exactly: only the titles are in play.
CORPUS = (
    "I will design a modern minimalist logo for your brand",
    "React Native app",
    "I will build a production-ready FastAPI backend",
    "FastAPI backend",
    "Shopify store setup",
)


async def seed(factory: Factory) -> None:
    owner = await factory.user()
    for title in CORPUS:
        await factory.gig(owner, title=title, description="Careful work, delivered on time.")


async def titles(client: AsyncClient, **params: Any) -> list[str]:
    response = await client.get("/gigs", params=params)
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


async def test_a_typo_in_one_of_several_words_still_finds_the_gig(
    client: AsyncClient, factory: Factory
) -> None:
    await seed(factory)
    logo = ["I will design a modern minimalist logo for your brand"]
    assert await titles(client, q="logo design") == logo
    # As a whole, "logo desing" is too far from this long title; word by word it is close.
    assert await titles(client, q="logo desing") == logo
    assert await titles(client, q="minimalst logo desing") == logo
    # A stop word is not required to be in the title.
    assert await titles(client, q="the logo desing") == logo


async def test_every_word_must_match_even_fuzzily(client: AsyncClient, factory: Factory) -> None:
    await seed(factory)
    assert await titles(client, q="logo kubernetes") == []


async def test_closer_typo_matches_rank_first(client: AsyncClient, factory: Factory) -> None:
    await seed(factory)
    # "reakt" is one letter from "React" but two from "ready", whose gig is newer.
    found = await titles(client, q="reakt")
    assert found[0] == "React Native app"
    assert "I will build a production-ready FastAPI backend" in found[1:]


async def test_a_typo_applies_with_other_sorts_too(client: AsyncClient, factory: Factory) -> None:
    await seed(factory)
    assert await titles(client, q="logo desing", sort="newest") == [
        "I will design a modern minimalist logo for your brand"
    ]


async def test_typo_pages_follow_closeness_then_newest(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    # The closer titles are the older ones: only closeness can put them first.
    close = [(await factory.gig(owner, title=f"React widget {n}")).id for n in range(3)]
    far = [(await factory.gig(owner, title=f"Reading tutor {n}")).id for n in range(3)]
    order = [str(i) for i in reversed(close)] + [str(i) for i in reversed(far)]
    for limit in (1, 2, 4):
        ids: list[str] = []
        cursor = None
        while True:
            query = {"q": "reakt", "limit": limit, **({"cursor": cursor} if cursor else {})}
            body = (await client.get("/gigs", params=query)).json()
            ids += [item["id"] for item in body["items"]]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert ids == order, limit


@pytest.mark.parametrize("closeness", ["nan", "inf", "-1", "1e999", 0.5, None, "17"])
async def test_a_forged_closeness_in_a_cursor_is_refused(
    client: AsyncClient, closeness: object
) -> None:
    key = [1, closeness, "2026-01-01T00:00:00+00:00", "00000000-0000-0000-0000-000000000000"]
    cursor = encode_cursor("relevance", key)
    response = await client.get("/gigs", params={"q": "reakt", "cursor": cursor})
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_cursor"
