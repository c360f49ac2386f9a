"""Who may read a file (DESIGN §12), as a whole matrix: every kind of attachment by {uploader, other party,
stranger, signed out, admin, banned user} by {file, thumbnail}. Anyone not allowed gets 404."""

from typing import Any

import pytest
from httpx import AsyncClient

from app.models import User
from tests.factories import Factory
from tests.files_helpers import png, uploaded
from tests.orders_helpers import make_deal

KINDS = ("delivery", "payment_proof", "message", "gig_image", "avatar", "unattached")
VIEWERS = ("uploader", "other_party", "stranger", "signed_out", "admin", "banned")
PUBLIC = {"gig_image", "avatar"}


def allowed(kind: str, viewer: str) -> bool:
    if kind in PUBLIC:
        return True
    if viewer in ("uploader", "admin"):
        return True
    return viewer == "other_party" and kind != "unattached"


async def _scene(
    factory: Factory, client: AsyncClient
) -> tuple[dict[str, str], dict[str, dict[str, User | None]]]:
    """One file of each kind, and for each the people of the matrix."""
    deal = await make_deal(factory, client)
    order = await deal.advance_to(await deal.place(), "IN_PROGRESS")
    files: dict[str, str] = {}
    people: dict[str, dict[str, User | None]] = {}
    stranger = await factory.user()
    admin = await factory.user(is_admin=True)

    def cast(uploader: User, other: User) -> dict[str, User | None]:
        return {
            "uploader": uploader,
            "other_party": other,
            "stranger": stranger,
            "signed_out": None,
            "admin": admin,
        }

    async def image(owner: User, name: str) -> str:
        body: dict[str, Any] = await uploaded(client, factory, owner, name, png(90, 60))
        return str(body["id"])

    files["delivery"] = await image(deal.freelancer, "delivery.png")
    response = await deal.as_freelancer(
        "PATCH", f"/orders/{order['id']}/submit-work", json={"file_ids": [files["delivery"]]}
    )
    assert response.status_code == 200, response.text
    people["delivery"] = cast(deal.freelancer, deal.client)

    second = await make_deal(factory, client)
    placed = await second.place()
    files["payment_proof"] = await image(second.client, "receipt.png")
    response = await second.as_client(
        "PATCH",
        f"/orders/{placed['id']}/submit-payment",
        json={
            "proof_reference": "TX-MATRIX",
            "payer_name": "Carl",
            "amount": placed["price"],
            "file_ids": [files["payment_proof"]],
        },
    )
    assert response.status_code == 200, response.text
    people["payment_proof"] = cast(second.client, second.freelancer)

    sender, receiver = await factory.user(), await factory.user()
    files["message"] = await image(sender, "message.png")
    response = await client.post(
        "/messages", json={"receiver_id": str(receiver.id), "file_ids": [files["message"]]}
    )
    assert response.status_code == 201, response.text
    people["message"] = cast(sender, receiver)

    seller = await factory.user(payment_instructions="IBAN XX00 9")
    gig = await factory.gig(seller)
    files["gig_image"] = await image(seller, "cover.png")
    response = await client.patch(f"/gigs/{gig.id}", json={"image_ids": [files["gig_image"]]})
    assert response.status_code == 200, response.text
    people["gig_image"] = cast(seller, await factory.user())

    person = await factory.user()
    files["avatar"] = await image(person, "face.png")
    response = await client.patch("/users/me", json={"avatar_file_id": files["avatar"]})
    assert response.status_code == 200, response.text
    people["avatar"] = cast(person, await factory.user())

    loner = await factory.user()
    files["unattached"] = await image(loner, "draft.png")
    people["unattached"] = cast(loner, await factory.user())
    return files, people


async def _ban(factory: Factory, user: User) -> User:
    user.is_banned = True
    factory.session.add(user)
    await factory.session.commit()
    return user


@pytest.mark.parametrize("endpoint", ["", "/thumbnail"])
async def test_the_access_matrix(factory: Factory, client: AsyncClient, endpoint: str) -> None:
    files, people = await _scene(factory, client)
    outcomes: dict[tuple[str, str], int] = {}
    for kind in KINDS:
        for viewer in VIEWERS[:-1]:
            person = people[kind][viewer]
            if person is None:
                client.cookies.clear()
            else:
                factory.sign_in(client, person)
            outcomes[(kind, viewer)] = (
                await client.get(f"/files/{files[kind]}{endpoint}")
            ).status_code
    # Banned: the other party, once suspended, reads only what everyone may.
    for kind in KINDS:
        other = people[kind]["other_party"]
        assert other is not None
        factory.sign_in(client, await _ban(factory, other))
        outcomes[(kind, "banned")] = (
            await client.get(f"/files/{files[kind]}{endpoint}")
        ).status_code
    expected = {
        (kind, viewer): 200 if allowed(kind, viewer) else 404
        for kind in KINDS
        for viewer in VIEWERS
    }
    assert outcomes == expected
    assert len(outcomes) == 36


async def test_private_and_public_files_are_cached_differently(
    factory: Factory, client: AsyncClient
) -> None:
    files, people = await _scene(factory, client)
    client.cookies.clear()
    public = await client.get(f"/files/{files['gig_image']}/thumbnail")
    assert public.headers["cache-control"] == "public, max-age=31536000, immutable"
    owner = people["delivery"]["uploader"]
    assert owner is not None
    factory.sign_in(client, owner)
    private = await client.get(f"/files/{files['delivery']}")
    assert private.headers["cache-control"] == "private, no-cache"


async def test_an_unknown_or_malformed_id_is_404_or_422(client: AsyncClient) -> None:
    assert (await client.get("/files/00000000-0000-4000-8000-000000000000")).status_code == 404
    assert (await client.get("/files/not-a-uuid")).status_code == 422
