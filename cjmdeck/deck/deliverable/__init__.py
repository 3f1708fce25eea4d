"""The deliverable deck: the journey map a consultant presents to the client, as an ordered list of slide makers.

Each maker takes the canvas and the findings and returns the slides it drew (none when the
workbook has nothing for it); `SLIDES` lists them in the deck's order.
"""

from __future__ import annotations

from pathlib import Path

from cjmdeck import findings
from cjmdeck.deck.assemble import SlideMaker, render_slides
from cjmdeck.deck.deliverable import costs, emotions, intro, matrix, persona, plan, questions, stages, touchpoints
from cjmdeck.model import Journey

SLIDES: tuple[SlideMaker, ...] = (
    intro.cover,
    intro.scope,
    persona.personas,
    emotions.emotion_curve,
    emotions.emotion_table,
    touchpoints.touchpoint_grid,
    stages.stage_slides,
    questions.questions,
    plan.action_plan,
    matrix.matrix,
    costs.costs,
    intro.closing,
)


def render_deck(
    journey: Journey,
    output: Path,
    *,
    template: Path | None = None,
    lang: str = "en",
    workbook_name: str = "workbook.xlsx",
    base_dir: Path | None = None,
) -> list[str]:
    """Write the deliverable deck of `journey` to `output` on `template` (default: the bundled one), in `lang`.

    Return warnings worth telling the user: template fields the Project sheet has no value for.
    """
    found = findings.of(journey)
    return render_slides(
        found, output, SLIDES, template=template, lang=lang, workbook_name=workbook_name, base_dir=base_dir
    )
