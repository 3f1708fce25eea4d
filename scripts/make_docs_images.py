"""Regenerate the README's pictures: slides of the Spanish sample (default and dark template), a report page.

Run from the repository root with LibreOffice and poppler-utils installed:
python scripts/make_docs_images.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pptx import Presentation

from cjmdeck import findings
from cjmdeck.check import load_journey
from cjmdeck.deck.deliverable import render_deck
from cjmdeck.pdf import convert_to_pdf
from cjmdeck.report import render_report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the test gallery's dark template

from tests.gallery import GALLERY  # noqa: E402

SAMPLE = ROOT / "samples" / "fashion-store-es.xlsx"
PICTURES = {  # picture name: (template in the gallery, the start of the slide's title)
    "journey-map.png": ("default", "Fidelización: el punto más bajo"),
    "journey-map-dark.png": ("dark", "Fidelización: el punto más bajo"),
    "summary.png": ("default", "Resumen ejecutivo"),
    "funnel.png": ("default", "Consideración pierde"),
}
DPI = 72
REPORT_SAMPLE = ROOT / "samples" / "home-furniture-en.xlsx"
REPORT_PAGE = "Journeys by stage"  # the heading on the report page the README shows


def render(template: str, title: str, out: Path, work: Path) -> bool:
    """Write the slide of the sample titled `title`, built on gallery template `template`, to `out` as PNG."""
    journey, _ = load_journey(SAMPLE)
    deck = work / f"{template}.pptx"
    if not deck.exists():
        path = GALLERY[template](work / f"{template}-template.pptx")
        render_deck(findings.of(journey), deck, template=path, lang="es", workbook_name=SAMPLE.name)
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in Presentation(str(deck)).slides]
    matches = [n for n, t in enumerate(titles, start=1) if t.startswith(title)]
    if not matches:
        return False
    pdf = work / f"{template}.pdf"
    if not pdf.exists():
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(deck)],
            check=True,
            capture_output=True,
        )
    page = str(matches[0])
    stem = work / out.stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", page, "-l", page, "-singlefile", str(pdf), str(stem)], check=True
    )
    shutil.copy(f"{stem}.png", out)
    return True


def report_page(out: Path, work: Path) -> bool:
    """Write the English sample report's first journey page (the heading REPORT_PAGE) to `out` as PNG."""
    journey, _ = load_journey(REPORT_SAMPLE)
    report = work / "report.docx"
    render_report(findings.of(journey), report, lang="en", workbook_name=REPORT_SAMPLE.name)
    pdf = convert_to_pdf(report, work / "report.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = [n for n, page in enumerate(text.split("\f"), start=1) if REPORT_PAGE in page and "Contents" not in page]
    if not pages:
        return False
    page, stem = str(pages[0]), work / out.stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", page, "-l", page, "-singlefile", str(pdf), str(stem)], check=True
    )
    shutil.copy(f"{stem}.png", out)
    return True


def main() -> None:
    """Write every picture of PICTURES, and the report page, into docs/."""
    with tempfile.TemporaryDirectory() as folder:
        for name, (template, title) in PICTURES.items():
            if render(template, title, ROOT / "docs" / name, Path(folder)):
                print(f"docs/{name}")
        if report_page(ROOT / "docs" / "report-journey.png", Path(folder)):
            print("docs/report-journey.png")


if __name__ == "__main__":
    main()
