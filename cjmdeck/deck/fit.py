"""Text measurement and fitting with stored font width tables (no font files at run time)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from cjmdeck.contract import normalize

# Theme font names mapped to the stored width table with the same metrics.
FAMILIES: dict[str, str] = {
    "calibri": "carlito",
    "carlito": "carlito",
    "arial": "liberation_sans",
    "liberationsans": "liberation_sans",
    "arimo": "liberation_sans",
    "helvetica": "liberation_sans",
    "helveticaneue": "liberation_sans",
}
SAFETY = 0.93  # share of a box's width that text may use when measured with known metrics
UNKNOWN_SAFETY = 0.85  # the same for fonts measured with a stand-in
SCALE = (14, 12, 11, 10, 9)  # body sizes tried when fitting, largest first
FLOOR = 9  # the readable floor in points
# Every paragraph the deck writes is set at exactly this many times its size (see canvas.exact_spacing),
# so PowerPoint and LibreOffice lay lines out alike and as measured here, whatever the font's own line gap.
LINE_SPACING = 1.15


@dataclass(frozen=True)
class FontMetrics:
    """Advance widths of one font family (per 1000 em), regular and bold, and the share of a box's width to use."""

    name: str
    regular: dict[str, int]
    bold: dict[str, int]
    safety: float

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Return the width of `text` in points at `size`."""
        table = self.bold if bold else self.regular
        default = table.get("n", 500)
        return sum(table.get(ch, default) for ch in text) * size / 1000

    def line_height(self, size: float) -> float:
        """Return the height of one line in points at `size`."""
        return size * LINE_SPACING


@cache
def _table(family: str) -> dict[str, dict[str, Any]]:
    text = (resources.files("cjmdeck.deck") / "metrics" / f"{family}.json").read_text("utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


@cache
def metrics_for(typeface: str | None) -> FontMetrics:
    """Return the metrics of `typeface`, or of a metric-compatible stand-in with a wider margin."""
    key = FAMILIES.get(normalize(typeface or ""))
    safety = SAFETY if key else UNKNOWN_SAFETY
    data = _table(key or "liberation_sans")
    return FontMetrics(
        typeface or "Calibri",
        data["regular"]["widths"],
        data["bold"]["widths"],
        safety,
    )


def wrap(text: str, width: float, size: float, font: FontMetrics, bold: bool = False) -> list[str]:
    """Return `text` broken into lines no wider than `width` points, as PowerPoint wraps words."""
    usable = width * font.safety
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split(" "):
            candidate = f"{current} {word}" if current else word
            if font.width(candidate, size, bold) <= usable:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while font.width(word, size, bold) > usable and len(word) > 1:
                cut = _longest_prefix(word, usable, size, font, bold)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def _longest_prefix(word: str, usable: float, size: float, font: FontMetrics, bold: bool) -> int:
    cut = 1
    while cut < len(word) and font.width(word[: cut + 1], size, bold) <= usable:
        cut += 1
    return cut


def line_count(paragraphs: list[str], width: float, size: float, font: FontMetrics, bold: bool = False) -> int:
    """Return how many lines `paragraphs` take in a box `width` points wide."""
    return sum(len(wrap(p, width, size, font, bold)) for p in paragraphs) if paragraphs else 1


def text_height(
    paragraphs: list[str],
    width: float,
    size: float,
    font: FontMetrics,
    bold: bool = False,
    space_after: float = 0.0,
) -> float:
    """Return the height in points of `paragraphs` set at `size` in a box `width` points wide."""
    lines = line_count(paragraphs, width, size, font, bold)
    gaps = max(len(paragraphs) - 1, 0) * space_after
    return lines * font.line_height(size) + gaps


def fit_size(
    paragraphs: list[str],
    width: float,
    height: float,
    font: FontMetrics,
    sizes: tuple[float, ...] = SCALE,
    bold: bool = False,
    space_after: float = 0.0,
) -> float | None:
    """Return the largest of `sizes` at which `paragraphs` fit the box, or None when none does."""
    for size in sizes:
        if text_height(paragraphs, width, size, font, bold, space_after * size / 12) <= height:
            return size
    return None


def truncate(
    paragraphs: list[str], width: float, height: float, size: float, font: FontMetrics, bold: bool = False
) -> list[str]:
    """Return `paragraphs` cut (with an ellipsis) so that they fit the box at `size`."""
    max_lines = max(int(height // font.line_height(size)), 1)
    out: list[str] = []
    used = 0
    for para in paragraphs:
        lines = wrap(para, width, size, font, bold)
        if used + len(lines) <= max_lines:
            out.append(para)
            used += len(lines)
            continue
        room = max_lines - used
        if room > 0:
            out.append(_with_ellipsis(" ".join(lines[:room]), room, width, size, font, bold))
        elif out:  # no room for this paragraph: the one before ends with the ellipsis, on the lines it had
            kept = out[-1].rstrip(".…")
            out[-1] = _with_ellipsis(kept, len(wrap(out[-1], width, size, font, bold)), width, size, font, bold)
        break
    return out


def _with_ellipsis(text: str, lines: int, width: float, size: float, font: FontMetrics, bold: bool) -> str:
    """Return `text` cut at a word (within the first word only) so that it ends in an ellipsis on `lines` lines."""
    while text and len(wrap(text + "…", width, size, font, bold)) > lines:
        cut = text.rstrip().rfind(" ")
        text = text[:cut].rstrip(" ,;:-–—") if cut > 0 else text[:-1].rstrip()
    return text + "…"
