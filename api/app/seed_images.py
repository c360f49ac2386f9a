"""Cover images for the demo gigs, drawn here (no network): a soft two-colour gradient per gig, picked from the
title, with a few shapes and the gig's first words, so the first page of `/gigs` looks like a marketplace."""

import hashlib
import io

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 800

PALETTES = (
    ((37, 99, 235), (14, 165, 233)),
    ((124, 58, 237), (236, 72, 153)),
    ((5, 150, 105), (45, 212, 191)),
    ((234, 88, 12), (250, 204, 21)),
    ((15, 23, 42), (71, 85, 105)),
    ((190, 18, 60), (251, 113, 133)),
)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


TRAILING_WORDS = {"a", "an", "and", "the", "your", "for", "with", "of", "to", "in"}


def _headline(title: str) -> str:
    """ "Build a production-ready FastAPI" from "I will build a production-ready FastAPI backend"."""
    words = [word.rstrip(",.") for word in title.removeprefix("I will ").split()[:4]]
    while len(words) > 1 and words[-1].lower() in TRAILING_WORDS:
        words.pop()
    headline = " ".join(words)
    return headline[:1].upper() + headline[1:]


def cover_image(title: str) -> bytes:
    """A JPEG cover for a gig titled `title`; the same title always draws the same picture."""
    seed = hashlib.sha256(title.encode()).digest()
    start, end = PALETTES[seed[0] % len(PALETTES)]
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        draw.line([(0, y), (WIDTH, y)], fill=_mix(start, end, y / HEIGHT))
    for n in range(5):
        x, y, r = seed[1 + n] * 5, seed[6 + n] * 3, 60 + seed[11 + n] // 2
        draw.ellipse((x - r, y - r, x + r, y + r), outline=(255, 255, 255), width=6)
    font = ImageFont.load_default(size=72)
    draw.text((72, HEIGHT - 200), _headline(title), fill=(255, 255, 255), font=font)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()
