"""Schemathesis over the whole API, signed out and signed in, against a real uvicorn process: no input it
generates — valid or not — may produce a 5xx, an undocumented status, or a body its schema does not allow.

Run by `make test-schemathesis` (part of `make test`), not by the plain suite: it takes a minute or two and
needs no second run through PgBouncer. Examples are bounded and generated deterministically, so a failure
reproduces on the next run.
"""

import re
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from httpx import AsyncClient

from app.core.config import Settings
from tests.conftest import FRONTEND_ORIGIN
from tests.factories import Factory
from tests.orders_helpers import make_deal
from tests.servers import api_server

pytestmark = [pytest.mark.asyncio, pytest.mark.fuzz]

EXAMPLES_PER_OPERATION = "25"
CHECKS = "not_a_server_error,response_schema_conformance,status_code_conformance"
# Signed in, "sign out everywhere" would revoke the very token the rest of the run uses (and then every
# operation would answer 401); it is fuzzed signed out here, and tests/test_revocation.py covers it signed in.
SIGNED_IN_EXCLUDED = "/users/me/sign-out-everywhere"


@pytest.fixture(scope="module")
def server(settings: Settings, migrated: None) -> Iterator[str]:
    with api_server(settings) as base:
        yield base


def schemathesis(server: str, who: str, *extra: str) -> str:
    st = shutil.which("st")
    assert st is not None, "schemathesis is a dev dependency of the API (uv sync installs it)"
    result = subprocess.run(  # noqa: S603  # our own tool and arguments
        [
            st, "run", f"{server}/openapi.json",
            "--checks", CHECKS,
            "--max-examples", EXAMPLES_PER_OPERATION,
            "--generation-deterministic",
            "--workers", "1",  # hypothesis parses lambdas' source in threads unsafely on Python 3.11
            "--no-color",
            "--header", f"Origin: {FRONTEND_ORIGIN}",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )  # fmt: skip
    summary = "\n".join(
        line
        for line in result.stdout.splitlines()
        if re.search(r"generated|Selected|Failures|❌", line)
    )
    print(f"\nschemathesis, {who}:\n{summary}")
    assert result.returncode == 0, result.stdout[-20_000:]
    return result.stdout


async def test_signed_out(server: str) -> None:
    output = schemathesis(server, "signed out")
    assert "passed" in output


async def test_signed_in_as_an_admin_with_orders(
    server: str, factory: Factory, client: AsyncClient
) -> None:
    deal = await make_deal(factory, client)
    await deal.place()
    deal.client.is_admin = True
    factory.session.add(deal.client)
    await factory.session.commit()
    token = factory.token_for(deal.client)
    output = schemathesis(
        server,
        "signed in as an admin",
        "--header", f"Cookie: access_token={token}",
        "--exclude-path", SIGNED_IN_EXCLUDED,
    )  # fmt: skip
    assert "Authentication failed" not in output
