"""Whether the viewer saved each gig they see (`is_favorite`, DESIGN §14): one query per page, none for visitors."""

import uuid
from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.gigs.schemas import GigOut
from app.models import Favorite, User


async def favorite_ids(
    session: AsyncSession, user: User | None, gig_ids: Sequence[uuid.UUID]
) -> set[uuid.UUID]:
    if user is None or not gig_ids:
        return set()
    found = await session.exec(
        select(Favorite.gig_id).where(
            col(Favorite.user_id) == user.id, col(Favorite.gig_id).in_(list(gig_ids))
        )
    )
    return set(found.all())


async def mark(session: AsyncSession, user: User | None, items: list[GigOut]) -> list[GigOut]:
    saved = await favorite_ids(session, user, [item.id for item in items])
    return [item.model_copy(update={"is_favorite": item.id in saved}) for item in items]
