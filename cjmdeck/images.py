"""Persona photos: whether a file is an image a deck can show, and why not when it is not."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image as Picture

MAX_BYTES = 20_000_000  # a deck must still go by e-mail (20-25 MB limits); python-pptx embeds the file as it is
MAX_PIXELS = 50_000_000  # a 48-50 MP phone photo passes; below Pillow's own bomb limit (89 MP), so it never warns
SHOWN = frozenset({"PNG", "JPEG", "GIF", "BMP", "TIFF"})  # what python-pptx embeds, less WMF: no photo, not checkable
SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")  # PNG, JPEG, GIF, TIFF
HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})
SAVE_AS = "save it as PNG or JPEG"


def image_problem(path: Path) -> str | None:
    """Return None when the file at `path` is an image a deck can show, else why not: a phrase like "is damaged"."""
    from PIL import Image, UnidentifiedImageError

    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(12)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if size == 0:
        return "is an empty file"
    if size > MAX_BYTES:
        return f"is too large ({_megabytes(size)} MB; at most {_megabytes(MAX_BYTES)} MB)"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the pixel limit below is lower
        try:
            with Image.open(path) as image:
                return _checked(image)
        except Image.DecompressionBombError:  # Pillow refuses before reading the pixels
            over = 2 * (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000  # the bomb limit, rounded down
            return f"is too large (over {over} megapixels; at most {_megapixels()})"
        except UnidentifiedImageError:
            return _unidentified(head)
        except Exception:  # any parser error on a file from outside: the file is the problem
            return "is damaged"


def _checked(image: Picture) -> str | None:
    """Return what makes the opened `image` unusable (format, pixels, damaged data), else None."""
    kind = image.format or "unknown"
    if kind == "MPO":
        return f"is a multi-picture JPEG (MPO), which cjmdeck cannot put in a deck; {SAVE_AS}"
    if kind not in SHOWN:
        return f"is a {kind} image, which cjmdeck cannot put in a deck; {SAVE_AS}"
    width, height = image.size
    if width * height > MAX_PIXELS:
        return f"is too large ({_megapixels(width * height)}; at most {_megapixels()})"
    try:
        if kind == "PNG":
            image.verify()  # each chunk's checksum: 15 ms for 48 MP, where decoding takes 2 s
        else:
            if kind == "JPEG":
                image.draft("RGB", (max(width // 8, 1), max(height // 8, 1)))  # 1/8 scale: damage still shows
            image.load()
    except Exception:  # truncated or corrupt data, whichever error the decoder raises
        return "is damaged"
    return None


def _unidentified(head: bytes) -> str:
    """Return why a file Pillow does not recognise is unusable, from its first bytes."""
    if head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS:
        return f"is a HEIC image, which cjmdeck cannot put in a deck; {SAVE_AS}"
    if head.startswith(SIGNATURES):
        return "is damaged"
    return "is not an image"


def _megabytes(size: int) -> str:
    """Return `size` bytes in whole megabytes, rounded up so a file just over the limit does not read as at it."""
    return str(-(-size // 1_000_000))


def _megapixels(pixels: int = MAX_PIXELS) -> str:
    """Return `pixels` as "N megapixels", rounded up so an image just over the limit does not read as at it."""
    return f"{-(-pixels // 1_000_000)} megapixels"
