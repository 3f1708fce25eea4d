"""The domain model: plain, immutable dataclasses with no I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Extra = Mapping[str, object]


def _no_extra() -> Extra:
    return MappingProxyType({})


@dataclass(frozen=True)
class Origin:
    """Where a record came from: the sheet's title in the workbook and its row number."""

    sheet: str
    row: int


@dataclass(frozen=True)
class Project:
    """The Project sheet: who the map is for and what it is for."""

    client: str
    project: str = ""
    objective: str = ""
    product: str = ""
    map_type: str = "current_state"  # a key of contract.MAP_TYPES
    author: str = ""
    agency: str = ""
    date: dt.date | str | None = None
    language: str | None = None  # en, es, pl or None when not given
    currency: str = ""
    extra: Extra = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class Persona:
    """A research-based representative customer."""

    name: str
    age: str = ""
    gender: str = ""
    occupation: str = ""
    location: str = ""
    income: str = ""
    education: str = ""
    goals: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    motivations: tuple[str, ...] = ()
    frustrations: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    personality: str = ""
    quote: str = ""
    photo: str = ""
    origin: Origin | None = None
    extra: Extra = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class KpiValues:
    """A KPI measured before (baseline) and now (current), against a target; "%" as `unit` when typed so."""

    baseline: float | None = None
    target: float | None = None
    current: float | None = None
    unit: str = ""


@dataclass(frozen=True)
class Stage:
    """A phase of the journey; the order of stages is the journey's order."""

    name: str
    description: str = ""
    customer_goal: str = ""
    brand_goal: str = ""
    kpi: str = ""
    values: KpiValues | None = None
    origin: Origin | None = None
    extra: Extra = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class JourneyRow:
    """What a persona (or every persona, when `persona` is None) does, thinks and feels at a stage."""

    stage: str
    persona: str | None = None
    customer_actions: tuple[str, ...] = ()
    thoughts: tuple[str, ...] = ()
    emotion: int | None = None
    feeling: str = ""
    pain_points: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()
    engagement: int | None = None
    backstage: tuple[str, ...] = ()
    support_processes: tuple[str, ...] = ()
    origin: Origin | None = None
    extra: Extra = field(default_factory=_no_extra, compare=False)

    def applies_to(self, persona: str) -> bool:
        """Return True when this row describes `persona`."""
        return self.persona is None or self.persona == persona


@dataclass(frozen=True)
class Touchpoint:
    """A moment the customer meets the brand at a stage."""

    stage: str
    name: str
    persona: str | None = None
    channel: str = ""
    mode: str | None = None  # "online", "offline" or None
    customer_action: str = ""
    motivation: str = ""
    obstacle: str = ""
    emotion: int | None = None
    owner: str = ""
    cost: float | None = None
    kpi: str = ""
    origin: Origin | None = None
    extra: Extra = field(default_factory=_no_extra, compare=False)

    def applies_to(self, persona: str) -> bool:
        """Return True when this touchpoint concerns `persona`."""
        return self.persona is None or self.persona == persona


@dataclass(frozen=True)
class Question:
    """A key question the map must help answer, for one stage or (stage None) the whole journey."""

    text: str
    stage: str | None = None
    answer: str = ""
    source: str = ""
    origin: Origin | None = None
    extra: Extra = field(default_factory=_no_extra, compare=False)


HIGH = 3  # an impact or feasibility score from which it counts as high (the quadrants' boundary)
QUICK_WIN = "quick_win"
MAJOR_PROJECT = "major_project"
FILL_IN = "fill_in"
THANKLESS_TASK = "thankless_task"


def quadrant(impact: int, feasibility: int) -> str:
    """Return the key of the impact/feasibility quadrant a pair of 1-5 scores falls in."""
    if impact >= HIGH:
        return QUICK_WIN if feasibility >= HIGH else MAJOR_PROJECT
    return FILL_IN if feasibility >= HIGH else THANKLESS_TASK


@dataclass(frozen=True)
class Action:
    """An improvement to make, scored by impact and feasibility (1-5 each)."""

    text: str
    impact: int
    feasibility: int
    stage: str | None = None
    touchpoint: str = ""
    persona: str | None = None
    problem: str = ""
    owner: str = ""
    horizon: str = ""
    kpi: str = ""
    values: KpiValues | None = None
    status: str = ""
    due: dt.date | str | None = None
    origin: Origin | None = None
    extra: Extra = field(default_factory=_no_extra, compare=False)

    @property
    def score(self) -> int:
        """Return the priority score, impact x feasibility (1-25)."""
        return self.impact * self.feasibility

    @property
    def quadrant(self) -> str:
        """Return the impact/feasibility quadrant key (see `cjmdeck.text.quadrant_name` for its name)."""
        return quadrant(self.impact, self.feasibility)


@dataclass(frozen=True)
class FunnelStep:
    """How many customers reach a stage: in all, or of one persona or channel, in a period when given."""

    stage: str
    customers: float
    persona: str | None = None
    channel: str = ""
    period: str = ""
    origin: Origin | None = None
    extra: Extra = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class Journey:
    """Everything one workbook says: the project, personas, stages and what happens at each."""

    project: Project
    personas: tuple[Persona, ...]
    stages: tuple[Stage, ...]
    rows: tuple[JourneyRow, ...] = ()
    touchpoints: tuple[Touchpoint, ...] = ()
    questions: tuple[Question, ...] = ()
    actions: tuple[Action, ...] = ()
    funnel: tuple[FunnelStep, ...] = ()

    def stage_index(self, name: str | None) -> int:
        """Return the position of stage `name` in the journey, or len(stages) when unknown or None."""
        for i, stage in enumerate(self.stages):
            if stage.name == name:
                return i
        return len(self.stages)

    def rows_for(self, persona: str, stage: str) -> tuple[JourneyRow, ...]:
        """Return the journey rows describing `persona` at `stage`."""
        return tuple(r for r in self.rows if r.stage == stage and r.applies_to(persona))

    def emotion(self, persona: str, stage: str) -> float | None:
        """Return the mean emotion score of `persona` at `stage`, or None when not scored."""
        scores = [r.emotion for r in self.rows_for(persona, stage) if r.emotion is not None]
        return sum(scores) / len(scores) if scores else None

    def touchpoints_for(self, stage: str, persona: str | None = None) -> tuple[Touchpoint, ...]:
        """Return the touchpoints of `stage`, limited to those of `persona` when given."""
        return tuple(t for t in self.touchpoints if t.stage == stage and (persona is None or t.applies_to(persona)))

    def prioritised_actions(self) -> tuple[Action, ...]:
        """Return the actions by score, then impact, then stage order, then row order (all descending priority)."""
        order = {id(a): i for i, a in enumerate(self.actions)}
        return tuple(
            sorted(
                self.actions,
                key=lambda a: (-a.score, -a.impact, self.stage_index(a.stage), order[id(a)]),
            )
        )

    def for_personas(self, names: tuple[str, ...]) -> Journey:
        """Return this journey limited to the personas named in `names` (and rows shared by all)."""
        keep = set(names)
        return Journey(
            project=self.project,
            personas=tuple(p for p in self.personas if p.name in keep),
            stages=self.stages,
            rows=tuple(r for r in self.rows if r.persona is None or r.persona in keep),
            touchpoints=tuple(t for t in self.touchpoints if t.persona is None or t.persona in keep),
            questions=self.questions,
            actions=tuple(a for a in self.actions if a.persona is None or a.persona in keep),
            funnel=tuple(f for f in self.funnel if f.persona is None or f.persona in keep),
        )
