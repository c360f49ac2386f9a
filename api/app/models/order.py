"""Orders, their append-only timeline, and the payment proofs clients submit."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlmodel import Field, SQLModel

from app.models.base import MONEY, EnumText, created_at, foreign_key, updated_at, uuid_pk
from app.models.file import files_column
from app.orders.statuses import EventAction, OrderStatus, PaymentStatus, sql_in


class Order(SQLModel, table=True):
    __tablename__ = "orders"

    id: uuid.UUID = uuid_pk()
    # RESTRICT: a gig with orders can be archived (is_active=false) but never deleted.
    gig_id: uuid.UUID = foreign_key("gigs.id")
    client_id: uuid.UUID = foreign_key("users.id")
    freelancer_id: uuid.UUID = foreign_key("users.id")
    status: OrderStatus = Field(
        default=OrderStatus.PENDING_PAYMENT,
        sa_column=sa.Column(EnumText(OrderStatus, 32), nullable=False, index=True),
    )
    payment_status: PaymentStatus = Field(
        default=PaymentStatus.UNPAID,
        sa_column=sa.Column(EnumText(PaymentStatus, 16), nullable=False),
    )
    # Snapshot of the gig when ordered: later edits to the gig never change what was bought.
    price: Decimal = Field(sa_column=sa.Column(MONEY, nullable=False))
    delivery_days: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    gig_title: str = Field(sa_column=sa.Column(sa.String(120), nullable=False))
    # The client's brief for the freelancer, given when ordering ("" when none).
    requirements: str = Field(
        default="", sa_column=sa.Column(sa.Text, nullable=False, server_default="")
    )
    reference_code: str = Field(sa_column=sa.Column(sa.String(16), nullable=False, unique=True))
    due_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime(timezone=True)))
    # When the status last changed: the timers' deadlines count from it (app/orders/deadlines.py).
    status_changed_at: datetime = Field(
        default=None,
        sa_column=sa.Column(
            sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    idempotency_key: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    idempotency_fingerprint: str | None = Field(default=None, sa_column=sa.Column(sa.String(64)))
    # The timers' notices, each sent once: the reminder before the current status's deadline (it holds the
    # `status_changed_at` it was sent for, so a later period gets its own), and the notice that work is late.
    reminder_sent_for: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True))
    )
    late_notified_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True))
    )
    created_at: datetime = created_at()
    updated_at: datetime = updated_at()

    __table_args__ = (
        sa.CheckConstraint(f"status IN ({sql_in(OrderStatus)})", name="status_valid"),
        sa.CheckConstraint(
            f"payment_status IN ({sql_in(PaymentStatus)})", name="payment_status_valid"
        ),
        sa.CheckConstraint("client_id <> freelancer_id", name="not_self_order"),
        sa.CheckConstraint("price > 0", name="price_positive"),
        sa.UniqueConstraint("client_id", "idempotency_key", name="uq_orders_client_idempotency"),
        sa.Index("ix_orders_client_created", "client_id", "created_at", "id"),
        sa.Index("ix_orders_freelancer_created", "freelancer_id", "created_at", "id"),
        # The timers' sweeps (app/orders/timers.py): each reads only the orders in the one status it acts on,
        # oldest change first, so a sweep over any number of orders is an index range scan.
        sa.Index(
            "ix_orders_pending_payment_changed",
            "status_changed_at",
            postgresql_where=sa.text("status = 'PENDING_PAYMENT'"),
        ),
        sa.Index(
            "ix_orders_submitted_changed",
            "status_changed_at",
            postgresql_where=sa.text("status = 'SUBMITTED'"),
        ),
        sa.Index(
            "ix_orders_work_owed_due",
            "due_at",
            postgresql_where=sa.text(
                "status IN ('IN_PROGRESS', 'REVISION_REQUESTED') AND late_notified_at IS NULL"
            ),
        ),
    )


class OrderEvent(SQLModel, table=True):
    """One row per transition, never updated: the order's timeline and audit trail."""

    __tablename__ = "order_events"

    id: uuid.UUID = uuid_pk()
    order_id: uuid.UUID = foreign_key("orders.id", ondelete="CASCADE")
    actor_id: uuid.UUID | None = Field(
        default=None,
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("users.id", ondelete="SET NULL")),
    )
    action: EventAction = Field(sa_column=sa.Column(EnumText(EventAction, 32), nullable=False))
    from_status: OrderStatus | None = Field(
        default=None, sa_column=sa.Column(EnumText(OrderStatus, 32))
    )
    to_status: OrderStatus = Field(sa_column=sa.Column(EnumText(OrderStatus, 32), nullable=False))
    reason: str | None = Field(default=None, sa_column=sa.Column(sa.Text))
    # A delivery's files (submit-work), as attached (app/files/attach.py).
    files: list[dict[str, Any]] = files_column()
    # When written, not when the transaction began: a timeline is sorted by it, and a transaction that
    # began before a concurrent one committed its move may still record the move that follows it.
    created_at: datetime = created_at(when_written=True)

    __table_args__ = (sa.Index("ix_order_events_order_created", "order_id", "created_at"),)


class PaymentProof(SQLModel, table=True):
    """A client's claim of a transfer. Never updated or deleted (a trigger enforces it), except that
    `verified` flips to true once, when the freelancer confirms receipt."""

    __tablename__ = "payment_proofs"

    id: uuid.UUID = uuid_pk()
    order_id: uuid.UUID = foreign_key("orders.id")
    # Normalised (app/orders/references.py) and unique among live proofs (pending or verified): the same
    # transfer cannot be claimed twice, anywhere, but a proof the freelancer rejected frees its id.
    proof_reference: str = Field(sa_column=sa.Column(sa.String(100), nullable=False))
    payer_name: str = Field(sa_column=sa.Column(sa.String(100), nullable=False))
    amount: Decimal = Field(sa_column=sa.Column(MONEY, nullable=False))
    # The transfer's receipt (a screenshot, a PDF), as attached.
    files: list[dict[str, Any]] = files_column()
    submitted_at: datetime = created_at()
    verified: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )

    rejected_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True))
    )

    __table_args__ = (
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        sa.CheckConstraint(
            "NOT (verified AND rejected_at IS NOT NULL)", name="not_verified_and_rejected"
        ),
        sa.Index(
            "uq_payment_proofs_live_reference",
            "proof_reference",
            unique=True,
            postgresql_where=sa.text("rejected_at IS NULL"),
        ),
    )
