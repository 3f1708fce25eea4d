"""The cover and closing slides every deck shares, drawn from the Project sheet."""

from __future__ import annotations

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.slide import Slide

from cjmdeck import contract
from cjmdeck.deck.canvas import Canvas, title_first
from cjmdeck.findings import Findings
from cjmdeck.text import format_date, pick

COVER_SIZES = (40, 36, 32, 28)
SUBTITLE_SIZES = (20, 18, 16, 14)


def project_sheet(canvas: Canvas, found: Findings) -> str:
    """Return the Project sheet's name, for the notes of slides drawn from it."""
    return pick(contract.PROJECT.names, found.journey.project.language or canvas.lang)


def cover(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the cover: project as title; client, date and agency below."""
    project = found.journey.project
    slide = canvas.new_slide("", [project_sheet(canvas, found)], role="cover", source_line=False)
    top, bottom = canvas.grid.content.rows([1, 1], canvas.grid.gap)
    title = project.project or project.client
    canvas.fill_placeholder(slide, (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.TITLE), [title], COVER_SIZES, True, top)
    client = project.client if project.project else ""
    lines = [x for x in (client, format_date(project.date, canvas.lang), project.agency) if x]
    canvas.fill_placeholder(
        slide, (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY), lines or [" "], SUBTITLE_SIZES, False, bottom
    )
    return [slide]


def closing(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the closing slide: thanks, then agency, author and date."""
    project = found.journey.project
    slide = canvas.new_slide(canvas.t("closing"), [project_sheet(canvas, found)], role="section", source_line=False)
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
