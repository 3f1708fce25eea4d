"""The prioritised action plan: every action ranked by impact x feasibility, with its quadrant, owner and horizon."""

from __future__ import annotations

from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.tables import Column, table_slides
from cjmdeck.findings import Findings
from cjmdeck.model import QUICK_WIN
from cjmdeck.text import format_number, quadrant_name
from cjmdeck.text.headlines import plan_title


def action_plan(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the action plan table in the order of the plan's ranking."""
    plan = found.plan
    if not plan.ranked:
        return []
    rows = [
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
        for rank, a in enumerate(plan.ranked, start=1)
    ]
    c = PP_ALIGN.CENTER
    columns = [
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
    return table_slides(canvas, plan_title(plan, canvas.lang), columns, rows)
