"""What every request meets before a route: CORS, the Origin allowlist, health, trailing slashes."""

import pytest
from httpx import AsyncClient

from tests.conftest import FRONTEND_ORIGIN
from tests.factories import Factory

pytestmark = pytest.mark.asyncio


async def test_health_reports_the_database(client: AsyncClient) -> None:
    response = await client.get("/health")
    assert (response.status_code, response.json()) == (200, {"status": "ok", "database": "ok"})


async def test_unsafe_request_from_a_foreign_origin_is_403(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user(bio="unchanged")
    response = await factory.sign_in(client, user).patch(
        "/users/me", json={"bio": "pwned"}, headers={"Origin": "https://evil.example"}
    )
    assert response.status_code == 403
    assert response.json() == {
        "detail": "Requests from this origin are not allowed",
        "code": "origin_not_allowed",
    }


async def test_unsafe_request_from_the_frontend_origin_passes(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user()
    response = await factory.sign_in(client, user).patch(
        "/users/me", json={"bio": "ok"}, headers={"Origin": FRONTEND_ORIGIN}
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == FRONTEND_ORIGIN
    assert response.headers["access-control-allow-credentials"] == "true"


async def test_answers_vary_by_origin(client: AsyncClient) -> None:
    # Only a page's request (with an Origin) gets CORS headers, so a shared cache must tell the two apart.
    plain = await client.get("/health/live")
    from_page = await client.get("/health/live", headers={"Origin": FRONTEND_ORIGIN})
    assert "access-control-allow-origin" not in plain.headers
    assert from_page.headers["access-control-allow-origin"] == FRONTEND_ORIGIN
    for response in (plain, from_page):
        assert response.headers.get_list("vary", split_commas=True) == ["Origin"]
        assert len(response.headers["x-request-id"]) == 16


async def test_cors_preflight_only_for_the_frontend(client: AsyncClient) -> None:
    headers = {"Access-Control-Request-Method": "PATCH"}
    ok = await client.options("/users/me", headers={**headers, "Origin": FRONTEND_ORIGIN})
    assert ok.status_code == 200
    denied = await client.options(
        "/users/me", headers={**headers, "Origin": "https://evil.example"}
    )
    assert "access-control-allow-origin" not in denied.headers


async def test_no_redirect_on_trailing_slash(client: AsyncClient) -> None:
    assert (await client.get("/users/me/")).status_code == 404


async def test_openapi_has_stable_operation_ids(client: AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    assert spec["paths"]["/users/me"]["get"]["operationId"] == "users-get_me"
