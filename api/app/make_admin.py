"""Grant admin rights to an existing account: `python -m app.make_admin someone@example.com`."""

import asyncio
import sys

from sqlalchemy import update
from sqlmodel import col

from app.core.config import get_settings
from app.core.db import Database
from app.models import User


async def make_admin(database: Database, email: str) -> bool:
    async with database.sessions() as session, session.begin():
        result = await session.exec(
            update(User).where(col(User.email) == email.strip().lower()).values(is_admin=True)
        )
        return bool(result.rowcount)


async def main(argv: list[str]) -> int:
    if len(argv) != 1 or "@" not in argv[0]:
        print("usage: make admin EMAIL=someone@example.com", file=sys.stderr)
        return 2
    database = Database(get_settings())
    try:
        found = await make_admin(database, argv[0])
    finally:
        await database.dispose()
    if not found:
        print(f"No account with email {argv[0]}; sign up first.", file=sys.stderr)
        return 1
    print(f"{argv[0]} is now an admin. They get admin rights on their next request.")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
