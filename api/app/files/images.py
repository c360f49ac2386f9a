"""Images are decoded and written again (DESIGN §12): what is stored is pixels we produced, not the uploader's
file, so metadata (EXIF with GPS position, camera serials, comments) and anything smuggled after the image data
are gone. Each image also gets a WebP thumbnail at most 640 px wide.

Runs in a worker thread (Pillow is synchronous and CPU-bound); `process` sees the whole upload, which the size
limit bounds at 10 MiB, and the pixel limit bounds what decoding may allocate.
"""

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from app.files.sniff import GIF, JPEG, PNG, WEBP

MAX_PIXELS = 40_000_000
# Pillow warns above this and refuses at twice it (DecompressionBombError); the check below refuses first,
# from the header alone, before any pixel is decoded.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
MAX_FRAMES = 200  # an animated GIF's frames, each decoded in turn
THUMBNAIL_WIDTH = 640
THUMBNAIL_MAX_HEIGHT = 1920

_FORMATS = {PNG: "PNG", JPEG: "JPEG", WEBP: "WEBP", GIF: "GIF"}


class ImageRejected(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class ProcessedImage:
    data: bytes
    width: int
    height: int
    thumbnail: bytes


def process(data: bytes, content_type: str) -> ProcessedImage:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _process(data, content_type)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as bomb:
            raise _too_big() from bomb
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as broken:
            raise ImageRejected(
                "image_unreadable", "This image is damaged or incomplete and cannot be read."
            ) from broken


def _too_big() -> ImageRejected:
    return ImageRejected(
        "image_too_large",
        f"This image has more than {MAX_PIXELS // 1_000_000} megapixels; resize it and upload it again.",
    )


def _process(data: bytes, content_type: str) -> ProcessedImage:
    source = Image.open(io.BytesIO(data), formats=[_FORMATS[content_type]])
    width, height = source.size
    if width * height > MAX_PIXELS:
        raise _too_big()
    frames = getattr(source, "n_frames", 1)
    if frames > MAX_FRAMES or width * height * frames > 4 * MAX_PIXELS:
        raise ImageRejected(
            "image_too_large", f"This animation has too many frames (at most {MAX_FRAMES})."
        )
    out = io.BytesIO()
    icc = source.info.get("icc_profile")  # colour, not metadata about the person: kept
    if content_type == GIF and frames > 1:
        sequence = [frame.copy() for frame in ImageSequence.Iterator(source)]
        sequence[0].save(
            out,
            "GIF",
            save_all=True,
            append_images=sequence[1:],
            loop=source.info.get("loop", 0),
            duration=source.info.get("duration", 100),
        )
        still = sequence[0]
    else:
        still = ImageOps.exif_transpose(
            source
        )  # the camera's rotation applied, then its EXIF dropped
        _save(still, out, content_type, icc)
    return ProcessedImage(
        data=out.getvalue(), width=still.width, height=still.height, thumbnail=_thumbnail(still)
    )


def _save(image: Image.Image, out: io.BytesIO, content_type: str, icc: bytes | None) -> None:
    extra = {"icc_profile": icc} if icc else {}
    if content_type == JPEG:
        rgb = image if image.mode in ("RGB", "L") else image.convert("RGB")
        rgb.save(out, "JPEG", quality=88, optimize=True, progressive=True, **extra)
    elif content_type == PNG:
        image.save(out, "PNG", **extra)
    elif content_type == WEBP:
        image.save(out, "WEBP", quality=88, method=4, **extra)
    else:
        image.save(out, "GIF")


def _thumbnail(image: Image.Image) -> bytes:
    thumb = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P", "PA") else "RGB")
    thumb.thumbnail((THUMBNAIL_WIDTH, THUMBNAIL_MAX_HEIGHT), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    thumb.save(out, "WEBP", quality=80, method=4)
    return out.getvalue()
