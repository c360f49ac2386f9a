"""Hypothesis drives random actions by the client, the freelancer, a stranger, an admin and the system (a
deadline passes: DESIGN §13) against the real API and database, and checks after every step that the order
is where an independent model says.

Invariants: the stored status equals the model's; the timeline is one unbroken chain (no state is
skipped, one event per successful transition); at most one proof is verified; terminal states
never change.
"""

import asyncio
import itertools
import threading
import uuid
from datetime import timedelta
from decimal import Decimal
from typing import Any

from httpx import ASGITransport, AsyncClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlmodel import col, select

from app.core.config import Settings
from app.core.db import Database
from app.jobs.resources import JobResources
from app.main import create_app
from app.models import Gig, Order, OrderEvent, PaymentProof, User
from app.orders.deadlines import Deadlines
from app.orders.state_machine import Action, Actor
from app.orders.statuses import OrderStatus
from app.orders.timer_tasks import run_timers
from app.realtime.service import Realtime
from tests.factories import mint_token
from tests.test_state_machine import LEGAL, OWNER

PEOPLE = ("client", "freelancer", "stranger", "admin")
SYSTEM_ACTIONS = {
    OrderStatus.PENDING_PAYMENT: Action.EXPIRE,
    OrderStatus.SUBMITTED: Action.AUTO_COMPLETE,
}
PARTY_ACTIONS = [
    a
    for a in Action
    if a not in (Action.FORCE_CANCEL, Action.FORCE_COMPLETE, *SYSTEM_ACTIONS.values())
]
TERMINAL = {OrderStatus.COMPLETED, OrderStatus.CANCELLED}
BODIES: dict[Action, dict[str, str]] = {
    Action.REJECT_PAYMENT: {"reason": "Not received"},
    Action.REQUEST_REVISION: {"reason": "Please change the colours"},
    Action.SUBMIT_WORK: {"note": "Delivered"},
    Action.CANCEL: {"reason": "Changed my mind"},
}
_references = itertools.count(1)


def expected_party_action(status: OrderStatus, action: Action, person: str) -> int:
    """The status code the API must give, from DESIGN §6/§8, independent of the implementation."""
    if person == "stranger":
        return 404
    role = Actor.ADMIN if person == "admin" else Actor(person)
    if status in TERMINAL:
        return 409
    if OWNER[action] is not role:
        return 403
    return 200 if (status, action, role) in LEGAL else 409


class World:
    """The app, an event loop in its own thread, and the four people, built once per test run."""

    def __init__(self, test_settings: Settings) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.settings = test_settings
        self.database = self.run(self._make_database())
        app = create_app(test_settings)
        app.state.database = self.database
        self.http = AsyncClient(transport=ASGITransport(app=app), base_url="http://testserver")
        self.people: dict[str, User] = self.run(self._make_people())
        self.jobs = JobResources(
            settings=test_settings, database=self.database, realtime=Realtime(None)
        )
        self.deadlines = Deadlines.from_settings(test_settings)

    async def _make_database(self) -> Database:
        return Database(self.settings)

    def run(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)

    async def _make_people(self) -> dict[str, User]:
        async with self.database.sessions() as session:
            people = {
                name: User(
                    email=f"{name}-{uuid.uuid4().hex[:8]}@example.com",
                    full_name=name.title(),
                    is_admin=name == "admin",
                    payment_instructions="IBAN XX00 0000" if name == "freelancer" else "",
                )
                for name in PEOPLE
            }
            session.add_all(people.values())
            await session.commit()
            return people

    async def new_client(self) -> None:
        """Each example is a new client, as each is a new purchase: one client placing every example's
        order would meet the hourly order limit, which this test is not about."""
        async with self.database.sessions() as session:
            client = User(email=f"client-{uuid.uuid4().hex[:8]}@example.com", full_name="Client")
            session.add(client)
            await session.commit()
            self.people["client"] = client

    async def new_gig(self) -> Gig:
        async with self.database.sessions() as session:
            gig = Gig(
                freelancer_id=self.people["freelancer"].id,
                title="Stateful test gig",
                description="A gig used by the stateful order test.",
                price=Decimal("80.00"),
                delivery_days=4,
                category="web-apps",
            )
            session.add(gig)
            await session.commit()
            return gig

    async def request(self, person: str, method: str, path: str, **kwargs: Any) -> Any:
        token = mint_token(self.people[person], self.settings.jwt_secret)
        self.http.cookies.set(self.settings.access_cookie_name, token)
        return await self.http.request(method, path, **kwargs)

    async def let_deadline_pass(self, order_id: str) -> None:
        """The order's current period ends: its status changed longer ago than any deadline; then one run
        of the timers, as the worker's schedule would start it."""
        longest = max(self.deadlines.unpaid_ttl, self.deadlines.auto_complete_after)
        async with self.database.sessions() as session:
            order = await session.get(Order, uuid.UUID(order_id))
            assert order is not None
            order.status_changed_at -= longest + timedelta(seconds=1)
            session.add(order)
            await session.commit()
        await run_timers(self.jobs)

    def close(self) -> None:
        self.run(self.http.aclose())
        self.run(self.database.dispose())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()


WORLD: World | None = None


class OrderLifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        assert WORLD is not None
        self.world = WORLD
        self.world.run(self.world.new_client())
        gig = self.world.run(self.world.new_gig())
        response = self.world.run(
            self.world.request("client", "POST", "/orders", json={"gig_id": str(gig.id)})
        )
        assert response.status_code == 201, response.text
        self.order: dict[str, Any] = response.json()
        self.status = OrderStatus.PENDING_PAYMENT
        self.successes = 0
        self.disputed = False

    def call(self, person: str, method: str, path: str, **kwargs: Any) -> Any:
        return self.world.run(self.world.request(person, method, path, **kwargs))

    @rule(person=st.sampled_from(PEOPLE), action=st.sampled_from(PARTY_ACTIONS))
    def act(self, person: str, action: Action) -> None:
        path = f"/orders/{self.order['id']}/{action.value}"
        if action is Action.SUBMIT_PAYMENT:
            body: dict[str, str] | None = {
                "proof_reference": f"STATEFUL-{uuid.uuid4().hex[:6]}-{next(_references)}",
                "payer_name": "Client",
                "amount": "80.00",
            }
        else:
            body = BODIES.get(action)
        response = self.call(person, "PATCH", path, json=body)
        expected = expected_party_action(self.status, action, person)
        assert response.status_code == expected, (self.status, action, person, response.text)
        if expected == 200:
            self.status = LEGAL[(self.status, action, Actor(person))]
            self.successes += 1
            assert response.json()["status"] == self.status

    @rule()
    def deadline_passes(self) -> None:
        """The system acts exactly when the table says it may: an undisputed order waiting for payment or for
        an answer to its delivery; anything else the clock leaves alone."""
        self.world.run(self.world.let_deadline_pass(self.order["id"]))
        action = SYSTEM_ACTIONS.get(self.status)
        if action is not None and not self.disputed:
            self.status = LEGAL[(self.status, action, Actor.SYSTEM)]
            self.successes += 1

    @rule(person=st.sampled_from(PEOPLE))
    def underpay(self, person: str) -> None:
        body = {"proof_reference": f"UNDER-{uuid.uuid4().hex}", "payer_name": "C", "amount": "1.00"}
        response = self.call(
            person, "PATCH", f"/orders/{self.order['id']}/submit-payment", json=body
        )
        expected = expected_party_action(self.status, Action.SUBMIT_PAYMENT, person)
        assert response.status_code == (422 if expected == 200 else expected)

    @rule(person=st.sampled_from(PEOPLE), outcome=st.sampled_from(["COMPLETED", "CANCELLED"]))
    def override(self, person: str, outcome: str) -> None:
        body = {"status": outcome, "reason": "Settled by support"}
        response = self.call(person, "PATCH", f"/admin/orders/{self.order['id']}/status", json=body)
        if person != "admin":
            assert response.status_code == 403
        elif self.status in TERMINAL:
            assert response.status_code == 409
        else:
            assert response.status_code == 200, response.text
            self.status = OrderStatus(outcome)
            self.successes += 1
            self.disputed = False

    @rule(person=st.sampled_from(PEOPLE))
    def dispute(self, person: str) -> None:
        response = self.call(
            person, "POST", f"/orders/{self.order['id']}/dispute", json={"reason": "Stuck"}
        )
        if person == "stranger":
            assert response.status_code == 404
        elif person == "admin":
            assert response.status_code in (403, 409)
        elif self.status in TERMINAL or self.disputed:
            assert response.status_code == 409
        else:
            assert response.status_code == 201
            self.disputed = True

    @invariant()
    def database_agrees_with_the_model(self) -> None:
        self.world.run(self._check())

    async def _check(self) -> None:
        detail = await self.world.request("admin", "GET", f"/orders/{self.order['id']}")
        assert detail.json()["status"] == self.status
        if self.status in TERMINAL:
            self.disputed = False  # reaching an end state resolves open disputes
        async with self.world.database.sessions() as session:
            events = (
                await session.exec(
                    select(OrderEvent)
                    .where(col(OrderEvent.order_id) == self.order["id"])
                    .order_by(col(OrderEvent.created_at), col(OrderEvent.id))
                )
            ).all()
            verified = (
                await session.exec(
                    select(PaymentProof).where(
                        col(PaymentProof.order_id) == self.order["id"], col(PaymentProof.verified)
                    )
                )
            ).all()
        assert len(events) == self.successes + 1  # one per transition, plus placing the order
        chain = [event.to_status for event in events]
        assert [event.from_status for event in events] == [None, *chain[:-1]]
        assert chain[-1] == self.status
        # The system's moves, and only those, have no actor.
        system = {action.value for action in SYSTEM_ACTIONS.values()}
        assert all((event.actor_id is None) == (event.action in system) for event in events)
        assert len(verified) <= 1


def test_random_walks_through_the_order_lifecycle(settings: Settings, migrated: None) -> None:
    global WORLD
    WORLD = World(settings)
    try:
        run_state_machine_as_test(
            OrderLifecycle,
            settings=settings_for_ci(),
        )
    finally:
        WORLD.close()
        WORLD = None


def settings_for_ci() -> settings:
    # Each step is a real HTTP request and database round trip; this budget explores several
    # hundred actions in well under a minute on two cores.
    return settings(
        max_examples=30,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
