"""The executive summary: the three or four findings the deck proves, each pointing to the slide that shows it."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import NAME_LIMITS, Canvas, Title, room
from cjmdeck.deck.grid import Box
from cjmdeck.deck.shapes import set_colour
from cjmdeck.findings import Findings
from cjmdeck.text.summary import summary_points, summary_records

FINDING_SIZES = (20, 18, 16, 14)
LARGE = 18  # points: the size a summary card keeps by shortening the names in it
POINTER_SIZE = 12


def summary(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the executive summary: lowest point, first quick wins, costliest stage and open questions."""
    points = summary_points(found, canvas.lang)
    if not points:
        return []
    items: list[tuple[Title, str]] = [(point.headline, point.shows) for point in points]
    records = summary_records(found)
    slide = canvas.new_slide(canvas.t("summary"), records, source_line=False)
    boxes = canvas.grid.content.rows([1] * len(items), canvas.grid.gap)
    pointer = canvas.t("see_slide", n=99)  # measured at its longest; the number is written once known
    findings_ = [_longest_fitting(canvas, box, title, pointer) for box, (title, _) in zip(boxes, items, strict=True)]
    size = min(  # one size for every card
        fit.fit_size([finding, pointer], *room(box, card=True), canvas.body, FINDING_SIZES, bold=True)
        or FINDING_SIZES[-1]
        for box, finding in zip(boxes, findings_, strict=True)
    )
    for box, finding, (_, key) in zip(boxes, findings_, items, strict=True):
        shape = canvas.add_text(
            slide,
            box,
            [finding, pointer],
            sizes=(size, *(s for s in FINDING_SIZES if s < size)),
            bold=True,  # measured bold, as the finding is set; the pointer is set regular below
            anchor=MSO_ANCHOR.MIDDLE,
            fill=MSO_THEME_COLOR.BACKGROUND_2,
        )
        paragraphs = shape.text_frame.paragraphs
        for run in paragraphs[0].runs:
            run.font.bold = True
        if len(paragraphs) < 2 or not paragraphs[1].runs:  # the finding took the whole card
            continue
        run = paragraphs[1].runs[0]
        run.font.size = Pt(POINTER_SIZE)
        run.font.bold = False
        set_colour(run.font.color, canvas.colours.muted(canvas.colours.hex(MSO_THEME_COLOR.BACKGROUND_2)))
        canvas.link(run, key)
    return [slide]


def _longest_fitting(canvas: Canvas, box: Box, title: Title, pointer: str) -> str:
    """Return the finding with its names as whole as fits `box` with its pointer at a large size, else at any.

    Names are shortened before the card drops below LARGE, so that a long name does not shrink every card.
    """
    if isinstance(title, str):
        return title
    width, height = room(box, card=True)
    for sizes in ([s for s in FINDING_SIZES if s >= LARGE], FINDING_SIZES):
        for limit in NAME_LIMITS:
            finding = title(limit)
            if fit.fit_size([finding, pointer], width, height, canvas.body, tuple(sizes), bold=True) is not None:
                return finding
    return title(NAME_LIMITS[-1])
