"""SMTP_URL, read once at start, and one connection to the server per batch of mail (aiosmtplib).

`smtp://[user:pass@]host[:port]` (port 25; `?starttls=true` upgrades the connection, port 587), or
`smtps://[user:pass@]host[:port]` (implicit TLS, port 465). The user and password are URL-encoded.
"""

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    use_tls: bool
    start_tls: bool
    username: str | None
    password: str | None = None  # never in a repr: it ends up in logs otherwise

    def __repr__(self) -> str:
        scheme = "smtps" if self.use_tls else "smtp"
        return f"SmtpConfig({scheme}://{self.host}:{self.port}, starttls={self.start_tls})"


_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no")


def parse_smtp_url(url: str) -> SmtpConfig:
    """The connection SMTP_URL describes; ValueError (naming the variable and the problem) otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps"):
        raise ValueError("SMTP_URL must start with smtp:// or smtps://")
    if not parts.hostname:
        raise ValueError("SMTP_URL has no host (smtp://host:port)")
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = set(query) - {"starttls"}
    if unknown:
        raise ValueError(f"SMTP_URL: unknown option {sorted(unknown)[0]!r} (only ?starttls=true)")
    starttls_value = query.get("starttls", ["false"])[-1].lower()
    if starttls_value not in _TRUE + _FALSE:
        raise ValueError("SMTP_URL: starttls must be true or false")
    start_tls = starttls_value in _TRUE
    use_tls = parts.scheme == "smtps"
    if use_tls and start_tls:
        raise ValueError(
            "SMTP_URL: smtps:// is TLS from the start; starttls=true goes with smtp://"
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError("SMTP_URL has an invalid port") from exc
    if port is None:
        port = 465 if use_tls else 587 if start_tls else 25
    username = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    if password and not username:
        raise ValueError("SMTP_URL has a password but no user")
    return SmtpConfig(parts.hostname, port, use_tls, start_tls, username, password)


def envelope_sender(mail_from: str) -> str:
    return parseaddr(mail_from)[1]


class SmtpConnection:
    """One session with the server: `connect()`, `send()` each message, `close()`.

    Connecting raises aiosmtplib's errors (refused, timeout, TLS, authentication) for the caller to classify."""

    def __init__(self, config: SmtpConfig, timeout_s: float, local_hostname: str) -> None:
        self._client = aiosmtplib.SMTP(
            hostname=config.host,
            port=config.port,
            use_tls=config.use_tls,
            start_tls=config.start_tls,
            username=config.username,
            password=config.password,
            timeout=timeout_s,
            local_hostname=local_hostname,
        )

    async def connect(self) -> None:
        await self._client.connect()

    @property
    def is_connected(self) -> bool:
        return self._client.is_connected

    async def send(self, message: EmailMessage, sender: str, recipient: str) -> None:
        """Hand one message over; returns once the server accepted it (250 after DATA)."""
        await self._client.send_message(message, sender=sender, recipients=[recipient])

    async def close(self) -> None:
        if not self._client.is_connected:
            return
        try:
            await self._client.quit()
        except (aiosmtplib.SMTPException, OSError):
            self._client.close()  # the server went away first; nothing is left to say
