"""Turning an outbox row into the message on the wire: multipart plain text + HTML, a Message-ID that stays the
same on every attempt, and one-click unsubscribe (RFC 8058) on every mail a person can turn off."""

import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any
from urllib.parse import quote

from app.core.config import Settings
from app.email.kinds import preference_of
from app.email.templates import Links, render_email
from app.email.unsubscribe_tokens import make_unsubscribe_token


@dataclass(frozen=True)
class OutboxMail:
    """What the sender claimed from `email_outbox` (attempts already counts this attempt)."""

    id: int
    to_address: str
    kind: str
    payload: dict[str, Any]
    user_id: uuid.UUID | None
    attempts: int


def message_id(outbox_id: int, settings: Settings) -> str:
    # Stable across attempts: a retry after an unknown outcome is recognisable as the same mail.
    return f"<outbox-{outbox_id}@{settings.mail_host}>"


@dataclass(frozen=True)
class UnsubscribeLinks:
    one_click: (
        str  # POSTed by the mail client (List-Unsubscribe), the API through the web's rewrite
    )
    page: str  # the visible link: a web page that asks nothing and confirms


def unsubscribe_links(mail: OutboxMail, settings: Settings) -> UnsubscribeLinks | None:
    """None for account mail (always sent) and for mail without an account to switch off."""
    preference = preference_of(mail.kind)
    if preference is None or mail.user_id is None:
        return None
    token = quote(make_unsubscribe_token(settings.jwt_secret, mail.user_id, preference), safe="")
    web = settings.better_auth_url.rstrip("/")
    return UnsubscribeLinks(
        one_click=f"{web}/api/v1/email/unsubscribe?token={token}",
        page=f"{web}/email/unsubscribe?token={token}",
    )


def build_message(mail: OutboxMail, settings: Settings) -> EmailMessage:
    """The message for one row; raises (jinja2's errors, KeyError) when its template cannot render."""
    unsubscribe = unsubscribe_links(mail, settings)
    links = Links(
        web=settings.better_auth_url.rstrip("/"),
        unsubscribe=unsubscribe.page if unsubscribe else None,
    )
    rendered = render_email(mail.kind, mail.payload, links)
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = mail.to_address
    message["Subject"] = rendered.subject
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id(mail.id, settings)
    if unsubscribe is not None:
        message["List-Unsubscribe"] = f"<{unsubscribe.one_click}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message
