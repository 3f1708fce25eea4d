"""The sample decks as LibreOffice draws them, on the default and two other templates: nothing runs into the source."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cjmdeck import findings
from cjmdeck.check import load_journey
from cjmdeck.deck.deliverable import render_deck
from tests.gallery import GALLERY

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SOURCE_WORDS = ("Source:", "Fuente:", "Źródło:")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
TOLERANCE = 0.5  # points
ON_TEMPLATES = ("german-4x3-footers", "libreoffice-16x10")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) and pdftotext (poppler-utils) are needed to draw the decks")
    folder = tmp_path_factory.mktemp("rendered")
    decks = []
    for sample in sorted(SAMPLES.glob("*.xlsx")):
        journey, _ = load_journey(sample)
        deck = folder / f"{sample.stem}.pptx"
        render_deck(findings.of(journey), deck, lang=journey.project.language or "en", base_dir=SAMPLES)
        decks.append(deck)
    journey, _ = load_journey(SAMPLES / "fashion-store-es.xlsx")
    for name in ON_TEMPLATES:  # the shorter slides of 4:3 and 16:10 templates
        template = GALLERY[name](folder / f"{name}-template.pptx")
        deck = folder / f"{name}.pptx"
        render_deck(findings.of(journey), deck, template=template, lang="es", base_dir=SAMPLES)
        decks.append(deck)
    profile = (folder / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir"]
    subprocess.run([*command, str(folder), *map(str, decks)], check=True, capture_output=True, timeout=600)
    return [deck.with_suffix(".pdf") for deck in decks]


def pages(pdf: Path) -> list[list[tuple[float, float, str]]]:
    """Return each page's words as (top, bottom, text), in points from the top of the page."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    found = []
    for page in html.split("<page ")[1:]:
        found.append([(float(m[1]), float(m[3]), m[4]) for m in WORD.findall(page)])
    return found


def test_nothing_runs_into_the_source_line(pdfs: list[Path]) -> None:
    problems = []
    for pdf in pdfs:
        for n, words in enumerate(pages(pdf), start=1):
            source = [top for top, _, text in words if text in SOURCE_WORDS]
            if not source:
                continue
            line = max(source)
            above = [(top, bottom, text) for top, bottom, text in words if top < line - 2]
            problems += [f"{pdf.name} page {n}: {text!r}" for _, bottom, text in above if bottom > line + TOLERANCE]
    assert not problems, "\n".join(problems[:20])
