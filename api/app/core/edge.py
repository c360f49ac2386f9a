"""The one middleware every request passes through (pure ASGI: no task hop, one look at the headers).

It gives the request its id (the caller's when it sent a sane one, else a fresh one) for the response and every
log line, times it for the access log, and hands it on. A request sent by a browser page carries an Origin header:
only those go through the Origin guard (CSRF) and Starlette's CORS. Without an Origin (Next.js on the server,
scripts, health checks) the guard has nothing to refuse and CORS nothing to add but `Vary: Origin`, added here, so
that a cache never serves one kind of answer to the other.
"""

import random
import re
import time

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.observability import log_access, logs_access, request_id_var
from app.core.origin_guard import OriginGuard

_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_VARY_ORIGIN = (b"vary", b"Origin")


class Edge:
    def __init__(self, app: ASGIApp, allowed_origins: list[str]) -> None:
        self.app = app
        # Outermost first: CORS answers preflights before the Origin guard sees the request.
        self.browser_app = CORSMiddleware(
            OriginGuard(app, allowed_origins=allowed_origins),
            allow_origins=allowed_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Content-Type", "Idempotency-Key", "X-Request-ID"],
            expose_headers=["X-Request-ID"],
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming_id, from_a_page = _read_headers(scope["headers"])
        request_id = incoming_id or _fresh_id()
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500
        added = [(b"x-request-id", request_id.encode())]
        if not from_a_page:
            added.append(_VARY_ORIGIN)

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), *added]
            await send(message)

        try:
            await (self.browser_app if from_a_page else self.app)(scope, receive, send_with_id)
        finally:
            # Checked first: with the access log off (the benches), not even its fields are built.
            if logs_access():
                log_access(scope, status, started)
            request_id_var.reset(token)


def _read_headers(headers: list[tuple[bytes, bytes]]) -> tuple[str | None, bool]:
    """The caller's request id when it is sane, and whether an Origin header came with the request."""
    request_id: str | None = None
    has_origin = False
    for name, value in headers:
        if name == b"x-request-id" and request_id is None:
            incoming = value.decode("latin-1")
            request_id = incoming if _SAFE_ID.match(incoming) else ""
        elif name == b"origin":
            has_origin = True
    return request_id or None, has_origin


def _fresh_id() -> str:
    # An id to find a request's log lines by, not a secret: the process's own generator is enough, and it costs
    # no system call (os.urandom) per request.
    return f"{random.getrandbits(64):016x}"
