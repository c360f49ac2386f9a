"""Better Auth's own tables. Alembic owns their schema; Better Auth only reads and writes rows.

They are modelled here so that `alembic check` and autogenerate see them and never propose dropping them.
"""

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import created_at, foreign_key, updated_at, uuid_pk

TIMESTAMPTZ = sa.DateTime(timezone=True)


class Account(SQLModel, table=True):
    """A way to sign in; email + password rows carry the Argon2id hash in `password`."""

    __tablename__ = "accounts"

    id: uuid.UUID = uuid_pk()
    account_id: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    provider_id: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    user_id: uuid.UUID = foreign_key("users.id", ondelete="CASCADE")
    access_token: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    refresh_token: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    id_token: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    access_token_expires_at: datetime | None = Field(default=None, sa_column=sa.Column(TIMESTAMPTZ))
    refresh_token_expires_at: datetime | None = Field(
        default=None, sa_column=sa.Column(TIMESTAMPTZ)
    )
    scope: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    password: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    created_at: datetime = created_at()
    updated_at: datetime = updated_at()

    __table_args__ = (sa.UniqueConstraint("provider_id", "account_id"),)


class Session(SQLModel, table=True):
    """Better Auth's sessions. Always empty: the access-token plugin deletes each row it creates."""

    __tablename__ = "sessions"

    id: uuid.UUID = uuid_pk()
    expires_at: datetime = Field(sa_column=sa.Column(TIMESTAMPTZ, nullable=False))
    token: str = Field(sa_column=sa.Column(sa.Text, nullable=False, unique=True))
    created_at: datetime = created_at()
    updated_at: datetime = updated_at()
    ip_address: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    user_agent: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    user_id: uuid.UUID = foreign_key("users.id", ondelete="CASCADE")


class Verification(SQLModel, table=True):
    __tablename__ = "verifications"

    id: uuid.UUID = uuid_pk()
    identifier: str = Field(sa_column=sa.Column(sa.Text, nullable=False, index=True))
    value: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    expires_at: datetime = Field(sa_column=sa.Column(TIMESTAMPTZ, nullable=False))
    created_at: datetime = created_at()
    updated_at: datetime = updated_at()


class RateLimit(SQLModel, table=True):
    """Better Auth's sign-in/sign-up rate limit counters, kept in the database so restarts keep them."""

    __tablename__ = "rate_limits"

    id: uuid.UUID = uuid_pk()
    key: str = Field(sa_column=sa.Column(sa.Text, nullable=False, unique=True))
    count: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    last_request: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
