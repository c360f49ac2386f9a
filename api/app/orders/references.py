"""Short codes clients put on their transfers, and the normal form of a proof's transaction ID."""

import secrets
import unicodedata

# Crockford's base32 without I, L, O, U: nothing a person can misread when typing it into a bank form.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8  # 32^8 ≈ 10^12 codes: collisions are retried, and vanishingly rare


def new_reference_code() -> str:
    return "DM-" + "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalize_proof_reference(raw: str) -> str:
    """One spelling per transfer ID: Unicode-normalised, trimmed, inner spaces collapsed, case-folded."""
    text = unicodedata.normalize("NFKC", raw)
    return " ".join(text.split()).casefold()
