"""The users table, shared with Better Auth (which writes sign-ups into it)."""

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import created_at, updated_at, uuid_pk


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: uuid.UUID = uuid_pk()
    # Better Auth lower-cases emails before it writes them; the index keeps lookups exact.
    email: str = Field(sa_column=sa.Column(sa.String(320), nullable=False, unique=True))
    email_verified: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    full_name: str = Field(sa_column=sa.Column(sa.String(100), nullable=False))
    bio: str = Field(default="", sa_column=sa.Column(sa.Text, nullable=False, server_default=""))
    avatar_url: str | None = Field(default=None, sa_column=sa.Column(sa.String(2048)))
    payment_instructions: str = Field(
        default="", sa_column=sa.Column(sa.Text, nullable=False, server_default="")
    )
    is_admin: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    is_banned: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    banned_reason: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    # Tokens issued before this instant are refused (DESIGN §11): password change or reset, "sign out
    # everywhere", a ban.
    tokens_valid_after: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True))
    )
    # Which optional mail the person wants (DESIGN §11); account mail (verification, reset) always goes.
    email_order_updates: bool = Field(
        default=True, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.true())
    )
    email_messages: bool = Field(
        default=True, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.true())
    )
    email_reminders: bool = Field(
        default=True, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.true())
    )
    # Seller stats (DESIGN §14), kept current by the order and message services rather than recomputed per page:
    # orders completed as the freelancer, how many of them were first delivered by their due date, and the
    # first replies to incoming messages (count and total seconds: typical = total / count).
    completed_orders: int = Field(
        default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0")
    )
    on_time_orders: int = Field(
        default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0")
    )
    replies_count: int = Field(
        default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0")
    )
    replies_total_s: int = Field(
        default=0, sa_column=sa.Column(sa.BigInteger, nullable=False, server_default="0")
    )
    created_at: datetime = created_at()
    updated_at: datetime = updated_at()


class RevokedSession(SQLModel, table=True):
    """A signed-out sign-in: every token carrying this `auth_time` is refused, refreshed or not.

    Kept until no token of that sign-in could still be refreshed (`expires_at`), then deleted."""

    __tablename__ = "revoked_sessions"

    user_id: uuid.UUID = Field(
        sa_column=sa.Column(
            sa.UUID(as_uuid=True),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        )
    )
    auth_time: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True))
    expires_at: datetime = Field(sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False))
