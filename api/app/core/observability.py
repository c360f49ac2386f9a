"""Request ids and logs: one JSON line per request in production, readable text in development.

Every response carries `X-Request-ID` (given by `app.core.edge`), and every log line written
while handling the request includes it, so a user's report can be matched to the server's logs.

Writing a line to stdout can block (a slow pipe, a full buffer), and a blocked write would stall every request
the process is serving: records go through a queue instead, and one thread formats and writes them
(`QueueHandler` / `QueueListener` from the standard library).
"""

import atexit
import copy
import json
import logging
import queue
import sys
import time
from contextvars import ContextVar
from logging.handlers import QueueHandler, QueueListener

from starlette.types import Scope

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
access_logger = logging.getLogger("devmarket.access")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", request_id_var.get()),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, default=str)


class RequestQueueHandler(QueueHandler):
    """Hands records to the writer thread with what only this thread knows: the request id (a context
    variable) and the exception's traceback, formatted now while the frames are still there."""

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        record = copy.copy(record)
        record.request_id = request_id_var.get()
        record.msg, record.args = record.getMessage(), None
        if record.exc_info:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
            record.exc_info = None
        return record


_TRACEBACKS = logging.Formatter()
_listener: QueueListener | None = None


def configure_logging(json_lines: bool) -> None:
    """Idempotent: the app (and the test suite, building many) may call it again; one writer thread runs."""
    global _listener
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(
        JsonFormatter()
        if json_lines
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    if _listener is not None:
        _listener.stop()  # flushes what is queued
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    _listener = QueueListener(records, handler)
    _listener.start()
    root = logging.getLogger()
    root.handlers[:] = [RequestQueueHandler(records)]
    root.setLevel(logging.INFO)
    # Our access log replaces uvicorn's, which knows no request id.
    logging.getLogger("uvicorn.access").disabled = json_lines


@atexit.register
def _flush_logs() -> None:
    if _listener is not None:
        _listener.stop()


def logs_access() -> bool:
    """Whether the access log is on (the benches turn it off)."""
    return access_logger.isEnabledFor(logging.INFO)


def log_access(scope: Scope, status: int, started: float) -> None:
    method, path = (
        scope["method"],
        scope["path"],
    )  # no query string: it may carry search terms or cursors
    fields = {
        "method": method,
        "path": path,
        "status": status,
        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
    }
    access_logger.info("%s %s %s", method, path, status, extra={"fields": fields})
