"""GET /gigs hides a banned owner's gigs from the gig alone: the database copies the ban onto each gig."""

from typing import Any

import pytest
import sqlalchemy as sa
from httpx import AsyncClient
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.db import run_core
from app.models import User, gigs_table
from tests.factories import Factory

pytestmark = pytest.mark.asyncio


async def listed(client: AsyncClient, **params: Any) -> tuple[list[str], int]:
    response = await client.get("/gigs", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    return sorted(item["title"] for item in body["items"]), body["total"]


async def owner_banned(session: AsyncSession, owner: User) -> set[bool]:
    query = sa.select(gigs_table.c.owner_banned).where(gigs_table.c.freelancer_id == owner.id)
    return set((await run_core(session, query)).scalars().all())


async def test_a_ban_hides_every_gig_of_the_owner_and_an_unban_restores_them(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    admin, seller, other = (
        await factory.user(is_admin=True),
        await factory.user(),
        await factory.user(),
    )
    await factory.gig(seller, title="Haskell compiler work", tags=["haskell"])
    await factory.gig(seller, title="Haskell code review", tags=["haskell"])
    await factory.gig(other, title="Haskell tutoring", tags=["haskell"])
    everything = ["Haskell code review", "Haskell compiler work", "Haskell tutoring"]
    searches: list[dict[str, Any]] = [{}, {"q": "haskell"}, {"q": "haskel"}, {"tag": "haskell"}]
    for params in searches:
        assert await listed(client, **params) == (everything, 3)

    factory.sign_in(client, admin)
    ban = await client.post(f"/admin/users/{seller.id}/ban", json={"reason": "Fraud"})
    assert ban.status_code == 200
    assert await owner_banned(session, seller) == {True}
    assert await owner_banned(session, other) == {False}
    assert await listed(client) == (everything, 3)  # admins see every gig
    client.cookies.clear()
    for params in searches:  # the page and its count
        assert await listed(client, **params) == (["Haskell tutoring"], 1)
    factory.sign_in(client, other)  # a member sees their own gigs and the public ones
    assert await listed(client, q="haskell") == (["Haskell tutoring"], 1)

    factory.sign_in(client, admin)
    assert (await client.post(f"/admin/users/{seller.id}/unban")).status_code == 200
    assert await owner_banned(session, seller) == {False}
    client.cookies.clear()
    for params in searches:
        assert await listed(client, **params) == (everything, 3)


async def test_a_gig_of_an_owner_banned_already_is_hidden_from_the_start(
    client: AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    banned = await factory.user(is_banned=True)
    await factory.gig(banned, title="Created while banned")
    assert await owner_banned(session, banned) == {True}
    assert await listed(client) == ([], 0)
    assert await listed(client, q="created") == ([], 0)


async def test_the_copy_cannot_be_written_apart_from_the_owner(
    factory: Factory, session: AsyncSession
) -> None:
    banned, active = await factory.user(is_banned=True), await factory.user()
    gig = await factory.gig(banned)
    # A direct write of the flag, or a move to another owner, takes the owner's ban again.
    this_gig = sa.update(gigs_table).where(gigs_table.c.id == gig.id)
    await run_core(session, this_gig.values(owner_banned=False))
    assert await owner_banned(session, banned) == {True}
    await run_core(session, this_gig.values(freelancer_id=active.id))
    assert await owner_banned(session, active) == {False}
    await session.rollback()
