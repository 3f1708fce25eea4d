"""The key questions in stage order, whole-journey questions last, and how many are answered and open."""

from __future__ import annotations

from dataclasses import dataclass

from cjmdeck.model import Journey, Question, Stage


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
