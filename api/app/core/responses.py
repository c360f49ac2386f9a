"""Responses whose body is already JSON (PostgreSQL wrote it): sent as they are, not parsed and re-encoded."""

from starlette.responses import Response


class JsonBytes(Response):
    media_type = "application/json"
