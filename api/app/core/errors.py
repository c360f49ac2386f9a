"""Domain errors. Services raise these (they never import FastAPI); one handler turns them into
`{"detail": ...}` responses with the status code of DESIGN §8."""

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from psycopg.errors import QueryCanceled
from pydantic import BaseModel
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

logger = logging.getLogger(__name__)


class ErrorOut(BaseModel):
    detail: str
    code: str


class DomainError(Exception):
    """`detail` is a sentence for a person; `code` a stable snake_case name programs switch on (DESIGN §8).
    Each class has a default code; a raise site that clients must tell apart passes its own."""

    status_code = 400
    default_code = "bad_request"

    def __init__(self, detail: str, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.code = code or self.default_code


class Unauthorized(DomainError):
    status_code = 401
    default_code = "not_authenticated"


class Forbidden(DomainError):
    status_code = 403
    default_code = "forbidden"


class NotFound(DomainError):
    status_code = 404
    default_code = "not_found"


class Conflict(DomainError):
    status_code = 409
    default_code = "conflict"


class InvalidInput(DomainError):
    """A rule the schema cannot express (an amount that must equal the price, say)."""

    status_code = 422
    default_code = "invalid_input"


class TooManyRequests(DomainError):
    status_code = 429
    default_code = "rate_limited"


async def domain_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    headers = {"WWW-Authenticate": "Cookie"} if exc.status_code == 401 else None
    return JSONResponse(
        {"detail": exc.detail, "code": exc.code}, status_code=exc.status_code, headers=headers
    )


DATABASE_UNAVAILABLE = "The database is unavailable right now; please try again in a moment"
TOO_SLOW = "This request took too long to answer; try narrowing it (fewer words, a filter)"


async def database_unavailable_handler(_: Request, exc: Exception) -> JSONResponse:
    """A database that is restarting or waking up (Neon scales to zero) fails fast with 503 instead of
    hanging; the pool checks connections before use, so the next request after recovery succeeds."""
    if isinstance(getattr(exc, "orig", None), QueryCanceled):
        # statement_timeout fired: the database is fine, this request asked too much of it.
        return JSONResponse(
            {"detail": TOO_SLOW, "code": "request_too_slow"},
            status_code=503,
            headers={"Retry-After": "1"},
        )
    logger.warning("database unavailable: %s", type(exc).__name__)
    return JSONResponse(
        {"detail": DATABASE_UNAVAILABLE, "code": "database_unavailable"},
        status_code=503,
        headers={"Retry-After": "2"},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, domain_error_handler)
    # Connection-level failures only (refused, dropped, pool exhausted); a constraint violation or a
    # bug is not an outage and stays a 500 with its traceback in the logs.
    app.add_exception_handler(OperationalError, database_unavailable_handler)
    app.add_exception_handler(InterfaceError, database_unavailable_handler)
    app.add_exception_handler(PoolTimeoutError, database_unavailable_handler)


def error_responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI entries for the errors a route may return."""
    return {code: {"model": ErrorOut} for code in codes}
