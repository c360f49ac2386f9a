"""Refuse state-changing requests sent by pages of other sites (CSRF), before any route runs.

Browsers attach an Origin header to every cross-site POST/PUT/PATCH/DELETE. Requests without one come
from servers (Next.js Server Components, scripts) and carry no ambient browser credentials to abuse.
"""

import json

from starlette.types import ASGIApp, Receive, Scope, Send

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class OriginGuard:
    def __init__(self, app: ASGIApp, allowed_origins: list[str]) -> None:
        self.app = app
        self.allowed = frozenset(allowed_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE_METHODS:
            origin = _header(scope, b"origin")
            if origin is not None and origin.rstrip("/") not in self.allowed:
                await _forbidden(send)
                return
        await self.app(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            decoded: str = value.decode("latin-1")
            return decoded
    return None


async def _forbidden(send: Send) -> None:
    body = json.dumps(
        {"detail": "Requests from this origin are not allowed", "code": "origin_not_allowed"}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 403,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
