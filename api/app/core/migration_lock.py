"""The advisory lock every `alembic upgrade` takes (migrations/env.py), so API instances starting
together migrate one after another: the second finds nothing left to do."""

# An arbitrary bigint shared by every process that migrates this database ("devmarkt" in ASCII).
MIGRATION_LOCK_KEY = 0x6465766D61726B74
