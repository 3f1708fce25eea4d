"""The workshop's framing slides: the agenda, how we work (objective, rules, legend), the stages, the commitments."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.covers import project_sheet
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.tables import Column, table_slides
from cjmdeck.deck.workshop.board import script, sticky
from cjmdeck.findings import Findings
from cjmdeck.findings.workshop import AgendaItem, minutes_of
from cjmdeck.text.material import NOTES, where

RULES = ("ws_rule_1", "ws_rule_2", "ws_rule_3", "ws_rule_4", "ws_rule_5")
TEXT_SIZES = (20, 18, 16, 14, 12, 11, 10)


def clock(minutes: int) -> str:
    """Return minutes from the start as a session clock: "0:00", "1:35"."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def agenda(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add the agenda: each part with its start and minutes, adding up to the session's length."""
    total = sum(item.minutes for item in items)
    rows = [Row([clock(item.start), canvas.t(f"ws_item_{item.key}"), str(item.minutes)]) for item in items]
    rows.append(Row([Cell(clock(total), bold=True), Cell(canvas.t("total"), bold=True), Cell(str(total), bold=True)]))
    columns = [
        Column(canvas.t("ws_time"), 1.0),
        Column(canvas.t("ws_part"), 5.0),
        Column(canvas.t("ws_duration"), 1.2, PP_ALIGN.RIGHT),
    ]
    slides = table_slides(
        canvas, canvas.t("ws_agenda", minutes=total), columns, rows, records=[project_sheet(canvas, found)], fill=True
    )
    for slide in slides:
        script(slide, canvas.t("ws_script_agenda", minutes=total))
    return slides


def ground_rules(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add how we work today: the map's objective, the ground rules and the legend of sticky-note colours."""
    project = found.journey.project
    slide = canvas.new_slide(canvas.t("ws_rules"), [project_sheet(canvas, found)], source_line=False)
    gap = canvas.grid.gap
    left, right = canvas.grid.content.columns([3, 2], gap * 3)
    goal, rules = left.rows([2, 3], gap)
    objective = project.objective or canvas.t("ws_no_objective")
    canvas.add_text(slide, goal, [objective], heading=canvas.t("objective"), sizes=TEXT_SIZES)
    lines = [canvas.t(key) for key in RULES]
    canvas.add_text(slide, rules, lines, heading=canvas.t("ws_rules_title"), sizes=TEXT_SIZES, bullets=True)
    head, notes = right.rows([1, 6], gap // 2)
    canvas.add_text(slide, head, [canvas.t("ws_legend")], sizes=(18, 16, 14), bold=True)
    for box, kind in zip(notes.rows([1] * len(NOTES), gap // 2), NOTES, strict=True):
        sticky(canvas, slide, box, canvas.t(f"ws_note_{kind}"), kind)
    script(
        slide,
        canvas.t("ws_script_rules", minutes=minutes_of(items, "welcome")),
        where("project", ("objective",), canvas.lang),
    )
    return [slide]


def validate_stages(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add the stages to validate: a stage note per stage in order, its description and customer goal under it."""
    stages = found.journey.stages
    slide = canvas.new_slide(canvas.t("ws_stages"), stages)
    gap = canvas.grid.gap
    prompt, board = canvas.grid.content.rows([1, 6], gap)
    canvas.add_text(slide, prompt, [canvas.t("ws_stages_prompt")], sizes=(16, 14, 12), muted=True)
    for box, stage in zip(board.columns([1] * len(stages), gap), stages, strict=True):
        note, below = box.rows([1, 2], gap)
        sticky(canvas, slide, note, stage.name, "stage")
        details = [x for x in (stage.description, stage.customer_goal) if x]
        if details:
            canvas.add_text(slide, below, details, sizes=(14, 12, 11, 10, 9))
    script(
        slide,
        canvas.t("ws_script_stages", minutes=minutes_of(items, "stages")),
        where("stages", ("name", "description", "customer_goal"), canvas.lang),
    )
    return [slide]


def commit(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add the commitments: one quick win and one strategic bet, each with owner and date, and the next steps."""
    slide = canvas.new_slide(canvas.t("ws_commit"), [], source_line=False)
    gap = canvas.grid.gap
    top, bottom = canvas.grid.content.rows([3, 1], gap)
    for box, key in zip(top.columns([1, 1], gap * 2), ("quick_win", "ws_strategic_bet"), strict=True):
        canvas.add_text(
            slide,
            box,
            [canvas.t("ws_commit_prompt")],
            heading=canvas.t(key),
            sizes=(18, 16, 14),
            fill=MSO_THEME_COLOR.BACKGROUND_2,
        )
    canvas.add_text(
        slide, bottom, [canvas.t("ws_next_steps_prompt")], heading=canvas.t("ws_next_steps"), sizes=(16, 14, 12)
    )
    script(
        slide,
        canvas.t("ws_script_commit", minutes=minutes_of(items, "commit")),
        where("actions", ("text", "owner", "horizon", "status", "kpi"), canvas.lang),
    )
    return [slide]
