"""What a journey says, worked out once for every output: lowest points, lanes, grids, rankings and totals.

Pure computations on the model: no I/O, no language, no Office library. The deck, the report
and the workshop deck draw these findings, and the headline sentences in `cjmdeck.text` are
built from them, so every output gives the same answer to the same question.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cjmdeck.model import (
    FILL_IN,
    MAJOR_PROJECT,
    QUICK_WIN,
    THANKLESS_TASK,
    Action,
    Journey,
    JourneyRow,
    Persona,
    Question,
    Stage,
    Touchpoint,
)

QUADRANTS = (QUICK_WIN, MAJOR_PROJECT, FILL_IN, THANKLESS_TASK)  # in the order a plan discusses them
HARD = 2  # a touchpoint scored this low or lower is a stage's hardest moment
BLUEPRINT = "service_blueprint"
Record = object  # a model record with an `origin`, or a sheet's title (str) for a sheet read as a whole
Sources = dict[str, tuple[int, ...]]  # sheet title -> the rows a finding comes from (empty: the whole sheet)


def emotion_level(score: float | None) -> int | None:
    """Return the 1-5 emotion level of a (possibly averaged) score, or None when not scored."""
    return None if score is None else min(max(round(score), 1), 5)


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


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


# The figures on the scope slide and in the report's introduction.


def figures(journey: Journey) -> dict[str, int]:
    """Return the map in figures: how many personas, stages, touchpoints, key questions and actions."""
    return {
        "personas": len(journey.personas),
        "stages": len(journey.stages),
        "touchpoints": len(journey.touchpoints),
        "questions": len(journey.questions),
        "actions": len(journey.actions),
    }


# Each persona's journey: emotion at every stage, its lowest point and the lanes of its map.


@dataclass(frozen=True)
class Lane:
    """One row of a persona's map: its key (see `LANES`) and the items of each stage's cell, in stage order.

    `said` holds, per stage, what the customer thinks in their own words (shown in quotes), before the items.
    """

    key: str
    cells: tuple[tuple[str, ...], ...]
    said: tuple[tuple[str, ...], ...] = ()


FRONT_LANES = ("goal", "actions", "touchpoints", "thoughts")  # above the emotion curve
BACK_LANES = ("pain_points", "opportunities", "backstage", "support_processes")  # below it
BACKSTAGE_LANES = ("backstage", "support_processes")  # below a service blueprint's line of visibility


@dataclass(frozen=True)
class PersonaJourney:
    """A persona's journey: the emotion at every stage, where it drops lowest, and the lanes of its map."""

    persona: Persona
    scores: tuple[float | None, ...]  # one per stage, None where not scored
    lowest: int | None  # index of the stage scored lowest (the first on ties), None when nothing is scored
    lanes: tuple[Lane, ...]
    rows: tuple[JourneyRow, ...]  # the journey rows describing the persona, its own and those shared by all

    @property
    def low_score(self) -> float | None:
        """Return the lowest score of the journey, or None when nothing is scored."""
        return None if self.lowest is None else self.scores[self.lowest]

    @property
    def scored(self) -> bool:
        """Return True when at least one stage has an emotion score."""
        return self.lowest is not None


def persona_journey(journey: Journey, persona: Persona) -> PersonaJourney:
    """Return the journey of `persona`: its emotion per stage, lowest stage and map lanes."""
    scores = tuple(journey.emotion(persona.name, s.name) for s in journey.stages)
    known = [(v, i) for i, v in enumerate(scores) if v is not None]
    lowest = min(known)[1] if known else None
    rows = tuple(r for r in journey.rows if r.applies_to(persona.name))
    return PersonaJourney(persona, scores, lowest, lanes(journey, persona), rows)


def lanes(journey: Journey, persona: Persona) -> tuple[Lane, ...]:
    """Return the map's lanes for `persona` in the fixed order, leaving out lanes empty at every stage."""
    blueprint = journey.project.map_type == BLUEPRINT
    keys = FRONT_LANES + (BACK_LANES if blueprint else BACK_LANES[:2])
    found = []
    for key in keys:
        cells, said = [], []
        for stage in journey.stages:
            rows = journey.rows_for(persona.name, stage.name)
            thoughts: tuple[str, ...] = ()
            if key == "goal":
                items = _unique([stage.customer_goal])
            elif key == "actions":
                items = _unique(a for r in rows for a in r.customer_actions)
            elif key == "touchpoints":
                items = _unique(t.name for t in journey.touchpoints_for(stage.name, persona.name))
            elif key == "thoughts":
                thoughts = _unique(t for r in rows for t in r.thoughts)
                items = _unique(r.feeling for r in rows)
            else:
                items = _unique(x for r in rows for x in getattr(r, key))
            cells.append(items)
            said.append(thoughts)
        if any(cells) or any(said):
            found.append(Lane(key, tuple(cells), tuple(said) if key == "thoughts" else ()))
    return tuple(found)


def map_records(journey: Journey, persona: Persona, stages: Iterable[Stage]) -> list[Record]:
    """Return the records a page of `persona`'s map shows for `stages`: stages, persona, rows, touchpoints."""
    stages = list(stages)
    records: list[Record] = [*stages, persona]
    records += [r for s in stages for r in journey.rows_for(persona.name, s.name)]
    records += [t for s in stages for t in journey.touchpoints_for(s.name, persona.name)]
    return records


# The journey's low point across personas, and the persona x stage emotion table.


@dataclass(frozen=True)
class LowPoint:
    """The lowest emotion of the whole journey and every (persona, stage index) where a curve reaches it."""

    score: float
    points: tuple[tuple[Persona, int], ...]

    @property
    def stages(self) -> tuple[int, ...]:
        """Return the indexes of the stages where the journey reaches its low point, without repeats."""
        return tuple(dict.fromkeys(i for _, i in self.points))


def low_point(curves: Iterable[PersonaJourney]) -> LowPoint | None:
    """Return the journey's low point over the personas' own lowest points, or None when nothing is scored."""
    lows = [(c.persona, c.lowest, c.low_score) for c in curves if c.lowest is not None and c.low_score is not None]
    if not lows:
        return None
    bottom = min(score for _, _, score in lows)
    return LowPoint(bottom, tuple((p, i) for p, i, score in lows if score == bottom))


def emotion_records(journey: Journey) -> list[Record]:
    """Return the records the emotion curve and table come from: the stages and every scored journey row."""
    return [*journey.stages, *[r for r in journey.rows if r.emotion is not None]]


# The touchpoint grid: channels x stages.


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
    def busiest(self) -> ChannelRow | None:
        """Return the channel with the most touchpoints (the first on ties), or None with fewer than two."""
        if len(self.rows) < 2:
            return None
        return max(self.rows, key=lambda row: row.count)


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


# Stages: their touchpoints, hardest and costliest moments.


@dataclass(frozen=True)
class StageView:
    """A stage, its number in the journey, its touchpoints, and its hardest and costliest touchpoints."""

    number: int
    stage: Stage
    touchpoints: tuple[Touchpoint, ...]
    hardest: Touchpoint | None  # the lowest-scored touchpoint when scored HARD or lower (the first on ties)
    costliest: Touchpoint | None  # the touchpoint with the highest cost above zero (the first on ties)


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


# Key questions.


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


# The action plan and the impact x feasibility matrix.


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


# Costs.


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
    def top_share(self) -> int:
        """Return the top stage's share of the total, in whole percent (0 when nothing costs anything)."""
        total = self.total
        return round(100 * dict(self.by_stage)[self.top_stage] / total) if total else 0


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


# Everything at once.


@dataclass(frozen=True)
class Findings:
    """Every finding of one journey, computed once and shared by the deck, the report and the workshop deck."""

    journey: Journey
    figures: dict[str, int]
    personas: tuple[PersonaJourney, ...]
    low: LowPoint | None
    grid: TouchpointGrid
    stages: tuple[StageView, ...]
    questions: Questions
    plan: Plan
    costs: Costs | None

    @property
    def curves(self) -> tuple[PersonaJourney, ...]:
        """Return the personas with at least one emotion score: the lines of the emotion curve."""
        return tuple(p for p in self.personas if p.scored)


def of(journey: Journey) -> Findings:
    """Return the findings of `journey`."""
    personas = tuple(persona_journey(journey, p) for p in journey.personas)
    return Findings(
        journey=journey,
        figures=figures(journey),
        personas=personas,
        low=low_point(personas),
        grid=touchpoint_grid(journey),
        stages=tuple(stage_view(journey, n, s) for n, s in enumerate(journey.stages, start=1)),
        questions=questions(journey),
        plan=plan(journey),
        costs=costs(journey),
    )
