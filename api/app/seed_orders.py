"""Demo orders so a new visitor sees a living marketplace: finished work with reviews both ways,
an order being worked on with an open dispute for the admin, and one waiting for payment."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Dispute, Gig, Order, OrderEvent, PaymentProof, Review, User
from app.orders.references import new_reference_code
from app.orders.statuses import OrderStatus, PaymentStatus
from app.reviews.service import refresh_gig_rating

S = OrderStatus
LIFECYCLE = [
    (None, S.PENDING_PAYMENT, "place"),
    (S.PENDING_PAYMENT, S.PAYMENT_SUBMITTED, "submit-payment"),
    (S.PAYMENT_SUBMITTED, S.PAYMENT_CONFIRMED, "confirm-payment"),
    (S.PAYMENT_CONFIRMED, S.IN_PROGRESS, "start-work"),
    (S.IN_PROGRESS, S.SUBMITTED, "submit-work"),
    (S.SUBMITTED, S.COMPLETED, "approve"),
]


@dataclass(frozen=True)
class DemoOrder:
    client: str
    gig_title: str
    status: OrderStatus
    client_rating: int | None = None  # the client's review of the freelancer
    client_comment: str = ""
    freelancer_rating: int | None = None
    freelancer_comment: str = ""
    dispute: str | None = None


DEMO_ORDERS = (
    DemoOrder("grace@devmarket.test", "I will build a production-ready FastAPI backend", S.COMPLETED,
              5, "Clean code, great tests, delivered a day early.", 5, "Clear brief and quick answers."),
    DemoOrder("sam@devmarket.test", "I will design a modern minimalist logo for your brand", S.COMPLETED,
              4, "Lovely concepts; one extra revision round needed.", 5, "A pleasure to work with."),
    DemoOrder("grace@devmarket.test", "I will develop a Shopify store with a custom theme", S.COMPLETED,
              5, "Our store looks fantastic and loads fast.", 4, "Paid promptly."),
    DemoOrder("sam@devmarket.test", "I will set up your AWS infrastructure with Terraform", S.IN_PROGRESS,
              dispute="No update for a week and the staging environment is still missing."),
    DemoOrder("grace@devmarket.test", "I will design your landing page in Figma", S.PENDING_PAYMENT),
)  # fmt: skip


async def ensure_orders(session: AsyncSession, users: dict[str, User]) -> int:
    clients = [users["grace@devmarket.test"].id, users["sam@devmarket.test"].id]
    if (await session.exec(select(Order.id).where(col(Order.client_id).in_(clients)))).first():
        return 0  # the demo orders exist already
    now = datetime.now(UTC)
    for index, demo in enumerate(DEMO_ORDERS):
        gig = (await session.exec(select(Gig).where(col(Gig.title) == demo.gig_title))).one()
        client = users[demo.client]
        started = now - timedelta(days=30 - index * 5)
        await _create(session, demo, gig, client, started)
    return len(DEMO_ORDERS)


async def _create(
    session: AsyncSession, demo: DemoOrder, gig: Gig, client: User, started: datetime
) -> None:
    steps = [step for step in LIFECYCLE if _reached(step[1], demo.status)]
    paid = len(steps) >= 3
    order = Order(
        gig_id=gig.id,
        client_id=client.id,
        freelancer_id=gig.freelancer_id,
        status=demo.status,
        payment_status=PaymentStatus.CONFIRMED if paid else PaymentStatus.UNPAID,
        price=gig.price,
        delivery_days=gig.delivery_days,
        gig_title=gig.title,
        reference_code=new_reference_code(),
        due_at=started + timedelta(days=1 + gig.delivery_days) if len(steps) >= 4 else None,
        created_at=started,
    )
    session.add(order)
    await session.flush()
    for hour, (origin, target, action) in enumerate(steps):
        session.add(
            OrderEvent(
                order_id=order.id,
                actor_id=client.id
                if action in ("place", "submit-payment", "approve")
                else gig.freelancer_id,
                action=action,
                from_status=origin,
                to_status=target,
                created_at=started + timedelta(hours=hour * 12),
            )
        )
    if paid:
        session.add(
            PaymentProof(
                order_id=order.id,
                proof_reference=f"demo-{order.reference_code.lower()}",
                payer_name=client.full_name,
                amount=gig.price,
                verified=True,
            )
        )
    if demo.dispute:
        session.add(Dispute(order_id=order.id, opened_by=client.id, reason=demo.dispute))
    for rating, comment, reviewer, reviewee in (
        (demo.client_rating, demo.client_comment, client.id, gig.freelancer_id),
        (demo.freelancer_rating, demo.freelancer_comment, gig.freelancer_id, client.id),
    ):
        if rating is not None:
            session.add(
                Review(
                    order_id=order.id,
                    reviewer_id=reviewer,
                    reviewee_id=reviewee,
                    rating=rating,
                    comment=comment,
                )
            )
    await session.flush()
    await refresh_gig_rating(session, gig.id)


def _reached(target: OrderStatus, final: OrderStatus) -> bool:
    order = [step[1] for step in LIFECYCLE]
    return order.index(target) <= order.index(final)
