"""Settings, validated once at start-up: a misconfigured service refuses to start."""

from email.utils import parseaddr
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.requests import HTTPConnection

from app.email.smtp import SmtpConfig, parse_smtp_url

REPO_ROOT = Path(__file__).resolve().parents[3]

MIN_SECRET_LENGTH = 32
# `make dev`'s embedded inbox (maildev), where mail goes when SMTP_URL is unset outside production.
DEV_SMTP_URL = "smtp://127.0.0.1:1025"
# Words that mark a secret copied from .env.example or the docs; production must never run with one.
PLACEHOLDER_WORDS = ("change", "example", "replace", "placeholder", "default")


# Seconds that divide a minute, and whole minutes that divide an hour.
SCHEDULER_INTERVALS = frozenset(
    [s for s in range(1, 61) if 60 % s == 0] + [60 * m for m in range(1, 61) if 60 % m == 0]
)


def looks_like_placeholder(secret: str) -> bool:
    lowered = secret.lower()
    return any(word in lowered for word in PLACEHOLDER_WORDS) or len(set(secret)) < 8


def _is_pooler(url: str) -> bool:
    """Whether `url` is a Neon pooled endpoint (PgBouncer in transaction mode): its host ends in `-pooler`."""
    return "-pooler" in (urlsplit(url).hostname or "")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=REPO_ROOT / ".env", env_file_encoding="utf-8", extra="ignore"
    )

    app_env: Literal["development", "test", "production"] = "development"
    database_url: str = Field(min_length=1)
    # Neon: DATABASE_URL is the pooled endpoint (PgBouncer, transaction mode) the service runs on; migrations
    # take the direct endpoint, as DDL and session settings belong on a real server session.
    direct_database_url: str | None = None
    jwt_secret: str = Field(min_length=1)
    better_auth_secret: str = ""
    frontend_origin: str = "http://localhost:3000"
    # The web app's public origin, which every link in a mail starts with (the web's own BETTER_AUTH_URL).
    better_auth_url: str = "http://localhost:3000"
    redis_url: str | None = None
    db_pool_size: int = Field(default=10, ge=1, le=100)
    # Server-side prepared statements: psycopg prepares a statement on a connection after its fifth run, and
    # PostgreSQL then parses it once per connection instead of once per request. A transaction-mode pooler
    # older than PgBouncer 1.21 hands each statement any server session, where the prepared one does not
    # exist. Unset: on unless DATABASE_URL is a pooled endpoint (see `prepared_statements`).
    db_prepared_statements: bool | None = None
    # Fail fast while the database restarts; Neon waking from zero takes a few seconds.
    db_connect_timeout_s: int = Field(default=5, ge=1, le=60)
    # How often an open WebSocket re-reads its user row (banned? session revoked?). Bans and "sign out
    # everywhere" close sockets at once; this bounds the rest (a password changed in the web app, say).
    ws_session_recheck_s: int = Field(default=30, ge=1, le=3600)

    # Mail (DESIGN §11). Unset outside production: the embedded inbox `make dev` starts (maildev).
    smtp_url: str | None = None
    mail_from: str = "DevMarket <no-reply@localhost>"
    smtp_timeout_s: float = Field(default=15, gt=0, le=120)
    # The first retry's delay; each further one doubles, up to 6 h (app/email/sender.py). Tests shorten it.
    email_retry_base_s: float = Field(default=60, gt=0, le=3600)

    # Jobs (DESIGN §13): `inline` runs the worker inside every API process, `off` leaves it to
    # `python -m app.worker`.
    worker: Literal["inline", "off"] = "inline"
    # LISTEN/NOTIFY wakes the worker the moment a job is queued; it needs a real server session, so it is off
    # through a transaction-mode pooler. Unset: on when jobs connect directly (see `jobs_listen`).
    jobs_listen_notify: bool | None = None
    # How often the worker looks for jobs without (or besides) a notification.
    jobs_poll_interval_s: float = Field(default=1.0, gt=0, le=60)
    # On shutdown: how long the job in hand may take to finish before it is cancelled.
    jobs_shutdown_timeout_s: float = Field(default=10, ge=0, le=300)

    # Timers (DESIGN §13): an unpaid order is cancelled after UNPAID_ORDER_TTL_HOURS, a delivery nobody
    # answered is approved after AUTO_COMPLETE_DAYS; the sweeps run every SCHEDULER_INTERVAL_S.
    unpaid_order_ttl_hours: int = Field(default=72, gt=0, le=24 * 90)
    auto_complete_days: int = Field(default=3, gt=0, le=90)
    scheduler_interval_s: int = Field(default=60, gt=0, le=3600)

    # Files (DESIGN §12): a local directory by default; an S3-compatible bucket (Cloudflare R2 in
    # docs/deploy.md) when the four S3_* settings are given, which production needs on a host whose disk is
    # wiped on every deploy.
    files_dir: Path = REPO_ROOT / ".data" / "files"
    s3_bucket: str | None = None
    s3_endpoint: str | None = None
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None
    s3_region: str = "auto"

    @field_validator("scheduler_interval_s")
    @classmethod
    def interval_fits_a_clock(cls, seconds: int) -> int:
        # The sweeps are a cron schedule, which ticks on the clock: every N seconds of a minute, or every N
        # minutes of an hour.
        if seconds not in SCHEDULER_INTERVALS:
            allowed = ", ".join(str(s) for s in sorted(SCHEDULER_INTERVALS))
            raise ValueError(
                f"SCHEDULER_INTERVAL_S must divide a minute or an hour evenly: one of {allowed}"
            )
        return seconds

    @field_validator("database_url")
    @classmethod
    def use_async_driver(cls, url: str) -> str:
        """Accept the plain `postgresql://` URL both services share; the API talks psycopg 3."""
        for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url.removeprefix(prefix)
        return url

    @field_validator("direct_database_url")
    @classmethod
    def direct_url_uses_async_driver(cls, url: str | None) -> str | None:
        return cls.use_async_driver(url) if url else None  # an empty variable means "not set"

    @field_validator("smtp_url")
    @classmethod
    def smtp_url_is_valid(cls, url: str | None) -> str | None:
        if not url:
            return None  # an empty variable means "not set"
        parse_smtp_url(url)  # raises ValueError naming what is wrong
        return url

    @field_validator("mail_from")
    @classmethod
    def mail_from_has_an_address(cls, value: str) -> str:
        _, address = parseaddr(value)
        if "@" not in address or any(c in value for c in "\r\n"):
            raise ValueError(
                'MAIL_FROM must be an address, e.g. "DevMarket <no-reply@example.com>"'
            )
        return value

    @field_validator(
        "s3_bucket", "s3_endpoint", "s3_access_key_id", "s3_secret_access_key", mode="before"
    )
    @classmethod
    def blank_is_unset(cls, value: object) -> object:
        # `S3_BUCKET=` in an env file means "not set", as for every optional setting.
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def s3_all_or_nothing(self) -> "Settings":
        given = {
            "S3_BUCKET": self.s3_bucket,
            "S3_ENDPOINT": self.s3_endpoint,
            "S3_ACCESS_KEY_ID": self.s3_access_key_id,
            "S3_SECRET_ACCESS_KEY": self.s3_secret_access_key,
        }
        missing = [name for name, value in given.items() if not value]
        if 0 < len(missing) < len(given):
            raise ValueError(
                f"Files go to a bucket only when all four S3 settings are set; missing: {', '.join(missing)}"
            )
        if self.s3_endpoint and urlsplit(self.s3_endpoint).scheme not in ("http", "https"):
            raise ValueError(
                "S3_ENDPOINT must be an http(s) URL, such as https://<account>.r2.cloudflarestorage.com"
            )
        return self

    @property
    def uses_bucket(self) -> bool:
        return self.s3_bucket is not None

    @model_validator(mode="after")
    def production_sends_mail(self) -> "Settings":
        if self.app_env == "production" and not self.smtp_url:
            raise ValueError(
                "SMTP_URL is not set: production sends account and order mail through an SMTP server "
                "(smtp://user:pass@host:587?starttls=true or smtps://...); see docs/deploy.md"
            )
        return self

    @model_validator(mode="after")
    def refuse_weak_secrets(self) -> "Settings":
        if len(self.jwt_secret) < MIN_SECRET_LENGTH:
            raise ValueError(f"JWT_SECRET must be at least {MIN_SECRET_LENGTH} characters")
        if self.app_env == "production":
            if looks_like_placeholder(self.jwt_secret):
                raise ValueError("JWT_SECRET is a placeholder; set a random secret in production")
            if self.better_auth_secret and self.better_auth_secret == self.jwt_secret:
                raise ValueError("JWT_SECRET must differ from BETTER_AUTH_SECRET")
        return self

    @property
    def migrations_database_url(self) -> str:
        """Where Alembic connects: the direct URL when one is given, else the service's own."""
        return self.direct_database_url or self.database_url

    @property
    def prepared_statements(self) -> bool:
        """Prepared statements unless told otherwise, or unless DATABASE_URL is a pooled endpoint: a direct URL
        given beside it, or a Neon `-pooler` host."""
        if self.db_prepared_statements is not None:
            return self.db_prepared_statements
        service = urlsplit(self.database_url)
        if self.direct_database_url:
            direct = urlsplit(self.direct_database_url)
            if (direct.netloc, direct.path) != (service.netloc, service.path):
                return False
        return not _is_pooler(self.database_url)

    @property
    def smtp(self) -> SmtpConfig:
        """Where mail goes: SMTP_URL, or the embedded inbox of `make dev` when it is unset."""
        return parse_smtp_url(self.smtp_url or DEV_SMTP_URL)

    @property
    def driver_database_url(self) -> str:
        """The service's own URL in the plain form psycopg takes (the session-less reads' pool)."""
        return self.database_url.replace("postgresql+psycopg://", "postgresql://", 1)

    @property
    def jobs_database_url(self) -> str:
        """The worker's connection, in the plain form psycopg takes: the direct URL when one is given (LISTEN
        needs a real server session), else the service's own."""
        return self.migrations_database_url.replace("postgresql+psycopg://", "postgresql://", 1)

    @property
    def jobs_listen(self) -> bool:
        """LISTEN/NOTIFY unless told otherwise, or unless the only URL is a pooled one (Neon's `-pooler` host):
        a transaction-mode pooler hands each statement any server session, so a LISTEN hears nothing there,
        and the worker polls every JOBS_POLL_INTERVAL_S instead."""
        if self.jobs_listen_notify is not None:
            return self.jobs_listen_notify
        if self.direct_database_url:
            return True
        return not _is_pooler(self.jobs_database_url)

    @property
    def mail_host(self) -> str:
        """The domain of Message-IDs: the web app's public host."""
        return urlsplit(self.better_auth_url).hostname or "localhost"

    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @property
    def access_cookie_name(self) -> str:
        # The __Host- prefix makes the browser insist on Secure, Path=/ and no Domain.
        return "__Host-access_token" if self.is_production else "access_token"

    @property
    def allowed_origins(self) -> list[str]:
        return [origin.strip().rstrip("/") for origin in self.frontend_origin.split(",") if origin]


@lru_cache
def get_settings() -> Settings:
    return Settings()  # fields come from the environment


def app_settings(conn: HTTPConnection) -> Settings:
    """The settings the running app was built with (tests build apps with their own)."""
    settings: Settings = conn.app.state.settings
    return settings
