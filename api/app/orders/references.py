"""Short codes clients put on their transfers, and the normal form of a proof's transaction ID."""

import secrets
import unicodedata

# Crockford's base32 without I, L, O, U: nothing a person can misread when typing it into a bank form.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8  # 32^8 ≈ 10^12 codes: collisions are retried, and vanishingly rare

PROOF_REFERENCE_MIN = 3
PROOF_REFERENCE_MAX = 100  # payment_proofs.proof_reference is VARCHAR(100)

# Characters people (and banking apps) put between the parts of one id: "TX-12 34", "tx_12.34", "TX/1234".
_SEPARATOR_CATEGORIES = frozenset({"Pd", "Pc"})  # dashes of every kind; connectors such as "_"
_SEPARATORS = frozenset("./\\·")


def new_reference_code() -> str:
    return "DM-" + "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def _drop_invisible_and_separators(text: str) -> str:
    """Without format characters (zero-width space, soft hyphen, bidi controls: category Cf), whitespace of
    every kind, and separator punctuation — none of which tells one transfer from another."""
    return "".join(
        char
        for char in text
        if not char.isspace()
        and char not in _SEPARATORS
        and unicodedata.category(char) not in _SEPARATOR_CATEGORIES
        and unicodedata.category(char) != "Cf"
    )


def normalize_proof_reference(raw: str) -> str:
    """One spelling per transfer ID, so each transfer can be claimed once: invisible characters, whitespace
    and separators removed, then NFKC (full-width and compatibility forms) and case folding. NFKC can turn a
    character into a separator (a full-width solidus into "/"), so separators go once more afterwards."""
    folded = unicodedata.normalize("NFKC", _drop_invisible_and_separators(raw)).casefold()
    return _drop_invisible_and_separators(folded)
