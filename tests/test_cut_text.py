"""Text cut to fit a slide is kept whole in the deck: in the appendix, or in the speaker notes of the slide."""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from pptx import Presentation

from cjmdeck.cli import main
from cjmdeck.deck import fit

WORDS = ("customers", "compare", "delivery", "options", "before", "they", "decide,", "and", "many", "leave", "when")


def words(length: int, mark: str) -> str:
    """Return about `length` characters of real words, each numbered after `mark` so that no word repeats."""
    out, size = [], 0
    for n in itertools.count():
        word = f"{WORDS[n % len(WORDS)]}{mark}{n}"
        out.append(word)
        size += len(word) + 1
        if size >= length:
            return " ".join(out)
    raise AssertionError  # pragma: no cover


SHORT = words(3_000, "s")
SPACED = words(100_000, "w")
SOLID = "".join(f"{n:05d}" for n in range(20_000))  # 100,000 characters, no space
NAME = "Ana " + words(300, "n")


def fill(path: Path, texts: dict[str, str]) -> Path:
    """Put each text of `texts` in place of its placeholder in every sheet of the workbook at `path`.

    openpyxl cuts a cell to Excel's 32,767 characters; a workbook written by other software may hold more.
    """
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w") as zf:
        for info, data in parts:
            if info.filename.startswith("xl/"):
                for mark, text in texts.items():
                    data = data.replace(mark.encode(), text.encode())
            zf.writestr(info, data)
    return path


def build(path: Path, out: Path, *options: str) -> list[tuple[str, str, str]]:
    """Build `path` into `out` and return each slide's title, texts and notes."""
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--no-docx", *options])
    assert result.exit_code == 0, result.output
    (deck,) = out.glob("*.pptx")
    slides = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title.text if slide.shapes.title is not None else ""
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        texts += [
            cell.text for shape in slide.shapes if shape.has_table for row in shape.table.rows for cell in row.cells
        ]
        notes = slide.notes_slide.notes_text_frame.text
        slides.append((title, "\n".join(texts), notes))
    return slides


def flat(text: str) -> str:
    """Return `text` with its line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())


def where(slides: list[tuple[str, str, str]], text: str) -> list[tuple[str, str]]:
    """Return the titles of the slides that hold `text` whole, and whether on the slide or in its notes."""
    found = [(title, "slide") for title, body, _ in slides if flat(text) in flat(body)]
    return found + [(title, "notes") for title, _, notes in slides if flat(text) in flat(notes)]


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str]]:
    folder = tmp_path_factory.mktemp("cut")
    book = folder / "long.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets: dict[str, list[list[object]]] = {
        "Project": [["Client", "Acme Retail"], ["Project", "Checkout study"], ["Language", "en"]],
        "Personas": [["Name", "Age"], ["Ana", 34], ["Ben", 51]],
        "Stages": [["Stage", "Customer goal"], ["Awareness", "Find options"], ["Purchase", "Buy safely"]],
        "Journey": [
            ["Persona", "Stage", "Emotion", "Pain points"],
            ["", "Awareness", 4, "@SHORT@"],
            ["Ana", "Purchase", 2, "@SOLID@"],
            ["Ben", "Purchase", 3, "@SPACED@"],
        ],
        "Touchpoints": [
            ["Stage", "Touchpoint", "Channel", "Mode", "Obstacle"],
            ["Awareness", "Instagram ad", "Social", "online", "@TABLE@"],
            ["Purchase", "Checkout", "Web", "online", "Slow"],
        ],
        "Actions": [["Action", "Impact", "Feasibility"], ["Show shipping costs early", 5, 4]],
    }
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(book)
    fill(book, {"@SHORT@": SHORT, "@SOLID@": SOLID, "@SPACED@": SPACED, "@TABLE@": SPACED})
    return build(book, folder / "out")


def test_a_long_cell_cut_on_the_body_map_is_whole_in_the_complete_map(deck) -> None:
    (body,) = [body for title, body, _ in deck if title.startswith("Purchase is where Ana")]
    assert "…" in body and flat(SHORT) not in flat(body)
    assert where(deck, SHORT) == [
        ("Complete journey map: Ana (1/2)", "slide"),
        ("Complete journey map: Ben (1/2)", "slide"),
    ]


@pytest.mark.parametrize("text", [SOLID, SPACED], ids=["no spaces", "spaces"])
def test_a_cell_cut_even_in_the_complete_map_is_whole_in_its_notes(deck, text: str) -> None:
    persona = "Ana" if text is SOLID else "Ben"
    (notes,) = [notes for title, _, notes in deck if title == f"Complete journey map: {persona} (2/2)"]
    assert f"\nCut on this slide; full text: Purchase / Pain points: {text}" in notes
    assert set(text.split()) <= set(notes.split())  # every word, whole


def test_a_table_row_taller_than_a_page_is_cut_and_whole_in_its_notes(deck) -> None:
    (slide,) = [(body, notes) for title, body, notes in deck if title.startswith("Stage 1")]  # not in the appendix
    body, notes = slide
    assert "…" in body and flat(SPACED) not in flat(body)
    assert f"Cut on this slide; full text: Instagram ad / Obstacle: {SPACED}" in notes


def test_a_long_name_shortened_in_a_title_is_whole_in_the_notes(make_workbook, tmp_path: Path) -> None:
    book = make_workbook(
        Personas=[["Name", "Age"], [NAME, 34], ["Ben", 51]],
        Journey=[["Persona", "Stage", "Emotion"], ["", "Awareness", 4], [NAME, "Purchase", 2]],
    )
    slides = build(book, tmp_path / "out")
    titled = [(title, notes) for title, _, notes in slides if title.startswith("Persona: Ana")]
    assert titled and all(title.endswith("…") for title, _ in titled)
    assert all(f"Cut on this slide; full text: Persona: {NAME}" in notes for _, notes in titled)


def test_workshop_notes_keep_cut_actions_and_sticky_notes_whole(make_workbook, tmp_path: Path) -> None:
    book = make_workbook(
        Actions=[["Action", "Impact", "Feasibility"], [SHORT, 5, 4]],
        Touchpoints=[["Stage", "Touchpoint", "Channel"], ["Awareness", SHORT, "Social"]],
    )
    slides = build(book, tmp_path / "out", "--kind", "workshop")
    (matrix,) = [notes for title, _, notes in slides if title.startswith("Impact × feasibility")]
    assert f"Cut on this slide; full text: 1. {SHORT}" in matrix
    (stage,) = [(body, notes) for title, body, notes in slides if title.startswith("Stage 1")]
    assert "…" in stage[0] and f"Cut on this slide; full text: {SHORT}" in stage[1]


def test_measuring_is_linear_in_the_text() -> None:
    font = fit.metrics_for("Calibri")
    lines = fit.wrap(SOLID, 200, 9, font)
    assert "".join(lines) == SOLID and all(font.width(line, 9) <= 200 * font.safety for line in lines)
    assert " ".join(fit.wrap(SPACED, 200, 9, font)) == SPACED
    (cut,) = fit.truncate([SOLID], 200, 40, 9, font)
    assert cut.endswith("…") and SOLID.startswith(cut[:-1])  # no space added inside the word


def test_lost_names_what_a_fit_cut_or_left_out() -> None:
    assert fit.lost(["a", "b b", "c", ""], ["a", "b…"]) == ["b b", "c"]
    assert fit.lost(["a"], ["a"]) == []
