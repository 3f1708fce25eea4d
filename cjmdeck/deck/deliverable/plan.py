"""The prioritised action plan: its top in the body, the complete ranking in the appendix, with quadrant and owner."""

from __future__ import annotations

from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.grid import Box
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.tables import Column, table_slides
from cjmdeck.findings import Findings
from cjmdeck.model import QUICK_WIN, Action
from cjmdeck.text import format_number, quadrant_name
from cjmdeck.text.headlines import full_plan_title, plan_note, plan_title

NOTE_HEIGHT = 0.3  # grid inches: the line that says the complete plan is in the appendix


def action_plan(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the top of the action plan (every quick win and the highest ranks), saying where the rest is."""
    plan = found.plan
    if not plan.ranked:
        return []
    top = plan.top()
    note = plan_note(len(top), plan, canvas.lang) if len(top) < len(plan.ranked) else ""

    def draw_note(slide: Slide, box: Box) -> None:
        """Draw the line that says the complete plan is in the appendix."""
        canvas.add_pointer(slide, box, note, "full_plan")

    title = plan_title(plan, canvas.lang)
    intro = draw_note if note else None
    slides = table_slides(
        canvas, title, _columns(canvas), _rows(canvas, top), intro=intro, intro_height=canvas.grid.inches(NOTE_HEIGHT)
    )
    return canvas.mark("plan", slides)


def full_plan(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the complete ranked plan to the appendix, when the body shows only its top."""
    plan = found.plan
    if len(plan.top()) == len(plan.ranked):
        return []
    slides = table_slides(canvas, full_plan_title(plan, canvas.lang), _columns(canvas), _rows(canvas, plan.ranks))
    return canvas.mark("full_plan", slides)


def _rows(canvas: Canvas, ranked: tuple[tuple[int, Action], ...]) -> list[Row]:
    """Return the table rows of `ranked` actions, each with its rank in the whole plan."""
    return [
        Row(
            [
                Cell(format_number(rank, canvas.lang), bold=True),
                a.text,
                a.stage or "",
                str(a.impact),
                str(a.feasibility),
                Cell(str(a.score), bold=True),
                Cell(quadrant_name(a.quadrant, canvas.lang), bold=a.quadrant == QUICK_WIN),
                a.owner,
                a.horizon,
            ],
            (a,),
        )
        for rank, a in ranked
    ]


def _columns(canvas: Canvas) -> list[Column]:
    """Return the columns of a plan table."""
    c = PP_ALIGN.CENTER
    return [
        Column(canvas.t("rank"), 0.45, c),
        Column(canvas.t("action"), 3.4),
        Column(canvas.t("stage"), 1.25),
        Column(canvas.t("impact"), 0.85, c),
        Column(canvas.t("feasibility"), 1.05, c),
        Column(canvas.t("score"), 0.85, c),
        Column(canvas.t("quadrant"), 1.35),
        Column(canvas.t("owner"), 1.15),
        Column(canvas.t("horizon"), 0.95),
    ]
