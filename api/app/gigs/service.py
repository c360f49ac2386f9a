"""Gig rules: who may see, create, change and delete a gig."""

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import Conflict, Forbidden, NotFound
from app.gigs.schemas import FreelancerSummary, GigCreate, GigOut, GigUpdate
from app.gigs.search import Viewer
from app.models import Gig, Order, User

HAS_ORDERS = "This gig has orders, so it cannot be deleted. Deactivate it instead."


def viewer_of(user: User | None) -> Viewer:
    return Viewer() if user is None else Viewer(user_id=user.id, is_admin=user.is_admin)


def to_out(gig: Gig, freelancer: User) -> GigOut:
    return GigOut.model_validate(
        {
            **gig.model_dump(),
            "freelancer": FreelancerSummary(
                id=freelancer.id, full_name=freelancer.full_name, avatar_url=freelancer.avatar_url
            ),
        }
    )


def row_to_out(row: Any) -> GigOut:
    """A row of `search_gigs` (gig columns plus the freelancer's name and avatar)."""
    data = dict(row)
    data["freelancer"] = FreelancerSummary(
        id=data["freelancer_id"],
        full_name=data.pop("freelancer_name"),
        avatar_url=data.pop("freelancer_avatar_url"),
    )
    return GigOut.model_validate(data)


async def _load(session: AsyncSession, gig_id: uuid.UUID) -> tuple[Gig, User]:
    row = (
        await session.exec(
            select(Gig, User)
            .join(User, col(User.id) == col(Gig.freelancer_id))
            .where(col(Gig.id) == gig_id)
        )
    ).first()
    if row is None:
        raise NotFound("Gig not found")
    return row


def _is_visible(gig: Gig, freelancer: User, viewer: User | None) -> bool:
    if gig.is_active and not freelancer.is_banned:
        return True
    return viewer is not None and (viewer.is_admin or viewer.id == gig.freelancer_id)


async def visible_gig(
    session: AsyncSession, gig_id: uuid.UUID, viewer: User | None
) -> tuple[Gig, User]:
    """The gig and its freelancer, if `viewer` may see it; what hangs off a gig (its reviews) asks here too."""
    gig, freelancer = await _load(session, gig_id)
    if not _is_visible(gig, freelancer, viewer):
        raise NotFound("Gig not found")  # an inactive gig does not exist for the public
    return gig, freelancer


async def get_gig(session: AsyncSession, gig_id: uuid.UUID, viewer: User | None) -> GigOut:
    return to_out(*await visible_gig(session, gig_id, viewer))


async def create_gig(session: AsyncSession, freelancer: User, data: GigCreate) -> GigOut:
    gig = Gig(freelancer_id=freelancer.id, **data.model_dump())
    session.add(gig)
    await session.flush()
    await session.refresh(gig)
    return to_out(gig, freelancer)


async def _owned(session: AsyncSession, gig_id: uuid.UUID, owner: User) -> tuple[Gig, User]:
    gig, freelancer = await _load(session, gig_id)
    if gig.freelancer_id != owner.id:
        if not _is_visible(gig, freelancer, owner):
            raise NotFound("Gig not found")
        raise Forbidden("Only the gig's owner can change it")
    return gig, freelancer


async def update_gig(
    session: AsyncSession, gig_id: uuid.UUID, owner: User, changes: GigUpdate
) -> GigOut:
    gig, freelancer = await _owned(session, gig_id, owner)
    for name, value in changes.model_dump(exclude_unset=True).items():
        if value is None:
            continue  # every editable gig field is required; null means "leave as is"
        setattr(gig, name, value)
    session.add(gig)
    await session.flush()
    await session.refresh(gig)
    return to_out(gig, freelancer)


async def delete_gig(session: AsyncSession, gig_id: uuid.UUID, owner: User) -> None:
    gig, _ = await _owned(session, gig_id, owner)
    has_orders = await session.scalar(sa.select(sa.exists().where(col(Order.gig_id) == gig.id)))
    if has_orders:
        raise Conflict(HAS_ORDERS)
    try:
        # A savepoint: an order placed at this very moment trips the RESTRICT foreign key.
        async with session.begin_nested():
            await session.delete(gig)
    except IntegrityError as exc:
        raise Conflict(HAS_ORDERS) from exc
