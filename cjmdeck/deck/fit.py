"""Text measurement and fitting with stored font width tables (no font files at run time)."""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import accumulate, repeat
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
MEASURED_KEPT = 200_000  # texts whose widths each font keeps
SAFETY = 0.93  # share of a box's width that text may use when measured with known metrics
UNKNOWN_SAFETY = 0.85  # the same for fonts measured with a stand-in
SCALE = (14, 12, 11, 10, 9)  # body sizes tried when fitting, largest first
FLOOR = 9  # the readable floor in points
# Every paragraph the deck writes is set at exactly this many times its size (see finishing.exact_spacing),
# so PowerPoint and LibreOffice lay lines out alike and as measured here, whatever the font's own line gap.
LINE_SPACING = 1.15


@dataclass(frozen=True)
class FontMetrics:
    """Advance widths of one font family (per 1000 em), regular and bold, and the share of a box's width to use."""

    name: str
    regular: dict[str, int]
    bold: dict[str, int]
    safety: float
    measured: dict[bool, dict[str, int]] = field(  # widths by weight and text: words recur in every table
        default_factory=lambda: {False: {}, True: {}}, compare=False, hash=False, repr=False
    )
    spelled: dict[bool, dict[str, tuple[tuple[int, ...], ...]]] = field(  # a text's words' widths, by weight
        default_factory=lambda: {False: {}, True: {}}, compare=False, hash=False, repr=False
    )

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Return the width of `text` in points at `size`."""
        return self.units(text, bold) * size / 1000

    def units(self, text: str, bold: bool = False) -> int:
        """Return the width of `text` in thousandths of an em: widths add up, so a text is measured once."""
        known = self.measured[bold]
        width = known.get(text)
        if width is None:
            table = self.bold if bold else self.regular
            width = sum(map(table.get, text, repeat(table.get("n", 500))))
            if len(known) < MEASURED_KEPT:
                known[text] = width
        return width

    def words(self, text: str, bold: bool = False) -> tuple[tuple[int, ...], ...]:
        """Return the widths of the words of each line of `text`, -1 for an empty word (two spaces in a row)."""
        known = self.spelled[bold]
        found = known.get(text)
        if found is None:
            found = tuple(
                tuple(self.units(word, bold) if word else -1 for word in line.split(" ")) for line in text.split("\n")
            )
            if len(known) >= MEASURED_KEPT:
                known.clear()
            known[text] = found
        return found

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
    """Return `text` broken into lines no wider than `width` points, as PowerPoint wraps words.

    Each word is measured once and a line's width is the sum of its words', so the time is linear in the text.
    """
    usable = width * font.safety
    limit = _most_units(usable, size)
    space = font.units(" ", bold)
    lines: list[str] = []
    for para in text.split("\n"):
        current: list[str] = []  # the words of the line being filled
        used = 0  # its width in units
        for word in para.split(" "):
            units = font.units(word, bold)
            started = bool(current) and current != [""]  # the line holds text: a space goes before the next word
            wider = used + space + units if started else units
            if wider <= limit:
                if started:
                    current.append(word)
                else:
                    current = [word]
                used = wider
                continue
            if started:
                lines.append(" ".join(current))
            if units > limit:  # a word wider than the line: cut it where it must be cut
                pieces, word, units = _break_word(word, units, limit, font, bold)
                lines.extend(pieces)
            current, used = [word], units
        lines.append(" ".join(current))
    return lines


def _count(lines: tuple[tuple[int, ...], ...], space: int, limit: int) -> int | None:
    """Return how many lines `wrap` makes of words this wide (-1: an empty word), or None when a word must be cut.

    The same walk as `wrap`'s, on widths alone: a text measured once is counted at every width at once's cost.
    """
    count = 0
    for words in lines:
        held, blank, used = 0, False, 0  # words on the line being filled, whether it holds one empty word, width
        for width in words:
            empty = width < 0
            units = 0 if empty else width
            started = held > 0 and not (held == 1 and blank)
            wider = used + space + units if started else units
            if wider <= limit:
                if started:
                    held += 1
                    blank = False
                else:
                    held, blank = 1, empty
                used = wider
                continue
            if units > limit:
                return None
            count += 1  # the line so far ends; this word starts the next
            held, blank, used = 1, empty, units
        count += 1
    return count


def _most_units(usable: float, size: float) -> int:
    """Return the widest width in units that fits `usable` points at `size`, exactly as measuring in points decides."""
    most = math.floor(usable * 1000 / size)
    while (most + 1) * size / 1000 <= usable:
        most += 1
    while most * size / 1000 > usable:
        most -= 1
    return most


def _break_word(word: str, units: int, limit: int, font: FontMetrics, bold: bool) -> tuple[list[str], str, int]:
    """Return the lines (longest prefixes that fit) a word too wide is cut into, its rest and the rest's units."""
    table = font.bold if bold else font.regular
    ends = list(accumulate(map(table.get, word, repeat(table.get("n", 500)))))  # the width up to each character
    pieces: list[str] = []
    start = before = 0
    while units > limit and len(word) - start > 1:
        end = max(bisect_right(ends, before + limit, lo=start), start + 1)  # at least one character a line
        pieces.append(word[start:end])
        units -= ends[end - 1] - before
        start, before = end, ends[end - 1]
    return pieces, word[start:], units


def line_count(paragraphs: list[str], width: float, size: float, font: FontMetrics, bold: bool = False) -> int:
    """Return how many lines `paragraphs` take in a box `width` points wide; each text is measured once per width.

    Pagination and fitting ask again and again for the same texts at the same few widths and
    sizes, so the counts are kept by text, the widest line in units, font and weight.
    """
    if not paragraphs:
        return 1
    limit = _most_units(width * font.safety, size)
    total = 0
    for paragraph in paragraphs:
        key = (paragraph, limit, font.name, font.safety, bold)
        count = _COUNTS.get(key)
        if count is None:
            if len(_COUNTS) >= COUNTS_KEPT:
                _COUNTS.clear()
            counted = _count(font.words(paragraph, bold), font.units(" ", bold), limit)
            count = _COUNTS[key] = counted if counted is not None else len(wrap(paragraph, width, size, font, bold))
        total += count
    return total


COUNTS_KEPT = 200_000  # line counts kept (a 100 times larger workbook than a sample asks for about 100,000)
_COUNTS: dict[tuple[str, int, str, float, bool], int] = {}


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
            out.append(_with_ellipsis(_shown(para, lines[:room]), room, width, size, font, bold))
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


def _shown(para: str, lines: list[str]) -> str:
    """Return the start of `para` that its wrapped `lines` show, as typed: no space added inside a word cut in two."""
    end = 0
    for line in lines:
        end = para.index(line, end) + len(line)
    return para[:end]


def lost(whole: list[str], shown: list[str]) -> list[str]:
    """Return the paragraphs of `whole` that `shown`, the same paragraphs fitted to a box, cut or leave out."""
    return [p for i, p in enumerate(whole) if p.strip() and (i >= len(shown) or shown[i] != p)]
