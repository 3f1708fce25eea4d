"""The workshop's stage slides: key questions, questions to ask customers, and touchpoints as sticky notes."""

from __future__ import annotations

from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.grid import Box
from cjmdeck.deck.workshop.board import script, sticky
from cjmdeck.findings import Findings
from cjmdeck.findings.workshop import AgendaItem, minutes_of
from cjmdeck.text import counted, text
from cjmdeck.text.material import customer_questions, key_questions, stage_touchpoints, where

NOTE_COLUMNS, NOTE_ROWS = 3, 4  # the touchpoint notes a stage slide shows at most: a grid this size
LIST_SIZES = (16, 14, 12, 11, 10, 9)


def stage_slides(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add a slide per stage: what to discuss and ask on the left, its touchpoints to confirm on the right."""
    journey = found.journey
    minutes = minutes_of(items, "stage_questions", len(journey.stages))
    slides = []
    for index, stage in enumerate(journey.stages):
        records = [stage, *[q for q in journey.questions if q.stage == stage.name]]
        records += [t for t in journey.touchpoints if t.stage == stage.name]
        slide = canvas.new_slide(canvas.t("ws_stage", n=index + 1, stage=stage.name), records)
        gap = canvas.grid.gap
        left, right = canvas.grid.content.columns([1, 1.2], gap * 2)
        top, bottom = left.rows([1, 1], gap)
        canvas.add_text(
            slide,
            top,
            key_questions(journey, index, canvas.lang),
            heading=canvas.t("ws_key_questions"),
            sizes=LIST_SIZES,
            bullets=True,
        )
        canvas.add_text(
            slide,
            bottom,
            customer_questions(journey, index, canvas.lang),
            heading=canvas.t("ws_ask_customers"),
            sizes=LIST_SIZES,
            bullets=True,
        )
        known, names = stage_touchpoints(journey, index, canvas.lang)
        _touchpoint_notes(canvas, slide, right, names, known)
        script(
            slide,
            canvas.t("ws_script_stage", minutes=minutes),
            where("questions", ("text", "stage", "answer", "source"), canvas.lang),
            where("touchpoints", ("stage", "name", "channel", "mode", "owner"), canvas.lang),
        )
        slides.append(slide)
    return slides


def _touchpoint_notes(canvas: Canvas, slide: Slide, box: Box, names: list[str], known: bool) -> None:
    """Draw the touchpoints as sticky notes in a grid under their heading; a line counts those left off."""
    gap = canvas.grid.gap
    head, rest = box.rows([1, 7], gap // 2)
    heading = canvas.t("ws_touchpoints_known" if known else "ws_touchpoints_typical")
    canvas.add_text(slide, head, [heading], sizes=(16, 14, 12), bold=True)
    most = NOTE_COLUMNS * NOTE_ROWS
    shown = names if len(names) <= most else names[: most - NOTE_COLUMNS]
    rows = rest.rows([1] * NOTE_ROWS, gap // 2)
    for k, name in enumerate(shown):
        row = rows[k // NOTE_COLUMNS]
        spot = row.columns([1] * NOTE_COLUMNS, gap // 2)[k % NOTE_COLUMNS]
        sticky(canvas, slide, spot, name, "touchpoint")
    if len(shown) < len(names):
        left = len(names) - len(shown)
        more = text("more", canvas.lang, n=left) + f" ({counted('touchpoints', len(names), canvas.lang)})"
        canvas.add_text(slide, rows[-1], [more], sizes=(14, 12), muted=True)
