"""The workshop deck: the session where the agency and the client build the map together, slide makers in order.

Every slide's speaker notes carry the facilitator's script: what to ask, for how long, and which
workbook sheet and columns the answers go to. The agenda's timings scale to the session's minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pptx.slide import Slide

from cjmdeck.deck import covers
from cjmdeck.deck.assemble import Deck, SlideMaker, render_slides
from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.workshop import framing, personas, stages, voting
from cjmdeck.deck.workshop.board import script
from cjmdeck.findings import Findings
from cjmdeck.findings.workshop import AgendaItem, agenda

MINUTES = 120  # a workshop's length unless told otherwise
BODY = (
    framing.agenda,
    framing.ground_rules,
    framing.validate_stages,
    personas.persona_cards,
    personas.canvases,
    stages.stage_slides,
    voting.voting_rules,
    voting.matrix,
    framing.commit,
)


def with_script(maker: SlideMaker, key: str) -> SlideMaker:
    """Return `maker` with the facilitator's script `key` added to the notes of the slides it draws."""

    def draw(canvas: Canvas, found: Findings) -> list[Slide]:
        """Draw the slides of `maker` and add the script to their notes."""
        slides = maker(canvas, found)
        for slide in slides:
            script(slide, canvas.t(key))
        return slides

    return draw


Maker = Callable[[Canvas, Findings, tuple[AgendaItem, ...]], list[Slide]]  # a workshop slide maker


def _planned(maker: Maker, items: tuple[AgendaItem, ...]) -> SlideMaker:
    """Return `maker` as a slide maker of the deck, the agenda's timings given."""

    def draw(canvas: Canvas, found: Findings) -> list[Slide]:
        """Draw the slides of `maker` with the agenda's timings."""
        return maker(canvas, found, items)

    return draw


def workshop_deck(minutes: int = MINUTES) -> Deck:
    """Return the workshop deck of a session of `minutes`."""
    items = agenda(minutes)
    return Deck(
        cover=with_script(covers.cover, "ws_script_cover"),
        body=tuple(_planned(maker, items) for maker in BODY),
        closing=with_script(covers.closing, "ws_script_closing"),
    )


def render_workshop(
    found: Findings,
    output: Path,
    *,
    template: Path | None = None,
    lang: str = "en",
    workbook_name: str = "workbook.xlsx",
    base_dir: Path | None = None,
    minutes: int = MINUTES,
) -> list[str]:
    """Write the workshop deck of `found` for a session of `minutes` to `output` on `template`."""
    return render_slides(
        found,
        output,
        workshop_deck(minutes),
        template=template,
        lang=lang,
        workbook_name=workbook_name,
        base_dir=base_dir,
    )
