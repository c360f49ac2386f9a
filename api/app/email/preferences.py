"""Email preferences and one-click unsubscribe (DESIGN §11, RFC 8058). Each `Preference` is one
`users.email_<name>` column; an unsubscribe token names a person and one of them."""

from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import DomainError
from app.email.kinds import Preference
from app.email.schemas import EmailPreferences, EmailPreferencesUpdate, UnsubscribeOut
from app.email.unsubscribe_tokens import read_unsubscribe_token
from app.models import User

INVALID_TOKEN = "invalid_unsubscribe_token"  # noqa: S105 - an error code, not a secret


def _column(preference: Preference) -> str:
    return f"email_{preference.value}"


def preferences_of(user: User) -> EmailPreferences:
    return EmailPreferences.model_validate(
        {preference.value: getattr(user, _column(preference)) for preference in Preference}
    )


async def update_preferences(
    session: AsyncSession, user: User, changes: EmailPreferencesUpdate
) -> EmailPreferences:
    for name, value in changes.model_dump(exclude_unset=True).items():
        setattr(user, _column(Preference(name)), value)
    session.add(user)
    await session.flush()
    return preferences_of(user)


async def _token_target(
    session: AsyncSession, secret: str, token: str
) -> tuple[User | None, Preference]:
    named = read_unsubscribe_token(secret, token)
    if named is None:
        raise DomainError(
            "This unsubscribe link is not valid; it may have been cut short. You can change which "
            "emails you get in your notification settings",
            code=INVALID_TOKEN,
        )
    user_id, preference = named
    return await session.get(User, user_id), preference


async def unsubscribe_status(session: AsyncSession, secret: str, token: str) -> UnsubscribeOut:
    """What the link would turn off, and whether it is still on; changes nothing."""
    user, preference = await _token_target(session, secret, token)
    subscribed = user is not None and bool(getattr(user, _column(preference)))
    return UnsubscribeOut(preference=preference, subscribed=subscribed)


async def unsubscribe(session: AsyncSession, secret: str, token: str) -> UnsubscribeOut:
    """Turn off the mail the link names; again is the same answer. An account deleted since the mail
    was sent gets no mail either, so it answers the same."""
    user, preference = await _token_target(session, secret, token)
    if user is not None and getattr(user, _column(preference)):
        setattr(user, _column(preference), False)
        session.add(user)
        await session.flush()
    return UnsubscribeOut(preference=preference, subscribed=False)
