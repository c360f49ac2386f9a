"""User rules: profile edits and public lookups."""

import uuid

from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import InvalidInput, NotFound
from app.models import User
from app.users.schemas import UserUpdate


async def update_profile(session: AsyncSession, user: User, changes: UserUpdate) -> User:
    fields = changes.model_dump(exclude_unset=True)
    if "full_name" in fields and fields["full_name"] is None:
        raise InvalidInput("full_name cannot be empty")
    for name, value in fields.items():
        # bio and payment instructions are text columns: "cleared" means empty, not NULL.
        setattr(user, name, "" if value is None and name != "avatar_url" else value)
    session.add(user)
    await session.flush()
    await session.refresh(user)
    return user


async def get_public_profile(session: AsyncSession, user_id: uuid.UUID) -> User:
    user = await session.get(User, user_id)
    if user is None or user.is_banned:
        raise NotFound("User not found")
    return user
