"""How the statements that write response JSON in PostgreSQL (app/gigs/gig_json.py, app/orders/order_json.py)
spell values the way the Pydantic models do."""

from typing import Any

import sqlalchemy as sa


def money(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """NUMERIC(12,2) and (3,2) print with their two decimals: "49.00", as `MoneyOut` writes them."""
    return sa.cast(column, sa.Text)


def timestamp(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """RFC 3339 in UTC, whatever the session's time zone (null stays null)."""
    utc = sa.func.timezone(sa.literal_column("'UTC'"), column)
    return sa.func.to_char(utc, sa.literal_column("""'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'"""))
