"""Input types shared by every schema, so each class of hostile input is refused once, the same way.

PostgreSQL cannot store NUL in text and BIGINT stops at 2^63 - 1: without these, such input reached the
database and came back as a 500. Numbers (prices, amounts) are Decimals, which refuse NaN and ±Infinity
by themselves; cursors are read by `app.core.pagination`.
"""

from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

MAX_BIGINT = 2**63 - 1


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters (\\u0000)")
    return value


# Put into every `Annotated[str, ...]` that reaches the database (`Annotated[str, StringConstraints(...), NoNul]`).
NoNul = AfterValidator(_no_nul)

# An id or counter that fits PostgreSQL's BIGINT (notification ids, `after`, `up_to_id`).
BigIntId = Annotated[int, Field(ge=0, le=MAX_BIGINT)]

# Why someone did something, written for the person on the other side (a rejected proof, a revision, a ban,
# a suspension, an admin's override): required, or optional where an action may go unexplained.
REASON_MAX = 2000
Reason = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=REASON_MAX), NoNul
]
OptionalReason = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=REASON_MAX), NoNul
]
