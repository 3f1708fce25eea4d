"""Unit tests of tables: column widths, pagination over pages, balancing, and a first page shared with cards."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pptx import Presentation

from cjmdeck import findings
from cjmdeck.deck.deliverable import render_deck
from cjmdeck.deck.fit import metrics_for
from cjmdeck.deck.grid import EMU_PER_PT, Box
from cjmdeck.deck.paginate import TABLE_SIZES, Cell, Row, header_height, paginate
from cjmdeck.deck.tables import Column, column_widths
from cjmdeck.model import Origin, Touchpoint
from tests.deckutil import small_journey

FONT = metrics_for("Calibri")
WIDTHS = [int(200 * EMU_PER_PT), int(400 * EMU_PER_PT)]
HEADERS = ["Name", "Text"]


def _rows(texts: list[str]) -> list[Row]:
    return [Row([Cell(f"Row {i}", bold=True), text]) for i, text in enumerate(texts)]


def _used(page: list[Row]) -> float:
    return sum(row.height for row in page)


def test_widths_follow_weights_and_fill_the_box() -> None:
    box = Box(0, 0, int(600 * EMU_PER_PT), int(300 * EMU_PER_PT))
    widths = column_widths(FONT, box, [Column("A", 1), Column("B", 2)], _rows(["short"]))
    assert sum(widths) == box.width
    assert abs(widths[1] - 2 * widths[0]) <= 2


def test_a_long_word_widens_its_column_from_the_others() -> None:
    box = Box(0, 0, int(600 * EMU_PER_PT), int(300 * EMU_PER_PT))
    columns = [Column("A", 0.3), Column("B", 3)]
    rows = [Row(["Unbreakablewordinaname", "short"])]
    widths = column_widths(FONT, box, columns, rows)
    need = FONT.width("Unbreakablewordinaname", TABLE_SIZES[0]) / FONT.safety * EMU_PER_PT
    assert widths[0] >= need and sum(widths) == box.width


def test_short_table_is_one_page() -> None:
    rows = _rows(["one", "two", "three"])
    pages = paginate(HEADERS, rows, WIDTHS, 400, 400, FONT)
    assert pages == [rows] and all(row.size == TABLE_SIZES[0] for row in rows)


def test_long_table_splits_in_order_and_every_page_fits() -> None:
    rows = _rows([("customers compare delivery options " * (1 + i % 4)).strip() for i in range(60)])
    first, full = 250.0, 400.0
    pages = paginate(HEADERS, rows, WIDTHS, first, full, FONT)
    assert len(pages) > 1
    assert [row for page in pages for row in page] == rows
    header = header_height(HEADERS, WIDTHS, TABLE_SIZES[0], FONT)
    assert _used(pages[0]) <= first - header + 0.01
    for page in pages[1:]:
        assert _used(page) <= full - header + 0.01


def test_pages_are_balanced_not_a_near_empty_last_one() -> None:
    rows = _rows(["customers compare delivery options"] * 31)
    pages = paginate(HEADERS, rows, WIDTHS, 400, 400, FONT)
    sizes = [len(page) for page in pages]
    assert len(sizes) > 1 and max(sizes) - min(sizes) <= 1, sizes


def test_a_very_tall_row_is_set_smaller_before_it_moves_on() -> None:
    rows = _rows(["short", "customers compare delivery options " * 40])
    paginate(HEADERS, rows, WIDTHS, 400, 400, FONT)
    assert rows[0].size == TABLE_SIZES[0] and rows[1].size < TABLE_SIZES[0]


def test_a_row_taller_than_a_page_is_cut_to_the_page() -> None:
    rows = _rows(["customers compare delivery options " * 400])
    pages = paginate(HEADERS, rows, WIDTHS, 400, 400, FONT)
    header = header_height(HEADERS, WIDTHS, TABLE_SIZES[0], FONT)
    assert len(pages) == 1 and rows[0].height <= 400 - header
    assert rows[0].texts[1][-1].endswith("…")


def test_a_first_row_too_tall_for_the_first_page_starts_on_the_second() -> None:
    rows = _rows(["customers compare delivery options " * 30, "short"])
    pages = paginate(HEADERS, rows, WIDTHS, 60, 400, FONT)
    assert pages[0] == [] and [row for page in pages for row in page] == rows
    header = header_height(HEADERS, WIDTHS, TABLE_SIZES[0], FONT)
    for page in pages[1:]:
        assert _used(page) <= 400 - header + 0.01


@pytest.fixture
def long_touchpoint_deck(tmp_path: Path) -> Path:
    journey = small_journey()
    long_one = Touchpoint(
        "Purchase",
        "Checkout",
        channel="Website",
        customer_action="Fills in the delivery form and compares shipping options again " * 22,
        origin=Origin("Touchpoints", 90),
    )
    others = tuple(t for t in journey.touchpoints if t.stage != "Purchase")
    out = tmp_path / "long.pptx"
    render_deck(findings.of(dataclasses.replace(journey, touchpoints=(long_one, *others))), out)
    return out


def test_a_long_touchpoint_never_runs_below_the_stage_slide(long_touchpoint_deck: Path) -> None:
    prs = Presentation(str(long_touchpoint_deck))
    stage = [s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text.startswith("Stage 3")]
    assert stage, "no Purchase stage slide"
    cards = [s for s in stage[0].shapes if s.has_text_frame and s.text_frame.text.startswith("Customer goal")]
    assert cards, "the stage's cards are on its first slide"
    footer_top = min(s.top for s in stage[0].shapes if s.has_text_frame and s.text_frame.text.startswith("Moda Viva"))
    for slide in stage:
        for shape in slide.shapes:
            if shape.has_table:
                assert shape.top + shape.height <= footer_top, slide.shapes.title.text
    tables = [s for slide in stage for s in slide.shapes if s.has_table]
    assert len(stage) == 1 and tables  # taller than a page, the row is cut anyway: under the cards, no slide after
    assert "Fills in the delivery form" in tables[0].table.cell(1, 1).text
    assert tables[0].table.cell(1, 1).text.endswith("…")
    notes = stage[0].notes_slide.notes_text_frame.text
    assert "\nCut on this slide; full text: Checkout / Customer action: Fills in the delivery form" in notes
