"""The gigs PostgreSQL writes as JSON (app/gigs/gig_json.py) say exactly what `GigOut` says.

`GET /gigs` and `GET /users/me/favorites` send the database's JSON as it is; `GET /gigs/{id}` builds the same gig
with the Pydantic model. For every kind of viewer and every kind of field (money, timestamps, images with their
URLs, favourites, moderation), the listed item must validate against the documented model and equal the one the
model builds, field for field — and the page around the items must be a valid `GigPage`.
"""

from decimal import Decimal
from typing import Any

from httpx import AsyncClient

from app.gigs.schemas import GigOut, GigPage
from app.models import User
from tests.factories import Factory
from tests.files_helpers import PDF, png, uploaded
from tests.test_gig_moderation import suspend


def as_model(item: dict[str, Any]) -> dict[str, Any]:
    """An item as the model reads and writes it (so "…Z" and "+00:00" compare equal)."""
    return GigOut.model_validate(item).model_dump(mode="json")


async def listed_and_single(
    client: AsyncClient, params: dict[str, str]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    response = await client.get("/gigs", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    page = GigPage.model_validate_json(response.content)
    assert page.items, "the listing found nothing to compare"
    pairs = []
    for item in response.json()["items"]:
        single = await client.get(f"/gigs/{item['id']}")
        assert single.status_code == 200, single.text
        pairs.append((as_model(item), single.json()))
    return pairs


async def published_with_images(client: AsyncClient, factory: Factory, owner: User) -> str:
    shots = [
        (await uploaded(client, factory, owner, f"s{n}.png", png(90 + n, 60)))["id"]
        for n in range(2)
    ]
    document = await uploaded(client, factory, owner, "brief.pdf", PDF)
    created = await client.post(
        "/gigs",
        json={
            "title": "I will design a logo with a story",
            "description": "A logo, three concepts and the source files, with two rounds of changes.",
            "price": "1234.50",
            "delivery_days": 4,
            "category": "logo-brand",
            "tags": ["logo", "Brand Identity"],
            "image_ids": [shots[1], shots[0]],
        },
    )
    assert created.status_code == 201, created.text
    assert document["thumbnail_url"] is None  # a PDF has none; only images may be a gig's
    return str(created.json()["id"])


async def test_listed_gigs_match_the_model_for_every_viewer(
    client: AsyncClient, factory: Factory
) -> None:
    owner = await factory.user(
        payment_instructions="IBAN XX00 1",
        full_name="Ada Owner",
        avatar_url="https://example.com/a.png",
    )
    gig_id = await published_with_images(client, factory, owner)
    unpaid = await factory.user(payment_instructions="")
    unpaid_gig = await factory.gig(
        unpaid, title="A gig nobody can order yet", rating_avg=Decimal("4.25"), rating_count=8
    )
    unpaid.payment_instructions = (
        ""  # the factory gives every owner some; this one removed them again
    )
    factory.session.add(unpaid)
    await factory.session.commit()
    hidden = await factory.gig(owner, title="An inactive gig of the owner", is_active=False)
    admin = await factory.user(is_admin=True)
    suspended = await factory.gig(owner, title="A gig moderation takes down")
    await suspend(client, factory, admin, suspended)

    # A visitor: moderation is null, nothing is a favourite, inactive gigs do not show.
    client.cookies.clear()
    public = await listed_and_single(client, {})
    assert {item["id"] for item, _ in public} == {gig_id, str(unpaid_gig.id)}
    for item, single in public:
        assert item == single
        assert (item["moderation_status"], item["is_favorite"]) == (None, False)
    with_images = next(item for item, _ in public if item["id"] == gig_id)
    assert [image["width"] for image in with_images["images"]] == [91, 90]
    assert all(
        image["thumbnail_url"] == f"{image['url']}/thumbnail" for image in with_images["images"]
    )
    assert (with_images["price"], with_images["tags"]) == ("1234.50", ["logo", "brand-identity"])
    assert (
        next(item for item, _ in public if item["id"] == str(unpaid_gig.id))["accepts_orders"]
        is False
    )

    # The owner: their inactive and suspended gigs show, with moderation; a saved gig is a favourite.
    factory.sign_in(client, owner)
    assert (await client.put(f"/gigs/{gig_id}/favorite")).status_code == 204
    mine = await listed_and_single(client, {"freelancer_id": str(owner.id)})
    assert {item["id"] for item, _ in mine} == {gig_id, str(hidden.id), str(suspended.id)}
    for item, single in mine:
        assert item == single
    by_id = {item["id"]: item for item, _ in mine}
    assert by_id[gig_id]["is_favorite"] is True
    assert by_id[str(suspended.id)]["moderation_status"] == "suspended"
    assert by_id[str(suspended.id)]["suspended_at"] is not None

    # Another member sees the owner's public gig without moderation and without the owner's favourite.
    other = await factory.user()
    factory.sign_in(client, other)
    for item, single in await listed_and_single(client, {"freelancer_id": str(owner.id)}):
        assert item == single
        assert (item["id"], item["moderation_status"], item["is_favorite"]) == (gig_id, None, False)

    # An admin sees everything, moderation included.
    factory.sign_in(client, admin)
    everything = await listed_and_single(client, {"freelancer_id": str(owner.id)})
    assert len(everything) == 3
    for item, single in everything:
        assert item == single


async def test_the_saved_list_matches_the_model(client: AsyncClient, factory: Factory) -> None:
    owner = await factory.user(payment_instructions="IBAN XX00 1")
    gig_id = await published_with_images(client, factory, owner)
    fan = await factory.user()
    factory.sign_in(client, fan)
    assert (await client.put(f"/gigs/{gig_id}/favorite")).status_code == 204

    response = await client.get("/users/me/favorites")
    assert response.status_code == 200, response.text
    [item] = response.json()["items"]
    assert response.json()["next_cursor"] is None
    single = (await client.get(f"/gigs/{gig_id}")).json()
    assert as_model(item) == single
    assert item["is_favorite"] is True
