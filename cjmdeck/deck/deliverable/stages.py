"""One slide (or more) per stage: customer goal, brand goal and KPI above a table of the stage's touchpoints."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.grid import Box, points, pt
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.shapes import INSET
from cjmdeck.deck.tables import Column, emotion_cell, table_slides
from cjmdeck.findings import Findings, StageView
from cjmdeck.text import format_money
from cjmdeck.text.headlines import stage_title

CARDS_HEIGHT = 1.15  # grid inches: the goal and KPI cards above the table, at most
CARDS_MIN = 0.6  # grid inches: and at least
CARD_SIZES = (14, 12, 11, 10, 9)
ALONE_SIZES = (24, 20, 18, 16, 14, 12, 11, 10, 9)  # the cards on a slide of their own


def stage_slides(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the slides of every stage in journey order."""
    slides: list[Slide] = []
    for view in found.stages:
        slides += stage(canvas, found, view)
    return slides


def stage(canvas: Canvas, found: Findings, view: StageView) -> list[Slide]:
    """Add the slides of one stage: its goals and KPI as cards, then its touchpoints as a table."""
    lang, currency = canvas.lang, found.journey.project.currency
    columns = [
        Column(canvas.t("touchpoint"), 1.3),
        Column(canvas.t("customer_action"), 1.6),
        Column(canvas.t("motivation"), 1.6),
        Column(canvas.t("obstacle"), 1.6),
        Column(canvas.t("emotion"), 0.7, PP_ALIGN.CENTER),
        Column(canvas.t("owner"), 1.0),
        Column(canvas.t("cost"), 0.8, PP_ALIGN.RIGHT),
    ]
    rows = [
        Row(
            [
                Cell(t.name, bold=True),
                t.customer_action,
                t.motivation,
                t.obstacle,
                emotion_cell(t.emotion, lang),
                t.owner,
                format_money(t.cost, lang, currency) if t.cost is not None else "",
            ],
            (t,),
        )
        for t in view.touchpoints
    ]
    s = view.stage
    cards = [(k, v) for k, v in (("lane_goal", s.customer_goal), ("brand_goal", s.brand_goal), ("kpi", s.kpi)) if v]

    def draw_cards(slide: Slide, box: Box) -> None:
        """Draw the goal and KPI cards side by side in `box`, larger and centred when they have a slide to fill."""
        alone = box.height > 2 * canvas.grid.inches(CARDS_HEIGHT)
        for part, (key, value) in zip(box.columns([1] * len(cards), canvas.grid.gap), cards, strict=False):
            canvas.add_text(
                slide,
                part,
                [value],
                heading=canvas.t(key),
                sizes=ALONE_SIZES if alone else CARD_SIZES,
                anchor=MSO_ANCHOR.MIDDLE if alone else MSO_ANCHOR.TOP,
                fill=MSO_THEME_COLOR.BACKGROUND_2,
            )

    return table_slides(
        canvas,
        lambda limit: stage_title(view, currency, lang, limit),
        columns,
        rows,
        intro=draw_cards if cards else None,
        intro_height=_cards_height(canvas, [(canvas.t(key), value) for key, value in cards]),
        records=[s],
        empty=canvas.t("no_touchpoints"),
    )


def _cards_height(canvas: Canvas, cards: list[tuple[str, str]]) -> int:
    """Return the height (EMU) the cards need at their largest size, within CARDS_MIN and CARDS_HEIGHT."""
    if not cards:
        return 0
    gap = canvas.grid.gap
    width = (canvas.grid.content.width - gap * (len(cards) - 1)) / len(cards)
    inner = points(width) - 2 * INSET
    need = max(fit.text_height([head, value], inner, CARD_SIZES[0], canvas.body) for head, value in cards) + 6
    low, high = canvas.grid.inches(CARDS_MIN), canvas.grid.inches(CARDS_HEIGHT)
    return min(max(int(pt(need)), low), high)
