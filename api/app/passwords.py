"""Argon2id password hashes in the PHC format Better Auth's `@node-rs/argon2` verifies.

Only the seed and tooling hash passwords here; sign-up and sign-in run in Better Auth.
"""

from argon2 import PasswordHasher, Type

# OWASP's Argon2id baseline (DESIGN §3): m = 19 MiB, t = 2, p = 1 — the same as the web side.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1, hash_len=32, type=Type.ID)


def hash_password(password: str) -> str:
    hashed: str = _hasher.hash(password)
    return hashed
