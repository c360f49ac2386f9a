"""Money at the API boundary: Decimal inside, a two-decimal JSON string outside ("49.00")."""

from decimal import Decimal
from typing import Annotated

from pydantic import Field, PlainSerializer

MIN_PRICE = Decimal("1.00")
MAX_PRICE = Decimal("100000.00")


def _two_decimals(value: Decimal) -> str:
    return f"{value:.2f}"


# Output: always a string with two decimals, whatever the database returned.
MoneyOut = Annotated[Decimal, PlainSerializer(_two_decimals, return_type=str, when_used="json")]

# Input: a number or numeric string with at most two decimals (49, 49.5, "49.50").
MoneyIn = Annotated[Decimal, Field(max_digits=12, decimal_places=2)]
Price = Annotated[
    Decimal,
    Field(ge=MIN_PRICE, le=MAX_PRICE, max_digits=12, decimal_places=2, examples=["49.00"]),
]
