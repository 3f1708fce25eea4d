"""Each persona's journey: emotion at every stage, its lowest point and map lanes; the journey's low point."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from cjmdeck.model import Journey, JourneyRow, Persona, Stage

Record = object  # a model record with an `origin`, or a sheet's title (str) for a sheet read as a whole


def emotion_level(score: float | None) -> int | None:
    """Return the 1-5 emotion level of a (possibly averaged) score, or None when not scored."""
    return None if score is None else min(max(math.floor(score + 0.5), 1), 5)  # halves round up, at every level


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


@dataclass(frozen=True)
class Lane:
    """One row of a persona's map: its key (see FRONT_LANES and after) and each stage's items, in stage order.

    `said` holds, per stage, what the customer thinks in their own words (shown in quotes), before the items.
    """

    key: str
    cells: tuple[tuple[str, ...], ...]
    said: tuple[tuple[str, ...], ...] = ()


FRONT_LANES = ("goal", "actions", "touchpoints", "thoughts")  # above the emotion curve
BACK_LANES = ("pain_points", "opportunities")  # below it
BACKSTAGE_LANES = ("backstage", "support_processes")  # a service blueprint's, below its line of visibility
ROW_FIELDS = {"actions": "customer_actions"}  # lanes read from a journey row field of another name


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
    def lows(self) -> tuple[int, ...]:
        """Return the indexes of every stage scored at the journey's lowest, in stage order."""
        low = self.low_score
        return () if low is None else tuple(i for i, v in enumerate(self.scores) if v == low)

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
    """Return the map's lanes for `persona` in the fixed order, leaving out lanes empty at every stage.

    Backstage lanes are a service blueprint's, but any map shows them when the workbook fills them.
    """
    found = []
    for key in FRONT_LANES + BACK_LANES + BACKSTAGE_LANES:
        cells, said = [], []
        for stage in journey.stages:
            rows = journey.rows_for(persona.name, stage.name)
            if key == "goal":
                items = _unique([stage.customer_goal])
            elif key == "touchpoints":
                items = _unique(t.name for t in journey.touchpoints_for(stage.name, persona.name))
            elif key == "thoughts":
                said.append(_unique(t for r in rows for t in r.thoughts))
                items = _unique(r.feeling for r in rows)
            else:
                items = _unique(x for r in rows for x in getattr(r, ROW_FIELDS.get(key, key)))
            cells.append(items)
        if any(cells) or any(said):
            found.append(Lane(key, tuple(cells), tuple(said)))
    return tuple(found)


def map_records(journey: Journey, persona: Persona, stages: Iterable[Stage]) -> list[Record]:
    """Return the records a page of `persona`'s map shows for `stages`: stages, persona, rows, touchpoints."""
    stages = list(stages)
    records: list[Record] = [*stages, persona]
    records += [r for s in stages for r in journey.rows_for(persona.name, s.name)]
    records += [t for s in stages for t in journey.touchpoints_for(s.name, persona.name)]
    return records


@dataclass(frozen=True)
class LowPoint:
    """The lowest emotion of the whole journey and every (persona, stage index) where a curve reaches it."""

    score: float
    points: tuple[tuple[Persona, int], ...]  # in persona order, then stage order

    @property
    def personas(self) -> tuple[Persona, ...]:
        """Return the personas whose journey reaches the low point, without repeats."""
        return tuple(dict.fromkeys(p for p, _ in self.points))

    @property
    def stages(self) -> tuple[int, ...]:
        """Return the indexes of the stages where some journey reaches the low point, without repeats."""
        return tuple(dict.fromkeys(i for _, i in self.points))

    @property
    def shared(self) -> tuple[int, ...]:
        """Return the indexes of the stages where every persona at the low point reaches it."""
        return tuple(i for i in self.stages if all((p, i) in self.points for p in self.personas))


def low_point(curves: Iterable[PersonaJourney]) -> LowPoint | None:
    """Return the journey's low point: the lowest score of any persona at any stage, and everywhere it occurs."""
    scored = [(c.persona, i, v) for c in curves for i, v in enumerate(c.scores) if v is not None]
    if not scored:
        return None
    bottom = min(v for _, _, v in scored)
    return LowPoint(bottom, tuple((p, i) for p, i, v in scored if v == bottom))


def emotion_records(journey: Journey) -> list[Record]:
    """Return the records the emotion curve and table come from: the stages and every scored journey row."""
    return [*journey.stages, *[r for r in journey.rows if r.emotion is not None]]
