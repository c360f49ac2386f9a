"""Crafted input is a clear 422 — never a 500 — each class refused once, in shared types (app.core.types,
app.core.pagination): forged cursors, NUL bytes, numbers past BIGINT, non-finite numbers, values that grow past
their column when normalised, and bodies that are not JSON."""

import base64
import json
from typing import Any

import pytest
from httpx import AsyncClient

from tests.factories import Factory
from tests.orders_helpers import Deal, make_deal

pytestmark = pytest.mark.asyncio


def forged_cursor(kind: str, key: list[Any]) -> str:
    raw = json.dumps({"k": kind, "v": key}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.fixture
async def deal(factory: Factory, client: AsyncClient) -> Deal:
    return await make_deal(factory, client)


def assert_clear_422(response: Any) -> None:
    assert response.status_code == 422, response.text
    body = response.json()
    assert set(body) == {"detail", "code", "errors"}
    assert isinstance(body["detail"], str)
    assert body["detail"]
    assert body["code"] in {"validation_failed", "invalid_cursor", "invalid_input"}


FORGED_KEYS = [
    [1, 2],
    [[1], {"a": 1}],
    [{"a": 1}, "x"],
    ["2026-01-01T00:00:00+00:00", 5],
    ["2026-01-01T00:00:00+00:00", [1]],
    ["1e999999", "00000000-0000-0000-0000-000000000000"],
    ["NaN", "00000000-0000-0000-0000-000000000000"],
]


@pytest.mark.parametrize("key", FORGED_KEYS)
@pytest.mark.parametrize(
    ("listing", "kind"),
    [
        ("/gigs", "newest"),
        ("/gigs?sort=price_asc", "price_asc"),
        ("/gigs?q=logo", "relevance"),
        ("/orders/my", "orders"),
        ("/gigs/{gig}/reviews", "reviews"),
        ("/users/{user}/reviews", "reviews"),
        ("/messages/{other}", "messages"),
    ],
)
async def test_a_forged_cursor_is_a_422(
    deal: Deal, listing: str, kind: str, key: list[Any]
) -> None:
    path = listing.format(gig=deal.gig.id, user=deal.freelancer.id, other=deal.freelancer.id)
    key = [1, *key] if kind == "relevance" else key
    separator = "&" if "?" in path else "?"
    response = await deal.as_client("GET", f"{path}{separator}cursor={forged_cursor(kind, key)}")
    assert_clear_422(response)


async def test_nul_bytes_are_refused_wherever_text_reaches_the_database(
    deal: Deal, factory: Factory, client: AsyncClient
) -> None:
    order = await deal.place()
    nul = "a\x00b"
    attempts: list[tuple[str, str, dict[str, Any]]] = [
        ("GET", "/gigs", {"params": {"q": nul}}),
        ("PATCH", "/users/me", {"json": {"bio": nul}}),
        ("PATCH", "/users/me", {"json": {"full_name": nul}}),
        ("POST", "/messages", {"json": {"receiver_id": str(deal.freelancer.id), "content": nul}}),
        (
            "PATCH",
            f"/orders/{order['id']}/submit-payment",
            {"json": {"proof_reference": "TX\x001234", "payer_name": "Carl", "amount": "120.00"}},
        ),
        (
            "POST",
            "/gigs",
            {
                "json": {
                    "title": "A gig title",
                    "description": "A description of twenty characters\x00",
                    "price": "10.00",
                    "delivery_days": 3,
                    "category": "web-apps",
                }
            },
        ),
    ]
    for method, path, kwargs in attempts:
        assert_clear_422(await deal.as_client(method, path, **kwargs))
    factory.sign_in(client, await factory.user(is_admin=True))
    assert_clear_422(await client.get("/admin/users", params={"q": nul}))


async def test_ids_past_bigint_are_a_422(deal: Deal) -> None:
    too_big = 2**63
    assert_clear_422(await deal.as_client("GET", "/notifications", params={"after": str(too_big)}))
    assert_clear_422(
        await deal.as_client("POST", "/notifications/read", json={"up_to_id": too_big})
    )
    assert (
        await deal.as_client("GET", "/notifications", params={"after": str(too_big - 1)})
    ).status_code == 200


@pytest.mark.parametrize("number", [b"1e309", b"-1e309", b"NaN", b"Infinity", b"-Infinity"])
async def test_non_finite_numbers_are_a_422(deal: Deal, number: bytes) -> None:
    order = await deal.place()
    headers = {"Content-Type": "application/json"}
    payment = b'{"proof_reference": "TX-1234", "payer_name": "Carl", "amount": %s}' % number
    assert_clear_422(
        await deal.as_client(
            "PATCH", f"/orders/{order['id']}/submit-payment", content=payment, headers=headers
        )
    )
    for field in (
        b'"price": %s, "delivery_days": 3' % number,
        b'"price": 10, "delivery_days": %s' % number,
    ):
        gig = b'{"title": "A gig title", "description": "Twenty characters or more.", %s}' % field
        assert_clear_422(await deal.as_freelancer("POST", "/gigs", content=gig, headers=headers))


async def test_an_avatar_url_that_grows_past_its_column_when_encoded_is_a_422(deal: Deal) -> None:
    exactly = "https://x.example/" + "a" * (2048 - len("https://x.example/"))
    assert (
        await deal.as_client("PATCH", "/users/me", json={"avatar_url": exactly})
    ).status_code == 200
    # Each "é" is percent-encoded to six characters: 2,000 characters typed, far more stored.
    grows = "https://x.example/" + "é" * 1000
    assert_clear_422(await deal.as_client("PATCH", "/users/me", json={"avatar_url": grows}))
    assert_clear_422(await deal.as_client("PATCH", "/users/me", json={"avatar_url": exactly + "a"}))


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"{not json", "application/json"), (b"\xff\xfe", "application/json"), (b"a=1", "text/plain")],
)
async def test_a_body_that_is_not_json_is_a_documented_422(
    deal: Deal, content: bytes, content_type: str
) -> None:
    response = await deal.as_freelancer(
        "POST", "/gigs", content=content, headers={"Content-Type": content_type}
    )
    assert_clear_422(response)


async def test_validation_errors_name_the_field_and_never_echo_the_input(deal: Deal) -> None:
    response = await deal.as_freelancer(
        "POST",
        "/gigs",
        json={"title": "x", "description": "short", "price": "-1", "delivery_days": 0},
    )
    body = response.json()
    assert response.status_code == 422
    assert body["code"] == "validation_failed"
    assert {error["field"] for error in body["errors"]} == {
        "title", "description", "price", "delivery_days", "category",
    }  # fmt: skip
    assert "input" not in json.dumps(body)
    assert body["detail"].startswith("title: ")


async def test_options_lists_every_method_of_the_path(client: AsyncClient, deal: Deal) -> None:
    response = await client.options(f"/gigs/{deal.gig.id}")
    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, PATCH"
    assert response.json()["code"] == "method_not_allowed"


async def test_an_unknown_address_is_a_404_with_a_code(client: AsyncClient) -> None:
    response = await client.get("/no-such-thing")
    assert response.status_code == 404
    assert response.json() == {"detail": "There is nothing at this address", "code": "not_found"}
