"""The action plan: actions ranked by priority, quadrant counts and the matrix spots, computed once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from cjmdeck.model import FILL_IN, MAJOR_PROJECT, QUICK_WIN, THANKLESS_TASK, Action, Journey

QUADRANTS = (QUICK_WIN, MAJOR_PROJECT, FILL_IN, THANKLESS_TASK)  # in the order a plan discusses them
WHOLE_PLAN = 15  # a plan this long or shorter is shown whole
TOP_ACTIONS = 8  # a longer one shows the top of its ranking this far, and its quick wins after them,
MOST_ACTIONS = 10  # this many actions in all (a slide or two); the complete plan goes to an appendix


@dataclass(frozen=True)
class Plan:
    """The actions ranked by priority, how many fall in each quadrant, and the ranks at each matrix spot."""

    ranked: tuple[Action, ...]  # rank n is ranked[n - 1]
    quadrants: Mapping[str, int]  # quadrant key -> number of actions, every key of QUADRANTS present
    spots: Mapping[tuple[int, int], tuple[int, ...]]  # (feasibility, impact) -> ranks, in rank order

    @property
    def quick_wins(self) -> int:
        """Return how many actions are quick wins."""
        return self.quadrants[QUICK_WIN]

    def top(self, at_least: int = TOP_ACTIONS, at_most: int = MOST_ACTIONS) -> tuple[tuple[int, Action], ...]:
        """Return (rank, action) for the whole plan when it has WHOLE_PLAN actions or fewer, else for its top.

        The top: the first `at_least` of the ranking, then quick wins, `at_most` in all.
        """
        if len(self.ranked) <= max(WHOLE_PLAN, at_most):
            return self.ranks
        chosen = [(n, a) for n, a in self.ranks if n <= at_least or a.quadrant == QUICK_WIN]
        return tuple(chosen[:at_most])

    @property
    def ranks(self) -> tuple[tuple[int, Action], ...]:
        """Return (rank, action) for every action of the plan."""
        return tuple(enumerate(self.ranked, start=1))


def plan(journey: Journey) -> Plan:
    """Return the action plan: the contract's ranking, quadrant counts and matrix spots, computed once."""
    ranked = journey.prioritised_actions()
    spots: dict[tuple[int, int], list[int]] = {}
    for rank, action in enumerate(ranked, start=1):
        spots.setdefault((action.feasibility, action.impact), []).append(rank)
    counts = {key: sum(1 for a in ranked if a.quadrant == key) for key in QUADRANTS}
    placed = {spot: tuple(ranks) for spot, ranks in spots.items()}
    return Plan(ranked, MappingProxyType(counts), MappingProxyType(placed))
