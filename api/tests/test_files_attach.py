"""Attaching uploads (DESIGN §12): deliveries, payment receipts, messages, gig images and avatars take only the
caller's own unattached uploads, and responses embed the files."""

from typing import Any

import pytest
from httpx import AsyncClient

from tests.factories import Factory
from tests.files_helpers import PDF, png, uploaded
from tests.orders_helpers import Deal, make_deal


@pytest.fixture
async def deal(factory: Factory, client: AsyncClient) -> Deal:
    return await make_deal(factory, client)


async def _in_progress(deal: Deal) -> dict[str, Any]:
    return await deal.advance_to(await deal.place(), "IN_PROGRESS")


async def test_a_delivery_carries_its_files_on_the_timeline(
    deal: Deal, client: AsyncClient
) -> None:
    order = await _in_progress(deal)
    pdf = await uploaded(client, deal.factory, deal.freelancer, "report.pdf", PDF)
    image = await uploaded(client, deal.factory, deal.freelancer, "mockup.png", png(300, 200))
    response = await deal.as_freelancer(
        "PATCH",
        f"/orders/{order['id']}/submit-work",
        json={"note": "Report and mock-up attached.", "file_ids": [pdf["id"], image["id"]]},
    )
    assert response.status_code == 200, response.text
    delivery = response.json()["events"][-1]
    assert delivery["action"] == "submit-work"
    assert [f["name"] for f in delivery["files"]] == ["report.pdf", "mockup.png"]
    assert delivery["files"][1]["thumbnail_url"] == f"/files/{image['id']}/thumbnail"
    # The client reads the order and both files.
    detail = (await deal.as_client("GET", f"/orders/{order['id']}")).json()
    assert [f["id"] for f in detail["events"][-1]["files"]] == [pdf["id"], image["id"]]
    assert (await client.get(f"/files/{pdf['id']}")).content == PDF


async def test_a_receipt_is_attached_to_the_payment_proof(deal: Deal, client: AsyncClient) -> None:
    order = await deal.place()
    receipt = await uploaded(client, deal.factory, deal.client, "receipt.png", png(400, 800))
    response = await deal.as_client(
        "PATCH",
        f"/orders/{order['id']}/submit-payment",
        json={
            "proof_reference": "TX-RECEIPT-1",
            "payer_name": deal.client.full_name,
            "amount": order["price"],
            "file_ids": [receipt["id"]],
        },
    )
    assert response.status_code == 200, response.text
    seen = (await deal.as_freelancer("GET", f"/orders/{order['id']}")).json()
    assert [f["id"] for f in seen["payment_proofs"][0]["files"]] == [receipt["id"]]
    assert (await client.get(f"/files/{receipt['id']}")).status_code == 200


async def test_a_message_may_be_files_alone(deal: Deal, client: AsyncClient) -> None:
    sketch = await uploaded(client, deal.factory, deal.client, "sketch.png", png(50, 50))
    response = await client.post(
        "/messages", json={"receiver_id": str(deal.freelancer.id), "file_ids": [sketch["id"]]}
    )
    assert response.status_code == 201, response.text
    assert response.json()["content"] == ""
    assert [f["id"] for f in response.json()["files"]] == [sketch["id"]]
    empty = await client.post("/messages", json={"receiver_id": str(deal.freelancer.id)})
    assert empty.status_code == 422
    thread = (await deal.as_freelancer("GET", f"/messages/{deal.client.id}")).json()
    assert thread["items"][0]["files"][0]["name"] == "sketch.png"


async def test_gig_images_keep_their_order_and_can_be_replaced(
    factory: Factory, client: AsyncClient
) -> None:
    owner = await factory.user(payment_instructions="IBAN XX00 1")
    ids = [
        (await uploaded(client, factory, owner, f"shot{n}.png", png(64 + n, 48)))["id"]
        for n in range(3)
    ]
    created = await client.post(
        "/gigs",
        json={
            "title": "I will design your landing page",
            "description": "A landing page designed in Figma with two rounds of changes.",
            "price": "120.00",
            "delivery_days": 5,
            "category": "web-design",
            "image_ids": [ids[2], ids[0], ids[1]],
        },
    )
    assert created.status_code == 201, created.text
    gig = created.json()
    assert [image["id"] for image in gig["images"]] == [ids[2], ids[0], ids[1]]
    listed = (await client.get("/gigs", params={"freelancer_id": str(owner.id)})).json()
    assert listed["items"][0]["images"][0]["id"] == ids[2]  # the cover, in the listing too

    # Reordered, one dropped: the dropped one is no longer public.
    factory.sign_in(client, owner)
    edited = await client.patch(f"/gigs/{gig['id']}", json={"image_ids": [ids[0], ids[2]]})
    assert edited.status_code == 200, edited.text
    assert [image["id"] for image in edited.json()["images"]] == [ids[0], ids[2]]
    client.cookies.clear()
    assert (await client.get(f"/files/{ids[0]}")).status_code == 200
    assert (await client.get(f"/files/{ids[1]}")).status_code == 404
    # An edit without image_ids leaves them be.
    factory.sign_in(client, owner)
    same = await client.patch(f"/gigs/{gig['id']}", json={"price": "130.00"})
    assert [image["id"] for image in same.json()["images"]] == [ids[0], ids[2]]


async def test_gig_images_must_be_images_and_at_most_six(
    factory: Factory, client: AsyncClient
) -> None:
    owner = await factory.user(payment_instructions="IBAN XX00 1")
    gig = await factory.gig(owner)
    pdf = await uploaded(client, factory, owner, "brochure.pdf", PDF)
    factory.sign_in(client, owner)
    refused = await client.patch(f"/gigs/{gig.id}", json={"image_ids": [pdf["id"]]})
    assert refused.status_code == 422
    assert refused.json()["code"] == "not_an_image"
    images = [
        (await uploaded(client, factory, owner, f"{n}.png", png(20, 20)))["id"] for n in range(7)
    ]
    too_many = await client.patch(f"/gigs/{gig.id}", json={"image_ids": images})
    assert too_many.status_code == 422
    twice = await client.patch(f"/gigs/{gig.id}", json={"image_ids": [images[0], images[0]]})
    assert twice.status_code == 422


async def test_only_your_own_unattached_uploads_attach(deal: Deal, client: AsyncClient) -> None:
    order = await _in_progress(deal)
    theirs = await uploaded(client, deal.factory, deal.client, "client-file.pdf", PDF)
    mine = await uploaded(client, deal.factory, deal.freelancer, "mine.pdf", PDF)
    used = await uploaded(client, deal.factory, deal.freelancer, "used.png", png(10, 10))
    deal.factory.sign_in(client, deal.freelancer)
    sent = await client.post(
        "/messages", json={"receiver_id": str(deal.client.id), "file_ids": [used["id"]]}
    )
    assert sent.status_code == 201
    for file_ids in (
        [theirs["id"]],  # someone else's upload
        [used["id"]],  # already attached to a message
        [mine["id"], "00000000-0000-4000-8000-000000000000"],  # one that does not exist
    ):
        response = await deal.as_freelancer(
            "PATCH", f"/orders/{order['id']}/submit-work", json={"note": "x", "file_ids": file_ids}
        )
        assert response.status_code == 422, file_ids
        assert response.json()["code"] == "file_not_attachable"
        assert response.json()["errors"][0]["field"] == "file_ids"
    # Nothing half-done: the order is still in progress and `mine` is still free to attach.
    after = await deal.as_freelancer(
        "PATCH", f"/orders/{order['id']}/submit-work", json={"file_ids": [mine["id"]]}
    )
    assert after.status_code == 200
    assert after.json()["status"] == "SUBMITTED"


async def test_an_avatar_is_an_uploaded_image(factory: Factory, client: AsyncClient) -> None:
    user = await factory.user()
    face = await uploaded(client, factory, user, "me.png", png(400, 400))
    first = await client.patch("/users/me", json={"avatar_file_id": face["id"]})
    assert first.status_code == 200, first.text
    assert first.json()["avatar_url"] == f"/files/{face['id']}/thumbnail"
    client.cookies.clear()
    assert (await client.get(first.json()["avatar_url"])).status_code == 200  # public
    assert (await client.get(f"/users/{user.id}")).json()["avatar_url"] == first.json()[
        "avatar_url"
    ]

    pdf = await uploaded(client, factory, user, "cv.pdf", PDF)
    refused = await client.patch("/users/me", json={"avatar_file_id": pdf["id"]})
    assert refused.status_code == 422
    assert refused.json()["code"] == "not_an_image"
    removed = await client.patch("/users/me", json={"avatar_file_id": None})
    assert removed.json()["avatar_url"] is None
    client.cookies.clear()
    assert (await client.get(f"/files/{face['id']}")).status_code == 404  # let go: private again


async def test_the_admin_settling_a_dispute_sees_every_file_of_the_order(
    deal: Deal, client: AsyncClient
) -> None:
    order = await deal.place()
    receipt = await uploaded(client, deal.factory, deal.client, "receipt.png", png(60, 90))
    paid = await deal.as_client(
        "PATCH",
        f"/orders/{order['id']}/submit-payment",
        json={
            "proof_reference": "TX-DISPUTE-1",
            "payer_name": deal.client.full_name,
            "amount": order["price"],
            "file_ids": [receipt["id"]],
        },
    )
    assert paid.status_code == 200
    for action in ("confirm-payment", "start-work"):
        assert (
            await deal.as_freelancer("PATCH", f"/orders/{order['id']}/{action}")
        ).status_code == 200
    work = await uploaded(client, deal.factory, deal.freelancer, "work.pdf", PDF)
    delivered = await deal.as_freelancer(
        "PATCH", f"/orders/{order['id']}/submit-work", json={"file_ids": [work["id"]]}
    )
    assert delivered.status_code == 200
    chat = await uploaded(client, deal.factory, deal.client, "what-i-meant.png", png(40, 40))
    sent = await client.post(
        "/messages",
        json={
            "receiver_id": str(deal.freelancer.id),
            "order_id": order["id"],
            "content": "Not what we agreed, see the sketch.",
            "file_ids": [chat["id"]],
        },
    )
    assert sent.status_code == 201
    opened = await client.post(f"/orders/{order['id']}/dispute", json={"reason": "Not as agreed."})
    assert opened.status_code == 201, opened.text

    admin = await deal.factory.user(is_admin=True)
    deal.factory.sign_in(client, admin)
    detail = (await client.get(f"/orders/{order['id']}")).json()
    messages = (await client.get(f"/admin/orders/{order['id']}/messages")).json()
    seen = {
        *(f["id"] for proof in detail["payment_proofs"] for f in proof["files"]),
        *(f["id"] for event in detail["events"] for f in event["files"]),
        *(f["id"] for message in messages["items"] for f in message["files"]),
    }
    assert seen == {receipt["id"], work["id"], chat["id"]}
    for file_id in seen:
        assert (await client.get(f"/files/{file_id}")).status_code == 200
