"""The action plan: actions ranked by priority, quadrant counts and the matrix spots, computed once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from cjmdeck.model import FILL_IN, MAJOR_PROJECT, QUICK_WIN, THANKLESS_TASK, Action, Journey

QUADRANTS = (QUICK_WIN, MAJOR_PROJECT, FILL_IN, THANKLESS_TASK)  # in the order a plan discusses them


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


def plan(journey: Journey) -> Plan:
    """Return the action plan: the contract's ranking, quadrant counts and matrix spots, computed once."""
    ranked = journey.prioritised_actions()
    spots: dict[tuple[int, int], list[int]] = {}
    for rank, action in enumerate(ranked, start=1):
        spots.setdefault((action.feasibility, action.impact), []).append(rank)
    counts = {key: sum(1 for a in ranked if a.quadrant == key) for key in QUADRANTS}
    placed = {spot: tuple(ranks) for spot, ranks in spots.items()}
    return Plan(ranked, MappingProxyType(counts), MappingProxyType(placed))
