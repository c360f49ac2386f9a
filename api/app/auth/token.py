"""Verifying the access token Better Auth's plugin mints (DESIGN §3). Pure: no database, no HTTP."""

import uuid
from dataclasses import dataclass

import jwt

from app.core.errors import Unauthorized

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ("sub", "iat", "exp")


@dataclass(frozen=True, slots=True)
class AccessClaims:
    user_id: uuid.UUID
    issued_at: int
    expires_at: int


def verify_access_token(token: str, secret: str) -> AccessClaims:
    """Accept only an unexpired HS256 token signed with our secret that names a user."""
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=[
                ALGORITHM
            ],  # pinned: never trust the token's own `alg` (no `none`, no RS/HS confusion)
            options={"require": list(REQUIRED_CLAIMS)},
        )
        return AccessClaims(
            user_id=uuid.UUID(str(payload["sub"])),
            issued_at=int(payload["iat"]),
            expires_at=int(payload["exp"]),
        )
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("Your session has expired; please sign in again") from exc
    except (jwt.InvalidTokenError, ValueError, TypeError) as exc:
        raise Unauthorized("Invalid access token") from exc
