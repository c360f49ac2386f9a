"""app.gigs.explain: the benchmark's plans are those of the statements GET /gigs really runs."""

from typing import Any

import pytest
from httpx import AsyncClient

from app.core.db import Database
from app.gigs.explain import explain_classes, plan_nodes, scan_summary, sequential_scans
from tests.factories import Factory

INDEX_SCAN_UNDER_LIMIT: dict[str, Any] = {
    "Plan": {
        "Node Type": "Limit",
        "Plans": [
            {
                "Node Type": "Nested Loop",
                "Plans": [
                    {
                        "Node Type": "Index Scan",
                        "Relation Name": "gigs",
                        "Index Name": "ix_gigs_created_at_id",
                    },
                    {"Node Type": "Seq Scan", "Relation Name": "users"},
                    {"Node Type": "Seq Scan", "Relation Name": "users"},
                ],
            }
        ],
    }
}


def test_sequential_scans_walks_the_whole_tree() -> None:
    assert sequential_scans(INDEX_SCAN_UNDER_LIMIT) == ["users"]
    assert scan_summary(INDEX_SCAN_UNDER_LIMIT) == [
        "Index Scan using ix_gigs_created_at_id on gigs",
        "Seq Scan on users",
        "Seq Scan on users",
    ]


@pytest.mark.asyncio
async def test_explains_the_statements_each_search_runs(
    client: AsyncClient, factory: Factory, database: Database
) -> None:
    owner = await factory.user()
    for index in range(3):
        await factory.gig(
            owner,
            title=f"Logo design number {index}",
            price=10 + index,
            category="logo-brand",
            tags=["logo", "branding"],
        )
    cursor = (await client.get("/gigs", params={"limit": 1})).json()["next_cursor"]

    plans = await explain_classes(
        database,
        {
            "newest": {},
            "relevance": {"q": "logo"},
            "typo": {"q": "logo desing"},
            "price": {"min_price": "10", "max_price": "11", "sort": "price_asc"},
            "cursor": {"limit": 1, "cursor": cursor},
            "category": {"category": "design"},
            "tag": {"tag": "logo"},
            "tag_q": {"tag": ["logo", "branding"], "q": "logo"},
            "popular": {"sort": "popular", "min_rating": "0"},
        },
    )

    assert set(plans) == {
        "newest", "relevance", "typo", "price", "cursor", "category", "tag", "tag_q", "popular",
    }  # fmt: skip
    # The settings call is not explained. Each search reads one page and counts the matches (one round
    # trip); relevance runs the exact tiers and the count, then, as they did not fill the page here, the
    # fuzzy tier.
    assert {name: len(statements) for name, statements in plans.items()} == {
        "newest": 2,
        "relevance": 3,
        "typo": 3,
        "price": 2,
        "cursor": 2,
        "category": 2,
        "tag": 2,
        "tag_q": 3,
        "popular": 2,
    }
    for statements in plans.values():
        for explained in statements:
            assert "FROM gigs" in explained["sql"]
            assert explained["execution_ms"] >= 0
            assert isinstance(explained["sequential_scans"], list)
        [count] = [s for s in statements if s["sql"].startswith("SELECT count(*)")]
        pages = [s for s in statements if s is not count]
        # Every page stops after a page of rows (its JSON is written for those alone, above the Limit).
        assert all(
            any(node["Node Type"] == "Limit" for node in plan_nodes(page["plan"]["Plan"]))
            for page in pages
        )
        # The count stops after COUNT_CAP + 1 matches, whatever the filters.
        assert count["sql"].startswith("SELECT count(*)")
        assert "LIMIT" in count["sql"]
        # Visibility is read from the gig itself (its owner's ban is copied onto it): no join to users.
        assert "users" not in count["sql"]
    # The relevance search is the tiered UNION of the API, not a simplified stand-in.
    assert "UNION ALL" in plans["relevance"][0]["sql"]
    # The fuzzy tier corrects each word against the title dictionary, finds the titles holding a correction
    # in the exact title index, and ranks them by their corrections' scores.
    fuzzy = plans["typo"][-1]["sql"]
    assert "FROM gig_title_words" in fuzzy
    assert fuzzy.count("gigs.title_vector @@ ANY (") == 2
    assert "ORDER BY CAST((SELECT sum(" in fuzzy
    assert "(gigs.created_at, gigs.id) < " in plans["cursor"][0]["sql"]
    # The discovery filters are in the statements themselves: one category list, every tag, the popular key.
    assert "gigs.category = ANY (" in plans["category"][0]["sql"]
    assert "gigs.tags @> " in plans["tag_q"][0]["sql"]
    assert "ORDER BY gigs.orders_completed DESC" in plans["popular"][0]["sql"]
