"""`make bench-orders`: what one order transition (`PATCH /orders/{id}/confirm-payment`) costs the API.

A database of its own on the server of DATABASE_URL (created, migrated, dropped) holding BENCH_ORDERS (300)
orders whose client has submitted a payment proof. The whole application runs in this process (the tests'
ASGI transport, no network), and each order is confirmed once by its freelancer. Per transition:

- round trips to PostgreSQL, counted on the engine: every statement the driver sends (`before_cursor_execute`,
  savepoints included), the BEGIN psycopg sends before a transaction's first statement, the COMMIT or ROLLBACK,
  and the pool's pre-ping when it is on. Split into the service's own statements and the request plumbing
  (pre-ping, BEGIN/COMMIT, the signed-in user) so each part's share shows;
- CPU of this process per transition (`time.process_time`), p50 and mean over the timed runs, next to the CPU
  of `GET /health/live` through the same in-process client: the floor the framework and the client cost.

Prints one JSON document with the targets (DESIGN issue 17: ≤ 4 round trips, ≤ 3 ms of CPU) beside the figures.
"""

import asyncio
import json
import logging
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from httpx import ASGITransport, AsyncClient
from pyinstrument import Profiler
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.core.config import Settings
from app.core.db import Database
from app.main import create_app
from app.models import Order, PaymentProof, User
from app.orders.statuses import OrderStatus, PaymentStatus
from bench.database import bench_database, percentile
from tests.factories import Factory, mint_token

ORDERS = int(os.environ.get("BENCH_ORDERS", 300))
WARM_UP = 20
# BENCH_PROFILE=<file>: a pyinstrument profile of the timed transitions, as text (where the CPU goes).
PROFILE = os.environ.get("BENCH_PROFILE")
report_profile: list[str] = []
TARGETS = {"round_trips": 4, "cpu_ms": 3.0}
SECRET = "bench-orders-jwt-secret-" + "0123456789abcdef" * 4


class RoundTrips:
    """Every exchange with PostgreSQL on one engine, with what each one was (its statement's first words)."""

    def __init__(self, engine: Engine) -> None:
        self.sent: list[str] = []
        self._engine = engine
        dialect: Any = engine.dialect
        original_ping = dialect.do_ping

        def ping(connection: Any) -> bool:
            self.sent.append("ping")
            return bool(original_ping(connection))

        dialect.do_ping = ping
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", lambda _: self.sent.append("BEGIN"))
        event.listen(engine, "commit", lambda _: self.sent.append("COMMIT"))
        event.listen(engine, "rollback", lambda _: self.sent.append("ROLLBACK"))

    def _statement(self, *args: Any) -> None:
        statement: str = args[2]
        self.sent.append(" ".join(statement.split())[:90])

    @contextmanager
    def counting(self) -> Iterator[list[str]]:
        self.sent = []
        yield self.sent


async def arrange(database: Database, settings: Settings) -> tuple[list[tuple[Order, User]], User]:
    """ORDERS orders waiting for their freelancer to confirm a submitted proof (one gig per freelancer)."""
    async with database.sessions() as session:
        factory = Factory(session, settings)
        client = await factory.user(full_name="Bench Client")
        pending: list[tuple[Order, User]] = []
        freelancers = [await factory.user(full_name=f"Bench Freelancer {n}") for n in range(10)]
        gigs = [await factory.gig(freelancer) for freelancer in freelancers]
        for n in range(ORDERS):
            gig, freelancer = gigs[n % len(gigs)], freelancers[n % len(gigs)]
            order = await factory.order(
                gig,
                client,
                status=OrderStatus.PAYMENT_SUBMITTED,
                payment_status=PaymentStatus.SUBMITTED,
            )
            session.add(
                PaymentProof(
                    order_id=order.id,
                    proof_reference=f"BENCH-{n:06d}",
                    payer_name="Bench Client",
                    amount=Decimal(order.price),
                )
            )
            await session.commit()
            pending.append((order, freelancer))
    return pending, client


def split(sent: list[str]) -> dict[str, Any]:
    """The request's exchanges: the plumbing (ping, BEGIN/COMMIT, the signed-in user's row) and the rest."""
    plumbing = [
        s
        for s in sent
        if s in ("ping", "BEGIN", "COMMIT", "ROLLBACK") or s.startswith("SELECT users.")
    ]
    return {
        "total": len(sent),
        "request_plumbing": len(plumbing),
        "transition": len(sent) - len(plumbing),
        "sent": sent,
    }


async def run(url: str) -> dict[str, Any]:
    settings = Settings(
        app_env="test",
        database_url=url,
        jwt_secret=SECRET,
        frontend_origin="http://localhost:3999",
        _env_file=None,
    )
    app = create_app(settings)
    # As the other benches run the API: no access log line per request (nor the client's own).
    for name in ("devmarket.access", "httpx"):
        logging.getLogger(name).setLevel(logging.WARNING)
    database: Database = app.state.database
    trips = RoundTrips(database.engine.sync_engine)
    pending, _ = await arrange(database, settings)
    per_transition: list[dict[str, Any]] = []
    cpu_ms: list[float] = []
    profiler = Profiler(async_mode="disabled") if PROFILE else None
    profile_text = ""
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://bench") as http:
        for index, (order, freelancer) in enumerate(pending):
            if profiler is not None and index == WARM_UP:
                profiler.start()
            http.cookies.set(
                settings.access_cookie_name, mint_token(freelancer, settings.jwt_secret)
            )
            with trips.counting() as sent:
                started = time.process_time()
                response = await http.patch(f"/orders/{order.id}/confirm-payment")
                spent = (time.process_time() - started) * 1000
            if response.status_code != 200:
                raise SystemExit(
                    f"confirm-payment answered {response.status_code}: {response.text}"
                )
            if index >= WARM_UP:
                cpu_ms.append(spent)
                per_transition.append(split(list(sent)))
        if profiler is not None:
            profiler.stop()
            profile_text = profiler.output_text(unicode=True, show_all=False)
        floor: list[float] = []
        for _ in range(len(cpu_ms)):
            started = time.process_time()
            await http.get("/health/live")
            floor.append((time.process_time() - started) * 1000)
    await database.dispose()

    totals = [t["total"] for t in per_transition]
    transition_only = [t["transition"] for t in per_transition]
    cpu_p50 = statistics.median(cpu_ms)
    if PROFILE:
        report_profile.append(profile_text)
    return {
        "benchmark": "orders",
        "machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg()},
        "settings": {"orders": ORDERS, "warm_up": WARM_UP, "transition": "confirm-payment"},
        "round_trips": {
            "request_total": max(totals),
            "transition_without_plumbing": max(transition_only),
            "request_plumbing": max(t["request_plumbing"] for t in per_transition),
            "one_request": per_transition[-1]["sent"],
        },
        "api_cpu_ms_per_transition": {
            "p50": round(cpu_p50, 3),
            "p95": round(percentile(cpu_ms, 0.95), 3),
            "mean": round(statistics.fmean(cpu_ms), 3),
            "health_live_floor_p50": round(statistics.median(floor), 3),
        },
        "targets": TARGETS,
        "verdict": {
            "round_trips": max(totals),
            "round_trips_target": f"<= {TARGETS['round_trips']}",
            "round_trips_met": max(totals) <= TARGETS["round_trips"],
            "transition_round_trips_met": max(transition_only) <= TARGETS["round_trips"],
            "cpu_ms_p50": round(cpu_p50, 3),
            "cpu_ms_target": f"<= {TARGETS['cpu_ms']}",
            "cpu_met": cpu_p50 <= TARGETS["cpu_ms"],
        },
    }


def main() -> None:
    with bench_database(os.environ.get("BENCH_DATABASE", "devmarket_bench_orders")) as url:
        report = asyncio.run(run(url))
    if PROFILE:
        with open(PROFILE, "w") as out:
            out.write("".join(report_profile))
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
