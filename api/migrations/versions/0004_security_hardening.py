"""Security hardening: token revocation, moderation state of gigs, proofs a freelancer rejected.

- `users.tokens_valid_after`: a token issued (`iat`) before it is refused (password change or reset, "sign out
  everywhere", a ban). `revoked_sessions`: one row per signed-out sign-in (`auth_time` of its tokens), so a
  refresh that raced the sign-out cannot bring that session back; rows are useless, and deleted, once a token of
  that sign-in could no longer be refreshed.
- `gigs.moderation_status` (+ `suspended_at`, `suspension_reason`): an admin's takedown is a state of its own that
  only an admin lifts; a CHECK keeps a suspended gig inactive whatever any code path writes. Gigs that admins
  deactivated before this migration (audit action `gig.deactivate`, still inactive) become suspended.
- `payment_proofs.rejected_at`: the freelancer's rejection, recorded once. A transaction id is unique among proofs
  that are pending or verified only, so a rejected proof frees its id for the client to submit again. Existing
  rejected proofs are those followed by a newer proof of the same order, or the latest of an order whose payment
  status is REJECTED.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Proofs stay evidence: only `verified` (false → true) and `rejected_at` (null → a time) may ever change, and a
# proof is never both.
APPEND_ONLY_PROOFS = """
CREATE OR REPLACE FUNCTION payment_proofs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'payment proofs are never deleted';
  END IF;
  IF (NEW.id, NEW.order_id, NEW.proof_reference, NEW.payer_name, NEW.amount, NEW.submitted_at)
     IS DISTINCT FROM
     (OLD.id, OLD.order_id, OLD.proof_reference, OLD.payer_name, OLD.amount, OLD.submitted_at)
     OR (OLD.verified AND NOT NEW.verified)
     OR (OLD.rejected_at IS NOT NULL AND NEW.rejected_at IS DISTINCT FROM OLD.rejected_at) THEN
    RAISE EXCEPTION 'payment proofs are append-only: only verified (once) or rejected_at (once) may change';
  END IF;
  RETURN NEW;
END $$;
"""

ORIGINAL_APPEND_ONLY_PROOFS = """
CREATE OR REPLACE FUNCTION payment_proofs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'payment proofs are never deleted';
  END IF;
  IF (NEW.id, NEW.order_id, NEW.proof_reference, NEW.payer_name, NEW.amount, NEW.submitted_at)
     IS DISTINCT FROM
     (OLD.id, OLD.order_id, OLD.proof_reference, OLD.payer_name, OLD.amount, OLD.submitted_at)
     OR (OLD.verified AND NOT NEW.verified) THEN
    RAISE EXCEPTION 'payment proofs are append-only: only verified may change, from false to true';
  END IF;
  RETURN NEW;
END $$;
"""

BACKFILL_REJECTED_PROOFS = """
UPDATE payment_proofs AS p SET rejected_at = now()
WHERE NOT p.verified AND (
  EXISTS (SELECT 1 FROM payment_proofs AS newer
          WHERE newer.order_id = p.order_id AND newer.submitted_at > p.submitted_at)
  OR EXISTS (SELECT 1 FROM orders AS o WHERE o.id = p.order_id AND o.payment_status = 'REJECTED')
)
"""

BACKFILL_SUSPENDED_GIGS = """
UPDATE gigs AS g SET moderation_status = 'suspended', suspended_at = a.created_at,
       suspension_reason = 'Deactivated by an administrator'
FROM (SELECT DISTINCT ON (target_id) target_id, created_at FROM audit_log
      WHERE action = 'gig.deactivate' ORDER BY target_id, created_at DESC) AS a
WHERE a.target_id = g.id AND NOT g.is_active
"""


def upgrade() -> None:
    op.add_column(
        "users", sa.Column("tokens_valid_after", sa.DateTime(timezone=True), nullable=True)
    )
    op.create_table(
        "revoked_sessions",
        sa.Column("user_id", sa.UUID(), nullable=False),
        sa.Column("auth_time", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_revoked_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "auth_time", name=op.f("pk_revoked_sessions")),
    )

    op.add_column(
        "gigs",
        sa.Column("moderation_status", sa.String(16), server_default="active", nullable=False),
    )
    op.add_column("gigs", sa.Column("suspended_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("gigs", sa.Column("suspension_reason", sa.Text(), nullable=True))
    op.execute(BACKFILL_SUSPENDED_GIGS)
    op.create_check_constraint(
        op.f("ck_gigs_moderation_status_valid"),
        "gigs",
        "moderation_status IN ('active', 'suspended')",
    )
    op.create_check_constraint(
        op.f("ck_gigs_suspended_is_inactive"),
        "gigs",
        "moderation_status = 'active' OR NOT is_active",
    )

    op.add_column(
        "payment_proofs", sa.Column("rejected_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.execute(BACKFILL_REJECTED_PROOFS)  # before the new trigger, which would allow it anyway
    op.execute(APPEND_ONLY_PROOFS)
    op.create_check_constraint(
        op.f("ck_payment_proofs_not_verified_and_rejected"),
        "payment_proofs",
        "NOT (verified AND rejected_at IS NOT NULL)",
    )
    op.drop_constraint("uq_payment_proofs_proof_reference", "payment_proofs", type_="unique")
    op.create_index(
        "uq_payment_proofs_live_reference",
        "payment_proofs",
        ["proof_reference"],
        unique=True,
        postgresql_where=sa.text("rejected_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_payment_proofs_live_reference", table_name="payment_proofs")
    # Fails when a rejected proof shares its id with a later one: proofs are evidence and are never deleted,
    # so such a database cannot go back to global uniqueness.
    op.create_unique_constraint(
        "uq_payment_proofs_proof_reference", "payment_proofs", ["proof_reference"]
    )
    op.drop_constraint(
        op.f("ck_payment_proofs_not_verified_and_rejected"), "payment_proofs", type_="check"
    )
    op.execute(ORIGINAL_APPEND_ONLY_PROOFS)
    op.drop_column("payment_proofs", "rejected_at")

    op.drop_constraint(op.f("ck_gigs_suspended_is_inactive"), "gigs", type_="check")
    op.drop_constraint(op.f("ck_gigs_moderation_status_valid"), "gigs", type_="check")
    op.drop_column("gigs", "suspension_reason")
    op.drop_column("gigs", "suspended_at")
    op.drop_column("gigs", "moderation_status")

    op.drop_table("revoked_sessions")
    op.drop_column("users", "tokens_valid_after")
