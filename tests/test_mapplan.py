"""Unit tests of the journey map's page plan: the size, the stage columns per page, and cells cut as a last resort."""

from __future__ import annotations

import dataclasses

import pytest

from cjmdeck import findings
from cjmdeck.deck.assemble import new_canvas
from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.deliverable.mapplan import (
    MAP_SIZES,
    MapPlan,
    clip,
    clip_joined,
    lanes_room,
    map_lanes,
    measure,
    plan_pages,
    share,
)
from cjmdeck.deck.fit import metrics_for, text_height
from cjmdeck.deck.grid import points
from cjmdeck.deck.paginate import CELL_X
from cjmdeck.deck.template import default_template, open_template
from cjmdeck.model import Journey
from tests.deckutil import large_journey, small_journey

FONT = metrics_for("Calibri")


def _plan(journey: Journey, persona: int = 0) -> tuple[Canvas, MapPlan]:
    found = findings.of(journey)
    canvas = new_canvas(open_template(default_template()), found, "en", "book.xlsx", None)
    lanes = map_lanes(found.personas[persona].lanes, len(journey.stages), "en")
    return canvas, plan_pages(canvas, journey.stages, lanes)


def _fits(canvas: Canvas, journey: Journey, plan: MapPlan) -> bool:
    label = plan.label
    per = plan.ranges[0][1]
    col = points((canvas.grid.content.width - label) / per)
    return all(
        sum(measure(canvas.body, plan.lanes, journey.stages[s : s + c], s, plan.size, points(label), col))
        <= lanes_room(canvas)
        for s, c in plan.ranges
    )


def _covers(plan: MapPlan, stages: int) -> bool:
    return [i for s, c in plan.ranges for i in range(s, s + c)] == list(range(stages))


def test_a_small_map_is_one_page_at_the_largest_size() -> None:
    journey = small_journey()
    canvas, plan = _plan(journey)
    assert plan.ranges == [(0, 5)] and plan.size == MAP_SIZES[0]
    assert [lane.key for lane in plan.lanes] == [
        "goal",
        "actions",
        "touchpoints",
        "thoughts",
        "pain_points",
        "opportunities",
    ]
    assert _fits(canvas, journey, plan)


def test_a_large_map_splits_by_stage_columns_and_every_page_fits() -> None:
    journey = large_journey()
    canvas, plan = _plan(journey)
    assert len(plan.ranges) > 1 and _covers(plan, len(journey.stages))
    assert len({c for _, c in plan.ranges[:-1]}) == 1  # every page but the last has the same number of stages
    assert _fits(canvas, journey, plan)


def test_text_too_long_for_one_stage_per_page_is_cut_with_a_count() -> None:
    journey = small_journey()
    rows = tuple(
        dataclasses.replace(
            r, pain_points=tuple(f"Pain {k}: " + "slow delivery and hidden costs " * 6 for k in range(30))
        )
        for r in journey.rows
    )
    journey = dataclasses.replace(journey, rows=rows)
    canvas, plan = _plan(journey)
    assert plan.ranges == [(i, 1) for i in range(len(journey.stages))] and plan.size == MAP_SIZES[-1]
    pains = next(lane for lane in plan.lanes if lane.key == "pain_points")
    assert all(cell[-1].startswith("+") for cell in pains.cells)
    assert _fits(canvas, journey, plan)


def test_share_keeps_small_lanes_and_splits_the_rest() -> None:
    assert share([10, 20, 30], 100) == [10, 20, 30]
    budgets = share([10, 200, 300], 110)
    assert budgets[0] == 10 and budgets[1] == pytest.approx(50) and budgets[2] == pytest.approx(50)


def test_clip_keeps_whole_items_then_counts_the_rest() -> None:
    items = [f"• item number {k}" for k in range(10)]
    assert clip(FONT, items, 200, 1000, 10, "en") == items
    line = FONT.line_height(10)
    cut = clip(FONT, items, 200, 4 * line, 10, "en")
    assert cut == [*items[:3], "+7 more"]
    one = clip(FONT, ["a long pain point " * 20], 100, 3 * line, 10, "en")
    assert len(one) == 1 and one[0].endswith("…") and text_height(one, 100, 10, FONT) <= 3 * line
    first = clip(FONT, ["a long pain point " * 20, "another"], 100, 3 * line, 10, "en")
    assert first[-1] == "+1 more" and first[0].endswith("…")


@pytest.mark.parametrize("lang", ["en", "es", "pl"])
def test_lane_labels_never_break_inside_a_word(lang: str) -> None:
    journey = small_journey(map_type="service_blueprint")
    found = findings.of(journey)
    canvas = new_canvas(open_template(default_template()), found, lang, "book.xlsx", None)
    lanes = map_lanes(found.personas[0].lanes, len(journey.stages), lang)
    plan = plan_pages(canvas, journey.stages, lanes)
    words = [w for lane in plan.lanes for w in lane.label.split()] + canvas.t("lane_emotion").split()
    inner = points(plan.label) - 2 * CELL_X
    assert all(canvas.body.width(w, plan.size, bold=True) <= inner * canvas.body.safety for w in words)


def test_clip_joined_keeps_whole_touchpoints_on_their_line_then_counts_the_rest() -> None:
    items = [f"Touchpoint {k}" for k in range(12)]
    line = FONT.line_height(10)
    assert clip_joined(FONT, items[:2], 400, 3 * line, 10, "en") == ["Touchpoint 0, Touchpoint 1"]
    cut = clip_joined(FONT, items, 150, 3 * line, 10, "en")
    shown = cut[0].split(", ")
    assert shown == items[: len(shown)] and cut[1] == f"+{12 - len(shown)} more"
    assert text_height(cut, 150, 10, FONT) <= 3 * line
