"""Review rules (PRD §5.7): only on completed orders, only by its parties, once each; the reviewee is
the other party. A client's review also updates the gig's rating, which `sort=rating` uses."""

import uuid
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import Conflict, NotFound
from app.core.pagination import NewestFirst, Page
from app.gigs.service import visible_gig
from app.models import Gig, Order, Review, User
from app.notifications.service import Kind, notify
from app.orders.queries import require_party
from app.orders.statuses import OrderStatus
from app.reviews.schemas import ReviewCreate, ReviewOut
from app.users.schemas import party

REVIEWS_PAGE = NewestFirst("reviews", col(Review.created_at), col(Review.id))


async def create_review(session: AsyncSession, reviewer: User, data: ReviewCreate) -> ReviewOut:
    order = await require_party(session, data.order_id, reviewer)
    if order.status != OrderStatus.COMPLETED:
        raise Conflict("Reviews open once the order is completed")
    reviewee_id = order.freelancer_id if reviewer.id == order.client_id else order.client_id
    review = Review(
        order_id=order.id,
        reviewer_id=reviewer.id,
        reviewee_id=reviewee_id,
        rating=data.rating,
        comment=data.comment,
    )
    try:
        async with session.begin_nested():
            session.add(review)
    except IntegrityError as exc:
        raise Conflict("You have already reviewed this order") from exc
    if reviewee_id == order.freelancer_id:
        await refresh_gig_rating(session, order.gig_id)
    await notify(session, reviewee_id, Kind.REVIEW_NEW, review_payload(order, reviewer, data))
    await session.refresh(review)
    return to_out(review, reviewer, order.gig_title)


def review_payload(order: Order, reviewer: User, data: ReviewCreate) -> dict[str, str | int]:
    """What the reviewed party's notification (and the realtime frame that refreshes their open order
    page) says: which order, who reviewed, and the rating."""
    return {
        "order_id": str(order.id),
        "reference_code": order.reference_code,
        "gig_title": order.gig_title,
        "reviewer_id": str(reviewer.id),
        "reviewer_name": reviewer.full_name,
        "rating": data.rating,
    }


async def refresh_gig_rating(session: AsyncSession, gig_id: uuid.UUID) -> None:
    """Recompute from the reviews themselves (never +=), under the gig's row lock, so concurrent
    reviews cannot lose an update."""
    await session.exec(select(Gig.id).where(col(Gig.id) == gig_id).with_for_update())
    average, count = (
        await session.exec(
            select(func.avg(Review.rating), func.count())
            .join(Order, col(Order.id) == col(Review.order_id))
            .where(col(Order.gig_id) == gig_id, col(Review.reviewee_id) == col(Order.freelancer_id))
        )
    ).one()
    gig = await session.get(Gig, gig_id)
    assert gig is not None
    gig.rating_avg = Decimal(average or 0).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    gig.rating_count = count
    session.add(gig)


def to_out(review: Review, reviewer: User, gig_title: str) -> ReviewOut:
    return ReviewOut(
        id=review.id,
        order_id=review.order_id,
        reviewer_id=review.reviewer_id,
        reviewee_id=review.reviewee_id,
        reviewer=party(reviewer),
        gig_title=gig_title,
        rating=review.rating,
        comment=review.comment,
        created_at=review.created_at,
    )


async def list_reviews(
    session: AsyncSession,
    limit: int,
    cursor: str | None,
    *,
    reviewee_id: uuid.UUID | None = None,
    gig_id: uuid.UUID | None = None,
    order_id: uuid.UUID | None = None,
) -> Page[ReviewOut]:
    query = (
        select(Review, User, Order.gig_title)
        .join(User, col(User.id) == col(Review.reviewer_id))
        .join(Order, col(Order.id) == col(Review.order_id))
    )
    if reviewee_id is not None:
        query = query.where(col(Review.reviewee_id) == reviewee_id)
    if gig_id is not None:
        query = query.where(
            col(Order.gig_id) == gig_id, col(Review.reviewee_id) == col(Order.freelancer_id)
        )
    if order_id is not None:
        query = query.where(col(Review.order_id) == order_id)
    rows = (await session.exec(REVIEWS_PAGE.apply(query, cursor, limit))).all()
    items = [to_out(review, reviewer, title) for review, reviewer, title in rows]
    return REVIEWS_PAGE.page(items, limit)


def rounded_rating(average: Decimal | None) -> Decimal:
    """An average of ratings as profiles show it: two decimals, 0 when there are none."""
    return Decimal(average or 0).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


async def rating_of(session: AsyncSession, user_id: uuid.UUID) -> tuple[Decimal, int]:
    average, count = (
        await session.exec(
            select(func.avg(Review.rating), func.count()).where(col(Review.reviewee_id) == user_id)
        )
    ).one()
    return rounded_rating(average), count


async def list_gig_reviews(
    session: AsyncSession, gig_id: uuid.UUID, viewer: User | None, limit: int, cursor: str | None
) -> Page[ReviewOut]:
    """A gig's reviews exist for whoever may see the gig: an inactive or suspended gig's are 404 too."""
    await visible_gig(session, gig_id, viewer)
    return await list_reviews(session, limit, cursor, gig_id=gig_id)


async def list_user_reviews(
    session: AsyncSession, user_id: uuid.UUID, limit: int, cursor: str | None
) -> Page[ReviewOut]:
    """A public profile's reviews; a banned or missing user has no profile and so no reviews."""
    user = await session.get(User, user_id)
    if user is None or user.is_banned:
        raise NotFound("User not found")
    return await list_reviews(session, limit, cursor, reviewee_id=user_id)
