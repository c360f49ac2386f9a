"""Demo orders so a new visitor sees a living marketplace: finished work with reviews both ways,
an order being worked on with an open dispute for the admin, and one waiting for payment."""

import time
from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.auth.token import AccessClaims
from app.models import Gig, Order, User
from app.orders.deadlines import Deadlines
from app.orders.schemas import OrderCreate, PaymentProofIn
from app.orders.service import place_order
from app.orders.state_machine import ACTION_ACTOR, Action, Actor
from app.orders.statuses import OrderStatus
from app.orders.transitions import open_dispute, transition
from app.reviews.schemas import ReviewCreate
from app.reviews.service import create_review

S = OrderStatus
# The way a satisfied client and a punctual freelancer take an order, through the real state machine:
# every demo order's timeline, payment proof and notifications are what the product itself writes.
HAPPY_PATH = (
    Action.SUBMIT_PAYMENT,
    Action.CONFIRM_PAYMENT,
    Action.START_WORK,
    Action.SUBMIT_WORK,
    Action.APPROVE,
)


def signed_in_as(user: User) -> AccessClaims:
    """The demo's parties act as if signed in this minute: their moves go through the same checks."""
    now = int(time.time())
    return AccessClaims(user_id=user.id, issued_at=now, expires_at=now + 60, auth_time=now)


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
    brief: str = "My brand colours are navy and coral; our current site is devmarket.test/example."


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


async def ensure_orders(session: AsyncSession, users: dict[str, User], deadlines: Deadlines) -> int:
    clients = [users["grace@devmarket.test"].id, users["sam@devmarket.test"].id]
    if (await session.exec(select(Order.id).where(col(Order.client_id).in_(clients)))).first():
        return 0  # the demo orders exist already
    by_id = {user.id: user for user in users.values()}
    for demo in DEMO_ORDERS:
        gig = (await session.exec(select(Gig).where(col(Gig.title) == demo.gig_title))).one()
        await _create(session, demo, gig, users[demo.client], by_id[gig.freelancer_id], deadlines)
    return len(DEMO_ORDERS)


async def _create(
    session: AsyncSession,
    demo: DemoOrder,
    gig: Gig,
    client: User,
    freelancer: User,
    deadlines: Deadlines,
) -> None:
    brief = OrderCreate(gig_id=gig.id, requirements=demo.brief)
    order = await place_order(session, client, brief, None, deadlines)
    party = {Actor.CLIENT: client, Actor.FREELANCER: freelancer}
    status = order.status
    for action in HAPPY_PATH:
        if status is demo.status:
            break
        proof = None
        if action is Action.SUBMIT_PAYMENT:
            proof = PaymentProofIn(
                proof_reference=f"demo-{order.reference_code}",
                payer_name=client.full_name,
                amount=order.price,
            )
        note = "Here is the finished work." if action is Action.SUBMIT_WORK else None
        moved = await transition(
            session,
            order.id,
            signed_in_as(party[ACTION_ACTOR[action]]),
            action,
            deadlines,
            proof=proof,
            reason=note,
        )
        status = moved.status
    if demo.dispute:
        await open_dispute(session, order.id, client, demo.dispute)
    for rating, comment, reviewer in (
        (demo.client_rating, demo.client_comment, client),
        (demo.freelancer_rating, demo.freelancer_comment, freelancer),
    ):
        if rating is not None:
            review = ReviewCreate(order_id=order.id, rating=rating, comment=comment)
            await create_review(session, reviewer, review)
