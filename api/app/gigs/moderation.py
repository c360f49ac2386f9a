"""A gig's moderation state: `active` unless an admin suspended it. Plain enum, shared by the table and the rules."""

from enum import StrEnum


class ModerationStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
