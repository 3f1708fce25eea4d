"""A large workbook: every text reaches the PDF, nothing leaves the slide or overlaps, the package is valid."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

from cjmdeck import findings
from cjmdeck.deck.deliverable import render_deck
from cjmdeck.model import Journey
from tests.deckutil import check_package, every_text, found_in_order, large_journey, normalise, overlaps


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Journey]:
    journey = large_journey()
    out = tmp_path_factory.mktemp("large") / "large.pptx"
    render_deck(findings.of(journey), out, lang="pl", workbook_name="duży.xlsx")
    return out, journey


def test_large_deck_is_valid(large: tuple[Path, Journey]) -> None:
    out, _ = large
    problems = check_package()(out)
    assert not problems, "\n".join(map(str, problems[:20]))


def test_large_deck_geometry(large: tuple[Path, Journey]) -> None:
    out, _ = large
    prs = Presentation(str(out))
    for n, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (n, shape.name)
            assert shape.left + shape.width <= prs.slide_width, (n, shape.name)
            assert shape.top + shape.height <= prs.slide_height, (n, shape.name)
        assert not overlaps(slide), (n, overlaps(slide))


def test_large_deck_edits_the_body_to_forty_slides(large: tuple[Path, Journey]) -> None:
    out, journey = large
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in Presentation(str(out)).slides]
    body = titles[: titles.index("Załącznik")]
    assert len(body) <= 40
    for persona in journey.personas:  # every stage of each persona on one map slide
        assert len([t for t in body if f"({persona.name})" in t]) == 1, persona.name  # its map's title


def test_large_deck_paginates_with_counters(large: tuple[Path, Journey]) -> None:
    out, _journey = large
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides if s.shapes.title is not None]
    plan = [t for t in titles if t.startswith("Plan działań")]
    assert len(plan) > 1 and plan[0].endswith(f"(1/{len(plan)})") and plan[-1].endswith(f"({len(plan)}/{len(plan)})")


def test_large_plan_shows_its_top_and_keeps_the_rest_in_the_appendix(large: tuple[Path, Journey]) -> None:
    out, _ = large
    slides = list(Presentation(str(out)).slides)
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in slides]
    body = [t for t in titles if t.startswith("Plan działań")]
    assert 1 <= len(body) <= 2
    divider = titles.index("Załącznik")
    assert titles[divider - 1] == "Dziękujemy"
    ranks = []
    for slide, title in zip(slides, titles, strict=True):
        if title.startswith("Pełny plan działań"):
            (table,) = [s.table for s in slide.shapes if s.has_table]
            ranks += [int(table.cell(r, 0).text) for r in range(1, len(table.rows))]
    assert ranks == list(range(1, 211))
    assert titles.index(next(t for t in titles if t.startswith("Pełny plan"))) > divider


def test_large_deck_titles_are_never_cut(large: tuple[Path, Journey]) -> None:
    out, _ = large
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides if s.shapes.title is not None]
    assert not [t for t in titles if t.endswith("…")]


def test_large_deck_text_reaches_pdf(large: tuple[Path, Journey], tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot convert the deck to PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out, journey = large
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = tmp_path / "large.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    tokens = normalise(text).split(" ")
    positions: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        positions.setdefault(token, []).append(i)
    wanted = every_text(journey)
    assert len(wanted) > 1500  # distinct texts
    missing = [w for w in wanted if not found_in_order(normalise(w).split(" "), tokens, positions)]
    assert not missing, f"{len(missing)} texts not in the PDF, e.g. {missing[:5]}"
