"""Every order, reminder and digest template renders (subject, text, HTML) for realistic payloads, under
StrictUndefined: a field the template needs and the payload lacks fails here, not in someone's inbox."""

import itertools
import uuid
from decimal import Decimal
from typing import Any

import pytest

from app.email.kinds import EmailKind
from app.email.order_mail import ORDER_MAIL, OrderParties, order_mail_payload
from app.email.templates import Links, render_email
from app.models import Order, User
from app.orders.statuses import OrderStatus

WEB = "https://devmarket.example"
UNSUBSCRIBE = f"{WEB}/email/unsubscribe?token=abc"
LINKS = Links(web=WEB, unsubscribe=UNSUBSCRIBE)
ORDER_KINDS = sorted({kind for kind, _ in ORDER_MAIL.values()} | {EmailKind.DISPUTE_RESOLVED})

client = User(id=uuid.uuid4(), email="ada@example.com", full_name="Ada Lovelace")
freelancer = User(id=uuid.uuid4(), email="fiona@example.com", full_name="فيونا <Fiona>")
admin_id = uuid.uuid4()


def order(status: OrderStatus) -> Order:
    return Order(
        id=uuid.uuid4(),
        gig_id=uuid.uuid4(),
        client_id=client.id,
        freelancer_id=freelancer.id,
        price=Decimal("1250.00"),
        delivery_days=3,
        gig_title="Logo <script>alert(1)</script> & brand",
        reference_code="DM-7K3QX9PA",
        status=status,
    )


def payloads() -> list[dict[str, Any]]:
    """Either recipient, every actor, with and without a reason, open and settled orders."""
    out = []
    statuses = (OrderStatus.PENDING_PAYMENT, OrderStatus.COMPLETED, OrderStatus.CANCELLED)
    for status, to_client, actor, reason in itertools.product(
        statuses, (True, False), (client.id, freelancer.id, admin_id), (None, "Colours\nare off")
    ):
        recipient, other = (client, freelancer) if to_client else (freelancer, client)
        parties = OrderParties(order(status), client, freelancer)
        out.append(order_mail_payload(parties, recipient, other, reason=reason, actor_id=actor))
    return out


@pytest.mark.parametrize("kind", ORDER_KINDS)
def test_order_templates_render(kind: EmailKind) -> None:
    for payload in payloads():
        if kind is EmailKind.DISPUTE_RESOLVED and payload["outcome"] is None:
            continue  # only an order at an end state settles its dispute
        mail = render_email(kind, payload, LINKS)
        link = f"{WEB}/orders/{payload['order_id']}"
        assert mail.subject
        assert "\n" not in mail.subject
        assert "DM-7K3QX9PA" in mail.subject
        assert link in mail.text
        assert f'href="{link}"' in mail.html
        assert UNSUBSCRIBE in mail.text
        assert UNSUBSCRIBE in mail.html
        assert "<script>" not in mail.html
        assert "&lt;script&gt;" in mail.html
        assert "{{" not in mail.text + mail.html
        if payload["reason"]:
            assert "Colours" in mail.text
            assert "Colours" in mail.html


def test_the_new_order_subject_says_what_and_from_whom() -> None:
    payload = order_mail_payload(
        OrderParties(order(OrderStatus.PENDING_PAYMENT), client, freelancer),
        freelancer,
        client,
        reason=None,
        actor_id=client.id,
    )
    mail = render_email(EmailKind.ORDER_NEW, payload, LINKS)
    assert mail.subject == (
        "New order DM-7K3QX9PA: Logo <script>alert(1)</script> & brand from Ada Lovelace"
    )
    assert "Ada Lovelace ordered your gig" in mail.text
    assert "$1,250.00" in mail.text


def test_the_reminder_template_renders() -> None:
    payload = {
        "reference_code": "DM-7K3QX9PA",
        "gig_title": "Logo & brand",
        "order_id": str(uuid.uuid4()),
        "action": "confirm the client's payment",
        "deadline": "3 December 2026, 14:00 UTC",
    }
    mail = render_email(EmailKind.ORDER_REMINDER, payload, LINKS)
    assert mail.subject == (
        "Reminder for order DM-7K3QX9PA: please confirm the client's payment "
        "by 3 December 2026, 14:00 UTC"
    )
    assert f"{WEB}/orders/{payload['order_id']}" in mail.text
    assert "Logo &amp; brand" in mail.html


@pytest.mark.parametrize(
    ("count", "subject"), [(1, "1 unread message from Ada"), (3, "3 unread messages from Ada")]
)
def test_the_digest_template_renders(count: int, subject: str) -> None:
    sender = uuid.uuid4()
    payload = {
        "sender_id": str(sender),
        "sender_name": "Ada",
        "count": count,
        "excerpt": "Could you <b>also</b> send the source files?",
    }
    mail = render_email(EmailKind.MESSAGE_DIGEST, payload, LINKS)
    assert mail.subject == subject
    assert f"{WEB}/messages/{sender}" in mail.text
    assert f"{WEB}/messages/{sender}" in mail.html
    assert "Could you <b>also</b>" in mail.text
    assert "&lt;b&gt;also" in mail.html


def test_missing_payload_fields_fail_the_render() -> None:
    with pytest.raises(Exception, match="undefined"):
        render_email(EmailKind.ORDER_NEW, {"reference_code": "DM-1"}, LINKS)
