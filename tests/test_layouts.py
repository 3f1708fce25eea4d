"""Layouts chosen by role on agency templates: logos and decorations kept clear, localised names understood."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from cjmdeck import findings
from cjmdeck.deck.deliverable import render_deck
from tests.deckutil import small_journey, tiny_journey
from tests.gallery import GERMAN, add_logo, inches, overlaps, template


def build(path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "deck.pptx"
    render_deck(findings.of(small_journey()), out, template=path)
    return out


@pytest.mark.parametrize("logo_on", ["master", "Title Only", "Title and Content"])
def test_no_shape_overlaps_a_logo_of_its_layout_or_master(tmp_path: Path, logo_on: str) -> None:
    deck = build(template(tmp_path / "logo.pptx", logo_on), tmp_path)
    assert not overlaps(deck)


def test_content_slides_take_the_clearest_layout_when_the_named_one_has_a_logo(tmp_path: Path) -> None:
    deck = build(template(tmp_path / "logo.pptx", "Title Only"), tmp_path)
    used = {s.slide_layout.name for s in list(Presentation(str(deck)).slides)[1:-1]}
    assert used and "Title Only" not in used


def test_a_logo_on_every_layout_shrinks_the_content_area_instead(tmp_path: Path) -> None:
    deck = build(template(tmp_path / "logo.pptx", "master"), tmp_path)
    prs = Presentation(str(deck))
    assert {s.slide_layout.name for s in list(prs.slides)[1:-1]} == {"Title Only"}
    assert not overlaps(deck)


def test_localised_layout_names_are_read_from_their_placeholders(tmp_path: Path) -> None:
    deck = build(template(tmp_path / "de.pptx", names=GERMAN), tmp_path)
    slides = list(Presentation(str(deck)).slides)
    assert slides[0].slide_layout.name == "Titelfolie"  # a centred title: the cover
    assert slides[-1].slide_layout.name == "Abschnittsüberschrift"  # title and text, no content: the closing
    assert {s.slide_layout.name for s in slides[1:-1]} <= {"Nur Titel", "Titel und Inhalt"}


def test_bare_journey_on_a_template_without_title_layouts(tmp_path: Path) -> None:
    prs = Presentation()
    for layout in list(prs.slide_layouts):
        if layout.name != "Blank":
            prs.slide_layouts.remove(layout)
    path = tmp_path / "blank.pptx"
    prs.save(str(path))
    out = tmp_path / "deck.pptx"
    render_deck(findings.of(tiny_journey()), out, template=path)
    titles = [s.shapes[0].text_frame.text for s in Presentation(str(out)).slides if s.shapes]
    assert "Scope and objective" in titles


def test_a_header_bar_behind_the_title_and_a_footer_bar_leave_title_and_footer_whole(tmp_path: Path) -> None:
    prs = Presentation()
    width = prs.slide_width / Inches(1)
    add_logo(prs.slide_master, inches(0, 0, width, 1.4))  # a band across the top, behind the title
    add_logo(prs.slide_master, inches(0, 7.1, width, 0.4))  # and one across the bottom, behind the footer
    path = tmp_path / "bars.pptx"
    prs.save(str(path))
    deck = build(path, tmp_path)
    for slide in list(Presentation(str(deck)).slides)[1:-1]:
        assert slide.shapes.title is None or not slide.shapes.title.text.endswith("…")
        assert all(shape.width > 0 and shape.height >= 0 for shape in slide.shapes)
