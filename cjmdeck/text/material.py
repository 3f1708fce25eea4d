"""What a workshop puts on the wall for each stage and persona: the workbook's own, else the domain's defaults."""

from __future__ import annotations

from cjmdeck import contract
from cjmdeck.contract import normalize
from cjmdeck.findings.workshop import gaps
from cjmdeck.model import Journey, Persona
from cjmdeck.text.defaults import DEFAULT_CUSTOMER_QUESTIONS, DEFAULT_QUESTIONS, DEFAULT_STAGES, DEFAULT_TOUCHPOINTS
from cjmdeck.text.labels import pick, text

NOTES = ("stage", "action", "touchpoint", "pain", "opportunity")  # the sticky-note kinds of the legend, in its order
SHEETS = {
    "project": contract.PROJECT,
    "personas": contract.PERSONAS,
    "stages": contract.STAGES,
    "journey": contract.JOURNEY,
    "touchpoints": contract.TOUCHPOINTS,
    "questions": contract.QUESTIONS,
    "actions": contract.ACTIONS,
}


def default_stage(journey: Journey, index: int) -> int | None:
    """Return which default stage the journey's `index`th stage is: by name in any language, else by position."""
    name = normalize(journey.stages[index].name)
    for k, (names, _, _) in enumerate(DEFAULT_STAGES):
        if name in {normalize(n) for n in names}:
            return k
    return index if index < len(DEFAULT_STAGES) else None


def key_questions(journey: Journey, index: int, lang: str) -> list[str]:
    """Return the key questions of the `index`th stage: the workbook's with their answers, else the domain's."""
    stage = journey.stages[index].name
    own = [q for q in journey.questions if q.stage == stage]
    if own:  # what the data already says goes with its question, an open one is marked
        return [f"{q.text} — {q.answer}" if q.answer else f"{q.text} ({text('open', lang).lower()})" for q in own]
    default = default_stage(journey, index)
    chosen = [pick(texts, lang) for texts, at in DEFAULT_QUESTIONS if at == default and default is not None]
    return chosen or [pick(texts, lang) for texts, at in DEFAULT_QUESTIONS if at is None]  # the journey's own


def customer_questions(journey: Journey, index: int, lang: str) -> list[str]:
    """Return the questions to ask customers about the `index`th stage."""
    default = default_stage(journey, index)
    chosen = DEFAULT_CUSTOMER_QUESTIONS[default if default is not None else len(DEFAULT_CUSTOMER_QUESTIONS) - 1]
    return [pick(texts, lang) for texts in chosen]


def stage_touchpoints(journey: Journey, index: int, lang: str) -> tuple[bool, list[str]]:
    """Return whether the workbook knows the `index`th stage's touchpoints, and their names (else typical ones)."""
    stage = journey.stages[index].name
    known = list(dict.fromkeys(t.name for t in journey.touchpoints if t.stage == stage))
    if known:
        return True, known
    default = default_stage(journey, index)
    chosen = DEFAULT_TOUCHPOINTS[default if default is not None else len(DEFAULT_TOUCHPOINTS) - 1]
    return False, [pick(texts, lang) for texts in chosen]


def gap_questions(persona: Persona, lang: str) -> list[str]:
    """Return a question for each profile field the workbook leaves empty for `persona`."""
    return [text(f"ws_gap_{key}", lang, name=persona.name) for key in gaps(persona) if key != "quote"] + (
        [text("ws_gap_quote", lang, name=persona.name)] if "quote" in gaps(persona) else []
    )


def where(sheet: str, columns: tuple[str, ...], lang: str, short: bool = False) -> str:
    """Return "Goes to: Journey › Pain points, Emotion" ("→ Journey › Pain points", the first, when `short`)."""
    contract_sheet = SHEETS[sheet]
    names = ", ".join(contract_sheet.column(key).name(lang) for key in (columns[:1] if short else columns))
    place = f"{contract_sheet.name(lang)} › {names}"
    return f"→ {place}" if short else text("ws_goes_to", lang, where=place)
