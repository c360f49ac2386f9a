"""`GET /gigs` reads its filters with one validation (app/core/query_model.py) instead of FastAPI's field-by-field
query model: the same document, the same errors, the same repeated keys."""

import json
from typing import Annotated, Any

from fastapi import FastAPI, Query
from httpx import AsyncClient

from app.core.query_model import query_parameters
from app.gigs.schemas import GigFilters


def fastapi_parameters() -> list[dict[str, Any]]:
    """What FastAPI documents for `Annotated[GigFilters, Query()]`."""
    reference = FastAPI()

    @reference.get("/gigs")
    async def listing(filters: Annotated[GigFilters, Query()]) -> None:
        return None

    parameters: list[dict[str, Any]] = reference.openapi()["paths"]["/gigs"]["get"]["parameters"]
    return parameters


def canonical(parameters: list[dict[str, Any]]) -> list[str]:
    return [json.dumps(parameter, sort_keys=True) for parameter in parameters]


def test_the_documented_parameters_are_fastapis() -> None:
    assert canonical(query_parameters(GigFilters)) == canonical(fastapi_parameters())


async def test_the_api_documents_every_filter_and_the_enum_they_refer_to(
    client: AsyncClient,
) -> None:
    document = (await client.get("/openapi.json")).json()
    documented = document["paths"]["/gigs"]["get"]["parameters"]
    assert {p["name"] for p in documented} == {*GigFilters.model_fields, "limit", "cursor"}
    assert document["components"]["schemas"]["GigSort"]["enum"][0] == "relevance"


async def test_bad_filters_are_located_in_the_query(client: AsyncClient) -> None:
    response = await client.get("/gigs", params={"min_price": "cheap", "tag": ["a" * 41]})
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_failed"
    # As FastAPI's own query model answered (the error handler names the field, not the location).
    assert body["errors"] == [
        {"field": "min_price", "message": "Input should be a valid decimal"},
        {"field": "tag.0", "message": "String should have at most 40 characters"},
    ]


async def test_repeated_tags_and_unknown_keys(client: AsyncClient) -> None:
    # Unknown keys are ignored, as before; a repeated key is a list for a list filter only.
    assert (
        await client.get("/gigs", params={"tag": ["react", "python"], "utm_source": "x"})
    ).status_code == 200
    assert (await client.get("/gigs", params=[("q", "logo"), ("q", "design")])).status_code == 200
