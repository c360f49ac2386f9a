"""Every error leaves the API with the body of DESIGN §8 — `{"detail", "code"}`, plus `errors` on a 422 —
whoever raised it: a service (DomainError), FastAPI's validation, routing (404, 405), or the database."""

import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from psycopg.errors import QueryCanceled
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException

from app.core.errors import DomainError, InvalidInput

logger = logging.getLogger(__name__)

DATABASE_UNAVAILABLE = "The database is unavailable right now; please try again in a moment"
TOO_SLOW = "This request took too long to answer; try narrowing it (fewer words, a filter)"
# FastAPI raises HTTPException(400) when a body cannot be parsed at all (not JSON, not UTF-8): that is invalid
# input like any other, so it is answered as a 422 (one documented shape for "your input is wrong").
UNREADABLE_BODY = (
    "The request body could not be read; send JSON with Content-Type: application/json"
)
# Locations FastAPI puts in front of the field name; people only need the field.
_SOURCES = {"body", "query", "path", "header", "cookie"}
_PYDANTIC_PREFIXES = ("Value error, ", "Assertion failed, ")
MAX_ERRORS = 20


def error_body(
    detail: str, code: str, errors: Sequence[dict[str, str]] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"detail": detail, "code": code}
    if errors is not None:
        body["errors"] = list(errors)
    return body


def field_of(location: Iterable[Any]) -> str:
    parts = [str(part) for part in location]
    if parts and parts[0] in _SOURCES:
        parts = parts[1:]
    return ".".join(parts)


def readable(message: str) -> str:
    for prefix in _PYDANTIC_PREFIXES:
        message = message.removeprefix(prefix)
    return message


async def domain_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    headers = {"WWW-Authenticate": "Cookie"} if exc.status_code == 401 else None
    errors = None
    if isinstance(exc, InvalidInput):
        errors = [{"field": exc.field, "message": exc.detail}]
    return JSONResponse(
        error_body(exc.detail, exc.code, errors), status_code=exc.status_code, headers=headers
    )


async def validation_error_handler(_: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422 without echoing the input back: an input such as NaN or 1e309 cannot even be written
    as JSON, and a person needs the field and the reason, not the value they typed."""
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": field_of(error.get("loc", ())), "message": readable(str(error.get("msg", "")))}
        for error in exc.errors()[:MAX_ERRORS]
    ]
    first = errors[0] if errors else {"field": "", "message": "Invalid input"}
    if first["message"].startswith("JSON decode error"):
        first["message"] = "The request body is not valid JSON"
    summary = f"{first['field']}: {first['message']}" if first["field"] else first["message"]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return JSONResponse(error_body(summary + more, "validation_failed", errors), status_code=422)


_PATH_PARAM = re.compile(r"\\\{[^/]+?\\\}")


@lru_cache(maxsize=8)
def _method_table(app: FastAPI) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """(path pattern, methods) for every documented path, built once per app from its OpenAPI document."""
    return tuple(
        (
            re.compile("^" + _PATH_PARAM.sub("[^/]+", re.escape(path)) + "$"),
            frozenset(method.upper() for method in operations),
        )
        for path, operations in app.openapi()["paths"].items()
    )


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette's own 405 names only the first route's)."""
    methods: set[str] = set()
    for pattern, path_methods in _method_table(request.app):
        if pattern.match(request.url.path):
            methods |= path_methods
    return sorted(methods)


async def http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400:
        return JSONResponse(
            error_body(
                UNREADABLE_BODY, "validation_failed", [{"field": "", "message": UNREADABLE_BODY}]
            ),
            status_code=422,
        )
    if exc.status_code == 405:
        allow = allowed_methods(request)
        return JSONResponse(
            error_body(f"This address answers {', '.join(allow)} only", "method_not_allowed"),
            status_code=405,
            headers={"Allow": ", ".join(allow)},
        )
    if exc.status_code == 404:
        return JSONResponse(error_body("There is nothing at this address", "not_found"), 404)
    detail = exc.detail if isinstance(exc.detail, str) else "Request failed"
    return JSONResponse(
        error_body(detail, "http_error"), status_code=exc.status_code, headers=exc.headers
    )


async def database_unavailable_handler(_: Request, exc: Exception) -> JSONResponse:
    """A database that is restarting or waking up (Neon scales to zero) fails fast with 503 instead of
    hanging; the pool drops a connection that failed, so the next request after recovery gets a fresh one."""
    if isinstance(getattr(exc, "orig", None), QueryCanceled):
        # statement_timeout fired: the database is fine, this request asked too much of it.
        return JSONResponse(
            error_body(TOO_SLOW, "request_too_slow"), status_code=503, headers={"Retry-After": "1"}
        )
    logger.warning("database unavailable: %s", type(exc).__name__)
    return JSONResponse(
        error_body(DATABASE_UNAVAILABLE, "database_unavailable"),
        status_code=503,
        headers={"Retry-After": "2"},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, domain_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(HTTPException, http_error_handler)
    # Connection-level failures only (refused, dropped, pool exhausted); a constraint violation or a
    # bug is not an outage and stays a 500 with its traceback in the logs.
    app.add_exception_handler(OperationalError, database_unavailable_handler)
    app.add_exception_handler(InterfaceError, database_unavailable_handler)
    app.add_exception_handler(PoolTimeoutError, database_unavailable_handler)
