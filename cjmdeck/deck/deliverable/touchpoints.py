"""The touchpoint grid: channels x stages, each cell listing its touchpoints, or counting them when they are many.

A grid that runs past one slide is shown in the body as a heatmap (how many touchpoints and
their mean emotion per channel and stage), with the complete grid in the appendix.
"""

from __future__ import annotations

from collections.abc import Callable

from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas, Title
from cjmdeck.deck.grid import Box
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.tables import Column, table_pages, table_slides
from cjmdeck.findings import Findings, GridCell, emotion_level
from cjmdeck.palette import EMOTION_TINT
from cjmdeck.text import format_number, format_score
from cjmdeck.text.headlines import grid_title
from cjmdeck.text.values import channel_name, grid_entry

NOTE_HEIGHT = 0.3  # grid inches: the line under the heatmap that says where the complete grid is
FULL_GRID = "grid"  # the key that links to the complete grid in the appendix


def touchpoint_grid(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the touchpoint grid, coloured by emotion: complete when it fits one slide, else as a heatmap."""
    if not found.grid.rows:
        return []
    columns, rows = _grid(canvas, found)
    if len(table_pages(canvas, columns, rows)) == 1:
        return table_slides(canvas, _title(canvas, found), columns, rows, banded=False)  # no bands: colour is emotion
    return heatmap(canvas, found)


def full_grid(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add, for the appendix, the complete grid of a journey whose body shows the heatmap."""
    if not found.grid.rows:
        return []
    columns, rows = _grid(canvas, found)
    if len(table_pages(canvas, columns, rows)) == 1:
        return []
    title = _title(canvas, found)
    return canvas.mark(FULL_GRID, table_slides(canvas, title, columns, rows, banded=False))


def heatmap(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the grid as a heatmap: per channel and stage, how many touchpoints and their mean emotion."""
    rows = _rows(canvas, found, _count)
    columns = [Column(f"{canvas.t('channel')}\n({canvas.t('heatmap_legend')})", 1.3)]
    columns += [Column(s.name, 1.0, PP_ALIGN.CENTER) for s in found.journey.stages]
    note = canvas.t("heatmap_note")

    def pointer(slide: Slide, box: Box) -> None:
        """Draw the line that says the complete grid is in the appendix."""
        canvas.add_pointer(slide, box, note, FULL_GRID)

    height = canvas.grid.inches(NOTE_HEIGHT)
    return table_slides(
        canvas, _title(canvas, found), columns, rows, intro=pointer, intro_height=height, banded=False, fill=True
    )


def _title(canvas: Canvas, found: Findings) -> Title:
    """Return the grid's title: the busiest channel, its name cut to the limit given."""
    return lambda limit: grid_title(found.grid, canvas.lang, limit)


def _grid(canvas: Canvas, found: Findings) -> tuple[list[Column], list[Row]]:
    """Return the columns and rows of the complete grid: a row per channel, a column per stage."""
    columns = [Column(f"{canvas.t('channel')}\n({canvas.t('grid_legend')})", 1.1)]
    columns += [Column(s.name, 1.0) for s in found.journey.stages]
    return columns, _rows(canvas, found, _cell)


def _rows(canvas: Canvas, found: Findings, cell: Callable[[Canvas, GridCell], Cell]) -> list[Row]:
    """Return a row per channel: its name, then `cell` of each stage's touchpoints."""
    return [
        Row(
            [Cell(channel_name(row.channel, canvas.lang), bold=True), *(cell(canvas, c) for c in row.cells)],
            row.records,
        )
        for row in found.grid.rows
    ]


def _cell(canvas: Canvas, cell: GridCell) -> Cell:
    """Return the cell of one channel and stage: one line per touchpoint, filled by its lowest emotion."""
    text = "\n".join(grid_entry(entry, canvas.lang) for entry in cell.entries)
    return Cell(text, fill=EMOTION_TINT[cell.lowest] if cell.lowest else None)


def _count(canvas: Canvas, cell: GridCell) -> Cell:
    """Return the heatmap cell of one channel and stage: the count and mean emotion, filled by that emotion."""
    if not cell.entries:
        return Cell("")
    mean, level = cell.mean, emotion_level(cell.mean)
    count = format_number(len(cell.entries), canvas.lang)
    text = count if mean is None else f"{count}\u00a0·\u00a0{format_score(mean, canvas.lang)}"
    return Cell(text, bold=True, fill=EMOTION_TINT[level] if level else None)
