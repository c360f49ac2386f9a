"""Domain errors. Services raise these (they never import FastAPI); one handler turns them into
`{"detail": ...}` responses with the status code of DESIGN §8."""

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel


class ErrorOut(BaseModel):
    detail: str


class DomainError(Exception):
    status_code = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Unauthorized(DomainError):
    status_code = 401


class Forbidden(DomainError):
    status_code = 403


class NotFound(DomainError):
    status_code = 404


class Conflict(DomainError):
    status_code = 409


class InvalidInput(DomainError):
    """A rule the schema cannot express (an amount that must equal the price, say)."""

    status_code = 422


class TooManyRequests(DomainError):
    status_code = 429


async def domain_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    headers = {"WWW-Authenticate": "Cookie"} if exc.status_code == 401 else None
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, domain_error_handler)


def error_responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI entries for the errors a route may return."""
    return {code: {"model": ErrorOut} for code in codes}
