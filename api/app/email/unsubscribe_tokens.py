"""The signed token of one-click unsubscribe (RFC 8058, DESIGN §11): it names a person and one switch of
their email preferences, works without sign-in, and cannot be forged or turned into another person's."""

import base64
import hashlib
import hmac
import uuid

from app.email.kinds import Preference

# A key of its own, derived from JWT_SECRET: an unsubscribe token can never pass for an access token.
_CONTEXT = b"devmarket email unsubscribe v1"


def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), _CONTEXT, hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _signature(secret: str, message: str) -> str:
    # 128 bits of HMAC-SHA256: short enough for a URL, far beyond guessing.
    return _b64(hmac.new(_key(secret), message.encode(), hashlib.sha256).digest()[:16])


def make_unsubscribe_token(secret: str, user_id: uuid.UUID, preference: Preference) -> str:
    """`<user id hex>.<preference>.<signature>`. It does not expire: the link in a mail from a year ago
    must still work, and all it can do is turn mail off."""
    message = f"{user_id.hex}.{preference.value}"
    return f"{message}.{_signature(secret, message)}"


def read_unsubscribe_token(secret: str, token: str) -> tuple[uuid.UUID, Preference] | None:
    """The person and switch a token names, or None when it is malformed or its signature is wrong."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    user_hex, preference_value, signature = parts
    if not hmac.compare_digest(_signature(secret, f"{user_hex}.{preference_value}"), signature):
        return None
    try:
        return uuid.UUID(hex=user_hex), Preference(preference_value)
    except ValueError:
        return None
