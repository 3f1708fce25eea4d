"""Table rows measured and split into pages: the largest text size that does not cost many more pages, balanced."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cjmdeck.deck import fit
from cjmdeck.deck.fit import FontMetrics
from cjmdeck.deck.grid import points

CELL_X = 4.0  # cell side margin in points
CELL_Y = 2.5  # cell top and bottom margin in points
TABLE_SIZES = (12, 11, 10, 9)
TALL = 0.45  # a row taller than this share of a page is set smaller before it moves on
FIRST_ROOM = 0.45  # a row cut anyway is cut under what precedes the table when that leaves this share of a page


@dataclass
class Row:
    """A table row, the workbook records it was built from, and (once paginated) its size, height, lines and cuts."""

    cells: list[Cell | str]
    records: tuple[object, ...] = ()
    size: float = 12.0
    height: float = 0.0  # points
    texts: list[list[str]] = field(default_factory=list)
    cut: tuple[int, ...] = ()  # the columns whose text was cut to fit a page


@dataclass(frozen=True)
class Cell:
    """A table cell: its text (lines become paragraphs), optional fill, text colour and weight."""

    text: str
    fill: str | None = None
    color: str | None = None
    bold: bool = False


def as_cell(value: Cell | str) -> Cell:
    """Return `value` as a Cell."""
    return value if isinstance(value, Cell) else Cell(value)


def row_height(
    texts: Sequence[list[str]], widths: Sequence[int], size: float, font: FontMetrics, bold: Sequence[bool] = ()
) -> float:
    """Return the height in points of a row whose cells hold `texts` (bold where `bold` says), `widths` EMU wide."""
    tallest = 0.0
    for j, (lines, width) in enumerate(zip(texts, widths, strict=False)):
        inner = points(width) - 2 * CELL_X
        weight = bold[j] if j < len(bold) else False
        tallest = max(tallest, fit.text_height(lines or [""], inner, size, font, weight))
    return tallest + 2 * CELL_Y + 1


def header_height(headers: Sequence[str], widths: Sequence[int], size: float, font: FontMetrics) -> float:
    """Return the height in points of a header row."""
    return row_height([[h] for h in headers], widths, size, font, [True] * len(headers))


def paginate(
    headers: Sequence[str],
    rows: list[Row],
    widths: Sequence[int],
    first: float,
    full: float,
    font: FontMetrics,
    sizes: tuple[float, ...] = TABLE_SIZES,
) -> list[list[Row]]:
    """Return `rows` split into pages at the largest base size that needs few more pages than the floor size.

    Few more: a quarter more, or one more page when the floor needs more than one.

    `first` is the height (points) the table may take on its first page, `full` on the others.
    The first page is empty when the first row does not fit under what precedes the table there,
    unless that row is taller than a page: cut anyway, it is cut to the room left there when that is
    FIRST_ROOM of a page or more. Each row is given its size, height and lines (cut when too tall) as it is placed.
    """
    counts = {k: len(_paginate(headers, rows, widths, first, full, font, sizes[k:])) for k in range(len(sizes))}
    fewest = min(counts.values())
    chosen = next(k for k in range(len(sizes)) if counts[k] <= max(fewest * 1.25, fewest + (fewest > 1)))
    return _paginate(headers, rows, widths, first, full, font, sizes[chosen:])


def _paginate(
    headers: Sequence[str],
    rows: list[Row],
    widths: Sequence[int],
    first: float,
    full: float,
    font: FontMetrics,
    sizes: tuple[float, ...],
) -> list[list[Row]]:
    """Return `rows` split into pages: each row measured, set smaller when very tall, moved on when it does not fit."""
    header = header_height(headers, widths, sizes[0], font)
    page_room = full - header
    pages: list[list[Row]] = [[]]
    room = first - header
    for row in rows:
        cells = [as_cell(c) for c in row.cells]
        texts = [c.text.split("\n") for c in cells]
        bold = [c.bold for c in cells]
        for size in sizes:
            height = row_height(texts, widths, size, font, bold)
            if height <= page_room * TALL or size == sizes[-1]:
                break
        whole = texts
        if height > page_room:  # taller than a page even at the floor: cut to the page, or to an empty first page
            start = room if len(pages) == 1 and not pages[0] and room >= page_room * FIRST_ROOM else page_room
            inner = [points(w) - 2 * CELL_X for w in widths]
            cut_room = start - 2 * CELL_Y - 2
            texts = [fit.truncate(t, w, cut_room, size, font, b) for t, w, b in zip(texts, inner, bold, strict=True)]
            height = row_height(texts, widths, size, font, bold)
        row.size, row.height, row.texts = size, height, texts
        row.cut = tuple(j for j, (shown, lines) in enumerate(zip(texts, whole, strict=True)) if shown != lines)
        if height > room:
            pages.append([])
            room = page_room
        pages[-1].append(row)
        room -= height
    return _balance(pages, first - header, page_room)


def _balance(pages: list[list[Row]], first_room: float, full_room: float) -> list[list[Row]]:
    """Return the rows of `pages` regrouped into as many pages, filled evenly instead of a near-empty last one."""
    rows = [row for page in pages for row in page]
    if len(pages) < 2:
        return pages

    def group(cap: float) -> list[list[Row]]:
        """Return the rows grouped into pages no fuller than `cap` points."""
        out: list[list[Row]] = [[]]
        room = min(first_room, cap)
        for row in rows:
            if row.height > room:
                out.append([])
                room = cap
            out[-1].append(row)
            room -= row.height
        return out

    low, high = max(row.height for row in rows), full_room
    for _ in range(24):  # the smallest page height that still needs no more pages
        middle = (low + high) / 2
        if len(group(middle)) <= len(pages):
            high = middle
        else:
            low = middle
    balanced = group(high)
    return balanced if len(balanced) == len(pages) else pages
