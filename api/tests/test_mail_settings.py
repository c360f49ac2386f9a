"""SMTP_URL, MAIL_FROM and the job settings are checked at start: production refuses to run without mail."""

import pytest
from pydantic import ValidationError

from app.core.config import Settings
from app.email.smtp import SmtpConfig, parse_smtp_url

STRONG = "8f3c2a9d41b7e6f05c8a1d2e3f4b5c6d7e8f9a0b1c2d3e4f"


def make(**values: str) -> Settings:
    base = {"database_url": "postgresql://u@h/db", "jwt_secret": STRONG}
    base.update(values)
    return Settings(_env_file=None, **base)  # type: ignore[arg-type]  # values are checked by the validators under test


def test_production_refuses_to_start_without_smtp_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMTP_URL", raising=False)
    with pytest.raises(ValidationError, match=r"SMTP_URL is not set.*docs/deploy\.md"):
        make(app_env="production")
    assert make(app_env="production", smtp_url="smtps://u:p@mail.example.com").smtp.use_tls


def test_outside_production_mail_goes_to_the_embedded_inbox(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SMTP_URL", raising=False)
    assert make().smtp == SmtpConfig("127.0.0.1", 1025, False, False, None, None)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://mx.example.com", SmtpConfig("mx.example.com", 25, False, False, None, None)),
        ("smtp://mx:2525", SmtpConfig("mx", 2525, False, False, None, None)),
        (
            "smtp://apikey:s%40cret@smtp.example.com?starttls=true",
            SmtpConfig("smtp.example.com", 587, False, True, "apikey", "s@cret"),
        ),
        (
            "smtps://u:p@smtp.example.com",
            SmtpConfig("smtp.example.com", 465, True, False, "u", "p"),
        ),
    ],
)
def test_smtp_urls(url: str, expected: SmtpConfig) -> None:
    assert parse_smtp_url(url) == expected


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://mx.example.com", "must start with smtp:// or smtps://"),
        ("smtp://", "has no host"),
        ("smtp://mx?tls=yes", "unknown option 'tls'"),
        ("smtp://mx?starttls=maybe", "starttls must be true or false"),
        ("smtps://mx?starttls=true", "smtps:// is TLS from the start"),
        ("smtp://mx:99999", "invalid port"),
        ("smtp://:secret@mx", "password but no user"),
    ],
)
def test_bad_smtp_urls_are_refused_with_the_reason(url: str, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        make(smtp_url=url)


def test_the_password_stays_out_of_reprs() -> None:
    assert "hunter2" not in repr(parse_smtp_url("smtp://u:hunter2@mx"))


def test_mail_from_must_hold_an_address() -> None:
    assert make(mail_from="Market <m@example.com>").mail_from == "Market <m@example.com>"
    with pytest.raises(ValidationError, match="MAIL_FROM"):
        make(mail_from="DevMarket")


def test_the_worker_connects_directly_when_it_can_and_polls_through_a_pooler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in (
        "DIRECT_DATABASE_URL",
        "JOBS_LISTEN_NOTIFY",
    ):  # `make test-pgbouncer` sets the first
        monkeypatch.delenv(variable, raising=False)
    pooled = "postgresql://u:p@ep-cool-1-pooler.eu.aws.neon.tech/db"
    direct = "postgresql://u:p@ep-cool-1.eu.aws.neon.tech/db"
    assert make(database_url=pooled).jobs_listen is False
    assert make(database_url=pooled).jobs_database_url == pooled
    both = make(database_url=pooled, direct_database_url=direct)
    assert both.jobs_database_url == direct  # the plain form psycopg takes
    assert both.jobs_listen is True
    assert make().jobs_listen is True
    assert make(database_url=pooled, jobs_listen_notify="true").jobs_listen is True
    assert make(jobs_listen_notify="false").jobs_listen is False


def test_message_ids_use_the_web_apps_host() -> None:
    assert make(better_auth_url="https://devmarket.example:8443/").mail_host == "devmarket.example"
