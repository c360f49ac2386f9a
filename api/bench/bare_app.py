"""The second ceiling of `make bench-gigs`: a bare FastAPI app with one route, the same `/health/live` as the
API's, served by the same uvicorn settings. What the API adds to every request (middleware, logging,
dependencies) is the difference between the two."""

from typing import Literal

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class LiveOut(BaseModel):
    status: Literal["ok"]


@app.get("/health/live", response_model=LiveOut)
async def live() -> LiveOut:
    return LiveOut(status="ok")
