"""The workshop's prioritisation: the dot-voting rules, then a blank impact x feasibility matrix to fill."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.grid import Box
from cjmdeck.deck.workshop.board import cell, lock, script, sticky
from cjmdeck.findings import Findings
from cjmdeck.findings.workshop import AgendaItem, dots, minutes_of
from cjmdeck.model import FILL_IN, HIGH, MAJOR_PROJECT, QUICK_WIN, THANKLESS_TASK
from cjmdeck.text import quadrant_name
from cjmdeck.text.formats import shorten
from cjmdeck.text.material import where

PLACED = 12  # existing actions the matrix places as notes, best first
PER_SPOT = 2  # notes one (feasibility, impact) spot holds
NOTE_SIZES = (11, 10, 9)


def voting_rules(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add the dot-voting rules: how many dots each, vote in silence, count and re-vote, then place."""
    actions = found.journey.actions
    slide = canvas.new_slide(canvas.t("ws_voting"), actions)
    each = dots(len(actions))
    first = canvas.t("ws_dots", dots=each, options=len(actions)) if actions else canvas.t("ws_dots_count")
    lines = [first, canvas.t("ws_vote_silent"), canvas.t("ws_vote_count"), canvas.t("ws_vote_place")]
    canvas.add_text(slide, canvas.grid.content, lines, sizes=(24, 22, 20, 18, 16), bullets=True)
    script(
        slide,
        canvas.t("ws_script_voting", minutes=minutes_of(items, "voting")),
        where("actions", ("text", "problem"), canvas.lang),
    )
    return [slide]


def matrix(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add the impact x feasibility matrix: four named quadrants, the workbook's top actions placed as notes."""
    ranked = found.plan.ranked[:PLACED]
    slide = canvas.new_slide(canvas.t("ws_matrix"), ranked)
    box = canvas.grid.content
    gap = canvas.grid.gap
    axis = int(box.width * 0.05)
    area = Box(box.left + axis, box.top, box.width - axis, box.height - axis)
    impact = canvas.add_text(
        slide,
        Box(box.left, box.top, axis, area.height),
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
    col_w, row_h = area.width // 5, (area.height - 2 * band) // 5
    split_x = area.left + (HIGH - 1) * col_w
    split_y = area.top + band + (5 - HIGH + 1) * row_h
    quadrants = {  # (quadrant, where its name goes)
        MAJOR_PROJECT: (Box(area.left, area.top, split_x - area.left, split_y - area.top), "top"),
        QUICK_WIN: (Box(split_x, area.top, area.right - split_x, split_y - area.top), "top"),
        THANKLESS_TASK: (Box(area.left, split_y, split_x - area.left, area.bottom - split_y), "bottom"),
        FILL_IN: (Box(split_x, split_y, area.right - split_x, area.bottom - split_y), "bottom"),
    }
    line = canvas.colours.muted(canvas.ground(slide))
    for key, (quadrant, side) in quadrants.items():
        cell(slide, quadrant, line)
        top = quadrant.top if side == "top" else quadrant.bottom - band
        shape = canvas.add_text(
            slide,
            Box(quadrant.left, top, quadrant.width, band),
            [quadrant_name(key, canvas.lang)],
            sizes=(14, 12, 11),
            bold=True,
            anchor=MSO_ANCHOR.MIDDLE,
            color=MSO_THEME_COLOR.ACCENT_1 if key == QUICK_WIN else None,
        )
        lock(shape)
    spots: dict[tuple[int, int], int] = {}
    note_h = row_h // PER_SPOT
    for rank, action in enumerate(ranked, start=1):
        spot = (action.feasibility, action.impact)
        k = spots.get(spot, 0)
        spots[spot] = k + 1
        if k >= PER_SPOT:
            continue
        left = area.left + (action.feasibility - 1) * col_w + gap // 4
        top = area.top + band + (5 - action.impact) * row_h + k * note_h + gap // 8
        note = Box(left, top, col_w - gap // 2, note_h - gap // 4)
        sticky(canvas, slide, note, f"{rank}. {shorten(action.text, 40)}", "action", NOTE_SIZES)
    script(
        slide,
        canvas.t("ws_script_matrix"),
        where("actions", ("impact", "feasibility", "stage", "touchpoint"), canvas.lang),
    )
    return [slide]
