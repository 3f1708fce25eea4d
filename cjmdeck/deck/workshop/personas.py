"""The workshop's persona slides: a card per persona with its gaps, then an empty journey canvas per persona."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas, room
from cjmdeck.deck.grid import Box
from cjmdeck.deck.workshop.board import PAPER, cell, lock, outline, script, swatch
from cjmdeck.findings import Findings
from cjmdeck.findings.workshop import AgendaItem, minutes_of
from cjmdeck.model import Persona
from cjmdeck.text.material import gap_questions, where

CARD_FIELDS = ("age", "gender", "occupation", "location", "income", "education", "personality")
CARD_LISTS = ("goals", "needs", "motivations", "frustrations", "interests")
# The canvas's lanes: (lane key, prompt key, where answers go: sheet and columns)
LANES = (
    ("goal", "stages", ("customer_goal",)),
    ("actions", "journey", ("customer_actions",)),
    ("touchpoints", "touchpoints", ("name", "channel")),
    ("thoughts", "journey", ("thoughts", "feeling")),
    ("emotion", "journey", ("emotion",)),
    ("pain_points", "journey", ("pain_points",)),
    ("opportunities", "journey", ("opportunities",)),
)
BLUEPRINT_LANES = (  # a service blueprint's, below the line of visibility
    ("backstage", "journey", ("backstage",)),
    ("support_processes", "journey", ("support_processes",)),
)
SCALE = "1   2   3   4   5"
HEAD_SIZES = (14, 12, 11, 10, 9)
LANE_SIZES = (12, 11, 10, 9)
SWATCHES = {"actions": "action", "touchpoints": "touchpoint", "pain_points": "pain", "opportunities": "opportunity"}
LABEL_SHARE = 0.26  # of the canvas's width: the lanes' labels, prompts and workbook columns


def known_lines(canvas: Canvas, persona: Persona) -> list[str]:
    """Return what the workbook says of `persona`, a line per field filled."""
    lines = [
        canvas.t("detail", label=canvas.t(key), value=getattr(persona, key))
        for key in CARD_FIELDS
        if getattr(persona, key)
    ]
    lines += [
        canvas.t("detail", label=canvas.t(key), value="; ".join(getattr(persona, key)))
        for key in CARD_LISTS
        if getattr(persona, key)
    ]
    if persona.quote:
        lines.append(f"“{persona.quote}”")
    return lines


def persona_cards(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add a card per persona: what we know on the left, the questions that fill its gaps on the right."""
    slides = []
    minutes = minutes_of(items, "personas", len(found.personas))
    for journey in found.personas:
        persona = journey.persona
        slide = canvas.new_slide(canvas.t("ws_persona", name=persona.name), [persona])
        gap = canvas.grid.gap
        left, right = canvas.grid.content.columns([1, 1], gap * 2)
        known = known_lines(canvas, persona) or [canvas.t("ws_nothing_known")]
        canvas.add_text(slide, left, known, heading=canvas.t("ws_known"), sizes=(16, 14, 12, 11, 10, 9))
        questions = gap_questions(persona, canvas.lang) or [canvas.t("ws_no_gaps")]
        canvas.add_text(
            slide,
            right,
            questions,
            heading=canvas.t("ws_gaps"),
            sizes=(16, 14, 12, 11, 10, 9),
            bullets=True,
            fill=MSO_THEME_COLOR.BACKGROUND_2,
        )
        script(
            slide,
            canvas.t("ws_script_persona", minutes=minutes),
            where(
                "personas", ("age", "occupation", "goals", "needs", "motivations", "frustrations", "quote"), canvas.lang
            ),
        )
        slides.append(slide)
    return slides


def canvases(canvas: Canvas, found: Findings, items: tuple[AgendaItem, ...]) -> list[Slide]:
    """Add an empty journey canvas per persona: stage columns, lanes with prompts, room for notes, emotion 1-5."""
    stages = found.journey.stages
    minutes = minutes_of(items, "mapping")  # several personas are mapped in parallel groups
    lanes = LANES + (BLUEPRINT_LANES if found.journey.project.map_type == "service_blueprint" else ())
    slides = []
    for journey in found.personas:
        slide = canvas.new_slide(canvas.t("ws_canvas", name=journey.persona.name), [journey.persona, *stages])
        _grid(canvas, slide, [s.name for s in stages], lanes)
        script(
            slide,
            canvas.t("ws_script_canvas", minutes=minutes),
            canvas.t("ws_script_curve"),
            canvas.t("ws_script_parallel") if len(found.personas) > 1 else "",
            *[where(sheet, columns, canvas.lang) for _, sheet, columns in lanes],
        )
        slides.append(slide)
    return slides


def _grid(canvas: Canvas, slide: Slide, stages: list[str], lanes: tuple[tuple[str, str, tuple[str, ...]], ...]) -> None:
    """Draw the canvas: a header of stages, a row per lane with its label, prompt and workbook column, empty cells."""
    box = canvas.grid.content
    gap = canvas.grid.gap // (3 if len(lanes) <= len(LANES) else 5)
    label_width = int(box.width * (LABEL_SHARE + 0.04 * (len(lanes) > len(LANES))))  # a blueprint's longer lanes
    head_height = int(box.height * 0.09)
    labels = Box(box.left, box.top + head_height + gap, label_width, box.height - head_height - gap)
    board = Box(box.left + label_width + gap, box.top, box.width - label_width - gap, box.height)
    columns = board.columns([1] * len(stages), gap)
    rows = labels.rows([1] * len(lanes), gap)
    line = canvas.colours.muted(canvas.ground(slide))
    heads = [Box(column.left, box.top, column.width, head_height) for column in columns]
    size = min(  # one size for every stage's name
        fit.fit_size([stage], *room(head, card=True), canvas.body, HEAD_SIZES, bold=True) or HEAD_SIZES[-1]
        for head, stage in zip(heads, stages, strict=True)
    )
    for head, stage in zip(heads, stages, strict=True):
        shape = canvas.add_text(
            slide,
            head,
            [stage],
            sizes=(size,),
            bold=True,
            align=PP_ALIGN.CENTER,
            anchor=MSO_ANCHOR.MIDDLE,
            fill=MSO_THEME_COLOR.BACKGROUND_2,
        )
        lock(shape)
    texts = [
        (canvas.t(f"lane_{lane}"), f"{canvas.t(f'ws_prompt_{lane}')} {where(sheet, fields, canvas.lang, short=True)}")
        for lane, sheet, fields in lanes
    ]
    size = min(  # one size for every lane's label
        fit.fit_size([name, prompt], *room(row, card=True), canvas.body, LANE_SIZES) or LANE_SIZES[-1]
        for row, (name, prompt) in zip(rows, texts, strict=True)
    )
    for row, (lane, _, _), (name, prompt) in zip(rows, lanes, texts, strict=True):
        label = canvas.add_text(
            slide,
            row,
            [prompt],
            heading=name,
            sizes=(size,),
            anchor=MSO_ANCHOR.MIDDLE,
            fill=MSO_THEME_COLOR.BACKGROUND_2,
        )
        lock(label)
        if lane in SWATCHES:  # the legend's colour of the notes this lane takes, as a band on its label's edge
            band = swatch(slide, Box(row.left, row.top, canvas.grid.inches(0.08), row.height), SWATCHES[lane])
            lock(band)
        for column in columns:
            spot = Box(column.left, row.top, column.width, row.height)
            if lane == "emotion":  # the scale to circle, in the cell itself
                scale = canvas.add_text(
                    slide,
                    spot,
                    [SCALE],
                    sizes=(14, 12, 11, 10),
                    align=PP_ALIGN.CENTER,
                    anchor=MSO_ANCHOR.MIDDLE,
                    fill=PAPER,
                )
                outline(scale, line)
                lock(scale)
            else:
                cell(slide, spot, line)
