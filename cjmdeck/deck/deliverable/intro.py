"""The framing slides: the cover, scope and objective with the map in figures, and the closing."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from cjmdeck import contract
from cjmdeck.deck.canvas import Canvas, title_first
from cjmdeck.findings import Findings
from cjmdeck.text import format_date, format_number, map_type_name, noun, pick

COVER_SIZES = (40, 36, 32, 28)
SUBTITLE_SIZES = (20, 18, 16, 14)
SCOPE_WEIGHTS = {"map_type": 1, "product": 1, "objective": 3}  # the objective is the long one
FIGURES = ("personas", "stages", "touchpoints", "questions", "actions")


def _project_sheet(canvas: Canvas, found: Findings) -> str:
    """Return the Project sheet's name, for the notes of slides drawn from it."""
    return pick(contract.PROJECT.names, found.journey.project.language or canvas.lang)


def cover(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the cover: project as title; client, date and agency below."""
    project = found.journey.project
    slide = canvas.new_slide("", [_project_sheet(canvas, found)], role="cover", source_line=False)
    top, bottom = canvas.grid.content.rows([1, 1], canvas.grid.gap)
    title = project.project or project.client
    canvas.fill_placeholder(slide, (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.TITLE), [title], COVER_SIZES, True, top)
    client = project.client if project.project else ""
    lines = [x for x in (client, format_date(project.date, canvas.lang), project.agency) if x]
    canvas.fill_placeholder(
        slide, (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY), lines or [" "], SUBTITLE_SIZES, False, bottom
    )
    return [slide]


def scope(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the scope slide: map type, product, objective and the Project sheet's own fields, and the map in figures."""
    project = found.journey.project
    slide = canvas.new_slide(canvas.t("scope"), [_project_sheet(canvas, found)], source_line=False)
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


def closing(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the closing slide: thanks, then agency, author and date."""
    project = found.journey.project
    slide = canvas.new_slide(canvas.t("closing"), [_project_sheet(canvas, found)], role="section", source_line=False)
    top, bottom = canvas.grid.content.rows([1, 1], canvas.grid.gap)
    title = canvas.fill_placeholder(
        slide, (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE), [canvas.t("closing")], COVER_SIZES, True, top
    )
    who = ", ".join(x for x in (project.author, project.agency) if x)
    prepared = canvas.t("prepared_by", who=who) if who else ""
    lines = [x for x in (prepared, format_date(project.date, canvas.lang)) if x]
    body = canvas.fill_placeholder(
        slide,
        (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.SUBTITLE),
        lines or [project.client],
        SUBTITLE_SIZES,
        False,
        bottom,
    )
    title_first(title, body, canvas.grid.gap)
    return [slide]
