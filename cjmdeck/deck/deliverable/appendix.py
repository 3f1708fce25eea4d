"""The appendix: a divider slide that lists what the detail after the closing holds, each with its slide."""

from __future__ import annotations

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas, title_first
from cjmdeck.deck.covers import COVER_SIZES, SUBTITLE_SIZES
from cjmdeck.findings import Findings

CONTENTS = (  # (the label of a part of the appendix, the kind of its first slide), in the appendix's order
    ("appendix_maps", "maps"),
    ("appendix_grid", "grid"),
    ("appendix_stages", "stages"),
    ("appendix_plan", "full_plan"),
)


def divider(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the appendix's divider: its title, then each part the appendix holds and the slide it starts on."""
    slide = canvas.new_slide(canvas.t("appendix"), role="section", source_line=False)
    top, bottom = canvas.grid.content.rows([1, 1], canvas.grid.gap)
    title = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
    heading = canvas.fill_placeholder(slide, title, [canvas.t("appendix")], COVER_SIZES, True, top)
    parts = [(canvas.t(label), key) for label, key in CONTENTS if key in canvas.marks]
    body = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.SUBTITLE)
    lines = [canvas.pointing(label) for label, _ in parts]
    shape = canvas.fill_placeholder(slide, body, lines or [" "], SUBTITLE_SIZES, False, bottom)
    for paragraph, (label, key) in zip(shape.text_frame.paragraphs, parts, strict=False):
        canvas.point(paragraph, label, key)
    title_first(heading, shape, canvas.grid.gap)
    return [slide]
