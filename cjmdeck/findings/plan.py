"""The key questions in stage order, and the action plan: ranks, quadrant counts and matrix spots."""

from __future__ import annotations

from dataclasses import dataclass

from cjmdeck.model import FILL_IN, MAJOR_PROJECT, QUICK_WIN, THANKLESS_TASK, Action, Journey, Question, Stage

QUADRANTS = (QUICK_WIN, MAJOR_PROJECT, FILL_IN, THANKLESS_TASK)  # in the order a plan discusses them


@dataclass(frozen=True)
class Questions:
    """The key questions in stage order (whole-journey questions last), each with its stage or None."""

    items: tuple[tuple[Stage | None, Question], ...]

    @property
    def answered(self) -> int:
        """Return how many questions have an answer."""
        return sum(1 for _, q in self.items if q.answer)

    @property
    def open(self) -> int:
        """Return how many questions are still open."""
        return len(self.items) - self.answered


def questions(journey: Journey) -> Questions:
    """Return the key questions grouped by stage in journey order, then those about the whole journey."""
    ordered = sorted(enumerate(journey.questions), key=lambda iq: (journey.stage_index(iq[1].stage), iq[0]))
    by_name = {s.name: s for s in journey.stages}
    return Questions(tuple((by_name.get(q.stage or ""), q) for _, q in ordered))


@dataclass(frozen=True)
class Plan:
    """The actions ranked by priority, how many fall in each quadrant, and the ranks at each matrix spot."""

    ranked: tuple[Action, ...]  # rank n is ranked[n - 1]
    quadrants: dict[str, int]  # quadrant key -> number of actions, every key of QUADRANTS present
    spots: dict[tuple[int, int], tuple[int, ...]]  # (feasibility, impact) -> ranks, in rank order

    @property
    def quick_wins(self) -> int:
        """Return how many actions are quick wins."""
        return self.quadrants[QUICK_WIN]


def plan(journey: Journey) -> Plan:
    """Return the action plan: the contract's ranking, quadrant counts and matrix spots, computed once."""
    ranked = journey.prioritised_actions()
    spots: dict[tuple[int, int], list[int]] = {}
    for rank, action in enumerate(ranked, start=1):
        spots.setdefault((action.feasibility, action.impact), []).append(rank)
    counts = {key: sum(1 for a in ranked if a.quadrant == key) for key in QUADRANTS}
    return Plan(ranked, counts, {spot: tuple(ranks) for spot, ranks in spots.items()})
