"""The workshop's plan: the agenda's timings scaled to the session, dots per voter, and each persona's gaps."""

from __future__ import annotations

from dataclasses import dataclass

from cjmdeck.model import Persona

# The parts of a workshop and their minutes in a two-hour session; other lengths scale them.
PARTS = (
    ("welcome", 10),
    ("stages", 10),
    ("personas", 10),
    ("mapping", 45),
    ("break", 10),
    ("stage_questions", 10),
    ("voting", 15),
    ("commit", 10),
)
BREAK_FROM = 90  # minutes: a session this long or longer has a break
STEP = 5  # minutes: timings are multiples of this when the session is
GAP_FIELDS = ("goals", "needs", "frustrations", "motivations", "quote", "occupation", "age", "location", "income")


@dataclass(frozen=True)
class AgendaItem:
    """A part of the workshop: its key (see PARTS), when it starts and how long it lasts, in minutes."""

    key: str
    start: int
    minutes: int


def agenda(minutes: int) -> tuple[AgendaItem, ...]:
    """Return the workshop's parts with timings that add up to `minutes`, in steps of STEP when it divides it."""
    parts = [p for p in PARTS if p[0] != "break" or minutes >= BREAK_FROM]
    step = STEP if minutes % STEP == 0 and minutes >= STEP * len(parts) else 1
    units = minutes // step
    base = sum(m for _, m in parts)
    exact = [units * m / base for _, m in parts]
    whole = [max(int(x), 1) for x in exact]
    order = sorted(range(len(parts)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    k = 0
    while sum(whole) < units:  # the largest remainders get the units left
        whole[order[k % len(order)]] += 1
        k += 1
    while sum(whole) > units:  # a very short session: the longest parts give back
        whole[whole.index(max(whole))] -= 1
    items, start = [], 0
    for (key, _), n in zip(parts, whole, strict=True):
        items.append(AgendaItem(key, start, n * step))
        start += n * step
    return tuple(items)


def minutes_of(items: tuple[AgendaItem, ...], key: str, slides: int = 1) -> int:
    """Return the minutes each of `slides` slides of part `key` gets (at least 1)."""
    total = next(item.minutes for item in items if item.key == key)
    return max(total // max(slides, 1), 1)


def dots(options: int) -> int:
    """Return how many dots each voter gets: about a quarter as many as there are options, at least one."""
    return max(1, round(options / 4))


def gaps(persona: Persona) -> tuple[str, ...]:
    """Return the profile fields of `persona` the workbook leaves empty, in GAP_FIELDS order."""
    return tuple(key for key in GAP_FIELDS if not getattr(persona, key))
