"""Driving orders through the real API in tests."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from httpx import AsyncClient, Response

from app.models import Gig, User
from app.orders.deadlines import Deadlines
from tests.factories import Factory

# For service calls made directly (a test's own transaction): the settings' defaults.
DEADLINES = Deadlines(unpaid_ttl=timedelta(hours=72), auto_complete_after=timedelta(days=3))


@dataclass
class Deal:
    """A gig, its freelancer, a client, and helpers to act as either of them."""

    factory: Factory
    client_http: AsyncClient
    freelancer: User
    client: User
    gig: Gig

    async def as_client(self, method: str, path: str, **kwargs: Any) -> Response:
        self.factory.sign_in(self.client_http, self.client)
        return await self.client_http.request(method, path, **kwargs)

    async def as_freelancer(self, method: str, path: str, **kwargs: Any) -> Response:
        self.factory.sign_in(self.client_http, self.freelancer)
        return await self.client_http.request(method, path, **kwargs)

    async def place(self) -> dict[str, Any]:
        response = await self.as_client("POST", "/orders", json={"gig_id": str(self.gig.id)})
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def pay(self, order: dict[str, Any], reference: str | None = None) -> Response:
        return await self.as_client(
            "PATCH",
            f"/orders/{order['id']}/submit-payment",
            json={
                "proof_reference": reference or f"TX-{order['reference_code']}",
                "payer_name": self.client.full_name,
                "amount": order["price"],
            },
        )

    async def advance_to(self, order: dict[str, Any], target: str) -> dict[str, Any]:
        """Walk the happy path until the order reaches `target`."""
        current = order
        for status, who, action, body in HAPPY_PATH:
            if current["status"] == target:
                return current
            if action == "submit-payment":
                response = await self.pay(order)
            else:
                act = self.as_client if who == "client" else self.as_freelancer
                response = await act("PATCH", f"/orders/{order['id']}/{action}", json=body)
            assert response.status_code == 200, response.text
            current = response.json()
            assert current["status"] == status
        assert current["status"] == target
        return current


# (status reached, who acts, action, body)
HAPPY_PATH: list[tuple[str, str, str, dict[str, str] | None]] = [
    ("PAYMENT_SUBMITTED", "client", "submit-payment", None),
    ("PAYMENT_CONFIRMED", "freelancer", "confirm-payment", None),
    ("IN_PROGRESS", "freelancer", "start-work", None),
    ("SUBMITTED", "freelancer", "submit-work", {"note": "Done"}),
    ("COMPLETED", "client", "approve", None),
]


async def make_deal(factory: Factory, http: AsyncClient, **gig_fields: Any) -> Deal:
    freelancer = await factory.user(
        full_name="Fiona Freelancer", payment_instructions="IBAN XX00 1234"
    )
    client = await factory.user(full_name="Carl Client")
    gig = await factory.gig(freelancer, **gig_fields)
    return Deal(factory, http, freelancer, client, gig)
