"""Alembic environment: the database URL comes from the API's settings, the target from app.models."""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

from app.core.config import Settings, get_settings
from app.core.migration_lock import MIGRATION_LOCK_KEY
from app.models import metadata

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The stored tsvector columns are compared by hand in migrations: autogenerate cannot diff
    # generated-column expressions reliably.
    if type_ == "column" and name in ("search_vector", "title_vector"):
        return False
    # procrastinate's tables are its own (its schema is applied by migration 0008, not modelled here).
    return not (type_ == "table" and reflected and (name or "").startswith("procrastinate_"))


def run_migrations_online() -> None:
    # Tests point Alembic at scratch databases through the config; everything else uses the settings:
    # DIRECT_DATABASE_URL when set (Neon's non-pooled endpoint), else DATABASE_URL.
    explicit_url = config.get_main_option("sqlalchemy.url")
    url = (
        Settings.use_async_driver(explicit_url)
        if explicit_url
        else get_settings().migrations_database_url
    )
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            include_object=include_object,
            compare_type=True,
            compare_server_default=False,
        )
        with context.begin_transaction():
            # The database's default statement timeout (0002) guards requests; a migration may take
            # longer. SET LOCAL, not SET: behind a transaction-mode pooler a session-level SET would
            # outlive this transaction on a server connection that other clients get next.
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
            # Every API instance migrates in its start command (Render's free plan has no pre-deploy
            # step): the second one waits here, then finds nothing left to do. Transaction-scoped, so
            # it also holds behind a transaction-mode pooler.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run against a database.")
run_migrations_online()
