"""/admin: moderation. Admin rights are read from the users row on every request."""

import uuid

from fastapi import APIRouter

from app.admin import service
from app.admin.schemas import OrderOverrideIn
from app.auth.dependencies import CurrentAdmin
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.orders import service as orders
from app.orders.schemas import OrderDetail

router = APIRouter(prefix="/admin", tags=["admin"])


@router.patch(
    "/orders/{order_id}/status",
    response_model=OrderDetail,
    responses=error_responses(401, 403, 404, 409, 422),
)
async def override_order_status(
    order_id: uuid.UUID, body: OrderOverrideIn, admin: CurrentAdmin, session: SessionDep
) -> OrderDetail:
    await service.override_order_status(session, admin, order_id, body.status, body.reason)
    return await orders.get_order(session, order_id, admin)
