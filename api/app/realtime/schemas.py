"""Response shapes of the realtime endpoints (the frames themselves are in `app.realtime.frames`)."""

from pydantic import BaseModel


class TicketOut(BaseModel):
    ticket: str
