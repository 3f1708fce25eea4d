"""Every agency template of the gallery: the deck is valid, readable, clear of logos, whole and never below 9 pt."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from cjmdeck import findings
from cjmdeck.check import load_journey
from cjmdeck.deck.colours import fill_colour, theme_colours
from cjmdeck.deck.deliverable import render_deck
from cjmdeck.model import JourneyRow, Persona
from cjmdeck.palette import PROGRESS_TINT, contrast, dark_shade
from tests.deckutil import check_package, small_journey
from tests.gallery import GALLERY, THEMES, leftovers, overlaps, small_sizes, titles, unreadable


@pytest.fixture(scope="module", params=list(GALLERY))
def deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(request.param)
    template = GALLERY[request.param](folder / "template.pptx")
    journey = small_journey()
    more = tuple(Persona(name, goals=("Fast delivery",)) for name in ("Zoe", "Yan"))  # four curves: the table
    rows = tuple(JourneyRow(s.name, p.name, emotion=1 + k % 5) for p in more for k, s in enumerate(journey.stages))
    journey = dataclasses.replace(journey, personas=(*journey.personas, *more), rows=journey.rows + rows)
    out = folder / "deck.pptx"
    render_deck(findings.of(journey), out, template=template, workbook_name="moda.xlsx")
    return out


def test_the_deck_is_a_valid_package(deck: Path) -> None:
    problems = check_package()(deck)
    assert not problems, "\n".join(map(str, problems[:10]))


def test_every_text_is_readable(deck: Path) -> None:
    problems = unreadable(deck)
    assert not problems, "\n".join(problems[:20])


def test_nothing_overlaps_a_logo_or_shape_of_the_layout_or_master(deck: Path) -> None:
    assert not overlaps(deck)


def test_no_title_is_cut_and_every_slide_has_one(deck: Path) -> None:
    found = titles(deck)
    assert all(found), found
    assert not [t for t in found if t.endswith("…")]


def test_nothing_below_nine_points(deck: Path) -> None:
    assert not small_sizes(deck)


def test_no_text_of_the_template_is_left(deck: Path) -> None:
    assert not leftovers(deck)


def test_content_slides_take_the_clean_master_of_a_two_master_template(tmp_path: Path) -> None:
    template = GALLERY["two-masters"](tmp_path / "two.pptx")
    out = tmp_path / "deck.pptx"
    render_deck(findings.of(small_journey()), out, template=template)
    prs = Presentation(str(out))
    second = prs.slide_masters[1]
    assert all(slide.slide_layout.slide_master == second for slide in list(prs.slides)[1:-1])


@pytest.mark.parametrize(
    ("name", "ground"),
    [("filled-title-bar", "1F3864"), ("dark-panel-layouts", "1F2937"), ("picture-background", "122040")],
)
def test_titles_on_a_filled_bar_a_panel_or_a_picture_are_set_light(tmp_path: Path, name: str, ground: str) -> None:
    template = GALLERY[name](tmp_path / "template.pptx")
    out = tmp_path / "deck.pptx"
    render_deck(findings.of(small_journey()), out, template=template)
    colours = theme_colours(Presentation(str(out)))
    for slide in Presentation(str(out)).slides:
        if slide.shapes.title is None:
            continue
        for run in slide.shapes.title.text_frame.paragraphs[0].runs:
            colour = fill_colour(colours, run._r.find(qn("a:rPr")))
            assert colour is not None and contrast(colour, ground) >= 4.5, (slide.shapes.title.text, colour)


def test_tinted_cells_are_darkened_on_a_dark_slide(tmp_path: Path) -> None:
    journey, _ = load_journey(Path(__file__).resolve().parents[1] / "samples" / "home-furniture-en.xlsx")
    fills: dict[str, set[str]] = {}
    for name in ("default", "dark"):
        template = GALLERY[name](tmp_path / f"{name}.pptx")
        out = tmp_path / f"{name}-deck.pptx"
        render_deck(findings.of(journey), out, template=template)
        prs = Presentation(str(out))
        (slide,) = [s for s in prs.slides if s.shapes.title is not None and "KPIs moved" in s.shapes.title.text]
        (table,) = [shape.table for shape in slide.shapes if shape.has_table]
        change = [c.text for c in table.rows[0].cells].index("Change")
        cells = [row.cells[change]._tc for row in list(table.rows)[1:]]
        fills[name] = {fill_colour(theme_colours(prs), tc.find(qn("a:tcPr"))) or "" for tc in cells}
    assert fills["default"] == {PROGRESS_TINT["better"], PROGRESS_TINT["worse"]}  # pale, on a light slide
    ground = THEMES["dark"][0]["dk1"]  # the dark theme's background
    assert fills["dark"] == {dark_shade(PROGRESS_TINT[k], ground) for k in ("better", "worse")}
    assert all(contrast(colour, "FFFFFF") >= 4.5 for colour in fills["dark"])  # dark enough for white text
