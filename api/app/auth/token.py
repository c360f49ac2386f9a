"""Verifying the access token Better Auth's plugin mints (DESIGN §3). Pure: no database, no HTTP."""

import math
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache

import jwt

from app.core.errors import Unauthorized

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ("sub", "iat", "exp")


@dataclass(frozen=True, slots=True)
class AccessClaims:
    user_id: uuid.UUID
    issued_at: int
    expires_at: int
    # OIDC `auth_time`: when this sign-in happened, kept across refreshes — the sign-in's identity for
    # sign-out (app.auth.revocation). Tokens minted before the claim existed count from their `iat`.
    auth_time: int


def verify_access_token(token: str, secret: str) -> AccessClaims:
    """Accept only an unexpired HS256 token signed with our secret that names a user.

    A browser sends the same token with every request for its lifetime, so the signature check of each one
    is remembered (`_verified`, a pure function of the token and the secret); its expiry is checked every
    time."""
    claims = _verified(token, secret)
    if claims.expires_at <= time.time():
        raise Unauthorized("Your session has expired; please sign in again")
    return claims


@lru_cache(maxsize=4096)  # a token is under 1 KB: a few MB at most
def _verified(token: str, secret: str) -> AccessClaims:
    """Raises for a bad token (an exception is never cached, so a bad token is checked again each time)."""
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=[
                ALGORITHM
            ],  # pinned: never trust the token's own `alg` (no `none`, no RS/HS confusion)
            options={"require": list(REQUIRED_CLAIMS)},
        )
        issued_at = _integer(payload["iat"])
        return AccessClaims(
            user_id=uuid.UUID(str(payload["sub"])),
            issued_at=issued_at,
            expires_at=_integer(payload["exp"]),
            auth_time=_integer(payload.get("auth_time", issued_at)),
        )
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("Your session has expired; please sign in again") from exc
    except (jwt.InvalidTokenError, ValueError, TypeError) as exc:
        raise Unauthorized("Invalid access token") from exc


def _integer(value: object) -> int:
    """A NumericDate claim as whole seconds; anything else (a string, a boolean, NaN, ±inf) is not our token."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TypeError("a time claim must be a finite number")
    return int(value)
