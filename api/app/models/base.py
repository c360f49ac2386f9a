"""Shared column helpers and the metadata every table registers on."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlmodel import Field, SQLModel

# Deterministic constraint names, so Alembic can find (and drop) what it created.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MONEY = sa.Numeric(12, 2)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table behind a model, for multi-table Core queries and unmapped columns."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]  # SQLModel sets it at class creation
    return table


def uuid_pk() -> Any:
    return Field(
        default=None,
        sa_column=sa.Column(
            UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()")
        ),
    )


def created_at() -> Any:
    return Field(
        default=None,
        sa_column=sa.Column(
            sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )


def updated_at() -> Any:
    return Field(
        default=None,
        sa_column=sa.Column(
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.func.now(),
            onupdate=sa.func.now(),
        ),
    )


def foreign_key(target: str, *, ondelete: str = "RESTRICT", nullable: bool = False) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=sa.Column(
            UUID(as_uuid=True),
            sa.ForeignKey(target, ondelete=ondelete),
            nullable=nullable,
            index=True,
        ),
    )


def money(*, nullable: bool = False) -> Any:
    return Field(sa_column=sa.Column(MONEY, nullable=nullable))


__all__ = ["Decimal", "SQLModel", "datetime", "uuid"]
