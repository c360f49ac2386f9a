"""Request and response shapes for the admin API."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from app.orders.statuses import OrderStatus

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class OrderOverrideIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal[OrderStatus.CANCELLED, OrderStatus.COMPLETED]
    reason: Reason
