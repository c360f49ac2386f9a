"""Serialising check-then-write rules (rate limits, caps) per subject, in the request's transaction.

A count followed by an insert lets concurrent requests all see the same count and all insert. A
transaction-scoped advisory lock on the subject makes them take turns: each one counts only after the one
before it committed. It ends with the transaction, so it works through PgBouncer in transaction mode too.
"""

import uuid

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import run_core


async def take_turns(session: AsyncSession, scope: str, subject: uuid.UUID) -> None:
    """Wait until no other transaction holds (`scope`, `subject`); hold it until this one ends."""
    key = sa.func.hashtextextended(f"{scope}:{subject}", 0)
    await run_core(session, sa.select(sa.func.pg_advisory_xact_lock(key)))
