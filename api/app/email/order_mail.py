"""Order mail (DESIGN §11): which event mails whom, and what the mail says, decided when the event happens.

Written (`emails_insert`) in the same transaction as the event it announces, so a refused or
rolled-back move mails nobody. The party whose move it is gets the mail; both parties on completion,
cancellation and disputes. A person who turned order mail off gets none.
"""

import uuid
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol

from app.email.kinds import EmailKind
from app.email.outbox import Mail
from app.models import Order
from app.orders.statuses import EventAction, OrderStatus


class Recipients(Enum):
    CLIENT = "client"
    FREELANCER = "freelancer"
    BOTH = "both"


# Each timeline action that mails, the kind of mail and who gets it. Starting work mails nobody: the
# client waits for the delivery either way, and the order page shows it.
ORDER_MAIL: dict[EventAction, tuple[EmailKind, Recipients]] = {
    EventAction.PLACE: (EmailKind.ORDER_NEW, Recipients.FREELANCER),
    EventAction.SUBMIT_PAYMENT: (EmailKind.PAYMENT_PROOF_SUBMITTED, Recipients.FREELANCER),
    EventAction.CONFIRM_PAYMENT: (EmailKind.PAYMENT_CONFIRMED, Recipients.CLIENT),
    EventAction.REJECT_PAYMENT: (EmailKind.PAYMENT_REJECTED, Recipients.CLIENT),
    EventAction.SUBMIT_WORK: (EmailKind.WORK_DELIVERED, Recipients.CLIENT),
    EventAction.REQUEST_REVISION: (EmailKind.REVISION_REQUESTED, Recipients.FREELANCER),
    EventAction.APPROVE: (EmailKind.ORDER_COMPLETED, Recipients.BOTH),
    EventAction.FORCE_COMPLETE: (EmailKind.ORDER_COMPLETED, Recipients.BOTH),
    EventAction.CANCEL: (EmailKind.ORDER_CANCELLED, Recipients.BOTH),
    EventAction.FORCE_CANCEL: (EmailKind.ORDER_CANCELLED, Recipients.BOTH),
    EventAction.EXPIRE: (EmailKind.ORDER_CANCELLED, Recipients.BOTH),
    EventAction.AUTO_COMPLETE: (EmailKind.ORDER_COMPLETED, Recipients.BOTH),
    EventAction.DISPUTE: (EmailKind.DISPUTE_OPENED, Recipients.BOTH),
}

OUTCOME = {OrderStatus.COMPLETED: "completed", OrderStatus.CANCELLED: "cancelled"}


class MailParty(Protocol):
    """What order mail needs of a party: a `User`, or a row read for a move (`app.orders.moves`)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def email(self) -> str: ...
    @property
    def full_name(self) -> str: ...
    @property
    def email_order_updates(self) -> bool: ...


@dataclass(frozen=True)
class OrderParties:
    order: Order  # as it stands after the event
    client: MailParty
    freelancer: MailParty


def format_amount(amount: Decimal) -> str:
    """ "1250.00" → "$1,250.00", as the web shows prices."""
    return f"${amount:,.2f}"


def order_event_mails(
    parties: OrderParties,
    action: EventAction,
    *,
    event_key: str,
    actor_id: uuid.UUID | None,
    reason: str | None = None,
    settled_dispute: bool = False,
) -> list[Mail]:
    """The mail one order event sends, for the caller to write (`app.email.outbox.emails_insert`).

    `event_key` names the event once (`order_event:<id>`, `dispute:<id>`): with the recipient it makes
    the dedupe key, so a replayed event never mails twice. An admin's move to an end state that settled
    an open dispute sends "dispute resolved" (with the outcome) instead of "completed" / "cancelled"."""
    if action not in ORDER_MAIL:
        return []
    kind, recipients = ORDER_MAIL[action]
    if settled_dispute and parties.order.status in OUTCOME:
        kind = EmailKind.DISPUTE_RESOLVED
    return [
        Mail(
            to_address=recipient.email,
            kind=kind.value,
            payload=order_mail_payload(parties, recipient, other, reason=reason, actor_id=actor_id),
            dedupe_key=f"{event_key}:{recipient.id}",
            user_id=recipient.id,
        )
        for recipient, other in _recipients(parties, recipients)
        if recipient.email_order_updates
    ]


def order_mail_payload(
    parties: OrderParties,
    recipient: MailParty,
    other: MailParty,
    *,
    reason: str | None,
    actor_id: uuid.UUID | None,
) -> dict[str, Any]:
    """What every order template may use. Names and titles are copied now: the mail may go out minutes
    later, after a rename, and must say what was true when it happened."""
    order = parties.order
    return {
        "order_id": str(order.id),
        "reference_code": order.reference_code,
        "gig_title": order.gig_title,
        "amount": format_amount(order.price),
        "recipient_name": recipient.full_name,
        "role": "client" if recipient.id == parties.client.id else "freelancer",
        "other_party_name": other.full_name,
        "reason": reason
        or None,  # the rejection, revision, cancellation or dispute reason; a delivery note
        # Who made the move, as the recipient reads it: "you", "other" (the other party), "admin", or
        # "system" (a timer: DESIGN §13).
        "actor": "system"
        if actor_id is None
        else "you"
        if actor_id == recipient.id
        else "other"
        if actor_id == other.id
        else "admin",
        "outcome": OUTCOME.get(order.status),  # for "dispute resolved": how the order ended
    }


def _recipients(parties: OrderParties, which: Recipients) -> list[tuple[MailParty, MailParty]]:
    """(recipient, the other party) pairs."""
    to_client = (parties.client, parties.freelancer)
    to_freelancer = (parties.freelancer, parties.client)
    if which is Recipients.CLIENT:
        return [to_client]
    if which is Recipients.FREELANCER:
        return [to_freelancer]
    return [to_freelancer, to_client]
