"""Who may read a file (DESIGN §12): its uploader and admins; the parties of the order or message it is attached
to; anyone for gig images and avatars. Everyone else gets 404, so a file's existence is not leaked either."""

import uuid

from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.core.errors import NotFound
from app.models import Attachment, File, Message, Order, User
from app.models.file import PUBLIC_ATTACHMENTS


def is_public(file: File) -> bool:
    return file.attached_kind in PUBLIC_ATTACHMENTS


async def _is_party(session: AsyncSession, file: File, viewer: User) -> bool:
    if file.attached_kind in (Attachment.DELIVERY, Attachment.PAYMENT_PROOF):
        query = select(Order.id).where(
            col(Order.id) == file.order_id,
            or_(col(Order.client_id) == viewer.id, col(Order.freelancer_id) == viewer.id),
        )
    elif file.attached_kind is Attachment.MESSAGE:
        query = select(Message.id).where(
            col(Message.id) == file.attached_id,
            or_(col(Message.sender_id) == viewer.id, col(Message.receiver_id) == viewer.id),
        )
    else:
        return False
    return (await session.exec(query)).first() is not None


async def readable_file(session: AsyncSession, file_id: uuid.UUID, viewer: User | None) -> File:
    file = await session.get(File, file_id)
    if file is not None:
        if is_public(file):
            return file
        if viewer is not None and (
            viewer.is_admin
            or viewer.id == file.uploader_id
            or await _is_party(session, file, viewer)
        ):
            return file
    raise NotFound("No such file", code="file_not_found")
