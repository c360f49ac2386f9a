"""Real API processes (uvicorn) and a throwaway redis-server, for tests that cross process lines."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from app.core.config import Settings

API_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until(check: Callable[[], bool], what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not become ready within {timeout} s")


@contextmanager
def api_server(
    settings: Settings, redis_url: str | None = None, extra_env: dict[str, str] | None = None
) -> Iterator[str]:
    """Start `uvicorn app.main:app` against the test database; yields its base URL."""
    port = free_port()
    env = {
        **os.environ,
        "APP_ENV": "test",
        "DATABASE_URL": settings.database_url,
        "JWT_SECRET": settings.jwt_secret,
        "FRONTEND_ORIGIN": settings.frontend_origin,
        "REDIS_URL": redis_url or "",
        **(extra_env or {}),
    }
    if not redis_url:
        env.pop("REDIS_URL")
    process = subprocess.Popen(  # noqa: S603  # our own interpreter and module, fixed arguments
        [
            sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port),
            "--ws-per-message-deflate", "false", "--ws-max-size", "65536", "--log-level", "warning",
        ],
        cwd=API_DIR,
        env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        if process.poll() is not None:
            raise RuntimeError(f"the API process exited with {process.returncode}")
        try:
            return httpx.get(f"{base}/health", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        # Generous: on a loaded 2-core CI machine a cold interpreter start can take tens of seconds.
        _wait_until(healthy, "the API server", timeout=120)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def redis_server() -> Iterator[str]:
    """A private redis-server with nothing on disk. `make test` installs Debian's package when missing."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError(
            "redis-server is not installed; run `make install` (Debian: redis-server)"
        )
    port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        process = subprocess.Popen(  # noqa: S603  # the system's redis-server, fixed arguments
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", workdir],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip

        def answering() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                    conn.sendall(b"PING\r\n")
                    return conn.recv(16).startswith(b"+PONG")
            except OSError:
                return False

        try:
            _wait_until(answering, "redis-server", timeout=10)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=10)
