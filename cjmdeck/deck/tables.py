"""Native PowerPoint tables: column widths, cells written from rows, and tables over as many slides as needed."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas, Title, paged_title
from cjmdeck.deck.colours import Paint, fill_colour, is_dark
from cjmdeck.deck.fit import FontMetrics
from cjmdeck.deck.grid import EMU_PER_PT, Box, points, pt
from cjmdeck.deck.paginate import CELL_X, CELL_Y, TABLE_SIZES, Cell, Row, as_cell, header_height, paginate
from cjmdeck.deck.shapes import Colour, colour_xml, emu, paragraph_xml, replace_children
from cjmdeck.findings import emotion_level
from cjmdeck.palette import EMOTION_TINT
from cjmdeck.text.values import score

HEADER_SIZE = 12  # points: the header row of every table
STRONG_FILL = Paint(MSO_THEME_COLOR.ACCENT_1)  # header row and label column, as the default table style draws them
STRONG_TEXT = Paint(MSO_THEME_COLOR.BACKGROUND_1)
RUN, SOLID = qn("a:r"), qn("a:solidFill")
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
    total = header_h + sum(r.height for r in rows)
    shape = slide.shapes.add_table(len(rows) + 1, len(columns), emu(box.left), emu(box.top), emu(box.width), pt(total))
    table = shape.table
    table.first_row = True
    table.horz_banding = True
    tbl = table._tbl  # sizes set in the XML: python-pptx's setters re-add the whole table for each row
    for col, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
        col.set("w", str(int(emu(width))))
    heights = [header_h] + [r.height for r in rows]
    for tr, height in zip(tbl.tr_lst, heights, strict=True):
        tr.set("h", str(int(pt(height))))
    for j, column in enumerate(columns):
        write_cell(table.cell(0, j), [column.header], HEADER_SIZE, column.align, True)
    for i, row in enumerate(rows, start=1):
        for j, (value, column) in enumerate(zip(row.cells, columns, strict=False)):
            cell = as_cell(value)
            target = table.cell(i, j)
            lines = row.texts[j] if row.texts else cell.text.split("\n")
            write_cell(target, lines, row.size, column.align, cell.bold, cell.color, anchor)
            if cell.fill:
                _set_fill(target._tc.get_or_add_tcPr(), cell.fill)
            if j in row.cut:  # cut to fit a page: whole in the notes, with its row's label and column
                label = as_cell(row.cells[0]).text if j and 0 not in row.cut else ""
                canvas.keep_whole(slide, [cell.text], ["\n".join(lines)], label, column.header)
    paint_table(canvas, slide, table, header=True, banded=banded)
    return shape


def paint_table(
    canvas: Canvas, slide: Slide, table: Any, header: bool, first_column: bool = False, banded: bool = True
) -> None:
    """Give every cell of `table` an explicit fill (the default table style's look) and its text a readable colour.

    Cells already filled keep their fill; text already coloured keeps its colour when it is readable there.
    Body rows alternate two fills (`banded`), or all take the slide's background, for grids coloured by value.
    The cells' XML is written directly: through python-pptx's properties this took most of a table's time.
    """
    colours = canvas.colours
    slide_ground = canvas.ground(slide)
    bands = colours.bands(slide_ground) if banded else (Paint(slide_ground),) * 2
    rules = _rules(slide_ground) if is_dark(slide_ground) else []  # white style lines would grid a dark slide
    for i, tr in enumerate(table._tbl.tr_lst):
        for j, tc in enumerate(tr.tc_lst):
            props = tc.get_or_add_tcPr()
            for k, rule in enumerate(rules):
                for old in props.findall(rule.tag):
                    props.remove(old)
                props.insert(k, copy.deepcopy(rule))
            ground = fill_colour(colours, props)
            strong = (header and i == 0) or (first_column and j == 0)
            if ground is None:
                paint = STRONG_FILL if strong else bands[(i - header) % 2]
                _set_fill(props, paint, after=len(rules))
                ground = colours.hex(paint)
            for run in tc.iter(RUN):
                run_props = run.get_or_add_rPr()
                own = fill_colour(colours, run_props)  # a colour of its own keeps its hue, lighter or darker if need be
                wanted: list[Paint | str] = [own, Paint(own, 0.5), Paint(own, -0.5)] if own else []
                _set_fill(run_props, colours.readable(ground, wanted or ([STRONG_TEXT] if strong else [])))


def _set_fill(parent: Any, paint: Colour | Paint, after: int = 0) -> None:
    """Replace the fill directly under `parent` (tcPr or rPr) with a solid `paint`, at its place in the schema."""
    for old in parent.findall(SOLID):
        parent.remove(old)
    parent.insert(after, parse_xml(f"<a:solidFill {nsdecls('a')}>{colour_xml(paint)}</a:solidFill>"))


def _rules(colour: str) -> list[Any]:
    """Return a cell's four borders (left, right, top, bottom) in `colour`, 1 pt wide."""
    return [
        parse_xml(
            f'<{tag} {nsdecls("a")} w="{RULE}" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="{colour}"/>'
            '</a:solidFill><a:prstDash val="solid"/></' + tag + ">"
        )
        for tag in ("a:lnL", "a:lnR", "a:lnT", "a:lnB")
    ]


def write_cell(
    cell: Any,
    lines: list[str],
    size: float,
    align: PP_ALIGN,
    bold: bool = False,
    color: str | None = None,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
) -> None:
    """Write `lines` as the paragraphs of a table cell, with the deck's cell margins and exact line spacing."""
    tc = cell._tc
    side, top = int(pt(CELL_X)), int(pt(CELL_Y))
    paint = Paint(color) if color else None
    weight = True if bold else None
    paragraphs = "".join(paragraph_xml(line, size, align, bold=weight, paint=paint) for line in lines or [""])
    replace_children(
        tc,
        f'<a:tc {nsdecls("a")}><a:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{paragraphs}</a:txBody>'
        f'<a:tcPr marL="{side}" marR="{side}" marT="{top}" marB="{top}" anchor="{anchor.xml_value}"/></a:tc>',
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
