"""One slide per stage: its cards above its touchpoints (the hardest when not all fit, every one in the appendix)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas, Title, margins, room
from cjmdeck.deck.grid import Box, points, pt
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.tables import Column, columns_in_use, emotion_cell, rows_on_one_slide, table_slides
from cjmdeck.findings import Findings, StageView
from cjmdeck.model import Stage, Touchpoint
from cjmdeck.text import format_money
from cjmdeck.text.formats import shorten
from cjmdeck.text.headlines import stage_title
from cjmdeck.text.nouns import counted
from cjmdeck.text.results import kpi_line

CARDS_HEIGHT = 1.15  # grid inches: the goal and KPI cards above the table, at most
CARDS_MIN = 0.6  # grid inches: and at least
CARD_SIZES = (14, 12, 11, 10, 9)
NOTE_HEIGHT = 0.3  # grid inches: the line that says where the stage's other touchpoints are
ALWAYS = (0, 4)  # the touchpoint and emotion columns, shown even when the workbook leaves the others empty
ALONE_SIZES = (24, 20, 18, 16, 14, 12, 11, 10, 9)  # the cards on a slide of their own


def stage_slides(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add one slide per stage in journey order, each with as many of its touchpoints as fit, hardest first."""
    slides: list[Slide] = []
    for view in found.stages:
        slides += stage(canvas, found, view)
    return slides


def stage_details(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add, for the appendix, every touchpoint of each stage whose slide in the body shows only some."""
    slides: list[Slide] = []
    for view in found.stages:
        columns, rows = _table(canvas, found, view.touchpoints)
        if _fits(canvas, view, columns, rows):
            continue
        title = _all_title(canvas, view)
        slides += canvas.mark(_key(view), table_slides(canvas, title, columns, rows, records=[view.stage]))
    return canvas.mark("stages", slides)


def stage(canvas: Canvas, found: Findings, view: StageView) -> list[Slide]:
    """Add the slide of one stage: its description, goals and KPI as cards, then its touchpoints as a table."""
    lang, currency = canvas.lang, found.journey.project.currency
    s = view.stage
    columns, rows = _table(canvas, found, view.touchpoints)
    note_h = 0
    if not _fits(canvas, view, columns, rows):  # only some fit: the hardest moments, and where the rest are
        note_h = canvas.grid.inches(NOTE_HEIGHT)
        columns, rows = _table(canvas, found, view.hardest_first)
        rows = rows[: rows_on_one_slide(canvas, columns, rows, _intro_height(canvas, s, note_h))]
    cards = [(k, v) for k, v in _cards(s, lang) if v]
    note = canvas.t("stage_cut_note", shown=len(rows), total=counted("touchpoints", len(view.touchpoints), lang))

    def draw_cards(slide: Slide, box: Box) -> None:
        """Draw the cards side by side in `box` (larger and centred when alone on the slide), then any note."""
        cards_box = Box(box.left, box.top, box.width, box.height - (note_h + canvas.grid.gap if note_h else 0))
        alone = cards_box.height > 2 * canvas.grid.inches(CARDS_HEIGHT)
        parts = cards_box.columns([1] * len(cards), canvas.grid.gap)
        scale = ALONE_SIZES if alone else CARD_SIZES
        size = min(  # one size for every card
            (
                fit.fit_size([canvas.t(key), value], *room(b, card=True), canvas.body, scale) or scale[-1]
                for b, (key, value) in zip(parts, cards, strict=False)
            ),
            default=scale[-1],
        )
        for part, (key, value) in zip(parts, cards, strict=False):
            canvas.add_text(
                slide,
                part,
                [value],
                heading=canvas.t(key),
                sizes=(size,),
                anchor=MSO_ANCHOR.MIDDLE if alone else MSO_ANCHOR.TOP,
                fill=MSO_THEME_COLOR.BACKGROUND_2,
            )
        if note_h:
            canvas.add_pointer(slide, Box(box.left, box.bottom - note_h, box.width, note_h), note, _key(view))

    return table_slides(
        canvas,
        lambda limit: stage_title(view, currency, lang, limit),
        columns,
        rows,
        intro=draw_cards if cards or note_h else None,
        intro_height=_intro_height(canvas, s, note_h),
        records=[s],
        empty=canvas.t("no_touchpoints"),
        fill=True,  # a short table uses its slide
    )


def _fits(canvas: Canvas, view: StageView, columns: list[Column], rows: list[Row]) -> bool:
    """Return True when all the stage's touchpoints fit on its slide under its cards."""
    height = _intro_height(canvas, view.stage, 0)
    return rows_on_one_slide(canvas, columns, rows, height or None) == len(rows)


def _all_title(canvas: Canvas, view: StageView) -> Title:
    """Return the title of the appendix's table of every touchpoint of `view`'s stage."""
    return lambda limit: canvas.t("stage_all_title", n=view.number, stage=shorten(view.stage.name, limit))


def _key(view: StageView) -> str:
    """Return the key that links to the appendix's table of every touchpoint of `view`'s stage."""
    return f"stage:{view.number}"


def _cards(stage: Stage, lang: str) -> list[tuple[str, str]]:
    """Return the stage's cards as (label key, text): description, customer goal, brand goal and KPI with its values."""
    return [
        ("stage_description", stage.description),
        ("lane_goal", stage.customer_goal),
        ("brand_goal", stage.brand_goal),
        ("kpi", kpi_line(stage.kpi, stage.values, lang)),
    ]


def _table(canvas: Canvas, found: Findings, touchpoints: Sequence[Touchpoint]) -> tuple[list[Column], list[Row]]:
    """Return the columns and rows of a table of `touchpoints`: columns empty in the whole journey left out."""
    lang, currency = canvas.lang, found.journey.project.currency
    columns: list[tuple[Column, Callable[[Touchpoint], Cell | str]]] = [
        (Column(canvas.t("touchpoint"), 1.3), lambda t: Cell(t.name, bold=True)),
        (Column(canvas.t("customer_action"), 1.6), lambda t: t.customer_action),
        (Column(canvas.t("motivation"), 1.6), lambda t: t.motivation),
        (Column(canvas.t("obstacle"), 1.6), lambda t: t.obstacle),
        (Column(canvas.t("emotion"), 0.7, PP_ALIGN.CENTER), lambda t: emotion_cell(t.emotion, lang)),
        (Column(canvas.t("owner"), 1.0), lambda t: t.owner),
        (
            Column(canvas.t("cost"), 0.8, PP_ALIGN.RIGHT),
            lambda t: format_money(t.cost, lang, currency) if t.cost is not None else "",
        ),
        (Column(canvas.t("kpi"), 1.0), lambda t: t.kpi),
    ]
    kept = columns_in_use(columns, found.journey.touchpoints, keep=ALWAYS)
    rows = [Row([value(t) for _, value in kept], (t,)) for t in touchpoints]
    return [c for c, _ in kept], rows


def _intro_height(canvas: Canvas, stage: Stage, note: int) -> int:
    """Return the height (EMU) of the cards at their largest size, within CARDS_MIN and CARDS_HEIGHT, plus `note`."""
    cards = [(canvas.t(key), value) for key, value in _cards(stage, canvas.lang) if value]
    if not cards:
        return note
    gap = canvas.grid.gap
    width = (canvas.grid.content.width - gap * (len(cards) - 1)) / len(cards)
    inner = points(width) - 2 * margins(card=True)[0]
    need = max(fit.text_height([head, value], inner, CARD_SIZES[0], canvas.body) for head, value in cards) + 6
    low, high = canvas.grid.inches(CARDS_MIN), canvas.grid.inches(CARDS_HEIGHT)
    return min(max(int(pt(need)), low), high) + (note + gap if note else 0)
