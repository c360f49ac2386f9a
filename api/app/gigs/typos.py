"""The typo tier's conditions and ranking (app/gigs/search.py): which titles are close to the query's words, and
how close.

The query's words are corrected against a dictionary of the titles' words (`gig_title_words`, migration 0015):
a *correction* of a word is a dictionary word whose word similarity to it is at least WORD_SIMILARITY, found
by the dictionary's trigram index. A title is a candidate when, for every word of the query (but stop words),
it holds a correction: the exact title index (`title_vector`) finds the titles holding a correction's stem,
and the title's text must hold the correction itself (a stem is shared: "organization" and "organ").
Candidates rank by `closeness`, the sum over the query's words of their best correction's score in the title.

Why a dictionary: trigrams are shared by thousands of titles ("desing" has "esi", "sin", "ing"), so asking the
title trigrams for every title close to a word hands over most of the table, and each one's similarity then
costs microseconds to compute. The titles hold a few thousand distinct words, so the similarity is computed on
a few of those instead, once per search; a title only has to be found by its words, which the exact index does.
"""

from typing import Any

import sqlalchemy as sa

from app.models import gig_title_words
from app.models import gigs_table as gigs

# How close a query word must be to a title's word (pg_trgm's word similarity, 0 to 1). The search sets
# pg_trgm's own threshold to it (search.SEARCH_SETTINGS), which the dictionary's `<%` uses.
WORD_SIMILARITY = 0.5

# Words a title need not contain for a typo match ("logo desing for startup"): PostgreSQL's English stop words,
# which the text search ignores for exact matches and the title dictionary leaves out — as its file
# (tsearch_data/english.stop) lists them (tests/test_gigs_search_typos.py checks PostgreSQL agrees).
ENGLISH_STOP_LIST = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she
    her hers herself it its itself they them their theirs themselves what which who whom this that
    these those am is are was were be been being have has had having do does did doing a an the and
    but if or because as until while of at by for with about against between into through during
    before after above below to from up down in out on off over under again further then once here
    there when where why how all any both each few more most other some such no nor not only own
    same so than too very s t can will just don should now
    """
STOP_WORDS = frozenset(ENGLISH_STOP_LIST.split())


def fuzzy_words(words: list[str]) -> list[str]:
    return [word for word in words if word not in STOP_WORDS]


def fuzzy_word(index: int) -> sa.BindParameter[Any]:
    return sa.bindparam(f"q_word_{index}", type_=sa.String)


def fuzzy_values(words: list[str]) -> dict[str, str]:
    """The values of the `fuzzy_word` parameters the conditions below declare."""
    return {f"q_word_{i}": word for i, word in enumerate(fuzzy_words(words))}


DICTIONARY_WORD = gig_title_words.c.word


def _close_to(word: sa.ColumnElement[Any]) -> sa.ColumnElement[bool]:
    # `<%`: word similarity at least pg_trgm's threshold, which the search sets to WORD_SIMILARITY.
    return word.op("<%", is_comparison=True)(DICTIONARY_WORD)


def _stem_query(dictionary_word: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    return sa.func.plainto_tsquery("english", dictionary_word)


def _containing(dictionary_word: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """A LIKE pattern for a text holding the word (its LIKE wildcards escaped)."""
    escaped = sa.func.regexp_replace(dictionary_word, r"([\\%_])", r"\\\1", "g")
    return sa.literal("%") + escaped + sa.literal("%")


def fuzzy_title(found: sa.CTE, count: int) -> sa.ColumnElement[bool]:
    """The title holds a correction of every word (`found`: the `corrections` CTE, read once per word as
    arrays the statement computes once).

    Word by word rather than the whole query: one typo in a long title ("logo desing" against
    "I will design a modern minimalist logo") dilutes a whole-query similarity below any useful
    threshold, while each word on its own is close."""

    def of_word(column: sa.ColumnElement[Any], n: int) -> sa.ColumnElement[Any]:
        return sa.func.array(sa.select(column).where(found.c.n == n).scalar_subquery())

    conditions: list[sa.ColumnElement[bool]] = []
    for n in range(count):
        conditions += [
            # The index's part: the titles holding a correction's stem.
            gigs.c.title_vector.op("@@", is_comparison=True)(sa.any_(of_word(found.c.stem, n))),
            sa.func.lower(gigs.c.title).like(sa.any_(of_word(found.c.pattern, n))),
        ]
    return sa.and_(*conditions)


def _strict_similarity(word: sa.ColumnElement[Any], other: sa.ColumnElement[Any]) -> Any:
    return sa.func.strict_word_similarity(word, other, type_=sa.Float)


def corrections(count: int) -> sa.CTE:
    """Every correction of every word: which word (`n`), its stem query, its LIKE pattern and its score.

    The score reads the words from both ends: trigrams alone cannot tell "reakt" from "React" or "ready"
    (both share "  r", " re", "rea"); on the reversed strings the last letter counts as much as the first,
    and "React" wins."""
    per_word = [
        sa.select(
            sa.literal(i).label("n"),
            _stem_query(DICTIONARY_WORD).label("stem"),
            _containing(DICTIONARY_WORD).label("pattern"),
            (
                _strict_similarity(word, DICTIONARY_WORD)
                + _strict_similarity(sa.func.reverse(word), sa.func.reverse(DICTIONARY_WORD))
            ).label("score"),
        ).where(_close_to(word))
        for i, word in ((i, fuzzy_word(i)) for i in range(count))
    ]
    return sa.union_all(*per_word).cte("corrections").prefix_with("MATERIALIZED")


def closeness(
    found: sa.CTE, title: sa.ColumnElement[Any], title_vector: sa.ColumnElement[Any]
) -> sa.ColumnElement[float]:
    """How close a candidate's title is: for each query word, the best score of its corrections the title
    holds, summed (`found`: the `corrections` CTE)."""
    held = sa.and_(
        title_vector.op("@@", is_comparison=True)(found.c.stem),
        sa.func.lower(title).like(found.c.pattern),
    )
    best = (
        sa.select(sa.func.max(found.c.score).label("best"))
        .where(held)
        .group_by(found.c.n)
        .correlate_except(found)  # the candidate's columns come from the query this scores
        .subquery("best")
    )
    total = sa.select(sa.func.sum(best.c.best)).scalar_subquery()
    return sa.cast(total, sa.Float)
