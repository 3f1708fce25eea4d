"""What a journey says, worked out once for every output: lowest points, lanes, grids, rankings and totals.

Pure computations on the model: no I/O, no language, no Office library. The deck, the report
and the workshop deck draw these findings, and the headline sentences in `cjmdeck.text` are
built from them, so every output gives the same answer to the same question.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from cjmdeck.findings.funnel import Drop, Funnel, Series, funnel
from cjmdeck.findings.kpis import Kpis, Progress, kpis
from cjmdeck.findings.personas import (
    BACK_LANES,
    BACKSTAGE_LANES,
    FRONT_LANES,
    Lane,
    LowPoint,
    PersonaJourney,
    Record,
    emotion_level,
    emotion_records,
    lanes,
    low_point,
    map_records,
    persona_journey,
)
from cjmdeck.findings.plan import QUADRANTS, Plan, plan
from cjmdeck.findings.questions import Questions, questions
from cjmdeck.findings.touchpoints import (
    HARD,
    ChannelRow,
    Costs,
    GridCell,
    GridEntry,
    StageView,
    TouchpointGrid,
    costs,
    stage_view,
    touchpoint_grid,
)
from cjmdeck.model import Journey

Sources = dict[str, tuple[int, ...]]  # sheet title -> the rows a finding comes from (empty: the whole sheet)


def sources(records: Iterable[Record]) -> Sources:
    """Return the sheets and sorted rows `records` come from, in the order the sheets first appear."""
    rows: dict[str, set[int]] = {}
    for record in records:
        if isinstance(record, str):
            rows.setdefault(record, set())
            continue
        origin = getattr(record, "origin", None)
        if origin is not None:
            rows.setdefault(origin.sheet, set()).add(origin.row)
    return {sheet: tuple(sorted(numbers)) for sheet, numbers in rows.items()}


def figures(journey: Journey) -> Mapping[str, int]:
    """Return the map in figures: how many personas, stages, touchpoints, key questions and actions."""
    return MappingProxyType(
        {
            "personas": len(journey.personas),
            "stages": len(journey.stages),
            "touchpoints": len(journey.touchpoints),
            "questions": len(journey.questions),
            "actions": len(journey.actions),
        }
    )


@dataclass(frozen=True)
class Findings:
    """Every finding of one journey, computed once and shared by the deck, the report and the workshop deck."""

    journey: Journey
    figures: Mapping[str, int]
    personas: tuple[PersonaJourney, ...]
    low: LowPoint | None
    grid: TouchpointGrid
    stages: tuple[StageView, ...]
    questions: Questions
    plan: Plan
    costs: Costs | None
    funnel: Funnel | None = None
    kpis: Kpis | None = None

    @property
    def curves(self) -> tuple[PersonaJourney, ...]:
        """Return the personas with at least one emotion score: the lines of the emotion curve."""
        return tuple(p for p in self.personas if p.scored)


def of(journey: Journey) -> Findings:
    """Return the findings of `journey`."""
    personas = tuple(persona_journey(journey, p) for p in journey.personas)
    ranked = plan(journey)
    return Findings(
        journey=journey,
        figures=figures(journey),
        personas=personas,
        low=low_point(personas),
        grid=touchpoint_grid(journey),
        stages=tuple(stage_view(journey, n, s) for n, s in enumerate(journey.stages, start=1)),
        questions=questions(journey),
        plan=ranked,
        costs=costs(journey),
        funnel=funnel(journey),
        kpis=kpis(journey, ranked.ranked),
    )


__all__ = [
    "BACKSTAGE_LANES",
    "BACK_LANES",
    "FRONT_LANES",
    "HARD",
    "QUADRANTS",
    "ChannelRow",
    "Costs",
    "Drop",
    "Findings",
    "Funnel",
    "GridCell",
    "GridEntry",
    "Kpis",
    "Lane",
    "LowPoint",
    "PersonaJourney",
    "Plan",
    "Progress",
    "Questions",
    "Record",
    "Series",
    "Sources",
    "StageView",
    "TouchpointGrid",
    "costs",
    "emotion_level",
    "emotion_records",
    "figures",
    "funnel",
    "kpis",
    "lanes",
    "low_point",
    "map_records",
    "of",
    "persona_journey",
    "plan",
    "questions",
    "sources",
    "stage_view",
    "touchpoint_grid",
]
