"""Journey workbooks of a given size for the benchmark, the same every time (seeded words)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import write_workbook

WORDS = [
    "customer",
    "checkout",
    "delivery",
    "price",
    "clear",
    "slow",
    "fast",
    "trust",
    "store",
    "online",
    "order",
    "return",
    "policy",
    "support",
    "chat",
    "mobile",
    "app",
    "search",
    "filter",
    "size",
    "stock",
    "review",
    "friend",
    "offer",
    "discount",
    "email",
    "newsletter",
    "payment",
    "card",
    "shipping",
    "cost",
    "time",
    "wait",
    "question",
    "answer",
    "staff",
    "visit",
    "compare",
    "brand",
    "quality",
    "choice",
    "confused",
    "happy",
    "worried",
    "easy",
    "hard",
    "find",
    "buy",
    "keep",
    "recommend",
]
STAGE_NAMES = (
    "Awareness",
    "Interest",
    "Consideration",
    "Evaluation",
    "Purchase",
    "Delivery",
    "Onboarding",
    "Use",
    "Retention",
    "Advocacy",
)
CHANNELS = ("Web", "App", "Store", "Email", "Social", "Phone", "Chat")


@dataclass(frozen=True)
class Size:
    """How many of each record a generated workbook holds, and how long its texts are (in words)."""

    name: str
    personas: int
    stages: int
    touchpoints: int
    questions: int
    actions: int
    words: int

    @property
    def rows(self) -> int:
        """Return the number of data rows the workbook holds."""
        journey = self.personas * self.stages
        return self.personas + self.stages + journey + self.touchpoints + self.questions + self.actions


SIZES = (
    Size("10x", personas=8, stages=8, touchpoints=400, questions=40, actions=300, words=12),
    Size("100x", personas=20, stages=10, touchpoints=4_000, questions=200, actions=3_000, words=24),
)


def write(path: Path, size: Size) -> Path:
    """Write a workbook of `size` at `path` and return it."""
    pick = random.Random(size.name)

    def text(words: int | None = None) -> str:
        return " ".join(pick.choice(WORDS) for _ in range(words or size.words)).capitalize()

    stages = STAGE_NAMES[: size.stages]
    personas = [f"Persona {n} {text(1)}" for n in range(1, size.personas + 1)]
    sheets: dict[str, list[list[object]]] = {
        "Project": [["Client", "Benchmark Retail"], ["Project", f"Scale {size.name}"], ["Language", "en"]],
        "Personas": [["Name", "Age", "Occupation", "Goals", "Frustrations", "Quote"]]
        + [[p, 20 + n, text(3), f"{text()}\n{text()}", f"{text()}\n{text()}", text()] for n, p in enumerate(personas)],
        "Stages": [["Stage", "Description", "Customer goal", "Brand goal", "KPI"]]
        + [[s, text(), text(), text(), text(4)] for s in stages],
        "Journey": [["Persona", "Stage", "Customer actions", "Thoughts", "Emotion", "Pain points", "Opportunities"]]
        + [
            [p, s, f"{text()}\n{text()}", text(), 1 + (i + j) % 5, f"{text()}\n{text()}", text()]
            for i, p in enumerate(personas)
            for j, s in enumerate(stages)
        ],
        "Touchpoints": [["Stage", "Touchpoint", "Channel", "Mode", "Emotion", "Owner", "Cost"]]
        + [
            [
                stages[n % len(stages)],
                f"{text(3)} {n}",
                CHANNELS[n % 7],
                "online" if n % 3 else "offline",
                1 + n % 5,
                text(2),
                n * 10,
            ]
            for n in range(size.touchpoints)
        ],
        "Questions": [["Question", "Stage", "Answer"]]
        + [[f"{text()}?", stages[n % len(stages)], text() if n % 3 else None] for n in range(size.questions)],
        "Actions": [["Action", "Impact", "Feasibility", "Stage", "Owner"]]
        + [
            [f"{text()} {n}", 1 + n % 5, 1 + (n * 7) % 5, stages[n % len(stages)], text(2)] for n in range(size.actions)
        ],
    }
    return write_workbook(path, sheets)
