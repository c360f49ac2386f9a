"""`make bench-timers`: what the order timers cost over 100,000 orders, and how late they act.

A database of its own on the server of DATABASE_URL (created, migrated, dropped) holding BENCH_TIMER_ORDERS
orders (100,000) spread over every status the way a live marketplace holds them: most finished, a few
thousand in each timed status. Then:

1. The plan of every statement the sweeps send: each sweep's batch is run for real in a transaction that
   is rolled back, its statements captured as sent, and `EXPLAIN (ANALYZE, BUFFERS)` of each SELECT printed
   with the tables it reads. Run with nothing due (the steady state) and with a backlog of due orders. A
   sequential scan of `orders` fails the bench.
2. The cost of one full run of the timers (`run_timers`, every sweep, committed): p50/max over
   BENCH_TIMER_RUNS runs with nothing due, then the time to work through the backlog.
3. The delay between a deadline and its transition with the real worker sweeping every second: orders are
   aged so their deadline is the present instant, BENCH_TIMER_DELAYS times; p50/p95/max of the event's
   `created_at` minus the deadline.
"""

import asyncio
import os
import random
import statistics
import sys
import time
from typing import Any

from sqlalchemy import event, text
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.core.db import Database
from app.gigs.explain import plan_nodes, sequential_scans
from app.jobs.resources import JobResources
from app.jobs.runner import JobRunner
from app.orders.deadlines import Deadlines
from app.orders.timer_tasks import Sweep, run_timers, sweeps
from app.realtime.service import Realtime
from bench.database import bench_database, percentile
from tests.smtp_server import SmtpSink

# Status, share of the orders, and over how long ago their status changed, spread evenly: timed statuses stay
# short of their reminder, so nothing is due until the bench says so.
MIX = [
    ("COMPLETED", 0.70, "700 days"),
    ("CANCELLED", 0.09, "700 days"),
    ("PENDING_PAYMENT", 0.05, "40 hours"),
    ("PAYMENT_SUBMITTED", 0.02, "2 days"),
    ("PAYMENT_CONFIRMED", 0.01, "2 days"),
    ("IN_PROGRESS", 0.07, "10 days"),
    ("SUBMITTED", 0.04, "40 hours"),
    ("REVISION_REQUESTED", 0.02, "5 days"),
]
WORK_OWED = ("PAYMENT_CONFIRMED", "IN_PROGRESS", "REVISION_REQUESTED")

INSERT_ORDERS = text(
    """
    WITH picked AS MATERIALIZED (
        SELECT g.id AS gig_id, g.freelancer_id, g.title, g.price, g.delivery_days,
               (SELECT id FROM bench_people
                WHERE n = :sellers + 1 + (s.n::bigint * 7919) % :sellers) AS client_id,
               now() - random() * CAST(:spread AS interval) AS changed, s.n
        FROM generate_series(1, :count) AS s(n)
        JOIN gigs g ON g.freelancer_id = (
            SELECT id FROM bench_people WHERE n = 1 + (s.n::bigint * 104729) % :sellers)
    )
    INSERT INTO orders (gig_id, client_id, freelancer_id, status, payment_status, price,
        delivery_days, gig_title, reference_code, status_changed_at, due_at,
        late_notified_at, created_at, updated_at)
    SELECT gig_id, client_id, freelancer_id, :status,
           CASE WHEN :status IN ('PENDING_PAYMENT', 'CANCELLED') THEN 'UNPAID'
                WHEN :status = 'PAYMENT_SUBMITTED' THEN 'SUBMITTED' ELSE 'CONFIRMED' END,
           price, delivery_days, title, 'BT' || lpad((n + :offset)::text, 8, '0'),
           changed, x.due, CASE WHEN x.due < now() THEN x.due END,
           changed - interval '1 day', changed
    FROM picked,
         -- Work not yet delivered is mostly on time; the late ones were flagged long ago.
         LATERAL (SELECT CASE WHEN :owes_work THEN changed + interval '5 days' END AS due) x
    """
)


async def load(database: Database, orders: int) -> None:
    users = max(2_000, orders // 5)  # the first half sell, the second half buy
    async with database.engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO users (id, email, full_name, bio, is_banned, created_at, updated_at) "
                "SELECT gen_random_uuid(), 'bench-timers-' || n || '@bench.devmarket.test', "
                "'Bench person ' || n, '', false, now() - interval '800 days', now() "
                "FROM generate_series(1, :users) AS n"
            ).bindparams(users=users)
        )
        await connection.execute(
            text("CREATE TEMP TABLE bench_people (n int PRIMARY KEY, id uuid NOT NULL)")
        )
        await connection.execute(
            text(
                "INSERT INTO bench_people SELECT row_number() OVER (ORDER BY email), id FROM users"
            )
        )
        await connection.execute(text("ANALYZE bench_people"))
        await connection.execute(
            text(
                "INSERT INTO gigs (freelancer_id, title, description, price, delivery_days, is_active, "
                "created_at, updated_at, category) "
                "SELECT id, 'I will build part number ' || n || ' of your product', "
                "'A careful piece of work, delivered with tests and notes.', 50 + n % 400, 1 + n % 14, true, "
                "now() - interval '750 days', now(), 'backend-apis' FROM bench_people WHERE n <= :sellers"
            ).bindparams(sellers=users // 2)
        )
        offset = 0
        for status, share, spread in MIX:
            count = round(orders * share)
            await connection.execute(
                INSERT_ORDERS.bindparams(
                    sellers=users // 2,
                    count=count,
                    status=status,
                    spread=spread,
                    offset=offset,
                    owes_work=status in WORK_OWED,
                )
            )
            offset += count
        # Disputes, settled on one finished order in a hundred and open on a few orders in progress.
        await connection.execute(
            text(
                "INSERT INTO disputes (order_id, opened_by, reason, status, resolution, resolved_at, created_at) "
                "SELECT id, client_id, 'The delivery did not match the brief.', 'RESOLVED', "
                "'Refunded after a partial delivery.', created_at + interval '3 days', created_at + interval '2 days' "
                "FROM orders WHERE status = 'COMPLETED' AND random() < 0.01"
            )
        )
        await connection.execute(
            text(
                "INSERT INTO disputes (order_id, opened_by, reason, status, created_at) "
                "SELECT id, client_id, 'No news from the freelancer for a week.', 'OPEN', now() "
                "FROM orders WHERE status = 'IN_PROGRESS' AND random() < 0.02"
            )
        )
        await connection.execute(text("ANALYZE"))


async def explain_sweeps(database: Database, deadlines: Deadlines) -> list[dict[str, Any]]:
    """Run each sweep's batch for real, capture what it sends, EXPLAIN ANALYZE each SELECT in the same
    transaction, then roll everything back."""
    explained = []
    for name, sweep in sweeps(deadlines).items():
        explained += [{"sweep": name, **plan} for plan in await explain_one(database, sweep)]
    return explained


async def explain_one(database: Database, sweep: Sweep) -> list[dict[str, Any]]:
    captured: list[tuple[str, Any]] = []

    def capture(*args: Any) -> None:
        captured.append((args[2], args[3]))  # (conn, cursor, statement, parameters, context, many)

    explained = []
    session: AsyncSession
    async with database.sessions() as session:
        connection = await session.connection()
        event.listen(connection.sync_connection, "before_cursor_execute", capture)
        try:
            await sweep(session)
        finally:
            event.remove(connection.sync_connection, "before_cursor_execute", capture)
        for statement, parameters in captured:
            if "FOR UPDATE" not in statement:
                continue  # the sweep's query; what it then does is per order, by primary key
            result = await connection.exec_driver_sql(
                f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {statement}", parameters
            )
            plan = result.scalar_one()[0]
            explained.append(
                {
                    "ms": plan["Execution Time"],
                    "scans": accesses(plan),
                    "sequential": sequential_scans(plan),
                }
            )
        await session.rollback()
    return explained


def accesses(plan: dict[str, Any]) -> list[str]:
    """One line per table or index read: "Bitmap Index Scan using ix_orders_work_owed_due"."""
    lines = []
    for node in plan_nodes(plan["Plan"]):
        if "Relation Name" not in node and "Index Name" not in node:
            continue
        index = f" using {node['Index Name']}" if "Index Name" in node else ""
        table = f" on {node['Relation Name']}" if "Relation Name" in node else ""
        lines.append(f"{node['Node Type']}{index}{table}")
    return lines


def print_plans(title: str, explained: list[dict[str, Any]]) -> bool:
    print(f"\n{title}")
    clean = True
    for item in explained:
        flag = ""
        if "orders" in item["sequential"]:
            flag, clean = "  <-- SEQUENTIAL SCAN OF ORDERS", False
        print(f"  {item['sweep']:<22} {item['ms']:7.2f} ms{flag}")
        for line in dict.fromkeys(item["scans"]):
            print(f"      {line}")
    return clean


async def time_runs(resources: JobResources, runs: int) -> list[float]:
    durations = []
    for _ in range(runs):
        started = time.perf_counter()
        done = await run_timers(resources)
        durations.append((time.perf_counter() - started) * 1000)
        assert not any(done.values()), done
    return durations


async def age_backlog(database: Database, deadlines: Deadlines, backlog: int) -> None:
    async with database.engine.begin() as connection:
        for status, period in (
            ("PENDING_PAYMENT", deadlines.unpaid_ttl),
            ("SUBMITTED", deadlines.auto_complete_after),
        ):
            await connection.execute(
                text(
                    "UPDATE orders SET status_changed_at = now() - CAST(:period AS interval) "
                    "- random() * interval '1 hour' WHERE id IN (SELECT id FROM orders WHERE status = :status "
                    "ORDER BY id LIMIT :n)"
                ).bindparams(period=f"{period.total_seconds()} seconds", status=status, n=backlog)
            )


async def measure_delays(database: Database, settings: Settings, count: int) -> list[float]:
    """Deadline → transition with the worker sweeping every second."""
    fast = settings.model_copy(update={"scheduler_interval_s": 1, "jobs_poll_interval_s": 0.2})
    runner = JobRunner(fast, database, Realtime(None), name="bench-timers")
    await runner.open()
    runner.start_worker()
    delays = []
    ttl = f"{Deadlines.from_settings(fast).unpaid_ttl.total_seconds()} seconds"
    try:
        # The backlog's mail (two per transition) goes out first: the timers share the worker with it.
        started = time.monotonic()
        while time.monotonic() < started + 300:
            async with database.engine.connect() as connection:
                pending = (
                    await connection.execute(
                        text("SELECT count(*) FROM email_outbox WHERE status = 'pending'")
                    )
                ).scalar_one()
            if pending == 0:
                break
            await asyncio.sleep(0.2)
        print(f"\nThe backlog's mail sent by the worker in {time.monotonic() - started:.1f} s")
        for _ in range(count):
            async with database.engine.begin() as connection:
                # The deadline is this instant: the clock_timestamp() the row is written at.
                order_id, deadline = (
                    await connection.execute(
                        text(
                            "UPDATE orders SET status_changed_at = clock_timestamp() - CAST(:ttl AS interval) "
                            "WHERE id = (SELECT id FROM orders WHERE status = 'PENDING_PAYMENT' "
                            "ORDER BY status_changed_at DESC LIMIT 1) "
                            "RETURNING id, status_changed_at + CAST(:ttl AS interval)"
                        ).bindparams(ttl=ttl)
                    )
                ).one()
            limit = time.monotonic() + 10
            while time.monotonic() < limit:
                async with database.engine.connect() as connection:
                    delay = (
                        await connection.execute(
                            text(
                                "SELECT extract(epoch FROM created_at - :deadline) FROM order_events "
                                "WHERE order_id = :id AND action = 'expire'"
                            ).bindparams(id=order_id, deadline=deadline)
                        )
                    ).scalar_one_or_none()
                if delay is not None:
                    break
                await asyncio.sleep(0.02)
            else:
                raise AssertionError(f"order {order_id} was not expired within 10 s")
            delays.append(float(delay))
            # Deadlines fall anywhere in the sweep's second, not always at the same phase of its tick.
            await asyncio.sleep(random.random())  # noqa: S311 (timing, not a secret)
    finally:
        await runner.close()
    return delays


async def run(url: str) -> bool:
    orders = int(os.environ.get("BENCH_TIMER_ORDERS", "100000"))
    runs = int(os.environ.get("BENCH_TIMER_RUNS", "20"))
    delay_count = int(os.environ.get("BENCH_TIMER_DELAYS", "40"))
    backlog = orders // 100  # due orders per timed status in the backlog phase
    # Expiry and auto-completion mail both parties: a real SMTP server takes it, as in production.
    sink = SmtpSink()
    sink.start()
    settings = Settings(
        app_env="test",
        database_url=url,
        smtp_url=sink.url,
        jwt_secret="bench-" + "0123456789abcdef" * 3,
        better_auth_url="https://devmarket.example",
        _env_file=None,
    )
    deadlines = Deadlines.from_settings(settings)
    database = Database(settings)
    resources = JobResources(settings, database, Realtime(None))
    try:
        started = time.perf_counter()
        await load(database, orders)
        async with database.engine.connect() as connection:
            counts = (
                await connection.execute(
                    text("SELECT status, count(*) FROM orders GROUP BY status ORDER BY 2 DESC")
                )
            ).all()
        print(f"{orders:,} orders loaded in {time.perf_counter() - started:.0f} s:")
        print("  " + ", ".join(f"{status} {n:,}" for status, n in counts))

        clean = print_plans(
            "Sweep queries, nothing due:", await explain_sweeps(database, deadlines)
        )
        steady = await time_runs(resources, runs)
        print(
            f"\nOne run of every sweep, nothing due: p50 {statistics.median(steady):.1f} ms, "
            f"max {max(steady):.1f} ms over {runs} runs"
        )

        await age_backlog(database, deadlines, backlog)
        async with database.engine.begin() as connection:
            await connection.execute(text("ANALYZE orders"))
        clean &= print_plans(
            f"Sweep queries, {backlog:,} due in each timed status:",
            await explain_sweeps(database, deadlines),
        )
        started = time.perf_counter()
        done = await run_timers(resources)
        elapsed = time.perf_counter() - started
        moved = done["expired"] + done["auto_completed"]
        print(
            f"\nBacklog worked through in {elapsed:.2f} s: {done} "
            f"({moved / elapsed:.0f} transitions/s with their events, notifications and mail)"
        )

        delays = await measure_delays(database, settings, delay_count)
        print(
            f"\nDeadline → transition, worker sweeping every 1 s: n={len(delays)}  "
            f"p50 {statistics.median(delays) * 1000:.0f} ms  p95 {percentile(delays, 0.95) * 1000:.0f} ms  "
            f"max {max(delays) * 1000:.0f} ms"
        )
        print(
            "\nno sequential scan of orders"
            if clean
            else "\nFAIL: a sweep scans orders sequentially"
        )
        return clean
    finally:
        await database.dispose()
        sink.stop()


def main() -> None:
    with bench_database("timers_bench") as url:
        clean = asyncio.run(run(url))
    sys.exit(0 if clean else 1)  # a sequential scan of orders fails the bench


if __name__ == "__main__":
    main()
