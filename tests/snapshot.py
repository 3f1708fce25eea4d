"""Deck contents as plain data (slide titles, texts, table cells, chart series), to compare decks across changes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pptx import Presentation

from cjmdeck import findings
from cjmdeck.check import load_journey
from cjmdeck.deck.deliverable import render_deck
from tests.deckutil import large_journey

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
DECKS = ("fashion-store-es", "home-furniture-en", "drugstore-pl", "large-pl")


def _texts(shapes: Any) -> list[Any]:
    """Return the texts of `shapes` in order: text frames as strings, tables as rows of cells, groups nested."""
    out: list[Any] = []
    for shape in shapes:
        if shape.shape_type is not None and shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
            out.append(_texts(shape.shapes))
        elif shape.has_table:
            out.append([[cell.text for cell in row.cells] for row in shape.table.rows])
        elif getattr(shape, "has_chart", False) and shape.has_chart:
            chart = shape.chart
            out.append(
                {
                    "categories": [str(c) for c in chart.plots[0].categories],
                    "series": [[s.name, list(s.values)] for plot in chart.plots for s in plot.series],
                }
            )
        elif shape.has_text_frame and shape.text_frame.text:
            out.append(shape.text_frame.text)
    return out


def contents(path: Path) -> list[dict[str, Any]]:
    """Return every slide of the deck at `path` as its title, shape contents and speaker notes."""
    slides = []
    for slide in Presentation(str(path)).slides:
        title = slide.shapes.title.text if slide.shapes.title is not None else ""
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        slides.append({"title": title, "shapes": _texts(slide.shapes), "notes": notes})
    return slides


def build(name: str, out: Path) -> Path:
    """Build the deck of sample `name` (or the large journey of the tests) into the folder `out`."""
    target = out / f"{name}.pptx"
    if name == "large-pl":
        render_deck(findings.of(large_journey()), target, lang="pl", workbook_name="duży.xlsx")
    else:
        journey, _ = load_journey(SAMPLES / f"{name}.xlsx")
        render_deck(findings.of(journey), target, lang=journey.project.language or "en", workbook_name=f"{name}.xlsx")
    return target


def main() -> None:
    """Write the snapshot of every deck in DECKS (run from the repository root: python -m tests.snapshot)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for name in DECKS:
            data = contents(build(name, Path(folder)))
            text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            (SNAPSHOTS / f"{name}.json").write_text(text, encoding="utf-8")
            print(f"{name}: {len(data)} slides")


if __name__ == "__main__":
    main()
