"""The prioritised action plan: its top in the body, the complete ranking in the appendix, with quadrant and owner."""

from __future__ import annotations

from collections.abc import Callable

from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.grid import Box
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.tables import Column, columns_in_use, table_slides
from cjmdeck.findings import Findings
from cjmdeck.model import QUICK_WIN, Action
from cjmdeck.text import format_number, quadrant_name
from cjmdeck.text.headlines import full_plan_title, plan_note, plan_title

DETAILS = ("problem", "touchpoint", "persona", "kpi", "status")  # what only the detailed plan in the appendix shows
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
    """Add the complete ranked plan with every detail of each action to the appendix, unless the body says it all."""
    plan = found.plan
    details = [key for key in DETAILS if any(getattr(a, key) for a in plan.ranked)]
    if len(plan.top()) == len(plan.ranked) and not details:
        return []
    columns, rows = _detailed(canvas, plan.ranks)
    slides = table_slides(canvas, full_plan_title(plan, canvas.lang), columns, rows)
    return canvas.mark("full_plan", slides)


def _detailed(canvas: Canvas, ranked: tuple[tuple[int, Action], ...]) -> tuple[list[Column], list[Row]]:
    """Return the columns and rows of the detailed plan: columns empty for every action left out."""
    lang, c = canvas.lang, PP_ALIGN.CENTER

    def where(a: Action) -> str:
        """Return the stage, touchpoint and persona an action concerns, one per line."""
        persona = canvas.t("detail", label=canvas.t("persona"), value=a.persona) if a.persona else ""
        return "\n".join(x for x in (a.stage or "", a.touchpoint, persona) if x)

    def score(a: Action) -> str:
        """Return the score and the two numbers it is the product of."""
        return f"{a.score}\u00a0=\u00a0{a.impact}\u00a0×\u00a0{a.feasibility}"

    columns: list[tuple[Column, Callable[[Action], Cell | str]]] = [
        (Column(canvas.t("action"), 2.2), lambda a: a.text),
        (Column(canvas.t("problem"), 1.8), lambda a: a.problem),
        (Column(canvas.t("where"), 1.8), where),
        (Column(canvas.t("score"), 0.8, c), score),
        (Column(canvas.t("quadrant"), 1.0), lambda a: _quadrant(a, lang)),
        (Column(canvas.t("owner"), 1.0), lambda a: a.owner),
        (Column(canvas.t("horizon"), 0.8), lambda a: a.horizon),
        (Column(canvas.t("kpi"), 1.2), lambda a: a.kpi),
        (Column(canvas.t("status"), 0.9), lambda a: a.status),
    ]
    actions = [a for _, a in ranked]
    kept = columns_in_use(columns, actions)
    rank = Column(canvas.t("rank"), 0.45, c)
    rows = [Row([Cell(format_number(n, lang), bold=True), *(value(a) for _, value in kept)], (a,)) for n, a in ranked]
    return [rank, *(col for col, _ in kept)], rows


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
                _quadrant(a, canvas.lang),
                a.owner,
                a.horizon,
            ],
            (a,),
        )
        for rank, a in ranked
    ]


def _quadrant(action: Action, lang: str) -> Cell:
    """Return the cell naming an action's quadrant, bold for a quick win."""
    return Cell(quadrant_name(action.quadrant, lang), bold=action.quadrant == QUICK_WIN)


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
