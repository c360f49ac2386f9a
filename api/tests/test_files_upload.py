"""POST /files and GET /files/{id} against the real app and the local storage: sizes, types from the bytes,
re-encoding without metadata, the pixel and bomb guards, thumbnails, checksums, the rate limit, headers."""

import hashlib
import io
import time
import zipfile
from collections.abc import AsyncIterator

import pytest
from httpx import AsyncClient
from PIL import Image

from app.files.uploads import MAX_FILE_BYTES, UPLOADS_PER_HOUR
from tests.factories import Factory
from tests.files_helpers import (
    CAMERA_MAKE,
    GPS_IFD,
    PDF,
    photo_with_location,
    png,
    upload,
    uploaded,
)


async def test_an_image_is_stored_with_its_size_and_a_thumbnail(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user()
    body = await uploaded(client, factory, user, "logo.png", png(1600, 1000))
    assert body["content_type"] == "image/png"
    assert (body["width"], body["height"]) == (1600, 1000)
    assert body["url"] == f"/files/{body['id']}"
    assert body["thumbnail_url"] == f"/files/{body['id']}/thumbnail"

    stored = await client.get(body["url"])
    assert stored.status_code == 200
    assert stored.headers["content-type"] == "image/png"
    assert int(stored.headers["content-length"]) == body["size"] == len(stored.content)
    thumbnail = await client.get(body["thumbnail_url"])
    assert thumbnail.headers["content-type"] == "image/webp"
    with Image.open(io.BytesIO(thumbnail.content)) as thumb:
        assert thumb.format == "WEBP"
        assert thumb.size == (640, 400)


async def test_a_photo_loses_its_exif_and_gps_position(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user()
    original = photo_with_location()
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif().get_ifd(GPS_IFD)  # the upload really carries a position
        assert before.getexif()[CAMERA_MAKE] == "PhoneMaker"
    body = await uploaded(client, factory, user, "IMG_2041.jpg", original)
    stored = (await client.get(body["url"])).content
    with Image.open(io.BytesIO(stored)) as after:
        assert after.format == "JPEG"
        assert after.size == (1200, 900)
        assert not after.getexif().get_ifd(GPS_IFD)
        assert CAMERA_MAKE not in after.getexif()
        assert "exif" not in after.info
    assert b"PhoneMaker" not in stored


async def test_the_checksum_is_that_of_the_stored_bytes(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user()
    body = await uploaded(client, factory, user, "brief.pdf", PDF)
    stored = await client.get(body["url"])
    assert stored.content == PDF
    assert stored.headers["etag"] == f'"{hashlib.sha256(PDF).hexdigest()[:32]}"'
    again = await client.get(body["url"], headers={"If-None-Match": stored.headers["etag"]})
    assert again.status_code == 304


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("src/main.py", "print('hello')\n")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "content_type"),
    [
        ("brief.pdf", PDF, "application/pdf"),
        ("source.zip", _zip(), "application/zip"),
        ("notes.txt", "Café, naïve — ünïcode notes.\n".encode(), "text/plain; charset=utf-8"),
        ("anim.gif", b"", "image/gif"),
        ("pic.webp", b"", "image/webp"),
    ],
)
async def test_allowed_types_are_read_from_the_bytes(
    client: AsyncClient, factory: Factory, name: str, data: bytes, content_type: str
) -> None:
    if content_type.startswith("image/"):
        out = io.BytesIO()
        Image.new("RGB", (40, 30), (10, 200, 10)).save(out, content_type.split("/")[1].upper())
        data = out.getvalue()
    user = await factory.user()
    # The request claims something else: the bytes decide.
    response = await upload(client, factory, user, name, data, content_type="image/png")
    assert response.status_code == 201, response.text
    assert response.json()["content_type"] == content_type


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cat.png", b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("page.txt", b"  <html><body onload=alert(1)>hi</body></html>"),
        ("program.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"),
        ("data.bin", bytes(range(256)) * 4),
        ("latin1.txt", "caf\xe9".encode("latin-1")),
    ],
)
async def test_other_types_are_refused_with_415(
    client: AsyncClient, factory: Factory, name: str, data: bytes
) -> None:
    user = await factory.user()
    response = await upload(client, factory, user, name, data, content_type="image/png")
    assert response.status_code == 415, response.text
    assert response.json()["code"] == "unsupported_file_type"


async def test_a_file_over_10_mib_is_413_and_nothing_is_stored(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user()
    response = await upload(client, factory, user, "big.pdf", PDF + b"0" * MAX_FILE_BYTES)
    assert response.status_code == 413
    assert response.json()["code"] == "file_too_large"
    exactly = await upload(
        client, factory, user, "max.pdf", PDF + b"0" * (MAX_FILE_BYTES - len(PDF))
    )
    assert exactly.status_code == 201


async def test_an_upload_without_a_length_is_411(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    factory.sign_in(client, user)

    async def body() -> AsyncIterator[bytes]:  # a chunked body: no Content-Length
        yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhi\r\n--x--\r\n'

    response = await client.post(
        "/files", content=body(), headers={"Content-Type": "multipart/form-data; boundary=x"}
    )
    assert response.status_code == 411
    assert response.json()["code"] == "length_required"


async def test_more_than_40_megapixels_is_422_and_a_bomb_is_never_decoded(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user()
    large = await upload(client, factory, user, "huge.png", png(7000, 6000))
    assert large.status_code == 422
    assert large.json()["code"] == "image_too_large"

    # 30,000 by 30,000 of one colour: a few hundred KiB compressed, 2.7 GB decoded.
    bomb = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(bomb, "PNG")
    started = time.perf_counter()
    response = await upload(client, factory, user, "bomb.png", bomb.getvalue())
    assert response.status_code == 422
    assert response.json()["code"] == "image_too_large"
    assert time.perf_counter() - started < 5  # refused from the header, not after decoding


async def test_a_damaged_image_is_422(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    truncated = png(400, 300)[:200]
    response = await upload(client, factory, user, "broken.png", truncated)
    assert response.status_code == 422
    assert response.json()["code"] == "image_unreadable"


async def test_empty_and_missing_files_are_422(client: AsyncClient, factory: Factory) -> None:
    user = await factory.user()
    empty = await upload(client, factory, user, "empty.txt", b"")
    assert empty.status_code == 422
    factory.sign_in(client, user)
    missing = await client.post("/files", data={"other": "x"})
    assert missing.status_code == 422
    assert missing.json()["code"] == "file_missing"


async def test_uploads_need_an_account(client: AsyncClient, factory: Factory) -> None:
    response = await upload(client, factory, None, "a.pdf", PDF)
    assert response.status_code == 401


async def test_uploads_are_rate_limited_per_user(client: AsyncClient, factory: Factory) -> None:
    user, other = await factory.user(), await factory.user()
    for n in range(UPLOADS_PER_HOUR):
        response = await upload(client, factory, user, f"n{n}.txt", f"note {n}\n".encode())
        assert response.status_code == 201
    limited = await upload(client, factory, user, "one-more.txt", b"one more\n")
    assert limited.status_code == 429
    assert limited.json()["code"] == "rate_limited"
    # Another account is not held back by it.
    assert (await upload(client, factory, other, "mine.txt", b"mine\n")).status_code == 201


async def test_names_are_cleaned_and_downloads_carry_safe_headers(
    client: AsyncClient, factory: Factory
) -> None:
    user = await factory.user()
    body = await uploaded(client, factory, user, "../../etc/invoice\u202efdp.exe.pdf", PDF)
    assert body["name"] == "invoicefdp.exe.pdf"
    download = await client.get(body["url"])
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-security-policy"] == "sandbox; default-src 'none'"
    assert download.headers["content-disposition"].startswith("attachment; filename*=UTF-8''")
    assert download.headers["cache-control"] == "private, no-cache"
    image = await uploaded(client, factory, user, "pic.png", png(10, 10))
    shown = await client.get(image["url"])
    assert shown.headers["content-disposition"].startswith("inline;")
