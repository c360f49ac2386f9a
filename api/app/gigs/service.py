"""Gig rules: who may see, create, change and delete a gig."""

import uuid
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.auth.viewer import SignedIn
from app.core.db import Database
from app.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.core.pagination import page_json
from app.core.reads import read
from app.files.attach import attach
from app.gigs.favorite_flags import mark
from app.gigs.moderation import ModerationStatus
from app.gigs.schemas import GigCreate, GigFilters, GigOut, GigUpdate
from app.gigs.search import Viewer, search_gigs
from app.gigs.taxonomy import check_leaf, leaves_under
from app.models import Attachment, Gig, Order, User
from app.users.schemas import party

HAS_ORDERS = "This gig has orders, so it cannot be deleted. Deactivate it instead."
EMAIL_NOT_VERIFIED = "Verify your email address to publish gigs"
SUSPENDED = (
    "This gig was suspended by moderation, so only an admin can make it active again. "
    "You can still edit it."
)
NO_PAYMENT_INSTRUCTIONS = (
    "Add your payment instructions in Settings → Profile before publishing a gig: clients pay you "
    "directly, so they need to know how."
)
MODERATION_FIELDS = ("moderation_status", "suspended_at", "suspension_reason")


def viewer_of(user: User | None) -> Viewer:
    return Viewer() if user is None else Viewer(user_id=user.id, is_admin=user.is_admin)


def _sees_moderation(data: dict[str, Any], viewer: Viewer) -> bool:
    return viewer.is_admin or (
        viewer.user_id is not None and viewer.user_id == data["freelancer_id"]
    )


def _shown_to(data: dict[str, Any], viewer: Viewer) -> GigOut:
    """Moderation fields go to the owner and admins only; everyone else gets nulls."""
    if not _sees_moderation(data, viewer):
        data = {name: value for name, value in data.items() if name not in MODERATION_FIELDS}
    return GigOut.model_validate(data)


def can_be_paid(freelancer: User) -> bool:
    """Clients pay off the platform, so a freelancer who has not said how cannot take orders."""
    return bool(freelancer.payment_instructions.strip())


def to_out(gig: Gig, freelancer: User, viewer: Viewer) -> GigOut:
    accepts_orders = gig.is_active and can_be_paid(freelancer)
    data = {
        **gig.model_dump(),
        "freelancer": party(freelancer),
        "accepts_orders": accepts_orders,
        "completed_orders": freelancer.completed_orders,
    }
    return _shown_to(data, viewer)


async def list_gigs(
    database: Database,
    filters: GigFilters,
    signed_in: SignedIn | None,
    limit: int,
    cursor: str | None,
) -> bytes:
    """A `GigPage` as JSON bytes, written by PostgreSQL (app/gigs/gig_json.py) in one round trip."""
    viewer = Viewer() if signed_in is None else Viewer(signed_in.user_id, signed_in.is_admin)
    categories = await leaves_under(database.engine, filters.category) if filters.category else []
    found = await search_gigs(partial(read, database), filters, viewer, limit, cursor, categories)
    return page_json(
        found.items, found.next_cursor, total=found.total, total_is_capped=found.total_is_capped
    )


async def gig_with_owner(
    session: AsyncSession, gig_id: uuid.UUID, *, for_update: bool = False
) -> tuple[Gig, User]:
    """The gig and its freelancer in one query, whoever may see it (callers decide that); 404 if missing."""
    query = (
        select(Gig, User)
        .join(User, col(User.id) == col(Gig.freelancer_id))
        .where(col(Gig.id) == gig_id)
    )
    if for_update:
        # An owner's edit waits for an admin's suspension in flight (and the other way round), so it
        # decides on the committed moderation state instead of tripping the database's CHECK.
        query = query.with_for_update(of=Gig)
    row = (await session.exec(query)).first()
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
    gig, freelancer = await gig_with_owner(session, gig_id)
    if not _is_visible(gig, freelancer, viewer):
        raise NotFound("Gig not found")  # an inactive gig does not exist for the public
    return gig, freelancer


async def get_gig(session: AsyncSession, gig_id: uuid.UUID, viewer: User | None) -> GigOut:
    gig, freelancer = await visible_gig(session, gig_id, viewer)
    [out] = await mark(session, viewer, [to_out(gig, freelancer, viewer_of(viewer))])
    return out


def _check_can_be_paid(freelancer: User) -> None:
    if not can_be_paid(freelancer):
        raise InvalidInput(NO_PAYMENT_INSTRUCTIONS, code="payment_instructions_required")


def _check_email_verified(freelancer: User) -> None:
    # Unverified accounts browse, buy and message; publishing needs an address we can reach (DESIGN §11).
    if not freelancer.email_verified:
        raise Forbidden(EMAIL_NOT_VERIFIED, code="email_not_verified")


async def create_gig(session: AsyncSession, freelancer: User, data: GigCreate) -> GigOut:
    _check_email_verified(freelancer)
    _check_can_be_paid(freelancer)
    await check_leaf(session, data.category)
    gig = Gig(
        id=uuid.uuid4(), freelancer_id=freelancer.id, **data.model_dump(exclude={"image_ids"})
    )
    gig.images = await _attach_images(session, freelancer, gig, data.image_ids)
    session.add(gig)
    await session.flush()
    await session.refresh(gig)
    return to_out(gig, freelancer, viewer_of(freelancer))


async def _attach_images(
    session: AsyncSession, owner: User, gig: Gig, image_ids: list[uuid.UUID]
) -> list[dict[str, Any]]:
    return await attach(
        session,
        owner,
        image_ids,
        Attachment.GIG_IMAGE,
        gig.id,
        field="image_ids",
        images_only=True,
        replace=True,
    )


async def _owned(
    session: AsyncSession, gig_id: uuid.UUID, owner: User, *, for_update: bool = False
) -> tuple[Gig, User]:
    gig, freelancer = await gig_with_owner(session, gig_id, for_update=for_update)
    if gig.freelancer_id != owner.id:
        if not _is_visible(gig, freelancer, owner):
            raise NotFound("Gig not found")
        raise Forbidden("Only the gig's owner can change it")
    return gig, freelancer


async def update_gig(
    session: AsyncSession, gig_id: uuid.UUID, owner: User, changes: GigUpdate
) -> GigOut:
    gig, freelancer = await _owned(session, gig_id, owner, for_update=True)
    if changes.is_active and gig.moderation_status == ModerationStatus.SUSPENDED:
        # Only an admin lifts a suspension. Other edits stay open on purpose: fixing what moderation
        # objected to (a title, a description) is how the owner gets the gig reactivated.
        raise Conflict(SUSPENDED, code="gig_suspended")
    if changes.is_active and not gig.is_active:
        _check_email_verified(freelancer)
        _check_can_be_paid(freelancer)
    if changes.image_ids is not None:
        gig.images = await _attach_images(session, owner, gig, changes.image_ids)
    if changes.category is not None:
        await check_leaf(session, changes.category)
    for name, value in changes.model_dump(exclude_unset=True, exclude={"image_ids"}).items():
        if value is None:
            continue  # every editable gig field is required; null means "leave as is"
        setattr(gig, name, value)
    session.add(gig)
    await session.flush()
    await session.refresh(gig)
    return to_out(gig, freelancer, viewer_of(owner))


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
    # Its images are let go: no longer public, deleted by the next cleanup.
    await _attach_images(session, owner, gig, [])
