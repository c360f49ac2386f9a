"""The query plans behind `GET /gigs`, for the search benchmark (`make bench-gigs`).

`python -m app.gigs.explain '{"<class>": {<GET /gigs query parameters>}, ...}'` runs the real search
(`search_gigs`, as an anonymous visitor) once per class, captures every statement it sends to
PostgreSQL, and prints, as JSON, `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` of each one — behind the
search's own transaction-local settings, as it ran — with the tables any plan reads
sequentially. Nothing is reproduced by hand: the plans are those of the API's own statements.
"""

import asyncio
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from app.core.config import get_settings
from app.core.db import Database
from app.core.pagination import DEFAULT_LIMIT
from app.core.reads import Compiled, Query, Rows, read
from app.gigs.schemas import GigFilters
from app.gigs.search import SETTINGS, Viewer, search_gigs
from app.gigs.taxonomy import leaves_under

PAGING_PARAMETERS = ("limit", "cursor")


def plan_nodes(node: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """Every node of an EXPLAIN (FORMAT JSON) plan tree, depth first."""
    yield node
    for child in node.get("Plans", []):
        yield from plan_nodes(child)


def sequential_scans(plan: Mapping[str, Any]) -> list[str]:
    """The tables a plan reads with a Seq Scan (each once, in plan order)."""
    tables = [
        str(node.get("Relation Name"))
        for node in plan_nodes(plan["Plan"])
        if node["Node Type"] == "Seq Scan"
    ]
    return list(dict.fromkeys(tables))


def scan_summary(plan: Mapping[str, Any]) -> list[str]:
    """One line per table access: "Index Scan using ix_gigs_created_at_id on gigs"."""
    lines = []
    for node in plan_nodes(plan["Plan"]):
        if "Relation Name" not in node:
            continue
        index = f" using {node['Index Name']}" if "Index Name" in node else ""
        lines.append(f"{node['Node Type']}{index} on {node['Relation Name']}")
    return lines


async def explain_search(database: Database, parameters: Mapping[str, Any]) -> list[dict[str, Any]]:
    """EXPLAIN ANALYZE of each SELECT that one `GET /gigs?<parameters>` runs."""
    filters = GigFilters.model_validate(
        {
            # A query string's repeatable `tag` may come as one value.
            name: [value] if name == "tag" and isinstance(value, str) else value
            for name, value in parameters.items()
            if name not in PAGING_PARAMETERS
        }
    )
    limit = int(parameters.get("limit", DEFAULT_LIMIT))
    cursor = parameters.get("cursor")
    categories = await leaves_under(database.engine, filters.category) if filters.category else []
    # Each statement with the settings its read sent (the search's, or none), as the search ran it.
    captured: list[tuple[Query | None, Query]] = []

    async def recording(queries: Sequence[Query | None]) -> list[Rows]:
        settings = SETTINGS if any(query is SETTINGS for query in queries) else None
        captured.extend(
            (settings, query) for query in queries if query is not None and query is not SETTINGS
        )
        return await read(database, queries)

    await search_gigs(recording, filters, Viewer(), limit, cursor, categories)
    explained = []
    for settings, query in captured:
        analyse = Compiled(
            f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {query.compiled.sql}", query.compiled.defaults
        )
        [_, rows] = await read(database, [settings, Query(analyse, query.values)])
        plan = rows[0][0][0]
        explained.append(
            {
                "sql": query.compiled.sql,
                "execution_ms": plan["Execution Time"],
                "sequential_scans": sequential_scans(plan),
                "scans": scan_summary(plan),
                "plan": plan,
            }
        )
    return explained


async def explain_classes(
    database: Database, classes: Mapping[str, Mapping[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    return {name: await explain_search(database, query) for name, query in classes.items()}


async def main(argument: str) -> None:
    database = Database(get_settings())
    try:
        print(json.dumps(await explain_classes(database, json.loads(argument)), default=str))
    finally:
        await database.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit('usage: python -m app.gigs.explain \'{"<class>": {"q": "..."}, ...}\'')
    asyncio.run(main(sys.argv[1]))
