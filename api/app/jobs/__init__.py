"""Background jobs on procrastinate over the same PostgreSQL (DESIGN §13)."""
