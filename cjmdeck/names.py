"""Output file names: `<client>-<project>-journey.pptx` and its siblings, safe on every file system."""

from __future__ import annotations

import re
import unicodedata

from cjmdeck.model import Journey


def deck_name(journey: Journey, kind: str = "deliverable") -> str:
    """Return `<client>-<project>-journey.pptx` (`-workshop.pptx` for the workshop) as a safe, readable file name."""
    parts = [
        slug(journey.project.client),
        slug(journey.project.project),
        "workshop" if kind == "workshop" else "journey",
    ]
    return "-".join(p for p in parts if p) + ".pptx"


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
