"""Email (DESIGN §11): the outbox every mail goes through, its templates, and the job that sends it."""
