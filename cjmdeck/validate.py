"""Completeness rules on a journey that reads correctly: the warnings `check` reports."""

from __future__ import annotations

from pathlib import Path

from cjmdeck import guide
from cjmdeck.diagnostics import Collector
from cjmdeck.files import beside, outside
from cjmdeck.images import image_problem
from cjmdeck.layout import Layout
from cjmdeck.model import Journey


def warn_incomplete(journey: Journey, layout: Layout, out: Collector, folder: Path | None = None) -> None:
    """Record a warning for each gap to fill before presenting the map; photos are looked for in `folder`."""
    _placeholders(journey, layout, out)
    if folder is not None:
        _photos(journey, layout, out, folder)
    _stages_without_touchpoints(journey, layout, out)
    _personas_without_rows(journey, layout, out)
    _actions_without_owner(journey, layout, out)
    _questions_without_answer(journey, layout, out)


def _placeholders(journey: Journey, layout: Layout, out: Collector) -> None:
    """Warn about the placeholders `cjmdeck new` writes that are still there."""
    if journey.project.client in guide.PLACEHOLDERS["client"]:
        out.warning(f"the client is still the placeholder {journey.project.client!r}", layout.titles.get("project"))
    for persona in journey.personas:
        if persona.name in guide.PLACEHOLDERS["persona"] and persona.origin:
            where = layout.cell("personas", persona.origin.row, "name")
            out.warning(f"persona {persona.name!r} is still the placeholder; give it a name", *where)


def _photos(journey: Journey, layout: Layout, out: Collector, folder: Path) -> None:
    """Warn about each persona photo that is not a usable image file (the deck then shows the persona's initials)."""
    for persona in journey.personas:
        if not (persona.photo and persona.origin):
            continue
        path = beside(folder, persona.photo)
        if path is not None:
            problem = image_problem(path)
        elif outside(folder, persona.photo):
            problem = "points outside the workbook's folder, which cjmdeck does not read from"
        else:
            problem = "is not a file next to the workbook"
        if problem is not None:
            where = layout.cell("personas", persona.origin.row, "photo")
            out.warning(f"photo {persona.photo!r} {problem}; initials are shown instead", *where)


def _stages_without_touchpoints(journey: Journey, layout: Layout, out: Collector) -> None:
    """Warn about each stage that no touchpoint belongs to."""
    used = {t.stage for t in journey.touchpoints}
    for stage in journey.stages:
        if stage.name not in used and stage.origin:
            out.warning(f"stage {stage.name!r} has no touchpoints", *layout.cell("stages", stage.origin.row, "name"))


def _personas_without_rows(journey: Journey, layout: Layout, out: Collector) -> None:
    """Warn about each persona with no journey rows, or with no emotion score at some stage."""
    for persona in journey.personas:
        if persona.origin is None:
            continue
        where = layout.cell("personas", persona.origin.row, "name")
        if not any(r.applies_to(persona.name) for r in journey.rows):
            out.warning(f"persona {persona.name!r} has no journey rows", *where)
            continue
        missing = [s.name for s in journey.stages if journey.emotion(persona.name, s.name) is None]
        if missing:
            names = ", ".join(repr(m) for m in missing)
            noun = "stage" if len(missing) == 1 else "stages"
            out.warning(f"persona {persona.name!r} has no emotion score for {noun} {names}", *where)


def _actions_without_owner(journey: Journey, layout: Layout, out: Collector) -> None:
    """Warn about each action that nobody owns."""
    for action in journey.actions:
        if not action.owner and action.origin:
            out.warning(
                f"action {_short(action.text)!r} has no owner", *layout.cell("actions", action.origin.row, "owner")
            )


def _questions_without_answer(journey: Journey, layout: Layout, out: Collector) -> None:
    """Warn about each key question still open."""
    for question in journey.questions:
        if not question.answer and question.origin:
            out.warning(
                f"question {_short(question.text)!r} has no answer",
                *layout.cell("questions", question.origin.row, "answer"),
            )


def _short(text: str, limit: int = 50) -> str:
    """Return `text` cut to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
