"""The deliverable's own framing: scope and objective with the map in figures (cover and closing are shared)."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.covers import project_sheet
from cjmdeck.findings import Findings
from cjmdeck.text import format_number, map_type_name, noun

SCOPE_WEIGHTS = {"map_type": 1, "product": 1, "objective": 3}  # the objective is the long one
FIGURES = ("personas", "stages", "touchpoints", "questions", "actions")


def scope(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the scope slide: map type, product, objective and the Project sheet's own fields, and the map in figures."""
    project = found.journey.project
    slide = canvas.new_slide(canvas.t("scope"), [project_sheet(canvas, found)], source_line=False)
    gap = canvas.grid.gap
    left, right = canvas.grid.content.columns([3, 2], gap * 3)
    blocks = [  # (heading, text, share of the column)
        (canvas.t(key), value, SCOPE_WEIGHTS[key])
        for key, value in (
            ("map_type", map_type_name(project.map_type, canvas.lang)),
            ("product", project.product),
            ("objective", project.objective),
        )
        if value
    ]
    # the Project sheet's own fields, under their own names
    blocks += [(str(name), str(value), 1) for name, value in project.extra.items() if str(value).strip()]
    if blocks:
        weights = [weight for _, _, weight in blocks]
        for box, (heading, value, _) in zip(left.rows(weights, gap), blocks, strict=False):
            canvas.add_text(slide, box, [value], heading=heading, sizes=(18, 16, 14, 12, 11, 10, 9))
    head, rest = right.rows([1, 6], gap // 2)
    canvas.add_text(slide, head, [canvas.t("in_figures")], sizes=(18, 16, 14), bold=True)
    for box, key in zip(rest.rows([1] * len(FIGURES), gap // 2), FIGURES, strict=False):
        count = found.figures[key]
        number, label = box.columns([1, 2], gap // 2)
        canvas.add_text(
            slide,
            number,
            [format_number(count, canvas.lang)],
            sizes=(32, 28, 24, 20),
            bold=True,
            align=PP_ALIGN.RIGHT,
            anchor=MSO_ANCHOR.MIDDLE,
            color=MSO_THEME_COLOR.ACCENT_1,
        )
        word = noun(f"n_{key}", count, canvas.lang)
        canvas.add_text(slide, label, [word], sizes=(18, 16, 14), anchor=MSO_ANCHOR.MIDDLE)
    return [slide]
