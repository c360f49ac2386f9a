"""GET /gigs: the typo tier matches word by word and ranks the closest titles first (fixed corpus)."""

from typing import Any

import pytest
import sqlalchemy as sa
from httpx import AsyncClient

from app.core.db import Database
from app.core.pagination import encode_cursor
from app.gigs.typos import STOP_WORDS
from app.models import gig_title_words
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


async def test_a_correction_must_still_be_close_to_the_title_itself(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user()
    await factory.gig(owner, title="Organization chart design", description="Careful work.")
    await factory.gig(owner, title="Organ music lessons", description="Careful work.")
    # "organization" is the correction; its stem "organ" is also the other title's word, which is far from
    # the query's.
    assert await titles(client, q="organizatoin") == ["Organization chart design"]


async def title_words(database: Database) -> set[str]:
    async with database.engine.connect() as connection:
        return set((await connection.execute(sa.select(gig_title_words.c.word))).scalars())


async def test_the_title_dictionary_follows_every_write(
    client: AsyncClient, factory: Factory, database: Database
) -> None:
    owner = await factory.user()
    gig = await factory.gig(owner, title="I will build a Next.js website", description="Careful.")
    await factory.session.commit()
    # The parser's own words, lower case and unstemmed, without the English stop words ("i", "will", "a").
    assert await title_words(database) == {"build", "next.js", "website"}

    response = await factory.sign_in(client, owner).patch(
        f"/gigs/{gig.id}", json={"title": "I will animate your Figma prototype"}
    )
    assert response.status_code == 200, response.text
    assert {"animate", "figma", "prototype"} <= await title_words(database)
    assert await titles(client, q="figam prototpye") == ["I will animate your Figma prototype"]

    # A statement that inserts many gigs at once, as a bulk load does, adds all their words.
    async with database.engine.begin() as connection:
        await connection.execute(
            sa.text(
                "INSERT INTO gigs (id, freelancer_id, title, description, price, delivery_days, category) "
                "SELECT gen_random_uuid(), freelancer_id, t, description, price, delivery_days, category "
                "FROM gigs, unnest(ARRAY['Kubernetes cluster audit', 'Terraform modules']) AS t"
            )
        )
    assert {"kubernetes", "cluster", "audit", "terraform", "modules"} <= await title_words(database)


async def test_the_stop_words_are_postgresqls_own(database: Database) -> None:
    """Each word the typo tier leaves out is one the English text search ignores too."""
    async with database.engine.connect() as connection:
        kept = await connection.execute(
            sa.text(
                "SELECT w FROM unnest(CAST(:words AS text[])) AS w WHERE to_tsvector('english', w) <> ''"
            ),
            {"words": sorted(STOP_WORDS)},
        )
        assert kept.scalars().all() == []
