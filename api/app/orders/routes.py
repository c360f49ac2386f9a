"""/orders: placing an order, reading orders, and every lifecycle action of DESIGN §6."""

import uuid
from typing import Annotated

from fastapi import Header, Query, Response, status

from app.core.errors import error_responses
from app.core.pagination import Cursor, Limit, Page
from app.core.responses import JsonBytes
from app.core.routing import api_router
from app.deps import CurrentClaims, CurrentUser, DeadlinesDep, SessionDep, SignedInReadDep
from app.orders import my_orders, service
from app.orders.schemas import (
    DisputeOut,
    OptionalReasonIn,
    OrderCreate,
    OrderDetail,
    OrderOut,
    OrderSummary,
    PaymentProofIn,
    ReasonIn,
    WorkSubmissionIn,
)
from app.orders.state_machine import Action, Actor
from app.orders.statuses import OrderStatus
from app.orders.transitions import open_dispute, transition

router = api_router(prefix="/orders", tags=["orders"])

ACTION_ERRORS = error_responses(401, 403, 404, 409, 422)


def _answer(detail: OrderDetail) -> Response:
    """A move's answer, encoded once: returned as the model, FastAPI would dump it, validate it against the
    response model again and encode that (the route's `response_model` still documents it)."""
    return JsonBytes(detail.model_dump_json())


IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        description="Retrying with the same key returns the same order instead of a second one.",
    ),
]


@router.post(
    "",
    response_model=OrderDetail,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403, 404, 409, 422, 429),
)
async def place_order(
    body: OrderCreate,
    user: CurrentUser,
    session: SessionDep,
    deadlines: DeadlinesDep,
    idempotency_key: IdempotencyKey = None,
) -> OrderDetail:
    return await service.place_order(session, user, body, idempotency_key, deadlines)


@router.get("/my", response_model=Page[OrderOut], responses=error_responses(401, 422))
async def list_my_orders(
    signed_in: SignedInReadDep,
    deadlines: DeadlinesDep,
    role: Annotated[
        Actor | None, Query(description="client (buying) or freelancer (selling)")
    ] = None,
    order_status: Annotated[list[OrderStatus] | None, Query(alias="status")] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response:
    # Session-less, its JSON written by PostgreSQL (app/orders/my_orders.py); `Page[OrderOut]` documents it.
    page = await my_orders.list_my_orders(
        signed_in.database, signed_in.claims, deadlines, role, order_status or [], limit, cursor
    )
    return JsonBytes(page)


@router.get("/my/summary", response_model=OrderSummary, responses=error_responses(401))
async def summarize_my_orders(user: CurrentUser, session: SessionDep) -> OrderSummary:
    return await service.summarize(session, user)


@router.get("/{order_id}", response_model=OrderDetail, responses=error_responses(401, 404))
async def get_order(
    order_id: uuid.UUID, user: CurrentUser, session: SessionDep, deadlines: DeadlinesDep
) -> OrderDetail:
    return await service.get_order(session, order_id, user, deadlines)


@router.patch("/{order_id}/submit-payment", response_model=OrderDetail, responses=ACTION_ERRORS)
async def submit_payment(
    order_id: uuid.UUID,
    body: PaymentProofIn,
    claims: CurrentClaims,
    session: SessionDep,
    deadlines: DeadlinesDep,
) -> Response:
    return _answer(
        await transition(session, order_id, claims, Action.SUBMIT_PAYMENT, deadlines, proof=body)
    )


@router.patch("/{order_id}/reject-payment", response_model=OrderDetail, responses=ACTION_ERRORS)
async def reject_payment(
    order_id: uuid.UUID,
    body: ReasonIn,
    claims: CurrentClaims,
    session: SessionDep,
    deadlines: DeadlinesDep,
) -> Response:
    return _answer(
        await transition(
            session, order_id, claims, Action.REJECT_PAYMENT, deadlines, reason=body.reason
        )
    )


@router.patch("/{order_id}/confirm-payment", response_model=OrderDetail, responses=ACTION_ERRORS)
async def confirm_payment(
    order_id: uuid.UUID, claims: CurrentClaims, session: SessionDep, deadlines: DeadlinesDep
) -> Response:
    return _answer(await transition(session, order_id, claims, Action.CONFIRM_PAYMENT, deadlines))


@router.patch("/{order_id}/start-work", response_model=OrderDetail, responses=ACTION_ERRORS)
async def start_work(
    order_id: uuid.UUID, claims: CurrentClaims, session: SessionDep, deadlines: DeadlinesDep
) -> Response:
    return _answer(await transition(session, order_id, claims, Action.START_WORK, deadlines))


@router.patch("/{order_id}/submit-work", response_model=OrderDetail, responses=ACTION_ERRORS)
async def submit_work(
    order_id: uuid.UUID,
    claims: CurrentClaims,
    session: SessionDep,
    deadlines: DeadlinesDep,
    body: WorkSubmissionIn | None = None,
) -> Response:
    note, files = (body.note, body.file_ids) if body else ("", [])
    return _answer(
        await transition(
            session, order_id, claims, Action.SUBMIT_WORK, deadlines, reason=note, delivered=files
        )
    )


@router.patch("/{order_id}/request-revision", response_model=OrderDetail, responses=ACTION_ERRORS)
async def request_revision(
    order_id: uuid.UUID,
    body: ReasonIn,
    claims: CurrentClaims,
    session: SessionDep,
    deadlines: DeadlinesDep,
) -> Response:
    return _answer(
        await transition(
            session, order_id, claims, Action.REQUEST_REVISION, deadlines, reason=body.reason
        )
    )


@router.patch("/{order_id}/approve", response_model=OrderDetail, responses=ACTION_ERRORS)
async def approve(
    order_id: uuid.UUID, claims: CurrentClaims, session: SessionDep, deadlines: DeadlinesDep
) -> Response:
    return _answer(await transition(session, order_id, claims, Action.APPROVE, deadlines))


@router.patch("/{order_id}/cancel", response_model=OrderDetail, responses=ACTION_ERRORS)
async def cancel(
    order_id: uuid.UUID,
    claims: CurrentClaims,
    session: SessionDep,
    deadlines: DeadlinesDep,
    body: OptionalReasonIn | None = None,
) -> Response:
    return _answer(
        await transition(
            session, order_id, claims, Action.CANCEL, deadlines, reason=body.reason if body else ""
        )
    )


@router.post(
    "/{order_id}/dispute",
    response_model=DisputeOut,
    status_code=status.HTTP_201_CREATED,
    responses=ACTION_ERRORS,
)
async def dispute(
    order_id: uuid.UUID, body: ReasonIn, user: CurrentUser, session: SessionDep
) -> DisputeOut:
    return await open_dispute(session, order_id, user, body.reason)
