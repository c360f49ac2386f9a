"""One order as its page shows it: the order, its timeline, proofs, disputes and reviews, for one viewer."""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy import JSON
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import run_core
from app.orders.deadlines import Deadlines
from app.orders.queries import LoadedOrder, to_out
from app.orders.schemas import DisputeOut, OrderDetail, OrderEventOut, PaymentProofOut
from app.orders.state_machine import available_actions
from app.orders.statuses import OrderStatus
from app.reviews.schemas import ReviewOut
from app.reviews.service import list_reviews


# The lists' items: the tables' objects, or their columns as mappings (what `load_detail` reads).
def build_detail(
    loaded: LoadedOrder,
    events: Sequence[object],
    proofs: Sequence[object],
    disputes: Sequence[object],
    reviews: list[ReviewOut],
    deadlines: Deadlines,
) -> OrderDetail:
    order, client, freelancer, has_open_dispute, role = loaded
    base = to_out(order, client, freelancer, has_open_dispute, deadlines)
    return OrderDetail(
        **base.model_dump(),
        payment_instructions=freelancer.payment_instructions,
        requirements=order.requirements,
        events=[OrderEventOut.model_validate(event) for event in events],
        payment_proofs=[PaymentProofOut.model_validate(proof) for proof in proofs],
        disputes=[DisputeOut.model_validate(dispute) for dispute in disputes],
        reviews=reviews,
        viewer_role=role,
        available_actions=available_actions(order.status, role),
    )


# The timeline, proofs and disputes of an order as JSON, built by PostgreSQL, that the response models read like
# rows (timestamps in ISO form, amounts as text so no digit is lost). `{order}` is what names the order: a
# parameter here, the loaded row's id where a move reads them with the order (app/orders/queries.py).
EVENTS_JSON = """
    (SELECT coalesce(json_agg(json_build_object(
               'action', action, 'from_status', from_status, 'to_status', to_status,
               'actor_id', actor_id, 'reason', reason, 'files', files, 'created_at', created_at)
             ORDER BY created_at, id), '[]')
     FROM order_events WHERE order_id = {order})"""
PROOFS_JSON = """
    (SELECT coalesce(json_agg(json_build_object(
               'id', id, 'proof_reference', proof_reference, 'payer_name', payer_name,
               'amount', amount::text, 'submitted_at', submitted_at, 'verified', verified,
               'rejected_at', rejected_at, 'files', files)
             ORDER BY submitted_at), '[]')
     FROM payment_proofs WHERE order_id = {order})"""
DISPUTES_JSON = """
    (SELECT coalesce(json_agg(json_build_object(
               'id', id, 'order_id', order_id, 'opened_by', opened_by, 'reason', reason,
               'status', status, 'resolution', resolution, 'created_at', created_at,
               'resolved_at', resolved_at)
             ORDER BY created_at), '[]')
     FROM disputes WHERE order_id = {order})"""


def order_lists(order: str) -> tuple[str, str, str]:
    """The three lists' subqueries for the order `order` names (SQL: a parameter or a column)."""
    return (
        EVENTS_JSON.format(order=order),
        PROOFS_JSON.format(order=order),
        DISPUTES_JSON.format(order=order),
    )


_LISTS = sa.text(
    "SELECT {} AS events, {} AS proofs, {} AS disputes".format(*order_lists(":order_id"))
).columns(events=JSON, proofs=JSON, disputes=JSON)


async def load_detail(
    session: AsyncSession, loaded: LoadedOrder, deadlines: Deadlines
) -> OrderDetail:
    order_id = loaded.order.id
    lists = (await run_core(session, _LISTS.bindparams(order_id=order_id))).one()
    # Reviews open only once an order is completed (and it never leaves that state).
    reviews: list[ReviewOut] = []
    if loaded.order.status is OrderStatus.COMPLETED:
        reviews = (await list_reviews(session, limit=2, cursor=None, order_id=order_id)).items
    return build_detail(loaded, lists.events, lists.proofs, lists.disputes, reviews, deadlines)
