"""Shared helpers of the tests: journeys built in code, the OOXML checker and shape geometry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from cjmdeck.model import Action, Journey, JourneyRow, Origin, Persona, Project, Question, Stage, Touchpoint

SHARED_TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"
STAGES = ("Awareness", "Consideration", "Purchase", "Retention", "Advocacy")
CHANNELS = ("Social media", "Website", "Email", "Store", "Phone", "Search", "App", "Reviews")


def check_package():
    """Return ooxml_check.check_package, skipping the test when ../shared is not there."""
    if not (SHARED_TOOLS / "ooxml_check.py").is_file():
        pytest.skip(f"../shared not found: {SHARED_TOOLS}")
    if str(SHARED_TOOLS) not in sys.path:
        sys.path.insert(0, str(SHARED_TOOLS))
    return importlib.import_module("ooxml_check").check_package


def tiny_journey(
    stages: tuple[str | Stage, ...] = ("A", "B", "C"),
    personas: tuple[str, ...] = ("Ana",),
    rows: tuple[JourneyRow, ...] = (),
    touchpoints: tuple[Touchpoint, ...] = (),
    questions: tuple[Question, ...] = (),
    actions: tuple[Action, ...] = (),
    map_type: str = "current_state",
) -> Journey:
    """Return a bare journey of `stages` (names or Stage records) and personas named in `personas`."""
    return Journey(
        Project("Client", map_type=map_type),
        tuple(Persona(name) for name in personas),
        tuple(s if isinstance(s, Stage) else Stage(s) for s in stages),
        rows,
        touchpoints,
        questions,
        actions,
    )


def scored_rows(persona: str, stages: tuple[str, ...], *scores: int | None) -> tuple[JourneyRow, ...]:
    """Return one journey row per stage for `persona`, scored `scores` in stage order."""
    return tuple(JourneyRow(stage, persona, emotion=score) for stage, score in zip(stages, scores, strict=True))


def small_journey(**project: object) -> Journey:
    """Return a two-persona, five-stage journey like an agency's first workbook."""
    fields = dict(
        client="Moda Viva",
        project="Online store journey",
        objective="Raise online conversion and repeat purchases",
        product="Fashion e-commerce",
        map_type="current_state",
        author="Ana Ruiz",
        agency="Northwind CX",
        date=dt.date(2026, 3, 14),
        currency="EUR",
    )
    fields.update(project)
    personas = (
        Persona(
            "Lucía",
            age="34",
            occupation="Architect",
            location="Madrid",
            goals=("Find outfits fast",),
            needs=("Clear sizes", "Free returns"),
            motivations=("Save time",),
            frustrations=("Hidden shipping costs",),
            quote="I want to buy in two clicks.",
            origin=Origin("Personas", 2),
        ),
        Persona(
            "Marek",
            age="52",
            occupation="Teacher",
            location="Kraków",
            goals=("Buy gifts",),
            needs=("Phone support",),
            motivations=("Good price",),
            frustrations=("Slow support",),
            origin=Origin("Personas", 3),
        ),
    )
    stages = tuple(
        Stage(
            name,
            description=f"{name} stage",
            customer_goal=f"Goal at {name.lower()}",
            brand_goal=f"Brand goal {i}",
            kpi=f"KPI {i}",
            origin=Origin("Stages", i + 2),
        )
        for i, name in enumerate(STAGES)
    )
    emotions = {"Lucía": (4, 3, 2, 4, 5), "Marek": (3, 3, 3, 2, 4)}
    rows = []
    r = 2
    for persona, scores in emotions.items():
        for stage, score in zip(STAGES, scores, strict=False):
            rows.append(
                JourneyRow(
                    stage,
                    persona,
                    customer_actions=(f"{persona} acts at {stage}",),
                    thoughts=(f"Thinking about {stage}",),
                    emotion=score,
                    feeling="calm",
                    pain_points=(f"Pain at {stage}",),
                    opportunities=(f"Idea for {stage}",),
                    origin=Origin("Journey", r),
                )
            )
            r += 1
    touchpoints = []
    r = 2
    for i, stage in enumerate(STAGES):
        for j in range(3):
            touchpoints.append(
                Touchpoint(
                    stage,
                    f"TP {stage} {j}",
                    channel=CHANNELS[(i + j) % 4],
                    mode="online" if j % 2 == 0 else "offline",
                    customer_action="Reads",
                    motivation="Curious",
                    obstacle="Slow page" if j == 1 else "",
                    emotion=1 + (i + j) % 5,
                    owner="Marketing",
                    cost=1000.0 * (i + 1) + j * 250,
                    origin=Origin("Touchpoints", r),
                )
            )
            r += 1
    questions = (
        Question("How do customers discover us?", "Awareness", "Mostly social media", origin=Origin("Questions", 2)),
        Question("Where do we lose customers?", "Purchase", "", origin=Origin("Questions", 3)),
        Question("Is support responsive?", None, "Not on weekends", origin=Origin("Questions", 4)),
    )
    actions = (
        Action(
            "Show shipping costs early", 5, 4, "Purchase", owner="E-commerce", horizon="Q2", origin=Origin("Actions", 2)
        ),
        Action("Weekend chat support", 4, 2, "Retention", owner="Service", horizon="Q3", origin=Origin("Actions", 3)),
        Action(
            "Simplify size guide", 3, 5, "Consideration", owner="Product", horizon="Q2", origin=Origin("Actions", 4)
        ),
        Action("Referral programme", 2, 4, "Advocacy", owner="Marketing", horizon="Q4", origin=Origin("Actions", 5)),
        Action("Rebuild the app", 2, 1, None, owner="IT", horizon="2027", origin=Origin("Actions", 6)),
        Action(
            "Retarget abandoned carts", 5, 4, "Purchase", owner="Marketing", horizon="Q2", origin=Origin("Actions", 7)
        ),
    )
    return Journey(Project(**fields), personas, stages, tuple(rows), tuple(touchpoints), questions, actions)


WORDS = (
    "customers",
    "compare",
    "delivery",
    "options",
    "checkout",
    "returns",
    "sizes",
    "support",
    "reviews",
    "payment",
    "loyalty",
    "discount",
    "żółć",
    "año",
)


def _text(seed: int, words: int) -> str:
    return " ".join(WORDS[(seed * 7 + k * 3) % len(WORDS)] for k in range(words))


def large_journey() -> Journey:
    """Return a large journey: 8 stages, 6 personas, 320 touchpoints, 210 actions and long texts."""
    stage_names = (
        "Awareness",
        "Interest",
        "Consideration",
        "Evaluation",
        "Purchase",
        "Delivery",
        "Retention",
        "Advocacy",
    )
    stages = tuple(
        Stage(
            n,
            description=f"Description of {n}: {_text(i + 3, 20)}",
            customer_goal=f"{n}: {_text(i, 18)}",
            brand_goal=_text(i + 1, 25),
            kpi=_text(i + 2, 8),
            origin=Origin("Stages", i + 2),
        )
        for i, n in enumerate(stage_names)
    )
    personas = tuple(
        Persona(
            f"Persona{k} Kowalska",
            age=str(25 + k),
            occupation="Manager",
            gender="Woman",
            location=f"City {k}",
            income="Middle",
            education="University",
            interests=(f"Hobby {k}", _text(k, 3)),
            personality=_text(k + 5, 6),
            goals=tuple(_text(k + g, 12) for g in range(4)),
            needs=tuple(_text(k + g, 10) for g in range(3)),
            motivations=(_text(k, 14),),
            frustrations=tuple(_text(k + g, 16) for g in range(3)),
            quote=_text(k, 30),
            photo="missing.png",
            origin=Origin("Personas", k + 2),
        )
        for k in range(6)
    )
    rows = []
    r = 2
    for k, p in enumerate(personas):
        for i, s in enumerate(stages):
            rows.append(
                JourneyRow(
                    s.name,
                    p.name,
                    customer_actions=tuple(_text(i + a, 9 + k) for a in range(3)),
                    thoughts=(_text(i, 14),),
                    emotion=1 + (i * 3 + k) % 5,
                    feeling=_text(k, 3),
                    pain_points=tuple(_text(i + a + k, 10) for a in range(3)),
                    opportunities=tuple(_text(i + a, 11) for a in range(2)),
                    backstage=(f"Backstage {k}-{i}: {_text(i, 5)}",) if i % 2 else (),
                    support_processes=(f"Process {k}-{i}: {_text(k, 4)}",) if i % 3 == 0 else (),
                    origin=Origin("Journey", r),
                )
            )
            r += 1
    touchpoints = tuple(
        Touchpoint(
            stages[n % 8].name,
            f"Touchpoint {n:03d} {_text(n, 2)}",
            persona=None if n % 3 else personas[n % 6].name,
            channel=CHANNELS[(n // 8 + n % 3) % 8],
            mode="online" if n % 2 else "offline",
            customer_action=_text(n, 12 + n % 20),
            motivation=_text(n + 1, 8),
            obstacle=_text(n + 2, 15),
            emotion=1 + n % 5,
            owner="Team " + str(n % 7),
            cost=float(100 + n * 13),
            kpi=f"KPI {n:03d} {_text(n, 3)}",
            origin=Origin("Touchpoints", n + 2),
        )
        for n in range(320)
    )
    questions = tuple(
        Question(
            f"Question {n}: {_text(n, 12)}?",
            stages[n % 9].name if n % 9 < 8 else None,
            _text(n, 20) if n % 4 else "",
            f"Source {n}: {_text(n, 3)}" if n % 3 else "",
            origin=Origin("Questions", n + 2),
        )
        for n in range(40)
    )
    actions = tuple(
        Action(
            f"Action {n:03d} {_text(n, 6 + n % 25)}",
            1 + n % 5,
            1 + (n * 7) % 5,
            stages[n % 8].name,
            owner=f"Owner {n % 5}",
            horizon=f"Q{1 + n % 4}",
            touchpoint=f"Touchpoint {n % 320:03d}" if n % 2 else "",
            persona=personas[n % 6].name if n % 5 == 0 else None,
            problem=f"Problem {n:03d}: {_text(n + 4, 10)}",
            kpi=f"Measure {n:03d} {_text(n, 4)}" if n % 3 else "",
            status=("Planned", "In progress", "Done")[n % 3],
            origin=Origin("Actions", n + 2),
        )
        for n in range(210)
    )
    project = Project(
        "Big Retail S.A.",
        "Omnichannel journey 2026",
        "Find where we lose customers " + _text(1, 30),
        "Retail",
        "current_state",  # its backstage lanes still show
        "Jan Nowak",
        "Agencja CX",
        dt.date(2026, 5, 4),
        currency="PLN",
    )
    return Journey(project, personas, stages, tuple(rows), touchpoints, questions, actions)


def titled(prs: object, start: str) -> object:
    """Return the one slide of `prs` whose title starts with `start`."""
    found = [s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text.startswith(start)]
    assert len(found) == 1, f"{len(found)} slides titled {start!r}..."
    return found[0]


def emu_boxes(slide: object) -> list[tuple[str, int, int, int, int]]:
    """Return (name, left, top, right, bottom) of every top-level shape of `slide`."""
    return [(s.name, s.left, s.top, s.left + s.width, s.top + s.height) for s in slide.shapes]


def overlaps(slide: object) -> list[tuple[str, str]]:
    """Return the pairs of top-level shapes of `slide` whose boxes overlap."""
    boxes = emu_boxes(slide)
    found = []
    for i, (n1, l1, t1, r1, b1) in enumerate(boxes):
        for n2, l2, t2, r2, b2 in boxes[i + 1 :]:
            if l1 < r2 and l2 < r1 and t1 < b2 and t2 < b1:
                found.append((n1, n2))
    return found


def normalise(text: str) -> str:
    """Return PDF or workbook text as comparable words: one space, no soft hyphens or list commas."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\u00a0", " ")
    text = re.sub(r"[,;](\s|$)", r"\1", text)  # a list's separators: "Hobby 0, Hobby 1"
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)  # words hyphenated at a line end
    return re.sub(r"\s+", " ", text).strip()


NOT_TEXT = {"photo", "map_type", "language", "currency", "mode"}  # a path, keys and codes: shown as words of ours


def every_text(journey: Journey) -> list[str]:
    """Return every text the workbook holds: each text field and list item of every record."""
    records: list[object] = [journey.project, *journey.personas, *journey.stages, *journey.rows]
    records += [*journey.touchpoints, *journey.questions, *journey.actions]
    texts = []
    for record in records:
        for f in dataclasses.fields(record):  # type: ignore[arg-type]
            value = getattr(record, f.name)
            if f.name in NOT_TEXT:
                continue
            if isinstance(value, str) and value:
                texts.append(value)
            elif isinstance(value, tuple):
                texts += [v for v in value if isinstance(v, str) and v]
    return list(dict.fromkeys(texts))


def found_in_order(words: list[str], tokens: list[str], positions: dict[str, list[int]], gap: int = 15) -> bool:
    """Return True when `words` occur in order in `tokens`, each within `gap` tokens of the previous one.

    pdftotext reads a table row line by line across its cells, so a wrapped cell's lines come
    with the neighbouring cells' lines between them.
    """
    for start in positions.get(words[0], []):
        at = start
        for word in words[1:]:
            nxt = next((k for k in range(at + 1, min(at + 1 + gap, len(tokens))) if tokens[k] == word), None)
            if nxt is None:
                break
            at = nxt
        else:
            return True
    return False
