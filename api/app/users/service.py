"""User rules: profile edits and public lookups."""

import uuid
from typing import TypeVar

from sqlmodel.ext.asyncio.session import AsyncSession

from app.auth.revocation import revoke_all_tokens
from app.core.errors import InvalidInput, NotFound
from app.email import preferences
from app.email.schemas import EmailPreferences, EmailPreferencesUpdate
from app.files.attach import attach
from app.models import Attachment, User
from app.reviews.service import rating_of
from app.users.schemas import UserMe, UserPublic, UserUpdate
from app.users.seller_stats import seller_stats

ProfileT = TypeVar("ProfileT", bound=UserPublic)


async def update_profile(session: AsyncSession, user: User, changes: UserUpdate) -> UserMe:
    fields = changes.model_dump(exclude_unset=True)
    if "full_name" in fields and fields["full_name"] is None:
        raise InvalidInput("full_name cannot be empty")
    if "avatar_file_id" in fields:
        avatar = fields.pop("avatar_file_id")
        chosen = [avatar] if avatar else []
        await attach(
            session,
            user,
            chosen,
            Attachment.AVATAR,
            user.id,
            field="avatar_file_id",
            images_only=True,
            replace=True,
        )
        fields["avatar_url"] = f"/files/{avatar}/thumbnail" if avatar else None
    for name, value in fields.items():
        # bio and payment instructions are text columns: "cleared" means empty, not NULL.
        setattr(user, name, "" if value is None and name != "avatar_url" else value)
    session.add(user)
    await session.flush()
    await session.refresh(user)
    return await _with_rating(session, user, UserMe)


def get_email_preferences(user: User) -> EmailPreferences:
    return preferences.preferences_of(user)


async def update_email_preferences(
    session: AsyncSession, user: User, changes: EmailPreferencesUpdate
) -> EmailPreferences:
    return await preferences.update_preferences(session, user, changes)


async def sign_out_everywhere(session: AsyncSession, user: User) -> None:
    await revoke_all_tokens(session, user.id)


async def get_public_profile(session: AsyncSession, user_id: uuid.UUID) -> UserPublic:
    user = await session.get(User, user_id)
    if user is None or user.is_banned:
        raise NotFound("User not found")
    return await _with_rating(session, user, UserPublic)


async def _with_rating(session: AsyncSession, user: User, schema: type[ProfileT]) -> ProfileT:
    """The profile with the average and count of the reviews this user received."""
    average, count = await rating_of(session, user.id)
    return schema.model_validate(
        {**user.model_dump(), "rating_avg": average, "rating_count": count, **seller_stats(user)}
    )
