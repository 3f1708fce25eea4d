"""Touchpoints by channel and stage, each stage's hardest and costliest moments, and costs by stage and channel."""

from __future__ import annotations

import math
from dataclasses import dataclass

from cjmdeck.findings.personas import emotion_level
from cjmdeck.model import Journey, Stage, Touchpoint

HARD = 2  # a touchpoint scored this low or lower is a stage's hardest moment
EVEN = 1.25  # costs are even across stages when the largest share is at most this times an equal share


@dataclass(frozen=True)
class GridEntry:
    """A touchpoint in a grid cell: its name, mode and mean emotion (None when not scored)."""

    name: str
    mode: str | None
    score: float | None


@dataclass(frozen=True)
class GridCell:
    """The touchpoints of one channel at one stage, and the lowest emotion among them (the pain shows)."""

    entries: tuple[GridEntry, ...]
    lowest: int | None

    @property
    def mean(self) -> float | None:
        """Return the mean emotion of the cell's scored touchpoints, or None when none is scored."""
        scores = [e.score for e in self.entries if e.score is not None]
        return sum(scores) / len(scores) if scores else None


@dataclass(frozen=True)
class ChannelRow:
    """One channel of the grid ("" for touchpoints with no channel): a cell per stage and its touchpoints."""

    channel: str
    cells: tuple[GridCell, ...]
    count: int  # distinct touchpoints (stage, name) in the channel
    records: tuple[Touchpoint, ...]


@dataclass(frozen=True)
class TouchpointGrid:
    """The touchpoint grid: a row per channel in the order channels first appear, and the busiest channel."""

    rows: tuple[ChannelRow, ...]
    total: int

    @property
    def busiest_all(self) -> tuple[ChannelRow, ...]:
        """Return the busiest channel and every channel tied with it, or () when `busiest` is None."""
        top = self.busiest
        return () if top is None else tuple(row for row in self.rows if row.count == top.count and row.channel)

    @property
    def busiest(self) -> ChannelRow | None:
        """Return the channel with the most touchpoints (the first on ties), or None with fewer than two channels.

        None too when touchpoints without a channel outnumber every channel: no channel to headline.
        """
        if len(self.rows) < 2:
            return None
        busiest = max(self.rows, key=lambda row: row.count)
        return busiest if busiest.channel else None


def touchpoint_grid(journey: Journey) -> TouchpointGrid:
    """Return the grid of touchpoints by channel and stage."""
    channels = list(dict.fromkeys(t.channel for t in journey.touchpoints))
    rows = []
    for channel in channels:
        cells, records = [], []
        for stage in journey.stages:
            found = [t for t in journey.touchpoints_for(stage.name) if t.channel == channel]
            records += found
            cells.append(_grid_cell(found))
        rows.append(ChannelRow(channel, tuple(cells), len({(t.stage, t.name) for t in records}), tuple(records)))
    return TouchpointGrid(tuple(rows), sum(row.count for row in rows))


def _grid_cell(touchpoints: list[Touchpoint]) -> GridCell:
    """Return a grid cell: touchpoints of the same name and mode merged, their scores averaged."""
    merged: dict[tuple[str, str | None], list[int]] = {}
    for t in touchpoints:
        merged.setdefault((t.name, t.mode), [])
        if t.emotion is not None:
            merged[(t.name, t.mode)].append(t.emotion)
    entries = tuple(
        GridEntry(name, mode, sum(scores) / len(scores) if scores else None) for (name, mode), scores in merged.items()
    )
    every = [score for scores in merged.values() for score in scores]
    return GridCell(entries, emotion_level(min(every)) if every else None)


@dataclass(frozen=True)
class StageView:
    """A stage, its number in the journey, its touchpoints, and its hardest and costliest touchpoints."""

    number: int
    stage: Stage
    touchpoints: tuple[Touchpoint, ...]
    hardest: Touchpoint | None  # the lowest-scored touchpoint when scored HARD or lower (the first on ties)
    costliest: Touchpoint | None  # the touchpoint with the highest cost above zero (the first on ties)

    @property
    def hardest_ties(self) -> int:
        """Return how many other touchpoints of the stage are scored as low as the hardest one."""
        if self.hardest is None:
            return 0
        return sum(1 for t in self.touchpoints if t.emotion == self.hardest.emotion and t is not self.hardest)

    @property
    def hardest_first(self) -> tuple[Touchpoint, ...]:
        """Return the stage's touchpoints by emotion, lowest first, unscored last, ties in workbook order."""
        return tuple(sorted(self.touchpoints, key=lambda t: (t.emotion is None, t.emotion or 0)))


def stage_view(journey: Journey, number: int, stage: Stage) -> StageView:
    """Return what the journey says about `stage`, the `number`th of the journey."""
    touchpoints = journey.touchpoints_for(stage.name)
    scored = [t for t in touchpoints if t.emotion is not None]
    hardest = min(scored, key=lambda t: t.emotion or 0) if scored else None
    if hardest is not None and (hardest.emotion or 0) > HARD:
        hardest = None
    costed = [t for t in touchpoints if t.cost]
    costliest = max(costed, key=lambda t: t.cost or 0) if costed else None
    return StageView(number, stage, touchpoints, hardest, costliest)


@dataclass(frozen=True)
class Costs:
    """Touchpoint costs summed by stage (journey order) and by channel (largest first; "" = no channel)."""

    by_stage: tuple[tuple[str, float], ...]
    by_channel: tuple[tuple[str, float], ...]
    records: tuple[Touchpoint, ...]

    @property
    def total(self) -> float:
        """Return the sum of all touchpoint costs."""
        return sum(v for _, v in self.by_stage)

    @property
    def top_stage(self) -> str:
        """Return the stage with the largest cost (the first on ties)."""
        return max(self.by_stage, key=lambda kv: kv[1])[0]

    @property
    def even(self) -> bool:
        """Return True when no stage stands out: the top stage's share is within EVEN of an equal share."""
        return len(self.by_stage) > 1 and self.top_share <= EVEN * 100 / len(self.by_stage)

    @property
    def top_share(self) -> int:
        """Return the top stage's share of the total, in whole percent (0 when nothing costs anything)."""
        total = self.total
        return math.floor(100 * dict(self.by_stage)[self.top_stage] / total + 0.5) if total else 0


def costs(journey: Journey) -> Costs | None:
    """Return the cost totals, or None when no touchpoint has a cost."""
    costed = tuple(t for t in journey.touchpoints if t.cost is not None)
    if not costed:
        return None
    by_stage = {s.name: 0.0 for s in journey.stages}
    by_channel: dict[str, float] = {}
    for t in costed:
        by_stage[t.stage] = by_stage.get(t.stage, 0.0) + float(t.cost or 0)
        by_channel[t.channel] = by_channel.get(t.channel, 0.0) + float(t.cost or 0)
    channels = tuple(sorted(by_channel.items(), key=lambda kv: -kv[1]))
    return Costs(tuple(by_stage.items()), channels, costed)
