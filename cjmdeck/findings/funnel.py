"""Where customers are lost: the customers reaching each stage, the drop after each, and the stage that loses most.

A funnel is counted from the Funnel sheet. Its main series is all customers in the latest
period: the sheet's rows without persona or channel, or else the sum of one breakdown (by
persona, or by channel). An earlier period, when given, is compared with it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from cjmdeck.contract import normalize
from cjmdeck.model import FunnelStep, Journey


@dataclass(frozen=True)
class Drop:
    """The customers who reach `stage` and do not reach the next counted stage, `to`."""

    stage: str
    to: str
    reached: float
    lost: float

    @property
    def share(self) -> float:
        """Return the share of the customers reaching `stage` who are lost before `to` (0 to 1)."""
        return self.lost / self.reached if self.reached else 0.0

    @property
    def kept(self) -> float:
        """Return how many customers go on to `to`."""
        return self.reached - self.lost


@dataclass(frozen=True)
class Series:
    """One line of counts along the journey: all customers, or one persona's or channel's, in one period."""

    label: str  # "" for all customers, else the persona's or channel's name
    period: str
    counts: tuple[float | None, ...]  # per stage of the journey, None where not counted
    steps: tuple[FunnelStep, ...]  # the Funnel rows the counts come from

    def drops(self, stages: tuple[str, ...]) -> tuple[Drop, ...]:
        """Return the drop after each counted stage, to the next counted one."""
        counted = [(name, n) for name, n in zip(stages, self.counts, strict=True) if n is not None]
        return tuple(Drop(a, b, n, max(n - m, 0.0)) for (a, n), (b, m) in itertools.pairwise(counted))

    def last(self, stages: tuple[str, ...]) -> str:
        """Return the last of `stages` this series counts ("" when none)."""
        return next(
            (name for name, n in zip(reversed(stages), reversed(self.counts), strict=True) if n is not None), ""
        )

    @property
    def conversion(self) -> float | None:
        """Return the share of the first counted stage's customers who reach the last counted stage."""
        counted = [n for n in self.counts if n is not None]
        return counted[-1] / counted[0] if len(counted) > 1 and counted[0] else None


@dataclass(frozen=True)
class Funnel:
    """The funnel of a journey: the main series, an earlier period, a breakdown, and the largest drop."""

    stages: tuple[str, ...]  # the journey's stages, in order
    main: Series
    before: Series | None  # the same customers in the period before, when two are counted
    breakdown: tuple[Series, ...]  # per persona or per channel, in the latest period
    by: str  # "persona", "channel" or "" when there is no breakdown

    @property
    def counted(self) -> tuple[int, ...]:
        """Return the positions of the stages the main series counts, in journey order."""
        return tuple(i for i, n in enumerate(self.main.counts) if n is not None)

    @property
    def best(self) -> Series | None:
        """Return the part of the breakdown that keeps the largest share of its customers to its last stage."""
        converting = [p for p in self.breakdown if p.conversion is not None]
        return max(converting, key=lambda p: p.conversion or 0.0) if converting else None

    @property
    def drops(self) -> tuple[Drop, ...]:
        """Return the drops of the main series."""
        return self.main.drops(self.stages)

    @property
    def worst(self) -> Drop | None:
        """Return the drop that loses the largest share of its customers (the earlier one on a tie)."""
        drops = [d for d in self.drops if d.reached > 0]
        return max(drops, key=lambda d: (d.share, -self.stages.index(d.stage))) if drops else None

    def earlier(self, drop: Drop) -> Drop | None:
        """Return the same drop in the period before, when counted."""
        if self.before is None:
            return None
        return next((d for d in self.before.drops(self.stages) if (d.stage, d.to) == (drop.stage, drop.to)), None)

    @property
    def steps(self) -> tuple[FunnelStep, ...]:
        """Return the Funnel rows every number of the funnel comes from."""
        rows = [*self.main.steps, *(self.before.steps if self.before else ())]
        return tuple(rows + [s for series in self.breakdown for s in series.steps])


def funnel(journey: Journey) -> Funnel | None:
    """Return the funnel of `journey`, or None when it counts fewer than two stages of the latest period."""
    steps = [s for s in journey.funnel if journey.stage_index(s.stage) < len(journey.stages)]
    if not steps:
        return None
    stages = tuple(s.name for s in journey.stages)
    periods = _periods(steps)
    latest = _main(steps, periods[-1], stages)
    if sum(n is not None for n in latest.counts) < 2:
        return None
    before = _main(steps, periods[-2], stages) if len(periods) > 1 else None
    if before is not None and sum(n is not None for n in before.counts) < 2:
        before = None
    by, breakdown = _breakdown([s for s in steps if _same(s.period, periods[-1])], periods[-1], stages)
    return Funnel(stages, latest, before, breakdown, by)


def _periods(steps: list[FunnelStep]) -> list[str]:
    """Return the periods counted, in the order the sheet first gives them ("" when none is named)."""
    seen: dict[str, str] = {}
    for step in steps:
        seen.setdefault(normalize(step.period) if step.period else "", step.period)
    return list(seen.values())


def _same(a: str, b: str) -> bool:
    """Return True when two period labels name the same period."""
    return (normalize(a) if a else "") == (normalize(b) if b else "")


def _main(steps: list[FunnelStep], period: str, stages: tuple[str, ...]) -> Series:
    """Return all customers of `period`: the rows for everyone, else the sum of one breakdown."""
    rows = [s for s in steps if _same(s.period, period)]
    total = [s for s in rows if s.persona is None and not s.channel]
    if total:
        return _series("", period, total, stages)
    _, parts = _breakdown(rows, period, stages)
    counts = tuple(_sum([p.counts[i] for p in parts]) for i in range(len(stages)))
    return Series("", period, counts, tuple(s for p in parts for s in p.steps))


def _breakdown(rows: list[FunnelStep], period: str, stages: tuple[str, ...]) -> tuple[str, tuple[Series, ...]]:
    """Return how the rows of one period break down (by persona, else by channel) and a series per part."""
    for by, key in (("persona", _persona), ("channel", _channel)):
        parts: dict[str, list[FunnelStep]] = {}
        for step in rows:
            if key(step):
                parts.setdefault(key(step), []).append(step)
        if parts:
            return by, tuple(_series(label, period, found, stages) for label, found in parts.items())
    return "", ()


def _persona(step: FunnelStep) -> str:
    """Return the persona a row counts, for rows of one persona on every channel."""
    return "" if step.channel else step.persona or ""


def _channel(step: FunnelStep) -> str:
    """Return the channel a row counts, for rows of one channel and every persona."""
    return step.channel if step.persona is None else ""


def _series(label: str, period: str, rows: list[FunnelStep], stages: tuple[str, ...]) -> Series:
    """Return the series of `rows`: the count of each stage (the first row of a stage counts)."""
    first: dict[str, FunnelStep] = {}
    for row in rows:
        first.setdefault(row.stage, row)
    counts = tuple(first[name].customers if name in first else None for name in stages)
    return Series(label, period, counts, tuple(first.values()))


def _sum(values: list[float | None]) -> float | None:
    """Return the sum of the counted values, None when none is counted."""
    counted = [v for v in values if v is not None]
    return sum(counted) if counted else None
