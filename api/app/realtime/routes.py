"""/ws (the socket) and /ws/ticket (how a browser on another site authenticates it)."""

from fastapi import WebSocket

from app.core.errors import error_responses
from app.core.routing import api_router
from app.deps import CurrentClaims, CurrentUser, SettingsDep
from app.realtime.schemas import TicketOut
from app.realtime.socket import serve_socket
from app.realtime.tickets import mint_ticket

router = api_router(tags=["realtime"])


@router.post("/ws/ticket", response_model=TicketOut, responses=error_responses(401, 403))
async def create_ticket(
    user: CurrentUser, claims: CurrentClaims, settings: SettingsDep
) -> TicketOut:
    """A 60-second, single-use ticket: send `{"type": "auth", "ticket": ...}` as the first frame.
    It carries the access token's claims, so it dies with that token (`user` checks it is still live)."""
    return TicketOut(ticket=mint_ticket(claims, settings.jwt_secret))


@router.websocket("/ws")
async def socket(websocket: WebSocket) -> None:
    await serve_socket(websocket)
