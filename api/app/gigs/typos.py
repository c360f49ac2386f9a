"""The typo tier's conditions and ranking (app/gigs/search.py): which titles are close to the query's words, and
how close.

A title is a candidate when every word of the query (but stop words) is close to a word of the title —
`word <% title`, word similarity at least `pg_trgm.word_similarity_threshold` (the search sets it), answered by
the trigram GIN index on the title. Candidates are then ranked by `closeness`.
"""

from typing import Any

import sqlalchemy as sa

from app.models import gigs_table as gigs

# Words a title need not contain for a typo match ("logo desing for startup"), as the English
# text search ignores them for exact matches.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "i",
        "in",
        "is",
        "it",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "the",
        "to",
        "we",
        "with",
        "you",
        "your",
    ]
)


def fuzzy_words(words: list[str]) -> list[str]:
    return [word for word in words if word not in STOP_WORDS]


def fuzzy_word(index: int) -> sa.BindParameter[Any]:
    return sa.bindparam(f"q_word_{index}", type_=sa.String)


def fuzzy_values(words: list[str]) -> dict[str, str]:
    """The values of the `fuzzy_word` parameters the conditions below declare."""
    return {f"q_word_{i}": word for i, word in enumerate(fuzzy_words(words))}


def fuzzy_title(count: int) -> sa.ColumnElement[bool]:
    """Every word is close to a word of the title (word_similarity >= the threshold search.SEARCH_SETTINGS sets).

    Word by word rather than the whole query: one typo in a long title ("logo desing" against
    "I will design a modern minimalist logo") dilutes a whole-query similarity below any useful
    threshold, while each word on its own is close."""
    return sa.and_(
        *(fuzzy_word(i).op("<%", is_comparison=True)(gigs.c.title) for i in range(count))
    )


def strict_similarity(word: sa.ColumnElement[Any], title: sa.ColumnElement[Any]) -> Any:
    return sa.func.strict_word_similarity(word, title, type_=sa.Float)


def closeness(count: int, title: sa.ColumnElement[Any]) -> sa.ColumnElement[float]:
    """How close the title's words are to the query's, read from both ends of each word.

    Trigrams alone cannot tell "reakt" from "React" or "ready" (both share "  r", " re", "rea"); on
    the reversed strings the last letter counts as much as the first, and "React" wins."""
    terms = [
        term
        for word in (fuzzy_word(i) for i in range(count))
        for term in (
            strict_similarity(word, title),
            strict_similarity(sa.func.reverse(word), sa.func.reverse(title)),
        )
    ]
    total = terms[0]
    for term in terms[1:]:
        total = total + term
    return sa.cast(total, sa.Float)
