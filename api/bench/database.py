"""What every Python bench needs: a migrated database of its own on the server of DATABASE_URL, dropped afterwards,
and percentiles of what it measured."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import psycopg
from alembic import command

from tests.conftest import alembic_config


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@contextmanager
def bench_database(prefix: str) -> Iterator[str]:
    """Create `<prefix>_<pid>` next to DATABASE_URL's database, migrate it, yield its URL, drop it."""
    server_url = os.environ["DATABASE_URL"]
    name = f"{prefix}_{os.getpid()}"
    admin = with_database(server_url, "postgres").replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = with_database(server_url, name)
    try:
        command.upgrade(alembic_config(url), "head")
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
