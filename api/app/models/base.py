"""Shared column helpers and the metadata every table registers on."""

from enum import StrEnum
from typing import Any, TypeVar

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


E = TypeVar("E", bound=StrEnum)


class EnumText(sa.types.TypeDecorator[E]):
    """A VARCHAR holding a StrEnum's values (a CHECK constraint keeps it honest), read back as the enum, so
    `order.status` is an `OrderStatus` in Python and in the schemas built from it. The column is plain
    VARCHAR(n) to the database and to Alembic."""

    impl = sa.String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: E | str | None, dialect: sa.Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: str | None, dialect: sa.Dialect) -> E | None:
        return None if value is None else self.enum(value)


def uuid_pk() -> Any:
    return Field(
        default=None,
        sa_column=sa.Column(
            UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()")
        ),
    )


def created_at(*, when_written: bool = False) -> Any:
    """The row's creation time: the transaction's start (`now()`), or, for rows whose order within one
    transaction matters (an order's timeline), the moment the row is written (`clock_timestamp()`)."""
    default = sa.func.clock_timestamp() if when_written else sa.func.now()
    return Field(
        default=None,
        sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=default),
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
