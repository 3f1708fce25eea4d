"""Native PowerPoint tables: column widths, cells written from rows, and tables over as many slides as needed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas, Title, paged_title
from cjmdeck.deck.colours import Paint, is_dark
from cjmdeck.deck.fit import FontMetrics
from cjmdeck.deck.grid import EMU_PER_PT, Box, points, pt
from cjmdeck.deck.paginate import CELL_X, CELL_Y, TABLE_SIZES, Cell, Row, as_cell, header_height, paginate
from cjmdeck.deck.shapes import colour_xml, emu, paragraph_xml
from cjmdeck.findings import emotion_level
from cjmdeck.palette import EMOTION_TINT, dark_shade
from cjmdeck.text.values import score

HEADER_SIZE = 12  # points: the header row of every table
STRONG_FILL = Paint(MSO_THEME_COLOR.ACCENT_1)  # header row and label column, as the default table style draws them
STRONG_TEXT = Paint(MSO_THEME_COLOR.BACKGROUND_1)
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # Medium Style 2 - Accent 1, python-pptx's default
RULE = 12700  # EMU: the 1 pt line between cells on a dark slide
FILL_SHARE = 0.92  # of its room a filled table takes: viewers draw wrapped rows a little taller than measured
FILL_ROW_MAX = 64.8  # points (0.9 in): how tall a short table's rows may grow to use its slide


@dataclass(frozen=True)
class Column:
    """A table column: header, relative width and alignment."""

    header: str
    weight: float = 1.0
    align: PP_ALIGN = PP_ALIGN.LEFT


def column_widths(
    font: FontMetrics, box: Box, columns: Sequence[Column], rows: Sequence[Row], size: float = TABLE_SIZES[0]
) -> list[int]:
    """Return column widths (EMU) following the weights, widened so that no column breaks its longest word."""
    total = sum(c.weight for c in columns)
    widths = [box.width * c.weight / total for c in columns]
    cap = box.width / max(len(columns), 1) * 1.6
    need = []
    for j, column in enumerate(columns):
        words = [(w, True) for w in column.header.split()]
        words += [(w, as_cell(r.cells[j]).bold) for r in rows for w in as_cell(r.cells[j]).text.split()]
        longest = max((font.width(w, size, b) / font.safety for w, b in set(words)), default=0.0)
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


def add_table(
    canvas: Canvas,
    slide: Slide,
    box: Box,
    columns: Sequence[Column],
    rows: list[Row],
    widths: list[int],
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    banded: bool = True,
) -> Any:
    """Add a native table with `columns` and measured `rows` at the top of `box`."""
    header_h = header_height([c.header for c in columns], widths, HEADER_SIZE, canvas.body)
    cells = [[Drawn([c.header], HEADER_SIZE, c.align, True) for c in columns]]
    for row in rows:
        drawn = []
        for j, (value, column) in enumerate(zip(row.cells, columns, strict=False)):
            cell = as_cell(value)
            lines = row.texts[j] if row.texts else cell.text.split("\n")
            drawn.append(Drawn(lines, row.size, column.align, cell.bold, cell.color, cell.fill))
            if j in row.cut:  # cut to fit a page: whole in the notes, with its row's label and column
                label = as_cell(row.cells[0]).text if j and 0 not in row.cut else ""
                canvas.keep_whole(slide, [cell.text], ["\n".join(lines)], label, column.header)
        cells.append(drawn)
    heights = [header_h] + [r.height for r in rows]
    frame = Box(box.left, box.top, box.width, int(pt(header_h + sum(r.height for r in rows))))
    return draw_table(canvas, slide, frame, widths, heights, cells, header=True, banded=banded, anchor=anchor)


@dataclass(frozen=True)
class Drawn:
    """A table cell as drawn: its lines at `size`, aligned, bold or not, and its own text colour and fill if any."""

    lines: Sequence[str]
    size: float
    align: PP_ALIGN = PP_ALIGN.LEFT
    bold: bool = False
    color: str | None = None
    fill: str | None = None


def draw_table(
    canvas: Canvas,
    slide: Slide,
    frame: Box,
    widths: Sequence[int],
    heights: Sequence[float],
    cells: Sequence[Sequence[Drawn]],
    *,
    header: bool,
    first_column: bool = False,
    banded: bool = True,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
) -> Any:
    """Add a native table in `frame`: columns `widths` EMU wide, rows `heights` points high, holding `cells`.

    Every cell gets an explicit fill, the default table style's look: the header row and first
    column strong, body rows alternating two fills (`banded`), or all the slide's background, for
    grids coloured by value; a cell's own fill stays. Text takes a colour readable on its fill, its
    own hue when it has one. The whole table is written as XML at once: through python-pptx's cell
    objects, it took most of a deck's time.
    """
    shape = slide.shapes.add_table(1, 1, emu(frame.left), emu(frame.top), emu(frame.width), emu(frame.height))
    ground = canvas.ground(slide)
    bands = canvas.colours.bands(ground) if banded else (Paint(ground),) * 2
    dark = is_dark(ground)
    rules = _rules(ground) if dark else ""  # white style lines would grid a dark slide
    flags = (' firstRow="1"' if header else "") + ' bandRow="1"' + (' firstCol="1"' if first_column else "")
    grid = "".join(f'<a:gridCol w="{int(emu(w))}"/>' for w in widths)
    body = []
    for i, (row, height) in enumerate(zip(cells, heights, strict=True)):
        strong_row = header and i == 0
        band = bands[(i - header) % 2]
        written = (
            _cell_xml(
                canvas,
                cell,
                rules,
                MSO_ANCHOR.TOP if strong_row else anchor,
                strong_row or (first_column and j == 0),
                band,
                ground if dark else None,
            )
            for j, cell in enumerate(row)
        )
        body.append(f'<a:tr h="{int(pt(height))}">{"".join(written)}</a:tr>')
    table = shape.table._tbl
    table.getparent().replace(
        table,
        parse_xml(
            f"<a:tbl {nsdecls('a')}><a:tblPr{flags}><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr>"
            f"<a:tblGrid>{grid}</a:tblGrid>{''.join(body)}</a:tbl>"
        ),
    )
    return shape


def _cell_xml(
    canvas: Canvas, cell: Drawn, rules: str, anchor: MSO_ANCHOR, strong: bool, band: Paint, dark: str | None = None
) -> str:
    """Return the XML of one table cell: its paragraphs in a readable colour, its margins, borders and fill.

    On a `dark` ground, a cell's own pale fill (emotion, KPI change) takes its dark shade.
    """
    colours = canvas.colours
    filled = dark_shade(cell.fill, dark) if cell.fill and dark else cell.fill
    fill: Paint = Paint(filled) if filled else STRONG_FILL if strong else band
    ground = colours.hex(fill)
    own = colours.hex(Paint(cell.color)) if cell.color else None  # keeps its hue, lighter or darker if need be
    wanted: list[Paint | str] = [own, Paint(own, 0.5), Paint(own, -0.5)] if own else []
    paint = colours.readable(ground, wanted or ([STRONG_TEXT] if strong else []))
    weight = True if cell.bold else None
    paragraphs = "".join(
        paragraph_xml(line, cell.size, cell.align, bold=weight, paint=paint) for line in cell.lines or [""]
    )
    side, top = int(pt(CELL_X)), int(pt(CELL_Y))
    return (
        f'<a:tc><a:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{paragraphs}</a:txBody>'
        f'<a:tcPr marL="{side}" marR="{side}" marT="{top}" marB="{top}" anchor="{anchor.xml_value}">'
        f"{rules}<a:solidFill>{colour_xml(fill)}</a:solidFill></a:tcPr></a:tc>"
    )


def _rules(colour: str) -> str:
    """Return a cell's four borders (left, right, top, bottom) in `colour`, 1 pt wide."""
    return "".join(
        f'<{tag} w="{RULE}" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="{colour}"/>'
        f'</a:solidFill><a:prstDash val="solid"/></{tag}>'
        for tag in ("a:lnL", "a:lnR", "a:lnT", "a:lnB")
    )


def table_slides(
    canvas: Canvas,
    title: Title,
    columns: Sequence[Column],
    rows: list[Row],
    *,
    intro: Callable[[Slide, Box], None] | None = None,
    intro_height: int = 0,
    records: Sequence[object] = (),
    empty: str = "",
    group_column: int | None = None,
    sizes: tuple[float, ...] = TABLE_SIZES,
    fill: bool = False,
    banded: bool = True,
) -> list[Slide]:
    """Add as many slides as `rows` need, titled "title (2/3)" from the second on, header repeated on each.

    With `intro`, the first slide draws it above the table, or over the whole content area when
    the table's first row is too tall to fit under it. With `group_column`, that column
    shows its value only on the first row of a group and of a page. With `fill`, short rows grow
    (up to FILL_ROW_MAX, text centred) so that a short table uses its slide.
    """
    box = canvas.grid.content
    first_top = box.top + (intro_height + canvas.grid.gap if intro else 0)
    widths = column_widths(canvas.body, box, columns, rows)
    headers = [c.header for c in columns]
    first = points(box.bottom - first_top)
    pages = table_pages(canvas, columns, rows, intro_height if intro else None, sizes)
    if fill and rows:
        header = header_height(headers, widths, max(r.size for r in rows), canvas.body)
        _fill(pages, (first - header) * FILL_SHARE, (box.height_pt - header) * FILL_SHARE)
    if group_column is not None:
        _group(pages, group_column)
    slides = []
    for n, page in enumerate(pages, start=1):
        shown = paged_title(title, n, len(pages), canvas.lang)
        page_records = [r for row in page for r in row.records] + (list(records) if n == 1 else [])
        slide = canvas.new_slide(shown, page_records)
        top = box.top
        if intro and n == 1:  # alone on its slide when the table's first row does not fit under it
            alone = not page and len(pages) > 1
            intro(slide, box if alone else Box(box.left, box.top, box.width, intro_height))
            top = first_top
        if page:
            anchor = MSO_ANCHOR.MIDDLE if fill else MSO_ANCHOR.TOP
            add_table(canvas, slide, box.rest_below(top), columns, page, widths, anchor=anchor, banded=banded)
        elif empty and len(pages) == 1:
            canvas.add_text(slide, box.rest_below(top), [empty], sizes=(14,), muted=True)
        slides.append(slide)
    return slides


Getter = Callable[[Any], Cell | str]  # a column's value for one record


def columns_in_use(
    columns: Sequence[tuple[Column, Getter]], records: Sequence[Any], keep: Sequence[int] = ()
) -> list[tuple[Column, Getter]]:
    """Return the columns some record fills, and those at the indexes in `keep` even when empty."""
    return [(c, get) for i, (c, get) in enumerate(columns) if i in keep or any(as_cell(get(r)).text for r in records)]


def table_pages(
    canvas: Canvas,
    columns: Sequence[Column],
    rows: list[Row],
    intro_height: int | None = None,
    sizes: tuple[float, ...] = TABLE_SIZES,
) -> list[list[Row]]:
    """Return `rows` split into the pages `table_slides` gives them, under an intro `intro_height` high when given."""
    box = canvas.grid.content
    first_top = box.top + (intro_height + canvas.grid.gap if intro_height is not None else 0)
    widths = column_widths(canvas.body, box, columns, rows)
    headers = [c.header for c in columns]
    return paginate(headers, rows, widths, points(box.bottom - first_top), box.height_pt, canvas.body, sizes)


def rows_on_one_slide(
    canvas: Canvas, columns: Sequence[Column], rows: list[Row], intro_height: int | None = None
) -> int:
    """Return how many of the first `rows` a single slide holds under an intro `intro_height` high."""
    pages = table_pages(canvas, columns, rows, intro_height)
    if len(pages) == 1:
        return len(rows)
    shown = len(pages[0])
    while shown < len(rows) and len(table_pages(canvas, columns, rows[: shown + 1], intro_height)) == 1:
        shown += 1
    return shown


def _fill(pages: list[list[Row]], first: float, full: float) -> None:
    """Grow short rows so that each page's table uses its room: to one height where they all fit, else evenly."""
    rows_per_page = max(len(page) for page in pages)
    for n, page in enumerate(pages):
        room = first if n == 0 else full
        share = min(FILL_ROW_MAX, room / rows_per_page)
        if sum(max(row.height, share) for row in page) <= room:
            for row in page:
                row.height = max(row.height, share)
            continue
        spare = room - sum(row.height for row in page)
        for row in page:
            row.height += max(spare, 0) / len(page)


def _group(pages: list[list[Row]], column: int) -> None:
    """Blank `column` in rows that repeat the value of the row above on the same page."""
    for page in pages:
        for previous, row in zip([None, *page], page, strict=False):
            if previous is not None and as_cell(previous.cells[column]).text == as_cell(row.cells[column]).text:
                row.texts[column] = [""]


def emotion_cell(value: float | None, lang: str) -> Cell:
    """Return an emotion score as a bold number on its colour, or a dash when it is not scored."""
    level = emotion_level(value)
    if level is None:
        return Cell(score(value, lang))
    return Cell(score(value, lang), fill=EMOTION_TINT[level], bold=True)
