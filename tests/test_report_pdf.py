"""The report through LibreOffice: the samples and a large workbook convert, every text reaches the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from cjmdeck import findings
from cjmdeck.cli import main
from cjmdeck.model import Journey
from cjmdeck.pdf import convert_to_pdf
from cjmdeck.report import render_report
from tests.deckutil import check_package, every_text, found_in_order, large_journey, normalise

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def pdf_text(pdf: Path, layout: bool = False) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    args = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture(autouse=True)
def _libreoffice() -> None:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot convert the report to PDF")


@pytest.mark.parametrize(
    ("name", "contents", "first"),
    [
        ("home-furniture-en.xlsx", "Contents", "1 Executive summary"),
        ("fashion-store-es.xlsx", "Índice", "1 Resumen ejecutivo"),
        ("drugstore-pl.xlsx", "Spis treści", "1 Podsumowanie"),
    ],
)
def test_sample_reports_convert_with_a_filled_contents(tmp_path, name, contents, first):
    result = CliRunner().invoke(main, ["build", str(SAMPLES / name), "-o", str(tmp_path), "--no-pptx", "--pdf"])
    assert result.exit_code == 0, result.output
    (report,) = tmp_path.glob("*.docx")
    (pdf,) = tmp_path.glob("*-report.pdf")
    assert not check_package()(report)
    text = pdf_text(pdf, layout=True)
    assert contents in text
    entry = next(line for line in text.splitlines() if line.strip().startswith(first))
    assert re.search(r"\.{3,}\s*\d+\s*$", entry), entry  # the entry's page number, after its dot leader
    pages = text.split("\f")
    summary = [page for page in pages if first in page and contents not in page]
    assert len(summary) == 1 and "1.1 " in summary[0]  # the summary and the map in figures fit on one page


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Journey]:
    journey = large_journey()
    out = tmp_path_factory.mktemp("large-report") / "large.docx"
    render_report(findings.of(journey), out, lang="pl", workbook_name="duży.xlsx")
    return out, convert_to_pdf(out, out.with_suffix(".pdf")), journey


def test_large_report_is_valid(large: tuple[Path, Path, Journey]) -> None:
    report, _, _ = large
    problems = check_package()(report)
    assert not problems, "\n".join(map(str, problems[:20]))


def test_large_report_text_reaches_pdf(large: tuple[Path, Path, Journey]) -> None:
    _, pdf, journey = large
    tokens = normalise(pdf_text(pdf)).split(" ")
    positions: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        positions.setdefault(token, []).append(i)
    wanted = every_text(journey)
    assert len(wanted) > 1500
    missing = [w for w in wanted if not found_in_order(normalise(w).split(" "), tokens, positions)]
    assert not missing, f"{len(missing)} texts not in the PDF, e.g. {missing[:5]}"
