"""The executive summary's findings, shared by the deck's summary slide and the report's summary section."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cjmdeck.findings import Findings, Record, emotion_records
from cjmdeck.model import QUICK_WIN, Action
from cjmdeck.text.headlines import costs_title, curve_title, plan_title, questions_title, quick_wins_first
from cjmdeck.text.results import funnel_title

FIRST_QUICK_WINS = 3  # quick wins the summary names

Headline = str | Callable[[int | None], str]  # a sentence, or a function giving it with names cut to a limit


@dataclass(frozen=True)
class Point:
    """One finding of the summary: its sentence, and the kind of slide or section that shows it."""

    headline: Headline
    shows: str  # "curve", "funnel", "plan", "costs" or "questions"

    def sentence(self, limit: int | None = None) -> str:
        """Return the finding with the names in it cut to `limit` (whole when None)."""
        return self.headline if isinstance(self.headline, str) else self.headline(limit)


def first_quick_wins(found: Findings) -> list[Action]:
    """Return the quick wins the summary names, best first."""
    return [a for a in found.plan.ranked if a.quadrant == QUICK_WIN][:FIRST_QUICK_WINS]


def summary_points(found: Findings, lang: str) -> list[Point]:
    """Return the summary's findings: lowest point, largest loss of customers, first quick wins, costs, questions."""
    journey, low, costs, funnel = found.journey, found.low, found.costs, found.funnel
    points: list[Point] = []
    if low is not None:
        points.append(Point(lambda limit: curve_title(low, journey.stages, lang, limit), "curve"))
    if funnel is not None:
        points.append(Point(lambda limit: funnel_title(funnel, lang, limit), "funnel"))
    quick = first_quick_wins(found)
    if quick:
        points.append(Point(lambda limit: quick_wins_first(quick, lang, limit), "plan"))
    elif found.plan.ranked:
        points.append(Point(plan_title(found.plan, lang), "plan"))
    if costs is not None and costs.total:
        points.append(Point(lambda limit: costs_title(costs, lang, limit), "costs"))
    if found.questions.open:
        points.append(Point(questions_title(found.questions, lang), "questions"))
    return points


def summary_records(found: Findings) -> list[Record]:
    """Return the workbook records the summary's findings come from."""
    journey = found.journey
    costed = found.costs.records if found.costs else ()
    counted = found.funnel.main.steps if found.funnel else ()
    return [*emotion_records(journey), *counted, *first_quick_wins(found), *costed, *journey.questions]
