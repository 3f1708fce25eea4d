"""Output file names: `<client>-<project>-journey.pptx`, its siblings and posters, safe on every file system."""

from __future__ import annotations

import re
import unicodedata

from cjmdeck.model import Journey

# --tracker-in given the workbook itself: the message names what it should be
TRACKER_IS_WORKBOOK = "{} is the workbook itself; give its action tracker, <client>-<project>-actions.xlsx"


def deck_name(journey: Journey, kind: str = "deliverable") -> str:
    """Return `<client>-<project>-journey.pptx` (`-workshop.pptx` for the workshop) as a safe, readable file name."""
    parts = [
        slug(journey.project.client),
        slug(journey.project.project),
        "workshop" if kind == "workshop" else "journey",
    ]
    return "-".join(p for p in parts if p) + ".pptx"


def tracker_name(journey: Journey, stem: str = "", kind: str = "deliverable") -> str:
    """Return `<client>-<project>-actions.xlsx`, the action tracker's name; with a job's deck `stem`, its suffixes too.

    A job's stem is the deck's name and what a split, several languages or a taken name add
    (`-ana`, `-es`, `-2`): the tracker keeps them, so each job's tracker has a name of its own.
    """
    base = deck_name(journey, kind).removesuffix(".pptx")
    suffix = stem[len(base) :] if stem.startswith(base) else ""
    parts = [slug(journey.project.client), slug(journey.project.project), "actions"]
    return "-".join(p for p in parts if p) + suffix + ".xlsx"


def poster_name(journey: Journey, persona: str, stem: str = "", kind: str = "deliverable") -> str:
    """Return `<client>-<project>-poster-<persona>.pptx`, a persona's poster; with a job's deck `stem`, its suffixes.

    As the tracker's, the name keeps what several languages or a taken name add to the job's deck
    (`-es`, `-2`), but not the persona a split adds: the poster names it already.
    """
    base = deck_name(journey, kind).removesuffix(".pptx")
    suffix = stem[len(base) :] if stem.startswith(base) else ""
    suffix = suffix.removeprefix(f"-{slug(persona)}") if len(journey.personas) == 1 else suffix
    parts = [slug(journey.project.client), slug(journey.project.project), "poster", slug(persona)]
    return "-".join(p for p in parts if p) + suffix + ".pptx"


def slug(text: str) -> str:
    """Return `text` as lower-case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60].strip("-")


def unique_name(name: str, taken: set[str]) -> str:
    """Return `name`, or `name` with -2, -3... when an earlier deck of this run took it."""
    stem, suffix = name.rsplit(".", 1)
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}.{suffix}"
    taken.add(candidate)
    return candidate
