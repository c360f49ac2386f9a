"""Uploading through the real API in tests, and files to upload made with Pillow."""

import io
from typing import Any

from httpx import AsyncClient, Response
from PIL import Image

from app.models import User
from tests.factories import Factory

# A photo's EXIF as a phone writes it: camera, time, and where it was taken (GPS IFD, tag 0x8825).
GPS_IFD = 0x8825
CAMERA_MAKE = 0x010F


def png(
    width: int = 800, height: int = 600, colour: tuple[int, int, int] = (30, 120, 200)
) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def photo_with_location(width: int = 1200, height: int = 900) -> bytes:
    image = Image.new("RGB", (width, height), (200, 150, 90))
    exif = Image.Exif()
    exif[CAMERA_MAKE] = "PhoneMaker"
    exif[0x0112] = 1  # orientation
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (48.0, 51.0, 29.9), 3: "E", 4: (2.0, 17.0, 40.2)}  # Paris, to the metre
    )
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def upload(
    client: AsyncClient,
    factory: Factory,
    user: User | None,
    name: str,
    data: bytes,
    content_type: str = "application/octet-stream",
) -> Response:
    if user is not None:
        factory.sign_in(client, user)
    else:
        client.cookies.clear()
    return await client.post("/files", files={"file": (name, data, content_type)})


async def uploaded(
    client: AsyncClient, factory: Factory, user: User, name: str, data: bytes
) -> dict[str, Any]:
    response = await upload(client, factory, user, name, data)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body
