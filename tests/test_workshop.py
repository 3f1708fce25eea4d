"""The workshop deck: its slides in order, timings that add up, the facilitator's notes, movable sticky notes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from cjmdeck import findings
from cjmdeck.cli import main
from cjmdeck.deck.workshop import render_workshop
from cjmdeck.findings.workshop import agenda, dots
from tests.deckutil import check_package, small_journey
from tests.gallery import GALLERY, leftovers, overlaps, small_sizes, unreadable

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
DECK = "acme-retail-checkout-study-workshop.pptx"
BARE = {  # a workbook before the workshop: Project, Stages and Personas only
    "Project": [
        ["Client", "Acme Retail"],
        ["Project", "Checkout study"],
        ["Objective", "Find where checkout loses people"],
    ],
    "Personas": [["Name", "Age", "Goals"], ["Ana", 34, "Buy fast"], ["Ben", "", ""]],
    "Stages": [["Stage", "Description"], ["Awareness", "Finds us"], ["Purchase", "Buys"], ["Loyalty", "Comes back"]],
}


def build(*args: object):
    return CliRunner().invoke(main, ["build", "--kind", "workshop", *map(str, args)])


def titles(deck: Path) -> list[str]:
    return [
        s.shapes.title.text_frame.text if s.shapes.title is not None else "" for s in Presentation(str(deck)).slides
    ]


@pytest.fixture
def bare(make_workbook, tmp_path):
    book = make_workbook(
        **{name: rows for name, rows in BARE.items()}, Journey=None, Touchpoints=None, Questions=None, Actions=None
    )
    result = build(book, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"Wrote {tmp_path / DECK}"
    return tmp_path / DECK


def test_slide_sequence(bare):
    assert titles(bare) == [
        "Checkout study",
        "Agenda: 120 minutes",
        "How we work today",
        "Do these stages match how customers buy?",
        "Who is Ana?",
        "Who is Ben?",
        "Ana: map the journey",
        "Ben: map the journey",
        "Stage 1: Awareness",
        "Stage 2: Purchase",
        "Stage 3: Loyalty",
        "Dot voting: what matters most?",
        "Impact × feasibility: where do the top ideas go?",
        "One quick win and one strategic bet",
        "Thank you",
    ]


@pytest.mark.parametrize("minutes", [120, 90, 45, 37, 240])
def test_timings_add_up(make_workbook, tmp_path, minutes):
    result = build(make_workbook(), "-o", tmp_path, "--minutes", minutes)
    assert result.exit_code == 0, result.output
    slide = next(s for s in Presentation(str(tmp_path / DECK)).slides if s.shapes.title.text.startswith("Agenda"))
    table = next(s.table for s in slide.shapes if s.has_table)
    rows = [[c.text for c in row.cells] for row in table.rows][1:]
    parts, total = rows[:-1], rows[-1]
    assert sum(int(r[2]) for r in parts) == minutes == int(total[2])
    starts = [int(h) * 60 + int(m) for h, m in (r[0].split(":") for r in parts)]
    assert starts[0] == 0 and all(b - a == int(r[2]) for a, b, r in zip(starts, starts[1:], parts, strict=False))
    assert sum(item.minutes for item in agenda(minutes)) == minutes


def test_minutes_out_of_range_is_a_bad_option(make_workbook, tmp_path):
    result = build(make_workbook(), "-o", tmp_path, "--minutes", 10)
    assert result.exit_code == 2
    assert "Invalid value for '--minutes'" in result.output


def test_every_slide_has_the_facilitators_script(bare):
    for n, slide in enumerate(Presentation(str(bare)).slides, start=1):
        notes = slide.notes_slide.notes_text_frame.text
        assert len(notes.split()) > 12, (n, notes)
    canvas = next(s for s in Presentation(str(bare)).slides if s.shapes.title.text == "Ana: map the journey")
    notes = canvas.notes_slide.notes_text_frame.text
    assert "min." in notes
    assert "Goes to: Journey › Pain points" in notes and "Goes to: Touchpoints › Touchpoint, Channel" in notes


def test_sticky_notes_are_movable_shapes_with_editable_text(bare):
    prs = Presentation(str(bare))
    notes = [s for slide in prs.slides for s in slide.shapes if s.name.startswith("Sticky note")]
    assert len(notes) >= 5 + 3 + 12  # the legend, the stages, the typical touchpoints
    for note in notes:
        assert note.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and note.has_text_frame and note.text_frame.text
        assert note._element.find(f".//{qn('a:spLocks')}") is None  # never locked
    legend = next(s for s in prs.slides if s.shapes.title.text == "How we work today")
    kinds = [s.text_frame.text for s in legend.shapes if s.name.startswith("Sticky note")]
    assert kinds == ["Stage", "Customer action", "Touchpoint", "Pain point", "Opportunity or idea"]
    stages = next(s for s in prs.slides if s.shapes.title.text.startswith("Do these stages"))
    assert [s.text_frame.text for s in stages.shapes if s.name == "Sticky note: stage"] == [
        "Awareness",
        "Purchase",
        "Loyalty",
    ]


def test_canvas_names_lanes_prompts_and_workbook_columns(bare):
    slide = next(s for s in Presentation(str(bare)).slides if s.shapes.title.text == "Ben: map the journey")
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    for lane in ("Customer goal", "Customer actions", "Touchpoints", "Thoughts and feelings", "Pain points"):
        assert any(t.startswith(lane) for t in texts), lane
    assert any("Where does it hurt?" in t and "→ Journey › Pain points" in t for t in texts)
    assert texts.count("1   2   3   4   5") == 3  # an emotion scale per stage
    cells = [s for s in slide.shapes if s.name == "Canvas cell"]
    assert len(cells) == 3 * 6 and all(c._element.find(f".//{qn('a:spLocks')}").get("noMove") == "1" for c in cells)


def test_persona_card_asks_for_the_gaps(bare):
    slide = next(s for s in Presentation(str(bare)).slides if s.shapes.title.text == "Who is Ben?")
    text = "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert "How old is Ben?" in text and "What is Ben trying to achieve?" in text
    ana = next(s for s in Presentation(str(bare)).slides if s.shapes.title.text == "Who is Ana?")
    text = "\n".join(s.text_frame.text for s in ana.shapes if s.has_text_frame)
    assert "Age: 34" in text and "How old is Ana?" not in text


def test_stage_slides_use_workbook_or_default_material(make_workbook, tmp_path):
    result = build(make_workbook(), "-o", tmp_path)
    assert result.exit_code == 0, result.output
    prs = Presentation(str(tmp_path / DECK))
    awareness = next(s for s in prs.slides if s.shapes.title.text == "Stage 1: Awareness")
    text = "\n".join(s.text_frame.text for s in awareness.shapes if s.has_text_frame)
    assert "How do customers find us?" in text  # the workbook's question
    assert "How did you first hear of us?" in text  # a question to ask customers
    assert [s.text_frame.text for s in awareness.shapes if s.name == "Sticky note: touchpoint"] == ["Instagram ad"]
    assert "Touchpoints we know: confirm or strike out" in text
    matrix = next(s for s in prs.slides if s.shapes.title.text.startswith("Impact"))
    assert [s.text_frame.text for s in matrix.shapes if s.name == "Sticky note: opportunity"] == ["1"]
    key = [s.text_frame.text for s in matrix.shapes if s.has_text_frame]
    assert "1. Show shipping costs early" in key  # the note's number, and the action in full beside the matrix
    assert "How do customers find us? — Instagram, mostly" in text  # what the data already says
    voting = next(s for s in prs.slides if s.shapes.title.text.startswith("Dot voting"))
    assert f"Each of you has {dots(1)} dots" in "\n".join(s.text_frame.text for s in voting.shapes if s.has_text_frame)


def test_workshop_in_spanish_and_polish(make_workbook, tmp_path):
    for lang, title in (("es", "Agenda: 120 minutos"), ("pl", "Agenda: 120 minut")):
        result = build(make_workbook(), "-o", tmp_path, "--lang", lang)
        assert result.exit_code == 0, result.output
        assert title in titles(tmp_path / DECK)


def test_persona_option(make_workbook, tmp_path):
    result = build(make_workbook(), "-o", tmp_path, "--persona", "Ana")
    assert result.exit_code == 0, result.output
    assert "Who is Ben?" not in titles(tmp_path / DECK) and "Who is Ana?" in titles(tmp_path / DECK)


def test_workshop_is_a_valid_package(bare):
    problems = check_package()(bare)
    assert not problems, "\n".join(map(str, problems[:10]))


@pytest.mark.parametrize("name", ["fashion-store-es.xlsx", "home-furniture-en.xlsx", "drugstore-pl.xlsx"])
def test_samples_build_a_workshop(tmp_path, name):
    result = build(SAMPLES / name, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (deck,) = tmp_path.glob("*-workshop.pptx")
    assert not check_package()(deck)
    cut = [
        s.text_frame.text
        for slide in Presentation(str(deck)).slides
        for s in slide.shapes
        if s.has_text_frame and "…" in s.text_frame.text
    ]
    assert not cut  # every prompt, workbook column and note whole


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_workshop(bare, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = build(bare.parent / "book.xlsx", "-o", tmp_path / "pdf", "--pdf")
    assert result.exit_code == 0, result.output
    (pdf,) = (tmp_path / "pdf").glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Ana: map the journey" in text and "Where does it hurt?" in text and "Loyalty" in text
    assert len(re.findall("\f", text)) == 15


@pytest.fixture(scope="module", params=list(GALLERY))
def gallery_deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(f"workshop-{request.param}")
    template = GALLERY[request.param](folder / "template.pptx")
    out = folder / "workshop.pptx"
    render_workshop(findings.of(small_journey()), out, template=template, workbook_name="moda.xlsx")
    return out


def test_workshop_on_every_gallery_template(gallery_deck: Path) -> None:
    assert not check_package()(gallery_deck)
    assert not unreadable(gallery_deck)
    assert not overlaps(gallery_deck)  # clear of the template's logos and shapes
    assert not small_sizes(gallery_deck)
    assert not leftovers(gallery_deck)
