"""The appendix: a divider slide that says what the detail after the closing holds."""

from __future__ import annotations

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.deliverable.intro import COVER_SIZES, SUBTITLE_SIZES
from cjmdeck.findings import Findings


def divider(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the appendix's divider: its title, then what the appendix holds."""
    slide = canvas.new_slide(canvas.t("appendix"), role="section", source_line=False)
    top, bottom = canvas.grid.content.rows([1, 1], canvas.grid.gap)
    title = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
    canvas.fill_placeholder(slide, title, [canvas.t("appendix")], COVER_SIZES, True, top)
    contents = [canvas.t("appendix_plan")] if len(found.plan.top()) < len(found.plan.ranked) else []
    body = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.SUBTITLE)
    canvas.fill_placeholder(slide, body, contents or [" "], SUBTITLE_SIZES, False, bottom)
    return [slide]
