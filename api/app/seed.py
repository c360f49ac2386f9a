"""Demo data for development: `python -m app.seed`. Idempotent — existing demo rows are left alone.

The logins printed here are for local development only; the seed refuses to run in production.
"""

import asyncio
import io
from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import get_settings
from app.core.db import Database
from app.files.attach import attach
from app.files.storage import FileStorage, storage_from_settings
from app.files.uploads import store_file
from app.models import Account, Attachment, Gig, User
from app.orders.deadlines import Deadlines
from app.passwords import hash_password
from app.seed_gigs import DEMO_DISCOVERY, DEMO_GIGS
from app.seed_images import cover_image
from app.seed_orders import DEMO_ORDERS, ensure_orders

DEMO_PASSWORD = "devmarket-demo"  # noqa: S105  # documented dev-only login, refused in production


@dataclass(frozen=True)
class DemoUser:
    email: str
    full_name: str
    bio: str
    is_admin: bool = False
    payment_instructions: str = ""


DEMO_USERS = (
    DemoUser(
        "admin@devmarket.test", "Morgan Admin", "Keeps DevMarket fair and safe.", is_admin=True
    ),
    DemoUser(
        "ada@devmarket.test",
        "Ada Okafor",
        "Full-stack engineer: Python, FastAPI, PostgreSQL and React. Ten years shipping SaaS.",
        payment_instructions="Bank transfer: First Demo Bank, IBAN DE89 3704 0044 0532 0130 00, "
        "account holder Ada Okafor. Put the order reference in the transfer note.",
    ),
    DemoUser(
        "lin@devmarket.test",
        "Lin Chen",
        "Product designer: brand identities, Figma design systems and landing pages.",
        payment_instructions="Mobile wallet: +1 555 0100 (Lin Chen). Reference = order code.",
    ),
    DemoUser(
        "omar@devmarket.test",
        "Omar Haddad",
        "Mobile and DevOps engineer: React Native, Shopify, AWS and Terraform.",
        payment_instructions="Bank transfer: Demo Credit Union, account 000123456, routing "
        "021000021, Omar Haddad. Use the order reference as the memo.",
    ),
    DemoUser("grace@devmarket.test", "Grace Mensah", "Founder of a small e-commerce shop."),
    DemoUser("sam@devmarket.test", "Sam Rivera", "Agency PM buying design and dev work."),
)


async def ensure_user(session: AsyncSession, demo: DemoUser) -> User:
    existing = (await session.exec(select(User).where(col(User.email) == demo.email))).first()
    if existing is not None:
        return existing
    user = User(
        email=demo.email,
        email_verified=True,
        full_name=demo.full_name,
        bio=demo.bio,
        is_admin=demo.is_admin,
        payment_instructions=demo.payment_instructions,
    )
    session.add(user)
    await session.flush()
    # Better Auth's credential account: account_id is the user id, password the Argon2id hash.
    session.add(
        Account(
            account_id=str(user.id),
            provider_id="credential",
            user_id=user.id,
            password=hash_password(DEMO_PASSWORD),
        )
    )
    return user


async def ensure_gigs(session: AsyncSession, users: dict[str, User]) -> int:
    """Adds the demo gigs a freelancer does not have yet (matched by title)."""
    added = 0
    for email, title, description, price, days in DEMO_GIGS:
        owner = users[email]
        exists = (
            await session.exec(
                select(Gig.id).where(col(Gig.freelancer_id) == owner.id, col(Gig.title) == title)
            )
        ).first()
        if exists is None:
            category, tags = DEMO_DISCOVERY.get(title, ("web-apps", []))
            session.add(
                Gig(
                    freelancer_id=owner.id,
                    title=title,
                    description=description,
                    price=price,
                    delivery_days=days,
                    category=category,
                    tags=tags,
                )
            )
            added += 1
    return added


async def ensure_covers(session: AsyncSession, storage: FileStorage, users: dict[str, User]) -> int:
    """Gives every demo gig without images a drawn cover (app/seed_images.py), stored like an upload."""
    added = 0
    for email, title, *_ in DEMO_GIGS:
        owner = users[email]
        gig = (
            await session.exec(
                select(Gig).where(col(Gig.freelancer_id) == owner.id, col(Gig.title) == title)
            )
        ).one()
        if gig.images:
            continue
        cover = await store_file(
            session, storage, owner, io.BytesIO(cover_image(title)), "cover.jpg"
        )
        gig.images = await attach(
            session, owner, [cover.id], Attachment.GIG_IMAGE, gig.id, images_only=True, replace=True
        )
        session.add(gig)
        added += 1
    return added


async def seed(database: Database, deadlines: Deadlines, storage: FileStorage) -> dict[str, User]:
    async with database.sessions() as session, session.begin():
        users = {demo.email: await ensure_user(session, demo) for demo in DEMO_USERS}
        await ensure_gigs(session, users)
        await session.flush()
        await ensure_covers(session, storage, users)
        await ensure_orders(session, users, deadlines)
        return users


async def main() -> None:
    settings = get_settings()
    if settings.is_production:
        raise SystemExit("Refusing to seed demo accounts in production.")
    database = Database(settings)
    try:
        users = await seed(
            database, Deadlines.from_settings(settings), storage_from_settings(settings)
        )
    finally:
        await database.dispose()
    print(
        f"Demo data ready: {len(users)} accounts, {len(DEMO_GIGS)} gigs, {len(DEMO_ORDERS)} orders."
        f" Password for every account: {DEMO_PASSWORD}"
    )
    for demo in DEMO_USERS:
        print(f"  {demo.email:<24} {'admin' if demo.is_admin else ''}")


if __name__ == "__main__":
    asyncio.run(main())
