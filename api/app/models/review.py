"""Reviews: each party of a completed order may review the other once."""

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import created_at, foreign_key, uuid_pk


class Review(SQLModel, table=True):
    __tablename__ = "reviews"

    id: uuid.UUID = uuid_pk()
    order_id: uuid.UUID = foreign_key("orders.id")
    reviewer_id: uuid.UUID = foreign_key("users.id")
    reviewee_id: uuid.UUID = foreign_key("users.id")
    rating: int = Field(sa_column=sa.Column(sa.SmallInteger, nullable=False))
    comment: str = Field(
        default="", sa_column=sa.Column(sa.Text, nullable=False, server_default="")
    )
    created_at: datetime = created_at()

    __table_args__ = (
        sa.UniqueConstraint("order_id", "reviewer_id", name="uq_reviews_order_reviewer"),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
        sa.CheckConstraint("reviewer_id <> reviewee_id", name="not_self_review"),
        sa.Index("ix_reviews_reviewee_created", "reviewee_id", "created_at"),
    )
