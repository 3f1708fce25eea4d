"""The deliverable deck: the journey map a consultant presents to the client, as slide makers in order.

Each maker takes the canvas and the findings and returns the slides it drew (none when the
workbook has nothing for it); `DECK` lists them in the deck's order.
"""

from __future__ import annotations

from pathlib import Path

from cjmdeck.deck import covers
from cjmdeck.deck.assemble import Deck, render_slides
from cjmdeck.deck.deliverable import (
    appendix,
    costs,
    emotions,
    intro,
    matrix,
    persona,
    plan,
    questions,
    results,
    stages,
    summary,
    touchpoints,
)
from cjmdeck.findings import Findings

DECK = Deck(
    cover=covers.cover,
    body=(
        intro.scope,
        summary.summary,
        persona.personas,
        emotions.emotion_curve,
        emotions.emotion_table,
        results.funnel,
        results.breakdown,
        touchpoints.touchpoint_grid,
        stages.stage_slides,
        questions.questions,
        plan.action_plan,
        matrix.matrix,
        results.kpis,
        costs.costs,
    ),
    closing=covers.closing,
    appendix=(persona.full_maps, touchpoints.full_grid, stages.stage_details, plan.full_plan),
    divider=appendix.divider,
)


def render_deck(
    found: Findings,
    output: Path,
    *,
    template: Path | None = None,
    lang: str = "en",
    workbook_name: str = "workbook.xlsx",
    base_dir: Path | None = None,
) -> list[str]:
    """Write the deliverable deck of the findings `found` to `output` on `template` (default: the bundled one).

    Return warnings worth telling the user: template fields the Project sheet has no value for.
    """
    return render_slides(
        found, output, DECK, template=template, lang=lang, workbook_name=workbook_name, base_dir=base_dir
    )
