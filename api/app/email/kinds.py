"""Every kind of mail, and which preference (if any) lets a person turn it off (DESIGN §11)."""

from enum import StrEnum


class Preference(StrEnum):
    """The switches of `GET/PATCH /users/me/email-preferences`; each names its `users.email_*` column."""

    ORDER_UPDATES = "order_updates"
    MESSAGES = "messages"
    REMINDERS = "reminders"


class EmailKind(StrEnum):
    # Account mail: always sent, never unsubscribable. Written by Better Auth's hooks in the web app.
    VERIFY_EMAIL = "verify_email"
    PASSWORD_RESET = "password_reset"  # noqa: S105 - a kind of mail, not a password
    # Order mail: to the party whose move it is; both on completion, cancellation and disputes.
    ORDER_NEW = "order_new"
    PAYMENT_PROOF_SUBMITTED = "payment_proof_submitted"
    PAYMENT_CONFIRMED = "payment_confirmed"
    PAYMENT_REJECTED = "payment_rejected"
    WORK_DELIVERED = "work_delivered"
    REVISION_REQUESTED = "revision_requested"
    ORDER_COMPLETED = "order_completed"
    ORDER_CANCELLED = "order_cancelled"
    DISPUTE_OPENED = "dispute_opened"
    DISPUTE_RESOLVED = "dispute_resolved"
    # The deadlines of DESIGN §13 (the timers).
    ORDER_REMINDER = "order_reminder"
    # Unread messages, at most one mail per conversation per hour.
    MESSAGE_DIGEST = "message_digest"


ACCOUNT_KINDS = frozenset({EmailKind.VERIFY_EMAIL, EmailKind.PASSWORD_RESET})

PREFERENCE_OF: dict[EmailKind, Preference] = {
    **{
        kind: Preference.ORDER_UPDATES
        for kind in EmailKind
        if kind not in ACCOUNT_KINDS
        and kind not in (EmailKind.ORDER_REMINDER, EmailKind.MESSAGE_DIGEST)
    },
    EmailKind.ORDER_REMINDER: Preference.REMINDERS,
    EmailKind.MESSAGE_DIGEST: Preference.MESSAGES,
}


def preference_of(kind: str) -> Preference | None:
    """The switch that turns this kind off, or None for account mail (and kinds this release does not know)."""
    try:
        return PREFERENCE_OF.get(EmailKind(kind))
    except ValueError:
        return None
