"""Hot reads in one round trip: no ORM, no transaction block, statements compiled once.

A public listing is read by every visitor on every page, so what it costs in Python decides how many
visitors one process serves. The ordinary path (an ORM session) spends a round trip each on BEGIN,
the statement-timeout setting, every query and COMMIT, and SQLAlchemy's execution machinery on top.
Here:
- a statement is built with SQLAlchemy once per shape and compiled to the driver's SQL text once
  (`Compiled`); a request only binds values;
- the connection comes from a psycopg pool of autocommit connections (`Database.read_pool`: no
  SQLAlchemy layer per checkout), and sends its settings and every statement in one pipeline: one
  round trip, and one implicit transaction, so
  `set_config(..., is_local => true)` covers exactly those statements and nothing after them
  (safe behind PgBouncer in transaction mode);
- rows come back as tuples; PostgreSQL builds whatever JSON the response carries.

A pooled connection the server has closed (a restart, an idle timeout) is found out by the first
statement rather than by a ping before every request: the pool then checks its idle connections once,
dropping the dead ones, and the read is retried on a live one.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
import sqlalchemy as sa
from psycopg_pool import AsyncConnectionPool, PoolTimeout
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from app.core.db import Database

# The dialect the engine uses: its compiler writes psycopg's `%(name)s` parameters and the casts
# (`::VARCHAR(24)[]`) server-side binding needs.
_DIALECT = sa.make_url("postgresql+psycopg://").get_dialect()()


@dataclass(frozen=True, slots=True)
class Compiled:
    """A SQLAlchemy statement as the driver's SQL text, the values of its literal parameters, and the
    conversions its parameters' types make on the way in (an array's items), as SQLAlchemy would."""

    sql: str
    defaults: Mapping[str, Any]
    processors: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)

    @classmethod
    def of(cls, statement: ClauseElement) -> "Compiled":
        compiled = statement.compile(dialect=_DIALECT)
        assert isinstance(compiled, SQLCompiler)  # a statement compiles to SQL
        if "POSTCOMPILE" in compiled.string:
            raise TypeError("an expanding IN (...) parameter: use = ANY(array) instead")
        processors = {
            name: processor
            for bind, name in compiled.bind_names.items()
            if (processor := bind.type.dialect_impl(_DIALECT).bind_processor(_DIALECT))
        }
        return cls(compiled.string, dict(compiled.params), processors)

    def bind(self, values: Mapping[str, Any]) -> dict[str, Any]:
        bound = {**self.defaults, **values}
        for name, processor in self.processors.items():
            if bound.get(name) is not None:
                bound[name] = processor(bound[name])
        return bound


@dataclass(frozen=True, slots=True)
class Query:
    compiled: Compiled
    values: Mapping[str, Any]
    # False: never prepared on the connection (psycopg's default prepares a statement after its fifth run),
    # so PostgreSQL plans it for these very values, as it does a statement whose best plan depends on them.
    prepare: bool | None = None


def local_settings(settings: Mapping[str, str]) -> Query | None:
    """`set_config` for each setting, local to the read's implicit transaction."""
    if not settings:
        return None
    calls = ", ".join(
        f"set_config(%(name_{i})s, %(value_{i})s, true)" for i in range(len(settings))
    )
    values: dict[str, Any] = {}
    for i, (name, value) in enumerate(settings.items()):
        values[f"name_{i}"], values[f"value_{i}"] = name, value
    return Query(Compiled(f"SELECT {calls}", {}), values)


Rows = list[tuple[Any, ...]]


async def _pipeline(
    connection: psycopg.AsyncConnection[Any], queries: Sequence[Query]
) -> list[Rows]:
    if len(queries) == 1:
        # One statement is one round trip without a pipeline too, and psycopg does less work for it.
        [query] = queries
        cursor = connection.cursor()
        await cursor.execute(
            query.compiled.sql, query.compiled.bind(query.values), prepare=query.prepare
        )
        return [await cursor.fetchall()]
    cursors = [connection.cursor() for _ in queries]
    async with connection.pipeline():
        for cursor, query in zip(cursors, queries, strict=True):
            await cursor.execute(
                query.compiled.sql, query.compiled.bind(query.values), prepare=query.prepare
            )
    # Leaving the pipeline sent its Sync and collected every result.
    return [await cursor.fetchall() for cursor in cursors]


async def _read_once(pool: AsyncConnectionPool, queries: Sequence[Query]) -> list[Rows]:
    async with pool.connection() as connection:
        return await _pipeline(connection, queries)


async def read(database: Database, queries: Sequence[Query | None]) -> list[Rows]:
    """Every query's rows, in order, in one round trip (a `None` is skipped and answers `[]`).

    Errors surface as SQLAlchemy's (`OperationalError`, ...), which the app's handlers already map to
    503 "database unavailable" or "request too slow"."""
    present = [query for query in queries if query is not None]
    pool = await database.reads()
    try:
        try:
            results = await _read_once(pool, present)
        except psycopg.OperationalError as exc:
            if not _connection_lost(exc):
                raise
            await pool.check()  # drops every idle connection the server closed too
            results = await _read_once(pool, present)
    except psycopg.Error as exc:
        raise DBAPIError.instance(
            ";\n".join(query.compiled.sql for query in present),
            None,
            exc,
            psycopg.Error,
            connection_invalidated=False,
        ) from exc
    found = iter(results)
    return [next(found) if query is not None else [] for query in queries]


def _connection_lost(exc: psycopg.OperationalError) -> bool:
    """A connection the server closed, rather than a query it cancelled (a statement timeout)."""
    if isinstance(exc, PoolTimeout | psycopg.errors.QueryCanceled):
        return False  # no connection to be had, or a statement timeout: retrying would not help
    return exc.sqlstate in (None, "57P01")
