"""The workshop's prioritisation: the dot-voting rules, then an impact x feasibility matrix to fill."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.grid import Box
from cjmdeck.deck.workshop.board import PAPER, cell, lock, script, sticky
from cjmdeck.findings import Findings
from cjmdeck.findings.workshop import AgendaItem, dots, minutes_of
from cjmdeck.model import FILL_IN, HIGH, MAJOR_PROJECT, QUICK_WIN, THANKLESS_TASK
from cjmdeck.text import quadrant_name
from cjmdeck.text.formats import shorten
from cjmdeck.text.material import where

PLACED = 15  # existing actions the matrix places as notes, best first
PER_SPOT = 3  # notes one (feasibility, impact) spot holds
NOTE_SIZES = (10, 9)  # one size for every note: they differ in height only
KEY_SIZES = (14, 12, 11, 10, 9)
SCORES = 5


def voting_rules(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add the dot-voting rules: what to vote for, how many dots each, vote in silence, count and re-vote."""
    actions = found.journey.actions
    objective = found.journey.project.objective
    slide = canvas.new_slide(canvas.t("ws_voting"), actions)
    each = dots(len(actions))
    first = canvas.t("ws_dots", dots=each, options=len(actions)) if actions else canvas.t("ws_dots_count")
    lines = [canvas.t("ws_vote_criterion", objective=objective)] if objective else []
    lines += [first, canvas.t("ws_vote_silent"), canvas.t("ws_vote_count"), canvas.t("ws_vote_place")]
    canvas.add_text(slide, canvas.grid.content, lines, sizes=(24, 22, 20, 18, 16), bullets=True)
    script(
        slide,
        canvas.t("ws_script_voting", minutes=minutes_of(items, "voting", 2)),
        where("actions", ("text", "problem"), canvas.lang),
    )
    return [slide]


def _edges(start: int, length: int) -> list[int]:
    """Return the 1-5 scores' edges along an axis of `length`: the low scores fill one half, the high the other.

    So the four quadrants are equal, whatever the number of scores on each side of HIGH.
    """
    low, high = HIGH - 1, SCORES - HIGH + 1
    half = length // 2
    edges = [start + half * k // low for k in range(low + 1)]
    edges += [start + half + (length - half) * k // high for k in range(1, high + 1)]
    return edges


def matrix(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add the impact x feasibility matrix: four equal named quadrants, the workbook's actions numbered on it."""
    ranked = found.plan.ranked[:PLACED]
    slide = canvas.new_slide(canvas.t("ws_matrix"), ranked)
    box = canvas.grid.content
    gap = canvas.grid.gap
    plot, key = box.columns([2.2, 1], gap * 2) if ranked else (box, None)
    axis = int(plot.width * 0.05)
    area = Box(plot.left + axis, plot.top, plot.width - axis, plot.height - axis)
    impact = canvas.add_text(
        slide,
        Box(plot.left, plot.top, axis, area.height),
        [f"{canvas.t('impact')} →"],
        sizes=(14, 12),
        align=PP_ALIGN.CENTER,
        anchor=MSO_ANCHOR.MIDDLE,
    )
    impact.text_frame._txBody.bodyPr.set("vert", "vert270")
    canvas.add_text(
        slide,
        Box(area.left, area.bottom, area.width, axis),
        [f"{canvas.t('feasibility')} →"],
        sizes=(14, 12),
        align=PP_ALIGN.CENTER,
        anchor=MSO_ANCHOR.MIDDLE,
    )
    band = canvas.grid.inches(0.4)  # the quadrants' names: above the top ones' spots, below the bottom ones'
    xs = _edges(area.left, area.width)
    height = area.height - 2 * band
    ys = [area.top + band + height - (e - area.top) for e in _edges(area.top, height)]  # impact edges, from below
    split_x, split_y = xs[HIGH - 1], ys[HIGH - 1]
    quadrants = {  # (quadrant, where its name goes)
        MAJOR_PROJECT: (Box(area.left, area.top, split_x - area.left, split_y - area.top), "top"),
        QUICK_WIN: (Box(split_x, area.top, area.right - split_x, split_y - area.top), "top"),
        THANKLESS_TASK: (Box(area.left, split_y, split_x - area.left, area.bottom - split_y), "bottom"),
        FILL_IN: (Box(split_x, split_y, area.right - split_x, area.bottom - split_y), "bottom"),
    }
    line = canvas.colours.muted(canvas.ground(slide))
    for name, (quadrant, side) in quadrants.items():
        cell(slide, quadrant, line)
        top = quadrant.top if side == "top" else quadrant.bottom - band
        shape = canvas.add_text(
            slide,
            Box(quadrant.left, top, quadrant.width, band),
            [quadrant_name(name, canvas.lang)],
            sizes=(14, 12, 11),
            bold=True,
            anchor=MSO_ANCHOR.MIDDLE,
            color=MSO_THEME_COLOR.ACCENT_1 if name == QUICK_WIN else None,
            fill=PAPER,  # it sits on the quadrant's paper, whatever the slide's ground
        )
        lock(shape)
    spots: dict[tuple[int, int], int] = {}
    for rank, action in enumerate(ranked, start=1):
        spot = (action.feasibility, action.impact)
        k = spots.get(spot, 0)
        spots[spot] = k + 1
        left, right = xs[action.feasibility - 1], xs[action.feasibility]
        low_y, high_y = ys[action.impact], ys[action.impact - 1]  # the spot's top and bottom edges
        note_h = (high_y - low_y) // PER_SPOT
        top = low_y + min(k, PER_SPOT - 1) * note_h  # beyond PER_SPOT, notes stack on the last place
        note = Box(left + gap // 6, top + gap // 12, right - left - gap // 3, note_h - gap // 6)
        sticky(canvas, slide, note, str(rank), "opportunity", NOTE_SIZES)
    if key is not None:
        lines = [f"{rank}. {shorten(a.text, 90)}" for rank, a in enumerate(ranked, start=1)]
        shape = canvas.add_text(slide, key, lines, sizes=KEY_SIZES, noted=False)
        whole = [f"{rank}. {a.text}" for rank, a in enumerate(ranked, start=1)]  # each action whole in the notes
        canvas.keep_whole(slide, whole, [p.text for p in shape.text_frame.paragraphs])
    blank = "ws_script_matrix" if ranked else "ws_script_matrix_blank"
    script(
        slide,
        canvas.t(blank, minutes=minutes_of(items, "voting", 2)),
        where("actions", ("impact", "feasibility", "stage", "touchpoint"), canvas.lang),
    )
    return [slide]
