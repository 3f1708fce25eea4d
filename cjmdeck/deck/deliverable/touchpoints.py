"""The touchpoint grid: channels x stages, each cell listing its touchpoints with mode and emotion."""

from __future__ import annotations

from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.tables import Column, table_slides
from cjmdeck.findings import Findings, GridCell
from cjmdeck.palette import EMOTION_TINT
from cjmdeck.text.headlines import grid_title
from cjmdeck.text.values import channel_name, grid_entry


def touchpoint_grid(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the touchpoint grid, coloured by the lowest emotion in each cell."""
    grid = found.grid
    if not grid.rows:
        return []
    rows = []
    for channel in grid.rows:
        cells: list[Cell | str] = [Cell(channel_name(channel.channel, canvas.lang), bold=True)]
        cells += [_cell(canvas, cell) for cell in channel.cells]
        rows.append(Row(cells, channel.records))
    columns = [Column(f"{canvas.t('channel')}\n({canvas.t('grid_legend')})", 1.1)]
    columns += [Column(s.name, 1.0) for s in found.journey.stages]
    return table_slides(  # no bands: colour means emotion here, nothing else
        canvas, lambda limit: grid_title(grid, canvas.lang, limit), columns, rows, banded=False
    )


def _cell(canvas: Canvas, cell: GridCell) -> Cell:
    """Return the cell of one channel and stage: one line per touchpoint, filled by its lowest emotion."""
    text = "\n".join(grid_entry(entry, canvas.lang) for entry in cell.entries)
    return Cell(text, fill=EMOTION_TINT[cell.lowest] if cell.lowest else None)
