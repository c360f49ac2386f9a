"""Gig search: the typo tier corrects the query's words against a dictionary of title words (`gig_title_words`).

Why (measured with `make bench-gigs`, 100,000 gigs): the typo tier asked the trigram index on `gigs.title` for
every title close to each query word. Trigrams are shared by thousands of titles ("desing" has "esi", "sin",
"ing"), so the index handed over most of the table for a word-similarity check each: about 12 ms of PostgreSQL
per typo search. The titles hold a few thousand distinct words; looking the query's words up among those is a
small index read, and the titles holding a close word come from the exact title index (`title_vector`).

The dictionary holds each word of a title as the text search's parser splits it (`title_words`): lower case,
unstemmed, without English stop words (the search never needs a title to hold one). Triggers keep it whoever
writes: each statement that inserts gigs adds their words, and a changed title adds its own. A word no title
holds any more stays: it can only ever propose a correction that matches no gig, which the search then finds
empty in its index.

The trigram index on `gigs.title` had no other reader, and each gig write paid for it: it goes.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_PENDING_LIST = {"fastupdate": "off"}

# Words are inserted in order, so two transactions adding overlapping words wait for one another instead of
# deadlocking.
FUNCTIONS_AND_TRIGGERS = """
CREATE FUNCTION title_words(title text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT word FROM unnest(tsvector_to_array(to_tsvector('simple', coalesce(title, '')))) AS word
  WHERE to_tsvector('english', word) <> ''::tsvector
$$;

CREATE FUNCTION gigs_add_title_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO gig_title_words (word)
    SELECT DISTINCT word FROM added_gigs, title_words(added_gigs.title) AS word ORDER BY word
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER gigs_add_title_words AFTER INSERT ON gigs
  REFERENCING NEW TABLE AS added_gigs FOR EACH STATEMENT EXECUTE FUNCTION gigs_add_title_words();

CREATE FUNCTION gigs_add_changed_title_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO gig_title_words (word)
    SELECT DISTINCT word FROM title_words(NEW.title) AS word ORDER BY word
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER gigs_add_changed_title_words AFTER UPDATE OF title ON gigs
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
  EXECUTE FUNCTION gigs_add_changed_title_words();
"""


def upgrade() -> None:
    op.create_table("gig_title_words", sa.Column("word", sa.Text(), primary_key=True))
    op.create_index(
        "ix_gig_title_words_trgm",
        "gig_title_words",
        ["word"],
        postgresql_using="gin",
        postgresql_ops={"word": "gin_trgm_ops"},
        postgresql_with=NO_PENDING_LIST,
    )
    op.execute(FUNCTIONS_AND_TRIGGERS)
    op.execute(
        "INSERT INTO gig_title_words (word) "
        "SELECT DISTINCT word FROM gigs, title_words(gigs.title) AS word ON CONFLICT DO NOTHING"
    )
    op.execute("ANALYZE gig_title_words")
    op.drop_index("ix_gigs_title_trgm", table_name="gigs")


def downgrade() -> None:
    op.create_index(
        "ix_gigs_title_trgm",
        "gigs",
        ["title"],
        postgresql_using="gin",
        postgresql_ops={"title": "gin_trgm_ops"},
        postgresql_with=NO_PENDING_LIST,
    )
    op.execute("DROP TRIGGER gigs_add_changed_title_words ON gigs")
    op.execute("DROP FUNCTION gigs_add_changed_title_words()")
    op.execute("DROP TRIGGER gigs_add_title_words ON gigs")
    op.execute("DROP FUNCTION gigs_add_title_words()")
    op.execute("DROP FUNCTION title_words(text)")
    op.drop_table("gig_title_words")
