"""A file's name as people see it: what the uploader called it, made safe to show and to offer as a download."""

import unicodedata

MAX_NAME = 255
FALLBACK = "file"

# Bidirectional overrides and isolates can make "invoice‮fdp.exe" read as "invoiceexe.pdf".
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def clean_name(raw: str | None) -> str:
    """The last path segment, NFC, without control or bidi characters, at most 255 characters (the extension
    kept when cut); "file" when nothing is left."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", name)
    name = "".join(
        ch for ch in name if ch not in _BIDI_CONTROLS and unicodedata.category(ch)[0] != "C"
    ).strip(" .")
    if len(name) > MAX_NAME:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 16:
            name = stem[: MAX_NAME - len(extension) - 1] + "." + extension
        else:
            name = name[:MAX_NAME]
    return name or FALLBACK
