"""Discovery (DESIGN §14): categories (seeded here), gig tags and categories, favourites, and the seller stats the
order and message services keep current.

Existing gigs move to the leaf their title points at (a logo gig to "Logo & brand", an API to "Backend & APIs", …;
"Web apps" when nothing matches). Stats are backfilled from the orders and messages already there.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (slug, name, parent, description)
CATEGORIES = [
    (
        "development",
        "Development",
        None,
        "Freelance developers for web and mobile apps, APIs, cloud, data and testing.",
    ),
    (
        "web-apps",
        "Web apps",
        "development",
        "Web applications built end to end: React, Next.js, Vue, dashboards and SaaS products.",
    ),
    (
        "backend-apis",
        "Backend & APIs",
        "development",
        "APIs, backends and integrations: FastAPI, Django, Node.js, databases and payments.",
    ),
    (
        "mobile-apps",
        "Mobile apps",
        "development",
        "iOS and Android apps, React Native and Flutter, from prototype to store release.",
    ),
    (
        "devops-cloud",
        "DevOps & cloud",
        "development",
        "CI/CD, Docker, Kubernetes, AWS, GCP and Azure: deployments that stay up.",
    ),
    (
        "data-ml",
        "Data & ML",
        "development",
        "Data pipelines, analytics, dashboards and machine learning models.",
    ),
    (
        "qa-testing",
        "QA & testing",
        "development",
        "Test plans, automated end-to-end and API tests, audits and bug hunts.",
    ),
    (
        "design",
        "Design",
        None,
        "Freelance designers for product interfaces, brands, illustration and websites.",
    ),
    (
        "ui-ux",
        "UI/UX",
        "design",
        "Product interfaces and user experience: research, wireframes, Figma prototypes.",
    ),
    (
        "logo-brand",
        "Logo & brand",
        "design",
        "Logos, brand identities and style guides that people remember.",
    ),
    (
        "illustration",
        "Illustration",
        "design",
        "Illustrations, icons and artwork for products, sites and campaigns.",
    ),
    (
        "web-design",
        "Web design",
        "design",
        "Landing pages and websites designed to convert, in Figma, Webflow or WordPress.",
    ),
]

# The first pattern a gig's title matches decides its category (PostgreSQL case-insensitive regular expressions).
TITLE_RULES = [
    ("logo-brand", r"logo|brand"),
    ("illustration", r"illustrat|icon|artwork|drawing"),
    ("ui-ux", r"\mui\M|\mux\M|figma|prototype|wireframe"),
    ("web-design", r"landing page|wordpress|webflow|website design|web design"),
    ("mobile-apps", r"mobile|\mios\M|android|react native|flutter|swift"),
    ("devops-cloud", r"devops|docker|kubernetes|\maws\M|terraform|ci/cd|cloud|deploy"),
    ("data-ml", r"data|machine learning|\mml\M|\mai\M|pandas|analytics|scrap"),
    ("qa-testing", r"\mtest|\mqa\M|playwright|cypress|audit"),
    ("backend-apis", r"\mapi|backend|fastapi|django|node|postgres|database|stripe"),
]


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("slug", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("parent_slug", sa.String(length=40), nullable=True),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_slug"],
            ["categories.slug"],
            name=op.f("fk_categories_parent_slug_categories"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_categories")),
    )
    categories = sa.table(
        "categories",
        sa.column("slug", sa.String),
        sa.column("name", sa.String),
        sa.column("description", sa.String),
        sa.column("parent_slug", sa.String),
        sa.column("position", sa.SmallInteger),
    )
    op.bulk_insert(
        categories,
        [
            {"slug": slug, "name": name, "parent_slug": parent, "description": text, "position": n}
            for n, (slug, name, parent, text) in enumerate(CATEGORIES)
        ],
    )

    op.create_table(
        "favorites",
        sa.Column("user_id", sa.UUID(), nullable=False),
        sa.Column("gig_id", sa.UUID(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["gig_id"], ["gigs.id"], name=op.f("fk_favorites_gig_id_gigs"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_favorites_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "gig_id", name=op.f("pk_favorites")),
    )
    op.create_index(op.f("ix_favorites_gig_id"), "favorites", ["gig_id"], unique=False)
    op.create_index(
        "ix_favorites_user_created", "favorites", ["user_id", "created_at", "gig_id"], unique=False
    )

    op.add_column("gigs", sa.Column("category", sa.String(length=40), nullable=True))
    cases = " ".join(f"WHEN title ~* '{pattern}' THEN '{slug}'" for slug, pattern in TITLE_RULES)
    op.execute(f"UPDATE gigs SET category = CASE {cases} ELSE 'web-apps' END")  # noqa: S608 (constants above)
    op.alter_column("gigs", "category", nullable=False)
    op.create_foreign_key(
        op.f("fk_gigs_category_categories"),
        "gigs",
        "categories",
        ["category"],
        ["slug"],
        onupdate="CASCADE",
        ondelete="RESTRICT",
    )
    op.add_column(
        "gigs",
        sa.Column(
            "tags",
            postgresql.ARRAY(sa.String(length=24)),
            server_default=sa.text("'{}'::varchar[]"),
            nullable=False,
        ),
    )
    op.create_check_constraint(op.f("ck_gigs_tags_at_most_five"), "gigs", "cardinality(tags) <= 5")
    op.add_column(
        "gigs", sa.Column("orders_completed", sa.Integer(), server_default="0", nullable=False)
    )
    op.create_index(
        "ix_gigs_category_created_at_id", "gigs", ["category", "created_at", "id"], unique=False
    )
    op.create_index("ix_gigs_popular_id", "gigs", ["orders_completed", "id"], unique=False)
    op.create_index("ix_gigs_tags", "gigs", ["tags"], unique=False, postgresql_using="gin")

    op.add_column(
        "users", sa.Column("completed_orders", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "users", sa.Column("on_time_orders", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "users", sa.Column("replies_count", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "users", sa.Column("replies_total_s", sa.BigInteger(), server_default="0", nullable=False)
    )

    # Backfills. On time: the order's first delivery came before its due date.
    op.execute(
        "UPDATE gigs g SET orders_completed = c.n FROM "
        "(SELECT gig_id, count(*) AS n FROM orders WHERE status = 'COMPLETED' GROUP BY gig_id) c "
        "WHERE c.gig_id = g.id"
    )
    op.execute(
        """
        UPDATE users u SET completed_orders = c.done, on_time_orders = c.on_time
        FROM (
            SELECT o.freelancer_id,
                   count(*) AS done,
                   count(*) FILTER (WHERE first.at <= o.due_at) AS on_time
            FROM orders o
            LEFT JOIN LATERAL (
                SELECT min(e.created_at) AS at FROM order_events e
                WHERE e.order_id = o.id AND e.action = 'submit-work'
            ) first ON true
            WHERE o.status = 'COMPLETED'
            GROUP BY o.freelancer_id
        ) c
        WHERE c.freelancer_id = u.id
        """
    )
    # A first reply: a message answering the other person's earliest message since this person last wrote.
    op.execute(
        """
        WITH replies AS (
            SELECT m.sender_id,
                   extract(epoch FROM m.created_at - (
                       SELECT min(incoming.created_at) FROM messages incoming
                       WHERE incoming.sender_id = m.receiver_id AND incoming.receiver_id = m.sender_id
                         AND incoming.created_at < m.created_at
                         AND incoming.created_at > coalesce((
                             SELECT max(mine.created_at) FROM messages mine
                             WHERE mine.sender_id = m.sender_id AND mine.receiver_id = m.receiver_id
                               AND mine.created_at < m.created_at), '-infinity')
                   )) AS seconds
            FROM messages m
        )
        UPDATE users u SET replies_count = r.n, replies_total_s = r.total
        FROM (
            SELECT sender_id, count(*) AS n, round(sum(seconds))::bigint AS total
            FROM replies WHERE seconds IS NOT NULL GROUP BY sender_id
        ) r
        WHERE r.sender_id = u.id
        """
    )


def downgrade() -> None:
    op.drop_column("users", "replies_total_s")
    op.drop_column("users", "replies_count")
    op.drop_column("users", "on_time_orders")
    op.drop_column("users", "completed_orders")
    op.drop_index("ix_gigs_tags", table_name="gigs", postgresql_using="gin")
    op.drop_index("ix_gigs_popular_id", table_name="gigs")
    op.drop_index("ix_gigs_category_created_at_id", table_name="gigs")
    op.drop_column("gigs", "orders_completed")
    op.drop_constraint(op.f("ck_gigs_tags_at_most_five"), "gigs", type_="check")
    op.drop_column("gigs", "tags")
    op.drop_constraint(op.f("fk_gigs_category_categories"), "gigs", type_="foreignkey")
    op.drop_column("gigs", "category")
    op.drop_index("ix_favorites_user_created", table_name="favorites")
    op.drop_index(op.f("ix_favorites_gig_id"), table_name="favorites")
    op.drop_table("favorites")
    op.drop_table("categories")
