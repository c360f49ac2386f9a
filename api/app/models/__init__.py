"""Every table, in one package so relationships never import each other in cycles."""

from sqlmodel import SQLModel

from app.models.auth_tables import Account, RateLimit, Session, Verification
from app.models.category import Category
from app.models.conversation import Message
from app.models.email import EmailOutbox, EmailStatus, MessageDigest
from app.models.favorite import Favorite
from app.models.file import Attachment, File
from app.models.gig import Gig, gig_title_words, gigs_table
from app.models.moderation import AuditLog, Dispute
from app.models.notification import Notification
from app.models.order import Order, OrderEvent, PaymentProof
from app.models.review import Review
from app.models.user import RevokedSession, User

metadata = SQLModel.metadata

__all__ = [
    "Account",
    "Attachment",
    "AuditLog",
    "Category",
    "Dispute",
    "EmailOutbox",
    "EmailStatus",
    "Favorite",
    "File",
    "Gig",
    "Message",
    "MessageDigest",
    "Notification",
    "Order",
    "OrderEvent",
    "PaymentProof",
    "RateLimit",
    "Review",
    "RevokedSession",
    "Session",
    "User",
    "Verification",
    "gig_title_words",
    "gigs_table",
    "metadata",
]
