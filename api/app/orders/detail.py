"""One order as its page shows it: the order, its timeline, proofs, disputes and reviews, for one viewer."""

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Dispute, OrderEvent, PaymentProof
from app.orders.deadlines import Deadlines
from app.orders.queries import LoadedOrder, to_out
from app.orders.schemas import DisputeOut, OrderDetail, OrderEventOut, PaymentProofOut
from app.orders.state_machine import available_actions
from app.orders.statuses import OrderStatus
from app.reviews.schemas import ReviewOut
from app.reviews.service import list_reviews


def build_detail(
    loaded: LoadedOrder,
    events: list[OrderEvent],
    proofs: list[PaymentProof],
    disputes: list[Dispute],
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


async def load_detail(
    session: AsyncSession, loaded: LoadedOrder, deadlines: Deadlines
) -> OrderDetail:
    order_id = loaded.order.id
    events = await session.exec(
        select(OrderEvent)
        .where(col(OrderEvent.order_id) == order_id)
        .order_by(col(OrderEvent.created_at), col(OrderEvent.id))
    )
    proofs = await session.exec(
        select(PaymentProof)
        .where(col(PaymentProof.order_id) == order_id)
        .order_by(col(PaymentProof.submitted_at))
    )
    disputes = await session.exec(
        select(Dispute).where(col(Dispute.order_id) == order_id).order_by(col(Dispute.created_at))
    )
    # Reviews open only once an order is completed (and it never leaves that state).
    reviews: list[ReviewOut] = []
    if loaded.order.status is OrderStatus.COMPLETED:
        reviews = (await list_reviews(session, limit=2, cursor=None, order_id=order_id)).items
    return build_detail(
        loaded, list(events.all()), list(proofs.all()), list(disputes.all()), reviews, deadlines
    )
