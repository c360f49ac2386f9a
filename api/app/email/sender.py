"""Sending due mail from `email_outbox` (DESIGN §11).

A batch is claimed and committed before any SMTP traffic: the claim counts the attempt and moves the row's
`next_attempt_at` past the backoff and past a lease longer than any batch can take (`claim_lease_s`). Two workers
therefore never hold the same row (SKIP LOCKED, then a due time in the future), and a worker that dies mid-send
leaves rows that are retried at that time — each attempt at most once, with the same Message-ID. The outcome then
sets the real retry time.

Outcomes: accepted → `sent`. Refused for good (a 5xx for the recipient or the message, an address that is not
one, a template that cannot render) → `failed` at once. Anything else (refused connection, timeout, 4xx, a
disconnect before the answer) → stays `pending` with `last_error`, retried after 1 min doubling to 6 h; the 8th
failed attempt makes it `failed`, which the admin panel lists.
"""

import asyncio
import logging
import time
from dataclasses import dataclass, field
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from enum import StrEnum

import aiosmtplib
from sqlalchemy import text

from app.core.config import Settings
from app.core.db import Database
from app.email.headers import OutboxMail, build_message
from app.email.smtp import SmtpConnection, envelope_sender

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
RETRY_CAP_S = 6 * 3600
BATCH_SIZE = 50
# A batch starts no new send after this long; what is left is released for the next run.
BATCH_BUDGET_S = 60.0


def claim_lease_s(settings: Settings) -> float:
    """How long a claimed row is kept from other workers: longer than a batch can take (its budget, then one
    last send of a handful of SMTP round trips, each within SMTP_TIMEOUT_S), so no row is ever in flight twice.
    The outcome then sets the real retry time."""
    return BATCH_BUDGET_S + 6 * settings.smtp_timeout_s


_ERROR_LIMIT = 500

_CLAIM = text(
    """
    UPDATE email_outbox
    SET attempts = attempts + 1,
        next_attempt_at = now() + make_interval(
            secs => greatest(least(:base * power(2, attempts), :cap), :lease)
        )
    WHERE id IN (
        SELECT id FROM email_outbox
        WHERE status = 'pending' AND next_attempt_at <= now() AND attempts < :max_attempts
        ORDER BY next_attempt_at
        LIMIT :batch
        FOR UPDATE SKIP LOCKED
    )
    RETURNING id, to_address, kind, payload, user_id, attempts
    """
)
# Rows whose last attempt never reported back (the process died mid-send) and have no attempt left.
_GIVE_UP = text(
    """
    UPDATE email_outbox SET status = 'failed',
        last_error = coalesce(last_error, 'the last attempt did not report back')
    WHERE status = 'pending' AND next_attempt_at <= now() AND attempts >= :max_attempts
    """
)
_SENT = text(
    "UPDATE email_outbox SET status = 'sent', sent_at = now(), last_error = NULL "
    "WHERE id = :id AND status = 'pending'"
)
_FAILED = text(
    "UPDATE email_outbox SET status = 'failed', last_error = :error "
    "WHERE id = :id AND status = 'pending'"
)
# The claim already set when to retry; a transient failure records why, and gives up after the last attempt.
_RETRY = text(
    """
    UPDATE email_outbox SET last_error = :error,
        status = CASE WHEN attempts >= :max_attempts THEN 'failed' ELSE 'pending' END,
        next_attempt_at = now() + make_interval(secs => least(:base * power(2, attempts - 1), :cap))
    WHERE id = :id AND status = 'pending'
    """
)
# Claimed but not tried (the batch ran out of time): as if never claimed.
_RELEASE = text(
    "UPDATE email_outbox SET attempts = attempts - 1, next_attempt_at = now() "
    "WHERE id = :id AND status = 'pending'"
)


class Outcome(StrEnum):
    SENT = "sent"
    FAILED = "failed"  # permanent
    RETRY = "retry"  # transient
    RELEASE = "release"  # not tried: the batch ran out of time


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    retry: int = 0
    release: int = 0
    outcomes: dict[int, Outcome] = field(default_factory=dict)

    def add(self, mail_id: int, outcome: Outcome) -> None:
        self.outcomes[mail_id] = outcome
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)


def is_sendable_address(address: str) -> bool:
    """A single plain addr-spec (`local@domain`): anything else is refused before it reaches a server."""
    if len(address) > 320 or any(c in address for c in "\r\n\0<>,"):
        return False
    try:
        parsed = Address(addr_spec=address)
    except (ValueError, IndexError, HeaderParseError):  # what email's parser raises on bad input
        return False
    return bool(parsed.username and parsed.domain) and parsed.addr_spec == address


def _describe(exc: BaseException) -> str:
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        exc = exc.recipients[0]
    code = getattr(exc, "code", None)
    detail = str(exc) or type(exc).__name__
    return (f"{code} {detail}" if code and not detail.startswith(str(code)) else detail)[
        :_ERROR_LIMIT
    ]


def classify(exc: BaseException) -> Outcome:
    """Permanent when the server refused this recipient or this message with a 5xx; transient otherwise (a
    refused sender is our configuration, which an admin fixes: keep retrying)."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [refusal.code for refusal in exc.recipients]
        return Outcome.FAILED if codes and all(c >= 500 for c in codes) else Outcome.RETRY
    if isinstance(exc, aiosmtplib.SMTPRecipientRefused | aiosmtplib.SMTPDataError):
        return Outcome.FAILED if exc.code >= 500 else Outcome.RETRY
    return Outcome.RETRY


def _connection_lost(exc: BaseException) -> bool:
    """A refusal leaves the session usable (aiosmtplib resets the envelope); anything else (a disconnect, a
    timeout) does not, and the next mail of the batch opens a new one."""
    return not isinstance(exc, aiosmtplib.SMTPResponseException | aiosmtplib.SMTPRecipientsRefused)


async def claim_due(database: Database, settings: Settings, batch: int) -> list[OutboxMail]:
    async with database.engine.begin() as connection:
        await connection.execute(_GIVE_UP, {"max_attempts": MAX_ATTEMPTS})
        rows = await connection.execute(
            _CLAIM,
            {
                "base": settings.email_retry_base_s,
                "cap": RETRY_CAP_S,
                "lease": claim_lease_s(settings),
                "max_attempts": MAX_ATTEMPTS,
                "batch": batch,
            },
        )
        claimed = [OutboxMail(**row._mapping) for row in rows]
    return sorted(claimed, key=lambda mail: mail.id)


async def _record(
    database: Database, settings: Settings, results: list[tuple[OutboxMail, Outcome, str | None]]
) -> None:
    async with database.engine.begin() as connection:
        for mail, outcome, error in results:
            if outcome is Outcome.SENT:
                await connection.execute(_SENT, {"id": mail.id})
            elif outcome is Outcome.FAILED:
                await connection.execute(_FAILED, {"id": mail.id, "error": error})
            elif outcome is Outcome.RELEASE:
                await connection.execute(_RELEASE, {"id": mail.id})
            else:
                await connection.execute(
                    _RETRY,
                    {
                        "id": mail.id,
                        "error": error,
                        "max_attempts": MAX_ATTEMPTS,
                        "base": settings.email_retry_base_s,
                        "cap": RETRY_CAP_S,
                    },
                )


def _log(mail: OutboxMail, outcome: Outcome, error: str | None) -> None:
    # Never the payload, links or subject: a reset link is a secret until it is used.
    final = outcome is Outcome.RETRY and mail.attempts >= MAX_ATTEMPTS
    level = logging.INFO if outcome in (Outcome.SENT, Outcome.RELEASE) else logging.WARNING
    logger.log(
        level,
        "email %s (%s) attempt %s: %s%s",
        mail.id,
        mail.kind,
        mail.attempts,
        outcome.value,
        " (out of attempts: failed)" if final else "",
        extra={
            "fields": {
                "email_id": mail.id,
                "kind": mail.kind,
                "attempt": mail.attempts,
                "outcome": "failed" if final else outcome.value,
                "error": error,
            }
        },
    )


Result = tuple[OutboxMail, Outcome, str | None]


async def deliver(
    mails: list[OutboxMail], settings: Settings, results: list[Result] | None = None
) -> list[Result]:
    """Hand each mail to the SMTP server over one connection (a new one after it is lost). Outcomes are appended
    to `results` as they happen, so a caller cancelled mid-batch still knows what went out."""
    results = [] if results is None else results
    sender = envelope_sender(settings.mail_from)
    smtp: SmtpConnection | None = None
    connect_error: str | None = None
    started = time.monotonic()
    try:
        for mail in mails:
            if results and time.monotonic() - started > BATCH_BUDGET_S:
                results.append((mail, Outcome.RELEASE, None))  # within the claim's lease, always
                continue
            message: EmailMessage | None = None
            if not is_sendable_address(mail.to_address):
                results.append((mail, Outcome.FAILED, "not a valid email address"))
                continue
            try:
                message = build_message(mail, settings)
            except (
                Exception
            ) as exc:  # a template that cannot render this payload: retrying won't help
                results.append((mail, Outcome.FAILED, f"cannot render: {_describe(exc)}"))
                continue
            if connect_error is not None:
                results.append((mail, Outcome.RETRY, connect_error))
                continue
            try:
                if smtp is None or not smtp.is_connected:
                    smtp = SmtpConnection(
                        settings.smtp, settings.smtp_timeout_s, settings.mail_host
                    )
                    try:
                        await smtp.connect()
                    except (aiosmtplib.SMTPException, OSError) as exc:
                        # The server cannot be reached: the rest of the batch waits for its retry.
                        smtp = None
                        connect_error = f"connect: {_describe(exc)}"
                        results.append((mail, Outcome.RETRY, connect_error))
                        continue
                await smtp.send(message, sender, mail.to_address)
            except (aiosmtplib.SMTPException, OSError) as exc:
                results.append((mail, classify(exc), _describe(exc)))
                if smtp is not None and _connection_lost(exc):
                    await smtp.close()
                    smtp = None
                continue
            results.append((mail, Outcome.SENT, None))
    finally:
        if smtp is not None:
            await smtp.close()
    return results


async def send_due(
    database: Database, settings: Settings, *, batch: int = BATCH_SIZE, max_batches: int = 20
) -> SendReport:
    """Send what is due, a batch at a time, until nothing is (or `max_batches`: the next run goes on)."""
    report = SendReport()
    for _ in range(max_batches):
        mails = await claim_due(database, settings, batch)
        if not mails:
            break
        results: list[Result] = []
        try:
            await deliver(mails, settings, results)
        finally:
            # Even when the job is cancelled (shutdown): what the server accepted is recorded, not sent again.
            await asyncio.shield(_record(database, settings, results))
        for mail, outcome, error in results:
            _log(mail, outcome, error)
            report.add(mail.id, outcome)
        if len(mails) < batch:
            break
    return report
