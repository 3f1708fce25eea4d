"""KPIs before and after: each stage's and action's KPI, how far it moved, and whether that is towards its target."""

from __future__ import annotations

from dataclasses import dataclass

from cjmdeck.model import Action, Journey, KpiValues, Stage

BETTER, WORSE, SAME, UNKNOWN = "better", "worse", "same", ""


@dataclass(frozen=True)
class Progress:
    """One KPI's values, and what they say: the change since the baseline and the share of the way to the target."""

    name: str  # the KPI's name, as the workbook gives it ("" when only values are given)
    values: KpiValues
    record: Stage | Action

    @property
    def change(self) -> float | None:
        """Return current minus baseline, or None when either is missing."""
        v = self.values
        return v.current - v.baseline if v.current is not None and v.baseline is not None else None

    @property
    def share(self) -> float | None:
        """Return how much of the way from baseline to target the KPI has come (1.0: there; negative: away)."""
        v = self.values
        if v.current is None or v.baseline is None or v.target is None or v.target == v.baseline:
            return None
        return (v.current - v.baseline) / (v.target - v.baseline)

    @property
    def trend(self) -> str:
        """Return BETTER or WORSE (moved towards or away from the target), SAME, or UNKNOWN without a target."""
        change, v = self.change, self.values
        if change is None:
            return UNKNOWN
        if change == 0:
            return SAME
        if v.target is None or v.baseline is None or v.target == v.baseline:
            return UNKNOWN
        return BETTER if (change > 0) == (v.target > v.baseline) else WORSE

    @property
    def met(self) -> bool:
        """Return True when the current value has reached the target."""
        share = self.share
        return share is not None and share >= 1 - 1e-9  # 4.1 to 4.5 is all the way, in floating point too


@dataclass(frozen=True)
class Kpis:
    """The KPIs with values: per stage in journey order, per action in plan order."""

    stages: tuple[Progress, ...]
    actions: tuple[tuple[int, Progress], ...]  # (rank in the plan, progress)

    @property
    def all(self) -> tuple[Progress, ...]:
        """Return every KPI with values, stages first."""
        return self.stages + tuple(p for _, p in self.actions)

    @property
    def measured(self) -> tuple[Progress, ...]:
        """Return the KPIs with a baseline and a current value: those whose progress can be told."""
        return tuple(p for p in self.all if p.change is not None)

    def count(self, trend: str) -> int:
        """Return how many KPIs moved with `trend`."""
        return sum(1 for p in self.measured if p.trend == trend)

    @property
    def met(self) -> int:
        """Return how many KPIs have reached their target."""
        return sum(1 for p in self.all if p.met)


def kpis(journey: Journey, ranked: tuple[Action, ...]) -> Kpis | None:
    """Return the KPIs of `journey` that have values (actions in the order of `ranked`), or None when none has."""
    stages = tuple(Progress(s.kpi, s.values, s) for s in journey.stages if s.values is not None)
    actions = tuple((n, Progress(a.kpi, a.values, a)) for n, a in enumerate(ranked, start=1) if a.values is not None)
    return Kpis(stages, actions) if stages or actions else None
