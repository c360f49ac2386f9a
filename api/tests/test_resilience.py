"""Production behaviour at the edges: request ids, hidden docs, and a database that is down."""

import os
import socket
import time

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy import text

from app.core.config import Settings
from app.core.db import Database, run_core
from app.core.error_handlers import TOO_SLOW
from app.core.reads import Compiled, Query, local_settings, read
from app.deps import SessionDep
from app.main import create_app
from tests.factories import Factory, mint_token

pytestmark = pytest.mark.asyncio

UNREACHABLE = "postgresql://nobody@127.0.0.1:9/nothing"  # port 9 (discard): nothing listens


async def test_every_response_carries_a_request_id(client: AsyncClient) -> None:
    generated = await client.get("/health/live")
    assert len(generated.headers["x-request-id"]) == 16
    echoed = await client.get("/health/live", headers={"X-Request-ID": "trace-abc-12345"})
    assert echoed.headers["x-request-id"] == "trace-abc-12345"
    unsafe = await client.get("/health/live", headers={"X-Request-ID": "bad id\nwith newline"})
    assert unsafe.headers["x-request-id"] != "bad id\nwith newline"


async def test_production_hides_the_docs(settings: Settings) -> None:
    production = settings.model_copy(
        update={"app_env": "production", "jwt_secret": "9f8e7d6c5b4a39281706f5e4d3c2b1a0" * 2}
    )
    app = create_app(production)
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://t") as http:
        assert (await http.get("/docs")).status_code == 404
        assert (await http.get("/openapi.json")).status_code == 404
        assert (await http.get("/health/live")).status_code == 200


async def test_a_database_outage_is_a_fast_503(settings: Settings, factory: Factory) -> None:
    user = await factory.user()
    down = settings.model_copy(update={"database_url": Settings.use_async_driver(UNREACHABLE)})
    app = create_app(down)
    cookie = {down.access_cookie_name: mint_token(user, down.jwt_secret)}
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://t", cookies=cookie
    ) as http:
        started = time.monotonic()
        response = await http.get("/users/me")
        assert response.status_code == 503
        assert "database is unavailable" in response.json()["detail"]
        assert response.headers["retry-after"] == "2"
        health = await http.get("/health")
        assert health.status_code == 503
        assert health.json() == {"status": "unavailable", "database": "unreachable"}
        assert time.monotonic() - started < 10
    await app.state.database.dispose()


async def test_a_runaway_query_is_cancelled_with_a_clear_503(
    settings: Settings, database: Database
) -> None:
    """statement_timeout cancels a slow statement; the API answers 503 with a useful message."""
    app = create_app(settings)
    app.state.database = database

    async def slow(session: SessionDep) -> dict[str, str]:
        # A write's session holds a transaction, so SET LOCAL lasts until its end.
        await run_core(session, text("SET LOCAL statement_timeout = 50"))
        await run_core(session, text("SELECT pg_sleep(2)"))
        return {"never": "reached"}

    async def slow_read() -> dict[str, str]:
        # A session-less read's settings cover the statements of its own round trip.
        sleep = Query(Compiled("SELECT pg_sleep(2)", {}), {})
        await read(database, [local_settings({"statement_timeout": "50"}), sleep])
        return {"never": "reached"}

    app.add_api_route("/slow", slow, methods=["POST"])
    app.add_api_route("/slow-read", slow_read)
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://t") as http:
        for response in (await http.post("/slow"), await http.get("/slow-read")):
            assert response.status_code == 503
            assert response.json() == {"detail": TOO_SLOW, "code": "request_too_slow"}


async def test_a_read_survives_connections_the_server_closed(
    client: AsyncClient, database: Database, factory: Factory
) -> None:
    """No ping before each read: a pooled connection the server closed (a restart, an idle timeout) is found
    out by the read itself, the pool drops it and every other dead one, and the visitor still gets the page."""
    await factory.gig(title="A gig to list after the restart")
    assert (await client.get("/gigs")).status_code == 200  # the read pool now holds a connection
    pool = await database.reads()
    await pool.check()  # only live connections from here: an earlier test may have ended some
    async with pool.connection() as connection:
        # Cut the connection under the pool's feet, as a restarting server (or PgBouncer) does: the pool
        # still counts it as idle, and the next read is the first to find out.
        cut = socket.socket(fileno=os.dup(connection.pgconn.socket))
        cut.shutdown(socket.SHUT_RDWR)
        cut.close()
    response = await client.get("/gigs")
    assert response.status_code == 200, response.text
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["A gig to list after the restart"]
    # A read of one statement goes without a pipeline: it survives a dead connection the same way.
    await pool.check()
    async with pool.connection() as connection:
        cut = socket.socket(fileno=os.dup(connection.pgconn.socket))
        cut.shutdown(socket.SHUT_RDWR)
        cut.close()
    assert await read(database, [Query(Compiled("SELECT 41 + 1", {}), {})]) == [[(42,)]]
