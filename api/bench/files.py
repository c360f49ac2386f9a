"""`make bench-files`: the API's memory while a 10 MiB upload streams, and how fast `/gigs` thumbnails start.

A database of its own on the server of DATABASE_URL (created, migrated, dropped), files in a temporary directory,
one uvicorn process of the real app (as production runs it). Then:

1. Memory: the process's resident set sampled every 5 ms (/proc/<pid>/status) while BENCH_UPLOADS (5) uploads of
   10 MiB stream in (after one warm-up upload), for a PDF (bytes streamed to storage) and for a 10 MiB image (decoded and re-encoded);
   printed as the idle RSS, the peak and the difference.
2. Thumbnails: 20 gigs with a cover, the first page of `GET /gigs`, then every card's `thumbnail_url` fetched the
   way a browser does (6 at a time), BENCH_ROUNDS (10) times; time to first byte p50/p95/max.
"""

import asyncio
import io
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psycopg
from PIL import Image

from app.models import User
from bench.database import bench_database, percentile
from tests.factories import mint_token

JWT_SECRET = "bench-" + "0123456789abcdef" * 4
MIB = 1024 * 1024


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def big_pdf() -> bytes:
    return b"%PDF-1.4\n" + os.urandom(10 * MIB - 100)


def big_image() -> bytes:
    """A noisy 3,000 x 1,100 PNG: almost 10 MiB that do not compress away."""
    image = Image.frombytes("RGB", (3000, 1100), os.urandom(3000 * 1100 * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def create_seller(url: str) -> User:
    """A verified seller who can publish gigs, as a `User` for `mint_token`."""
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as connection:
        row = connection.execute(
            "INSERT INTO users (email, full_name, email_verified, payment_instructions) "
            "VALUES ('bench-files@bench.devmarket.test', 'Bench Seller', true, 'IBAN XX00 1') RETURNING id"
        ).fetchone()
        assert row is not None
        return User(id=row[0], email="bench-files@bench.devmarket.test", full_name="Bench Seller")


async def measure_memory(
    http: httpx.AsyncClient, pid: int, label: str, body: bytes, count: int
) -> None:
    await asyncio.sleep(0.5)
    idle = rss_kib(pid)
    peak = idle
    done = asyncio.Event()

    async def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, rss_kib(pid))
            await asyncio.sleep(0.005)

    sampler = asyncio.create_task(sample())
    started = time.perf_counter()
    for n in range(count):
        response = await http.post(
            "/files", files={"file": (f"big{n}", body, "application/octet-stream")}
        )
        assert response.status_code == 201, response.text
    elapsed = time.perf_counter() - started
    done.set()
    await sampler
    print(
        f"{label}: {len(body) / MIB:.1f} MiB x {count}, {elapsed / count * 1000:.0f} ms each; "
        f"RSS idle {idle / 1024:.0f} MiB, peak {peak / 1024:.0f} MiB (+{(peak - idle) / 1024:.1f} MiB)"
    )


async def measure_thumbnails(http: httpx.AsyncClient, rounds: int) -> None:
    for n in range(20):
        image = Image.new("RGB", (1200, 800), (20 + n * 10, 90, 200 - n * 5))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=85)
        upload = await http.post(
            "/files", files={"file": (f"cover{n}.jpg", out.getvalue(), "image/jpeg")}
        )
        assert upload.status_code == 201, upload.text
        gig = await http.post(
            "/gigs",
            json={
                "title": f"I will build bench gig number {n}",
                "description": "A gig the benchmark creates, with a cover image of its own.",
                "price": "50.00",
                "delivery_days": 3,
                "category": "web-apps",
                "image_ids": [upload.json()["id"]],
            },
        )
        assert gig.status_code == 201, gig.text
    http.cookies.clear()  # visitors are signed out
    first_bytes: list[float] = []
    limit = asyncio.Semaphore(6)  # a browser's connections per host

    async def fetch(url: str) -> None:
        async with limit:
            started = time.perf_counter()
            async with http.stream("GET", url) as response:
                assert response.status_code == 200
                first = True
                async for _ in response.aiter_raw():
                    if first:
                        first_bytes.append((time.perf_counter() - started) * 1000)
                        first = False

    for _ in range(rounds):
        page = (await http.get("/gigs", params={"limit": 20})).json()
        urls = [item["images"][0]["thumbnail_url"] for item in page["items"]]
        assert len(urls) == 20
        await asyncio.gather(*(fetch(url) for url in urls))
    print(
        f"thumbnails on /gigs (20 cards, 6 at a time, {rounds} rounds): time to first byte "
        f"p50 {statistics.median(first_bytes):.1f} ms, p95 {percentile(first_bytes, 0.95):.1f} ms, "
        f"max {max(first_bytes):.1f} ms"
    )


async def run(base_url: str, pid: int, seller: User) -> None:
    uploads = int(os.environ.get("BENCH_UPLOADS", "5"))
    rounds = int(os.environ.get("BENCH_ROUNDS", "10"))
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:
        http.cookies.set("access_token", mint_token(seller, JWT_SECRET))
        await measure_memory(http, pid, "PDF streamed to storage", big_pdf(), uploads)
        await measure_memory(http, pid, "image decoded and re-encoded", big_image(), uploads)
        await measure_thumbnails(http, rounds)


def wait_until_up(base_url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the API exited while starting")
        try:
            if httpx.get(f"{base_url}/health/live", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the API did not start")


def main() -> None:
    port = free_port()
    with bench_database("files_bench") as url:
        seller = create_seller(url)
        env = {
            **os.environ,
            "APP_ENV": "test",
            "DATABASE_URL": url,
            "JWT_SECRET": JWT_SECRET,
            "FILES_DIR": tempfile.mkdtemp(prefix="devmarket-files-bench-"),
            "WORKER": "off",
        }
        process = subprocess.Popen(  # noqa: S603 (our own interpreter and app)
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:app",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_until_up(base_url, process)
            asyncio.run(run(base_url, process.pid, seller))
        finally:
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
