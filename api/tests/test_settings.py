"""Settings refuse to start a misconfigured service."""

import pytest
from pydantic import ValidationError

from app.core.config import Settings

STRONG = "8f3c2a9d41b7e6f05c8a1d2e3f4b5c6d7e8f9a0b1c2d3e4f"


def make(**values: str) -> Settings:
    base = {"database_url": "postgresql://u@h/db", "jwt_secret": STRONG, "smtp_url": "smtp://mx:25"}
    base.update(values)
    return Settings(_env_file=None, **base)  # type: ignore[arg-type]  # values are checked by the validators under test


def test_short_jwt_secret_is_refused() -> None:
    with pytest.raises(ValidationError, match="JWT_SECRET must be at least 32 characters"):
        make(jwt_secret="short")


@pytest.mark.parametrize("secret", ["change-me-change-me-change-me-change-me", "a" * 40])
def test_placeholder_secret_is_refused_in_production(secret: str) -> None:
    with pytest.raises(ValidationError, match="placeholder"):
        make(app_env="production", jwt_secret=secret)
    make(app_env="development", jwt_secret=secret)  # fine for local development


def test_production_refuses_a_shared_secret() -> None:
    with pytest.raises(ValidationError, match="differ"):
        make(app_env="production", better_auth_secret=STRONG)


def test_database_url_is_rewritten_for_the_async_driver() -> None:
    assert make().database_url == "postgresql+psycopg://u@h/db"


def test_production_uses_the_host_prefixed_secure_cookie() -> None:
    assert make(app_env="production").access_cookie_name == "__Host-access_token"
    assert make().access_cookie_name == "access_token"


def test_migrations_use_the_direct_url_when_one_is_given() -> None:
    # An empty variable means "not set" (and overrides whatever the environment running the tests has).
    pooled = make(database_url="postgresql://u@ep-x-pooler.neon.tech/db", direct_database_url="")
    assert pooled.direct_database_url is None
    assert pooled.migrations_database_url == pooled.database_url
    both = make(
        database_url="postgresql://u@ep-x-pooler.neon.tech/db",
        direct_database_url="postgresql://u@ep-x.neon.tech/db",
    )
    assert both.migrations_database_url == "postgresql+psycopg://u@ep-x.neon.tech/db"


def test_prepared_statements_are_used_unless_the_service_url_is_pooled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `make test-pgbouncer` sets the first.
    for variable in ("DIRECT_DATABASE_URL", "DB_PREPARED_STATEMENTS"):
        monkeypatch.delenv(variable, raising=False)
    pooled = "postgresql://u:p@ep-cool-1-pooler.eu.aws.neon.tech/db"
    direct = "postgresql://u:p@ep-cool-1.eu.aws.neon.tech/db"
    assert make().prepared_statements is True
    assert make(database_url=direct, direct_database_url=direct).prepared_statements is True
    assert make(database_url=pooled).prepared_statements is False
    assert make(database_url=pooled, direct_database_url=direct).prepared_statements is False
    # A pooler that keeps prepared statements (PgBouncer 1.21+ with max_prepared_statements) is told so.
    assert make(database_url=pooled, db_prepared_statements="true").prepared_statements is True
    assert make(db_prepared_statements="false").prepared_statements is False
