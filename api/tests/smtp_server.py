"""A real SMTP server for the mail tests (aiosmtpd in a thread of its own), on a free port.

Modes: accept; `stop()` (connections refused) and `start()` again on the same port; `tempfail` (451 after DATA);
`drop_next` (close the connection after DATA, before answering: the client cannot know whether it was taken);
`refuse` (a 550 for the listed recipients). It records what it accepted, so tests count by Message-ID."""

import email
import email.policy
import threading
import time
from collections import Counter
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from app.core.config import Settings
from tests.servers import free_port


class SmtpSink:
    def __init__(self) -> None:
        self.port = free_port()
        self.tempfail = False
        self.drop_next = 0
        self.refuse: set[str] = set()
        self.accepted: list[EmailMessage] = []
        self.accepted_at: list[float] = []  # time.time() of each 250, for latency figures
        self.dropped: list[str] = []  # Message-IDs of the messages whose answer was never sent
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    # aiosmtpd's handler hooks (called on the server's thread).
    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook names
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook names
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self._lock:
            if self.drop_next > 0:
                self.drop_next -= 1
                self.dropped.append(str(message["Message-ID"]))
                server.transport.close()  # the message arrived; its answer never leaves
                return "250 OK (never heard)"
        if self.tempfail:
            return "451 4.3.0 Try again later"
        with self._lock:
            self.accepted.append(message)
            self.accepted_at.append(time.time())
        return "250 OK queued"

    def message_ids(self) -> Counter[str]:
        with self._lock:
            return Counter(str(m["Message-ID"]) for m in self.accepted)

    def clear(self) -> None:
        with self._lock:
            self.accepted.clear()
            self.accepted_at.clear()
            self.dropped.clear()


def mail_settings(settings: Settings, sink: SmtpSink, **overrides: Any) -> Settings:
    """The suite's settings, sending to this sink, with retries in fractions of a second."""
    return settings.model_copy(
        update={
            "smtp_url": sink.url,
            "email_retry_base_s": 0.05,
            "better_auth_url": "https://devmarket.example",
            "smtp_timeout_s": 5.0,
            **overrides,
        }
    )
