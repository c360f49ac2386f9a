"""How the API's routers are made and served.

FastAPI keeps an included router as a router of its own: each request is matched against the included router,
then again against its routes, which costs every request about a sixth of what a bare FastAPI route costs in all.
Our routers take no options when they are included (their prefix, tags and responses are their own, so every
route already carries its full path and documentation), so the app serves their routes directly instead; the
committed OpenAPI document (`make check-openapi`) shows nothing else changes.
"""

from collections.abc import Iterable
from enum import Enum
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute


def operation_id(route: APIRoute) -> str:
    """Stable ids (`users-get_me`) so the generated TypeScript client keeps its names."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def api_router(
    *,
    tags: list[str | Enum],
    prefix: str = "",
    responses: dict[int | str, dict[str, Any]] | None = None,
) -> APIRouter:
    """A router whose operations get stable ids of their own, as they are never included with any."""
    return APIRouter(
        prefix=prefix, tags=tags, responses=responses, generate_unique_id_function=operation_id
    )


def serve(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """The routers' routes, served by the app's own router (before it handles its first request)."""
    for router in routers:
        app.router.routes.extend(router.routes)
