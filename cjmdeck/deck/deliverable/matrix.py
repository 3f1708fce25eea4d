"""The impact x feasibility matrix: four named quadrants, every action placed by its scores, with rank and name."""

from __future__ import annotations

from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas, room
from cjmdeck.deck.colours import Paint, is_dark
from cjmdeck.deck.grid import Box, pt
from cjmdeck.deck.shapes import flat, grouped, paragraph_xml, set_colour, solid, write_text
from cjmdeck.findings import Findings
from cjmdeck.model import FILL_IN, HIGH, MAJOR_PROJECT, QUICK_WIN, THANKLESS_TASK, quadrant
from cjmdeck.text import quadrant_name, ranges
from cjmdeck.text.formats import shorten
from cjmdeck.text.headlines import matrix_title

EDGE, EDGE_CONTRAST = "8C8C8C", 1.5  # the quadrants' outline: a grey that shows on the slide
SHORT_NAMES = (28, 20, 14)  # characters of an action's name beside its rank on the matrix, longest that fits
KEY_NAME = 60  # and in the key beside it
NAMED_SIZES = (11, 10, 9)
RANK_SIZES = (16, 14, 12, 11, 10, 9)
KEY_SIZES = (14, 12, 11, 10, 9)
LOW_COLUMNS, HIGH_COLUMNS = (0, HIGH - 1), (HIGH - 1, 5)  # feasibility 1..HIGH-1 and HIGH..5, left to right
HIGH_ROWS, LOW_ROWS = (0, 5 - HIGH + 1), (5 - HIGH + 1, 5)  # impact 5..HIGH and HIGH-1..1, top to bottom
# Quadrant -> (columns, rows, fill brightness of accent 1).
PLACES = {
    MAJOR_PROJECT: (LOW_COLUMNS, HIGH_ROWS, 0.8),
    QUICK_WIN: (HIGH_COLUMNS, HIGH_ROWS, 0.6),
    THANKLESS_TASK: (LOW_COLUMNS, LOW_ROWS, 0.95),
    FILL_IN: (HIGH_COLUMNS, LOW_ROWS, 0.85),
}


def matrix(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the matrix slide; actions on the same spot are listed together as compact rank ranges."""
    plan = found.plan
    if not plan.ranked:
        return []
    counts = plan.quadrants
    slide = canvas.new_slide(matrix_title(plan, canvas.lang), plan.ranked)
    gap = canvas.grid.gap
    area, side = canvas.grid.content.columns([2.6, 1], gap * 2)
    strip = int(pt(20))
    tick = int(pt(18))
    axis_w = int(pt(22))
    grid = Box(
        area.left + axis_w + tick,
        area.top + strip,
        area.width - axis_w - tick,
        area.height - 2 * strip - tick - int(pt(18)),
    )
    cell_w, cell_h = grid.width // 5, grid.height // 5
    ground = canvas.ground(slide)
    ink = canvas.colours.readable(ground)
    accent = canvas.colours.hex(canvas.colours.visible(ground, MSO_THEME_COLOR.ACCENT_1))  # a pale one darkened
    edge = canvas.colours.visible(ground, EDGE, EDGE_CONTRAST)
    with grouped(slide, "Impact x feasibility matrix"):
        for key, ((c0, c1), (r0, r1), brightness) in PLACES.items():
            left, top = grid.left + c0 * cell_w, grid.top + r0 * cell_h
            rect = flat(
                slide.shapes.add_shape(
                    MSO_SHAPE.RECTANGLE, *Box(left, top, (c1 - c0) * cell_w, (r1 - r0) * cell_h).xywh
                )
            )
            solid(rect.fill, _quadrant_fill(ground, accent, brightness))
            set_colour(rect.line.color, edge)  # the quadrants stay apart even where a fill is close to the slide
            rect.line.width = Pt(1)
            label_top = grid.top - strip if r0 == 0 else grid.top + 5 * cell_h
            name = f"{quadrant_name(key, canvas.lang)} ({counts[key]})"
            _text(
                slide,
                Box(grid.left + c0 * cell_w, label_top, (c1 - c0) * cell_w, strip),
                name,
                12,
                True,
                PP_ALIGN.CENTER,
                ink,
            )
        for (feasibility, impact), ranks in plan.spots.items():
            box = Box(grid.left + (feasibility - 1) * cell_w, grid.top + (5 - impact) * cell_h, cell_w, cell_h)
            lines, size = _spot_label(canvas, box, [(n, plan.ranked[n - 1].text) for n in ranks])
            fill = canvas.colours.hex(_quadrant_fill(ground, accent, PLACES[quadrant(impact, feasibility)][2]))
            paint = canvas.colours.readable(fill)
            _text(slide, box, "\n".join(lines), size, True, PP_ALIGN.CENTER, paint, MSO_ANCHOR.MIDDLE)
        for level in range(1, 6):
            _text(
                slide,
                Box(grid.left - tick, grid.top + (5 - level) * cell_h, tick, cell_h),
                str(level),
                11,
                False,
                PP_ALIGN.CENTER,
                ink,
                MSO_ANCHOR.MIDDLE,
            )
            _text(
                slide,
                Box(grid.left + (level - 1) * cell_w, grid.top + 5 * cell_h + strip, cell_w, tick),
                str(level),
                11,
                False,
                PP_ALIGN.CENTER,
                ink,
            )
        axis_x = Box(grid.left, grid.top + 5 * cell_h + strip + tick, 5 * cell_w, int(pt(18)))
        _text(slide, axis_x, f"{canvas.t('feasibility')} →", 12, True, PP_ALIGN.CENTER, ink)
        axis_y = _text(
            slide,
            Box(area.left, grid.top, axis_w, 5 * cell_h),
            f"{canvas.t('impact')} →",
            12,
            True,
            PP_ALIGN.CENTER,
            ink,
            MSO_ANCHOR.MIDDLE,
        )
        axis_y.text_frame._txBody.bodyPr.set("vert", "vert270")
    _key(canvas, slide, Box(side.left, grid.top, side.width, side.bottom - grid.top), found)
    return [slide]


def _spot_label(canvas: Canvas, box: Box, actions: list[tuple[int, str]]) -> tuple[list[str], float]:
    """Return the lines and size of a spot's label: each action's rank and short name, else the ranks alone."""
    width, height = box.width_pt - 8, box.height_pt - 4
    for limit in SHORT_NAMES:
        named = [f"{n}\u00a0{shorten(name, limit)}" for n, name in actions]
        size = fit.fit_size(named, width, height, canvas.body, NAMED_SIZES, bold=True)
        if size is not None:
            return named, size
    label = [ranges([n for n, _ in actions])]
    size = fit.fit_size(label, width, height, canvas.body, RANK_SIZES, bold=True)
    if size is None:
        return fit.truncate(label, width, height, RANK_SIZES[-1], canvas.body, True), RANK_SIZES[-1]
    return label, size


def _key(canvas: Canvas, slide: Slide, box: Box, found: Findings) -> None:
    """Add the key beside the matrix: what the numbers are, then as many of the top actions as fit."""
    head = canvas.t("matrix_note")
    top = [f"{n}.\u00a0{shorten(a.text, KEY_NAME)}" for n, a in found.plan.top()]
    width, height = room(box)
    while top and fit.fit_size([head, *top], width, height, canvas.body, KEY_SIZES) is None:
        top.pop()
    canvas.add_text(slide, box, top, heading=head, sizes=KEY_SIZES)


def _quadrant_fill(ground: str, accent: str, brightness: float) -> Paint:
    """Return a quadrant's fill: `accent` lightened on a light slide, darkened as much on a dark one."""
    dark = is_dark(ground)
    return Paint(accent, -0.9 * brightness if dark else brightness)


def _text(
    slide: Slide,
    box: Box,
    text: str,
    size: float,
    bold: bool,
    align: PP_ALIGN,
    paint: Paint,
    anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE,
) -> Any:
    """Add a text box for the matrix: the lines of `text` at `size`, in `paint`."""
    shape = slide.shapes.add_textbox(*box.xywh)
    lines = [paragraph_xml(line, size, align, bold=bold, paint=paint) for line in text.split("\n")]
    write_text(shape, lines, side=4, top=1, anchor=anchor)
    return shape
