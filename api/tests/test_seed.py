"""The demo seed is idempotent and its logins use Better Auth's credential format."""

import pytest
from argon2 import PasswordHasher
from sqlmodel import SQLModel, col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.config import Settings
from app.core.db import Database
from app.files.storage import FileStorage, storage_from_settings
from app.models import Account, Dispute, File, Gig, Order, OrderEvent, PaymentProof, Review, User
from app.seed import DEMO_PASSWORD, DEMO_USERS, seed
from app.seed_gigs import DEMO_GIGS
from app.seed_orders import DEMO_ORDERS
from tests.orders_helpers import DEADLINES

pytestmark = pytest.mark.asyncio


@pytest.fixture
def storage(settings: Settings) -> FileStorage:
    return storage_from_settings(settings)


async def count(session: AsyncSession, model: type[SQLModel]) -> int:
    return (await session.exec(select(func.count()).select_from(model))).one()


async def test_seed_twice_gives_the_same_data(
    database: Database, session: AsyncSession, storage: FileStorage
) -> None:
    await seed(database, DEADLINES, storage)
    await seed(database, DEADLINES, storage)
    assert await count(session, User) == len(DEMO_USERS)
    assert await count(session, Account) == len(DEMO_USERS)
    assert await count(session, Gig) == len(DEMO_GIGS) >= 30
    # Every demo gig has one cover, drawn and stored once however often the seed runs.
    assert await count(session, File) == len(DEMO_GIGS)
    gigs = (await session.exec(select(Gig))).all()
    assert all(
        len(gig.images) == 1 and gig.images[0]["content_type"] == "image/jpeg" for gig in gigs
    )
    assert await count(session, Order) == len(DEMO_ORDERS)
    assert await count(session, Review) == 6
    assert await count(session, Dispute) == 1
    admins = (await session.exec(select(User).where(User.is_admin))).all()
    assert [admin.email for admin in admins] == ["admin@devmarket.test"]


async def test_seeded_password_is_argon2id_with_owasp_parameters(
    database: Database, session: AsyncSession, storage: FileStorage
) -> None:
    await seed(database, DEADLINES, storage)
    account = (await session.exec(select(Account))).first()
    assert account is not None
    assert account.password is not None
    assert account.provider_id == "credential"
    assert account.password.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert PasswordHasher().verify(account.password, DEMO_PASSWORD)


async def test_seeded_orders_went_through_the_state_machine(
    database: Database, session: AsyncSession, storage: FileStorage
) -> None:
    """Each demo order's timeline is the one the product writes, in the order it happened."""
    await seed(database, DEADLINES, storage)
    order = (await session.exec(select(Order).where(Order.status == "COMPLETED"))).first()
    assert order is not None
    events = (
        await session.exec(
            select(OrderEvent)
            .where(OrderEvent.order_id == order.id)
            .order_by(col(OrderEvent.created_at), col(OrderEvent.id))
        )
    ).all()
    assert [event.action for event in events] == [
        "place", "submit-payment", "confirm-payment", "start-work", "submit-work", "approve",
    ]  # fmt: skip
    assert [event.to_status for event in events][-1] == "COMPLETED"
    proof = (
        await session.exec(select(PaymentProof).where(PaymentProof.order_id == order.id))
    ).one()
    assert proof.verified
    assert order.payment_status == "CONFIRMED"
    assert order.due_at is not None
