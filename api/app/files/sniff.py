"""What a file is, read from its bytes (DESIGN §12): the allowed types' signatures, and plain text.

The name and the request's Content-Type are never trusted: a `.png` that is really HTML, or an SVG (markup that can
carry script), is refused. Seven types are allowed, each with a fixed signature (text has none and is checked
as text), so a table of them says exactly what passes; a general-purpose detector would recognise hundreds of
types only to refuse them.
"""

import codecs
from collections.abc import Iterable

PNG, JPEG, WEBP, GIF = "image/png", "image/jpeg", "image/webp", "image/gif"
PDF, ZIP, TEXT = "application/pdf", "application/zip", "text/plain; charset=utf-8"

IMAGE_TYPES = frozenset({PNG, JPEG, WEBP, GIF})
ALLOWED_NAMES = "PNG, JPEG, WebP, GIF, PDF, ZIP or plain text"

# How much of the file the signature and markup checks read.
HEAD_BYTES = 8192

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"%PDF-", PDF),
    (b"PK\x03\x04", ZIP),
    (b"PK\x05\x06", ZIP),  # an empty archive
)

# Text that a browser would treat as a page or a drawing if it ever sniffed it: refused as text.
_MARKUP = (
    b"<!doctype",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<svg",
    b"<?xml",
    b"<iframe",
    b"<object",
)

# Control characters plain text does not contain (tab, line feed, form feed and carriage return are fine).
_CONTROL = {chr(c) for c in range(32) if c not in (9, 10, 12, 13)} | {"\x7f"}


def sniff(head: bytes) -> str | None:
    """The type of a file starting with `head`, or None when it is not one we accept (text is decided by
    `is_text` over the whole file)."""
    for signature, content_type in _SIGNATURES:
        if head.startswith(signature):
            return content_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    return None


def looks_like_markup(head: bytes) -> bool:
    lowered = head.lower()
    return any(tag in lowered for tag in _MARKUP)


def is_text(chunks: Iterable[bytes]) -> bool:
    """UTF-8 throughout (a BOM allowed), without NUL or other control characters."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        for chunk in chunks:
            if not _CONTROL.isdisjoint(decoder.decode(chunk)):
                return False
        return _CONTROL.isdisjoint(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        return False
