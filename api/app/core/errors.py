"""Domain errors and the error body of DESIGN §8. Services raise these (they never import FastAPI); the
handlers in `app.core.error_handlers` turn them into `{"detail", "code"}` responses (422s add `errors`)."""

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    detail: str = Field(description="What went wrong, in a sentence for a person.")
    code: str = Field(description="A stable snake_case name for programs to switch on.")


class FieldError(BaseModel):
    field: str = Field(
        description="Where: `price`, `items.0.name`; empty for the request as a whole."
    )
    message: str


class ValidationErrorOut(ErrorOut):
    errors: list[FieldError]


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
    """A rule the schema cannot express (an amount that must equal the price, say); `field` names the input."""

    status_code = 422
    default_code = "invalid_input"

    def __init__(self, detail: str, code: str | None = None, *, field: str = "") -> None:
        super().__init__(detail, code)
        self.field = field


class LengthRequired(DomainError):
    status_code = 411
    default_code = "length_required"


class PayloadTooLarge(DomainError):
    status_code = 413
    default_code = "file_too_large"


class UnsupportedMediaType(DomainError):
    status_code = 415
    default_code = "unsupported_file_type"


class TooManyRequests(DomainError):
    status_code = 429
    default_code = "rate_limited"


DESCRIPTIONS = {
    400: "The request could not be read",
    401: "Not signed in, or the session has ended",
    403: "Signed in, but not allowed (or the account is suspended)",
    404: "No such thing, or not yours to see",
    409: "Conflicts with the current state (an illegal transition, a duplicate)",
    411: "The upload must say its length (Content-Length)",
    413: "The file is larger than the limit",
    415: "The file's type, read from its bytes, is not one that is accepted",
    422: "Invalid input: `errors` says which fields and why",
    429: "Too many requests; try again later",
    503: "The database is unavailable, or the request took too long",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI entries for the errors a route may return: every one has the body of DESIGN §8."""
    return {
        code: {
            "model": ValidationErrorOut if code == 422 else ErrorOut,
            "description": DESCRIPTIONS.get(code, "Error"),
        }
        for code in codes
    }
