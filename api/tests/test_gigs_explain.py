"""app.gigs.explain: the benchmark's plans are those of the statements GET /gigs really runs."""

from typing import Any

import pytest
from httpx import AsyncClient

from app.core.db import Database
from app.gigs.explain import explain_classes, scan_summary, sequential_scans
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
        await factory.gig(owner, title=f"Logo design number {index}", price=10 + index)
    cursor = (await client.get("/gigs", params={"limit": 1})).json()["next_cursor"]

    plans = await explain_classes(
        database,
        {
            "newest": {},
            "relevance": {"q": "logo"},
            "price": {"min_price": "10", "max_price": "11", "sort": "price_asc"},
            "cursor": {"limit": 1, "cursor": cursor},
        },
    )

    assert set(plans) == {"newest", "relevance", "price", "cursor"}
    # One SELECT per search (the settings call is not explained); relevance runs the exact tiers,
    # then, as they did not fill the page here, the fuzzy one.
    assert {name: len(statements) for name, statements in plans.items()} == {
        "newest": 1,
        "relevance": 2,
        "price": 1,
        "cursor": 1,
    }
    for statements in plans.values():
        for explained in statements:
            assert "FROM gigs JOIN users" in explained["sql"]
            assert explained["plan"]["Plan"]["Node Type"] == "Limit"
            assert explained["execution_ms"] >= 0
            assert isinstance(explained["sequential_scans"], list)
    # The relevance search is the tiered UNION of the API, not a simplified stand-in.
    assert "UNION ALL" in plans["relevance"][0]["sql"]
    assert "<%" in plans["relevance"][1]["sql"]
    assert "(gigs.created_at, gigs.id) < " in plans["cursor"][0]["sql"]
