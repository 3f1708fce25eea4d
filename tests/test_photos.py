"""Persona photos that are not usable images: a warning naming the cell, and the initials on the slide."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from cjmdeck.cli import main
from cjmdeck.images import image_problem

PERSONAS = [["Name", "Photo"], ["Ana", "ana.png"], ["Ben", None]]
INSTEAD = "; initials are shown instead"
NO_PPTX = "which cjmdeck cannot put in a deck; save it as PNG or JPEG"


def _chunk(kind: bytes, data: bytes) -> bytes:
    """Return a PNG chunk with its length and checksum."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """Return a valid PNG header declaring `width` x `height` RGB pixels, with no pixel data worth the name."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"")) + _chunk(b"IEND", b"")


def small_png(path: Path) -> None:
    """Write a small, sound PNG at `path`."""
    Image.new("RGB", (60, 80), "teal").save(path, format="PNG")


def truncated_png(path: Path) -> None:
    """Write the first half of a sound PNG at `path`."""
    small_png(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def webp(path: Path) -> None:
    """Write a WEBP image at `path` (named .png, as a consultant's download often is)."""
    Image.new("RGB", (60, 80), "teal").save(path, format="WEBP")


BAD: dict[str, tuple[Callable[[Path], object], str]] = {
    "text": (lambda p: p.write_text("not a picture\n", encoding="utf-8"), "is not an image"),
    "truncated": (truncated_png, "is damaged"),
    "bomb": (lambda p: p.write_bytes(bomb_png()), "is too large (over 178 megapixels; at most 50 megapixels)"),
    "webp": (webp, f"is a WEBP image, {NO_PPTX}"),
    "empty": (lambda p: p.write_bytes(b""), "is an empty file"),
}


def build(path: Path, out: Path) -> Path:
    """Build the workbook at `path` into `out` and return the deck."""
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (deck,) = out.glob("*.pptx")
    return deck


def persona_slides(deck: Path, name: str) -> list[object]:
    """Return the slides of `deck` whose title names the persona `name`."""
    prs = Presentation(str(deck))
    found = [s for s in prs.slides if s.shapes.title is not None and name in s.shapes.title.text]
    assert found, f"no slide titled with {name!r}"
    return found


def pictures(slides: list[object]) -> list[object]:
    """Return the picture shapes on `slides`."""
    return [shape for slide in slides for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]


def texts(slides: list[object]) -> list[str]:
    """Return the text of every shape with a text frame on `slides`."""
    return [shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame]


@pytest.mark.parametrize("kind", BAD)
def test_an_unusable_photo_is_a_warning_and_the_initials_are_shown(kind, make_workbook, tmp_path):
    write, problem = BAD[kind]
    photo = tmp_path / "ana.png"
    write(photo)
    path = make_workbook(Personas=PERSONAS)
    inputs = {p: p.read_bytes() for p in (path, photo)}
    check = CliRunner().invoke(main, ["check", str(path)])
    assert check.exit_code == 0, check.output
    warnings = [line for line in check.output.splitlines() if "warning:" in line]
    assert warnings == [f"{path}:Personas!B2: warning: photo 'ana.png' {problem}{INSTEAD}"]
    deck = build(path, tmp_path / "out")
    ana = persona_slides(deck, "Ana")
    assert not pictures(ana)
    assert "A" in texts(ana)
    assert {p: p.read_bytes() for p in inputs} == inputs


def test_a_good_photo_is_on_the_persona_slide_without_a_warning(make_workbook, tmp_path):
    photo = tmp_path / "ana.png"
    small_png(photo)
    path = make_workbook(Personas=PERSONAS)
    inputs = {p: p.read_bytes() for p in (path, photo)}
    check = CliRunner().invoke(main, ["check", str(path)])
    assert check.exit_code == 0 and "warning:" not in check.output, check.output
    deck = build(path, tmp_path / "out")
    assert pictures(persona_slides(deck, "Ana"))
    ben = persona_slides(deck, "Ben")
    assert not pictures(ben) and "B" in texts(ben)
    assert {p: p.read_bytes() for p in inputs} == inputs


@pytest.mark.parametrize("size", [(8000, 7000), (100_000, 100_000), (1, 2**31 - 1)])
def test_a_header_declaring_too_many_pixels_is_refused_before_decoding(size, tmp_path):
    photo = tmp_path / "big.png"
    photo.write_bytes(bomb_png(*size))
    problem = image_problem(photo)
    assert problem is not None and problem.startswith("is too large (")


@pytest.mark.parametrize("fmt", ["JPEG", "GIF", "BMP", "TIFF"])
def test_the_formats_a_deck_shows_are_usable(fmt, tmp_path):
    photo = tmp_path / f"photo.{fmt.lower()}"
    Image.new("RGB", (60, 80), "teal").save(photo, format=fmt)
    assert image_problem(photo) is None


def test_a_truncated_jpeg_is_damaged(tmp_path):
    photo = tmp_path / "photo.jpg"
    Image.effect_noise((400, 300), 50).convert("RGB").save(photo, format="JPEG")
    photo.write_bytes(photo.read_bytes()[:-2000])
    assert image_problem(photo) == "is damaged"


def test_a_file_over_the_byte_limit_is_refused_unread(tmp_path):
    photo = tmp_path / "huge.png"
    with photo.open("wb") as file:
        file.truncate(25_000_001)  # sparse: no disk used
    assert image_problem(photo) == "is too large (26 MB; at most 20 MB)"


def test_a_heic_photo_is_named(tmp_path):
    photo = tmp_path / "ana.heic"
    photo.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 32)
    assert image_problem(photo) == f"is a HEIC image, {NO_PPTX}"
