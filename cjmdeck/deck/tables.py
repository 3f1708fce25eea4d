"""Native PowerPoint tables measured row by row and paginated over as many slides as they need."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas, rgb
from cjmdeck.deck.grid import EMU_PER_PT, Box, pt

CELL_X = 4.0  # cell side margin in points
CELL_Y = 2.5  # cell top and bottom margin in points
TABLE_SIZES = (12, 11, 10, 9)
TALL = 0.45  # a row taller than this share of a page is set smaller before it moves on


@dataclass(frozen=True)
class Column:
    """A table column: header, relative width and alignment."""

    header: str
    weight: float = 1.0
    align: PP_ALIGN = PP_ALIGN.LEFT


@dataclass(frozen=True)
class Cell:
    """A table cell: its text (lines become paragraphs), optional fill, text colour and weight."""

    text: str
    fill: str | None = None
    color: str | None = None
    bold: bool = False


@dataclass
class Row:
    """A table row and the workbook records it was built from."""

    cells: list[Cell | str]
    records: tuple[Any, ...] = ()
    size: float = 12.0
    height: float = 0.0  # points
    texts: list[list[str]] = field(default_factory=list)


def as_cell(value: Cell | str) -> Cell:
    """Return `value` as a Cell."""
    return value if isinstance(value, Cell) else Cell(value)


def column_widths(
    canvas: Canvas, box: Box, columns: Sequence[Column], rows: Sequence[Row], size: float = TABLE_SIZES[0]
) -> list[int]:
    """Return column widths (EMU) following the weights, widened so that no column breaks its longest word."""
    total = sum(c.weight for c in columns)
    widths = [box.width * c.weight / total for c in columns]
    cap = box.width / max(len(columns), 1) * 1.6
    need = []
    for j, column in enumerate(columns):
        words = [(w, True) for w in column.header.split()]
        words += [(w, as_cell(r.cells[j]).bold) for r in rows for w in as_cell(r.cells[j]).text.split()]
        longest = max((canvas.body.width(w, size, b) / canvas.body.safety for w, b in set(words)), default=0.0)
        need.append(min((longest + 2 * CELL_X + 2) * EMU_PER_PT, cap))
    for _ in range(len(columns)):
        short = [j for j in range(len(columns)) if widths[j] < need[j] - 1]
        if not short:
            break
        deficit = sum(need[j] - widths[j] for j in short)
        donors = [j for j in range(len(columns)) if j not in short and widths[j] > need[j]]
        spare = sum(widths[j] - need[j] for j in donors)
        if not donors or spare <= 0:
            break
        take = min(deficit, spare)
        for j in short:
            widths[j] += (need[j] - widths[j]) * take / deficit
        for j in donors:
            widths[j] -= (widths[j] - need[j]) * take / spare
    out = [int(w) for w in widths]
    out[-1] += box.width - sum(out)
    return out


def _height(texts: list[list[str]], widths: list[int], size: float, canvas: Canvas, bold: bool = False) -> float:
    tallest = 0.0
    for lines, width in zip(texts, widths, strict=False):
        inner = width / EMU_PER_PT - 2 * CELL_X
        tallest = max(tallest, fit.text_height(lines or [""], inner, size, canvas.body, bold))
    return tallest + 2 * CELL_Y + 1


def paginate(
    canvas: Canvas,
    columns: Sequence[Column],
    rows: list[Row],
    box: Box,
    first_height: float,
    widths: list[int],
    sizes: tuple[float, ...] = TABLE_SIZES,
) -> list[list[Row]]:
    """Return `rows` split into pages at the largest base size needing at most a quarter more pages than the floor."""
    counts = {k: len(_paginate(canvas, rows, box, first_height, widths, columns, sizes[k:])) for k in range(len(sizes))}
    fewest = min(counts.values())
    chosen = next(k for k in range(len(sizes)) if counts[k] <= max(fewest * 1.25, fewest + (fewest > 1)))
    return _paginate(canvas, rows, box, first_height, widths, columns, sizes[chosen:])


def _paginate(
    canvas: Canvas,
    rows: list[Row],
    box: Box,
    first_height: float,
    widths: list[int],
    columns: Sequence[Column],
    sizes: tuple[float, ...],
) -> list[list[Row]]:
    """Return `rows` split into pages: each row measured, set smaller when very tall, moved on when it does not fit."""
    header = _height([[c.header] for c in columns], widths, sizes[0], canvas, True)
    full = box.height_pt - header
    pages: list[list[Row]] = [[]]
    room = first_height - header
    for row in rows:
        texts = [as_cell(c).text.split("\n") for c in row.cells]
        for size in sizes:
            height = _height(texts, widths, size, canvas)
            if height <= full * TALL or size == sizes[-1]:
                break
        if height > full:  # taller than a page even at the floor: cut, the notes keep the full text
            inner = [w / EMU_PER_PT - 2 * CELL_X for w in widths]
            room_h = full - 2 * CELL_Y - 2
            texts = [fit.truncate(t, w, room_h, size, canvas.body) for t, w in zip(texts, inner, strict=True)]
            height = _height(texts, widths, size, canvas)
        row.size, row.height, row.texts = size, height, texts
        if (height > room and pages[-1]) or height > room:
            pages.append([])
            room = full
        pages[-1].append(row)
        room -= height
    pages = [page for page in pages if page] or [[]]
    return _balance(pages, first_height - header, full)


def _balance(pages: list[list[Row]], first_room: float, full: float) -> list[list[Row]]:
    """Return the rows of `pages` regrouped into as many pages, filled evenly instead of a near-empty last one."""
    rows = [row for page in pages for row in page]
    if len(pages) < 2:
        return pages

    def group(cap: float) -> list[list[Row]]:
        out: list[list[Row]] = [[]]
        room = min(first_room, cap)
        for row in rows:
            if row.height > room:
                out.append([])
                room = cap
            out[-1].append(row)
            room -= row.height
        return [page for page in out if page]

    low, high = max(row.height for row in rows), full
    for _ in range(24):  # the smallest page height that still needs no more pages
        middle = (low + high) / 2
        if len(group(middle)) <= len(pages):
            high = middle
        else:
            low = middle
    balanced = group(high)
    return balanced if len(balanced) == len(pages) else pages


def add_table(
    canvas: Canvas,
    slide: Slide,
    box: Box,
    columns: Sequence[Column],
    rows: list[Row],
    widths: list[int],
    header_size: float = 12,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
) -> Any:
    """Add a native table with `columns` and measured `rows` at the top of `box`."""
    header_h = _height([[c.header] for c in columns], widths, header_size, canvas, True)
    total = header_h + sum(r.height for r in rows)
    shape = slide.shapes.add_table(len(rows) + 1, len(columns), box.left, box.top, box.width, pt(total))
    table = shape.table
    table.first_row = True
    table.horz_banding = True
    for i, width in enumerate(widths):
        table.columns[i].width = width
    table.rows[0].height = pt(header_h)
    for j, column in enumerate(columns):
        _write(table.cell(0, j), [column.header], header_size, column.align, True)
    for i, row in enumerate(rows, start=1):
        table.rows[i].height = pt(row.height)
        for j, (value, column) in enumerate(zip(row.cells, columns, strict=False)):
            cell = as_cell(value)
            target = table.cell(i, j)
            _write(
                target,
                row.texts[j] if row.texts else cell.text.split("\n"),
                row.size,
                column.align,
                cell.bold,
                cell.color,
                anchor,
            )
            if cell.fill:
                target.fill.solid()
                target.fill.fore_color.rgb = rgb(cell.fill)
    return shape


def _write(
    cell: Any,
    lines: list[str],
    size: float,
    align: PP_ALIGN,
    bold: bool = False,
    color: str | None = None,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
) -> None:
    cell.margin_left = cell.margin_right = pt(CELL_X)
    cell.margin_top = cell.margin_bottom = pt(CELL_Y)
    cell.vertical_anchor = anchor
    frame = cell.text_frame
    frame.word_wrap = True
    for k, line in enumerate(lines or [""]):
        paragraph = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
        if bold:
            run.font.bold = True
        if color:
            run.font.color.rgb = rgb(color)


def table_slides(
    canvas: Canvas,
    title: str,
    columns: Sequence[Column],
    rows: list[Row],
    *,
    intro: Callable[[Slide, Box], None] | None = None,
    intro_height: int = 0,
    records: Sequence[Any] = (),
    empty: str = "",
    group_column: int | None = None,
    sizes: tuple[float, ...] = TABLE_SIZES,
    fill: bool = False,
) -> list[Slide]:
    """Add as many slides as `rows` need, titled "title (2/3)" from the second on, header repeated on each.

    With `group_column`, that column shows its value only on the first row of a group and of a page.
    With `fill`, short rows grow (up to 0.9 in, text centred) so that a short table uses its slide.
    """
    box = canvas.grid.content
    first_top = box.top + (intro_height + canvas.grid.gap if intro else 0)
    widths = column_widths(canvas, box, columns, rows)
    pages = paginate(canvas, columns, rows, box, (box.bottom - first_top) / EMU_PER_PT, widths, sizes)
    if fill and rows:
        header = _height([[c.header] for c in columns], widths, max(r.size for r in rows), canvas, True)
        share = min(64.8, ((box.bottom - first_top) / EMU_PER_PT - header) / max(len(page) for page in pages))
        for row in rows:
            row.height = max(row.height, share)
    if group_column is not None:
        for page in pages:
            for previous, row in zip([None, *page], page, strict=False):
                if (
                    previous is not None
                    and as_cell(previous.cells[group_column]).text == as_cell(row.cells[group_column]).text
                ):
                    row.texts[group_column] = [""]
    slides = []
    for n, page in enumerate(pages, start=1):
        shown = title if len(pages) == 1 else f"{title} ({n}/{len(pages)})"
        page_records = [r for row in page for r in row.records] + (list(records) if n == 1 else [])
        slide = canvas.new_slide(shown, page_records)
        top = box.top
        if intro and n == 1:
            intro(slide, Box(box.left, box.top, box.width, intro_height))
            top = first_top
        if page:
            anchor = MSO_ANCHOR.MIDDLE if fill else MSO_ANCHOR.TOP
            add_table(canvas, slide, box.rest_below(top), columns, page, widths, anchor=anchor)
        elif empty:
            canvas.add_text(slide, box.rest_below(top), [empty], sizes=(14,), muted=True)
        slides.append(slide)
    return slides
