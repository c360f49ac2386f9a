"""Categories (DESIGN §14): a two-level taxonomy, seeded by migration 0011; every gig sits in one leaf."""

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class Category(SQLModel, table=True):
    __tablename__ = "categories"

    slug: str = Field(sa_column=sa.Column(sa.String(40), primary_key=True))
    name: str = Field(sa_column=sa.Column(sa.String(60), nullable=False))
    # What a category page says about itself (its meta description and lead paragraph).
    description: str = Field(sa_column=sa.Column(sa.String(300), nullable=False))
    parent_slug: str | None = Field(
        default=None,
        sa_column=sa.Column(sa.String(40), sa.ForeignKey("categories.slug", ondelete="RESTRICT")),
    )
    position: int = Field(sa_column=sa.Column(sa.SmallInteger, nullable=False))
