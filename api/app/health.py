"""/health: is the API up, and can it reach its database? Render's health check calls it."""

from typing import Literal

from fastapi import Response, status
from pydantic import BaseModel
from starlette.requests import HTTPConnection

from app.core.db import get_database
from app.core.routing import api_router

router = api_router(tags=["health"])

DATABASE_CHECK_TIMEOUT_SECONDS = 3


class HealthOut(BaseModel):
    status: Literal["ok", "unavailable"]
    database: Literal["ok", "unreachable"]


@router.get("/health", response_model=HealthOut, responses={503: {"model": HealthOut}})
async def health(conn: HTTPConnection, response: Response) -> HealthOut:
    if await get_database(conn).reachable(DATABASE_CHECK_TIMEOUT_SECONDS):
        return HealthOut(status="ok", database="ok")
    response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return HealthOut(status="unavailable", database="unreachable")


class LiveOut(BaseModel):
    status: Literal["ok"]


@router.get("/health/live", response_model=LiveOut)
async def live() -> LiveOut:
    """The process answers, nothing more: a liveness probe, and the benchmarks' framework ceiling."""
    return LiveOut(status="ok")
