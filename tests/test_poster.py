"""`cjmdeck build --poster`: each persona's journey map on one large page, as a PowerPoint slide and a PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from cjmdeck import findings
from cjmdeck.check import load_journey
from cjmdeck.cli import main
from cjmdeck.deck.deliverable.poster import render_poster
from cjmdeck.deck.fit import metrics_for, text_height
from cjmdeck.deck.grid import points
from cjmdeck.deck.paginate import CELL_X, CELL_Y
from cjmdeck.deck.template import theme_fonts
from cjmdeck.model import Journey, Persona, Project
from cjmdeck.names import poster_name, slug
from cjmdeck.posters import PAPERS
from tests.deckutil import check_package, found_in_order, large_journey, normalise

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EMU_PER_MM = 36000
PDF_PAGES = {"A3": "1190.55 x 841.89", "A1": "2383.94 x 1683.78"}  # points, as pdfinfo prints them
FLOORS = {"A3": 14, "A1": 28}  # the readable body size when printed


def run(*args: object):
    return CliRunner().invoke(main, ["build", *map(str, args)])


def needs_pdf_tools() -> None:
    for tool in ("pdfinfo", "pdftotext"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} (poppler-utils) is not installed")
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: the posters' PDFs cannot be made")


def poster_files(folder: Path, stem: str) -> list[Path]:
    return sorted(folder.glob(f"{stem}-poster-*.pptx"))


@pytest.fixture(scope="module")
def a3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the folder of the A3 posters of the three samples, posters only."""
    needs_pdf_tools()
    out = tmp_path_factory.mktemp("posters")
    result = run(*sorted(SAMPLES.glob("*.xlsx")), "-o", out, "--poster", "--no-pptx", "--no-docx")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def a1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the A1 poster of one persona of the English sample."""
    needs_pdf_tools()
    out = tmp_path_factory.mktemp("a1")
    book = SAMPLES / "home-furniture-en.xlsx"
    result = run(book, "-o", out, "--poster-size", "A1", "--persona", "Margaret Hughes", "--no-pptx", "--no-docx")
    assert result.exit_code == 0, result.output
    [poster] = out.glob("*-poster-*.pptx")
    return poster


def sample_posters(folder: Path) -> list[tuple[Path, Journey, Persona]]:
    """Return every poster of the samples with its journey and persona."""
    found = []
    for sample in sorted(SAMPLES.glob("*.xlsx")):
        journey, _ = load_journey(sample)
        for persona in journey.personas:
            found.append((folder / poster_name(journey, persona.name), journey, persona))
    return found


def pdf_text(pdf: Path) -> str:
    """Return the text of `pdf` laid out as on the page: a table's cells side by side, each line's words in order."""
    command = ["pdftotext", "-layout", str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def words(text: str) -> list[str]:
    """Return the words of `text` as the PDF's are compared: no quotation marks (thoughts are quoted) or hyphens.

    A cell's line may break after the hyphen of a compound word: its halves are words of their own.
    """
    return normalise(re.sub(r"[„”“\"«»]", "", text).replace("-", " ")).split(" ")


def pdf_page_size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"Page size:\s+([\d.]+ x [\d.]+) pts", info)
    assert found is not None, info
    return found.group(1)


def slide_text(slide: object) -> str:
    """Return every text of `slide`: text boxes, groups' shapes and table cells."""
    texts = []
    for shape in shapes_of(slide):
        if shape.has_table:
            texts += [cell.text for row in shape.table.rows for cell in row.cells]
        elif shape.has_text_frame:
            texts.append(shape.text_frame.text)
    return "\n".join(texts)


def shapes_of(slide: object) -> list[object]:
    """Return the shapes of `slide`, those inside groups too."""
    found, todo = [], list(slide.shapes)
    while todo:
        shape = todo.pop(0)
        found.append(shape)
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            todo += list(shape.shapes)
    return found


def lane_texts(journey: Journey, persona: Persona) -> list[str]:
    """Return every text of `persona`'s map lanes: each item and what the customer says, at every stage."""
    journey_map = findings.persona_journey(journey, persona)
    texts = [item for lane in journey_map.lanes for cell in lane.cells for item in cell]
    texts += [said for lane in journey_map.lanes for cell in lane.said for said in cell]
    return list(dict.fromkeys(texts))


def sizes(slide: object) -> list[float]:
    """Return the size of every run of `slide`, in points."""
    found = []
    for shape in shapes_of(slide):
        frames = []
        if shape.has_table:
            frames = [cell.text_frame for row in shape.table.rows for cell in row.cells]
        elif shape.has_text_frame:
            frames = [shape.text_frame]
        found += [r.font.size.pt for f in frames for p in f.paragraphs for r in p.runs if r.text.strip()]
    return found


def overflows(path: Path) -> list[str]:
    """Return the text boxes and table cells of the poster at `path` whose text, measured, exceeds their box."""
    prs = Presentation(str(path))
    font = metrics_for(theme_fonts(prs)[1])
    slide = prs.slides[0]
    problems = []
    for shape in shapes_of(slide):
        if shape.has_table:
            table = shape.table
            for row in table.rows:
                for column, cell in zip(table.columns, row.cells, strict=True):
                    runs = [r for p in cell.text_frame.paragraphs for r in p.runs]
                    if not runs:
                        continue
                    lines = [p.text for p in cell.text_frame.paragraphs]
                    size, bold = runs[0].font.size.pt, bool(runs[0].font.bold)
                    need = text_height(lines, points(column.width) - 2 * CELL_X, size, font, bold) + 2 * CELL_Y
                    if need > points(row.height) + 0.5:
                        problems.append(f"cell {cell.text[:40]!r}: {need:.1f} > {points(row.height):.1f} pt")
        elif shape.has_text_frame and shape.text_frame.text.strip():
            frame = shape.text_frame
            runs = [r for p in frame.paragraphs for r in p.runs]
            size, bold = max(r.font.size.pt for r in runs), any(r.font.bold for r in runs)
            width = points(shape.width - (frame.margin_left or 0) - (frame.margin_right or 0))
            height = points(shape.height - (frame.margin_top or 0) - (frame.margin_bottom or 0))
            lines = [p.text for p in frame.paragraphs]
            if frame.word_wrap is False:
                need = max(font.width(line, size, bold) for line in lines)
                if need > width + 0.5:
                    problems.append(f"{shape.name} {frame.text[:40]!r}: {need:.1f} pt wide > {width:.1f}")
            elif text_height(lines, width, size, font, bold) > height + 0.5:
                problems.append(f"{shape.name} {frame.text[:40]!r}: taller than its {height:.1f} pt")
        if shape.left < 0 or shape.top < 0 or shape.left + shape.width > prs.slide_width:
            problems.append(f"{shape.name} leaves the page")
        if shape.top + shape.height > prs.slide_height:
            problems.append(f"{shape.name} leaves the page")
    return problems


def test_one_a3_poster_and_pdf_per_persona_named_by_persona(a3: Path) -> None:
    for sample in sorted(SAMPLES.glob("*.xlsx")):
        journey, _ = load_journey(sample)
        stem = f"{slug(journey.project.client)}-{slug(journey.project.project)}"
        expected = [f"{stem}-poster-{slug(p.name)}.pptx" for p in journey.personas]
        assert sorted(p.name for p in poster_files(a3, stem)) == sorted(expected)
    assert len(list(a3.glob("*.pdf"))) == len(list(a3.glob("*.pptx"))) == 7
    assert not list(a3.glob("*-journey.*"))  # --no-pptx --no-docx: posters only


def test_page_is_a3_landscape_by_default(a3: Path) -> None:
    for path, _, _ in sample_posters(a3):
        prs = Presentation(str(path))
        assert (prs.slide_width, prs.slide_height) == (420 * EMU_PER_MM, 297 * EMU_PER_MM)
        assert len(prs.slides) == 1
        assert pdf_page_size(path.with_suffix(".pdf")) == PDF_PAGES["A3"]


def test_poster_size_a1(a1: Path) -> None:
    prs = Presentation(str(a1))
    assert (prs.slide_width, prs.slide_height) == (841 * EMU_PER_MM, 594 * EMU_PER_MM)
    assert pdf_page_size(a1.with_suffix(".pdf")) == PDF_PAGES["A1"]
    assert a1.name.endswith("-poster-margaret-hughes.pptx")


def test_every_stage_and_lane_text_is_on_the_slide_and_in_the_pdf(a3: Path) -> None:
    for path, journey, persona in sample_posters(a3):
        shown = normalise(slide_text(Presentation(str(path)).slides[0]))
        tokens = words(pdf_text(path.with_suffix(".pdf")))
        positions: dict[str, list[int]] = {}
        for i, token in enumerate(tokens):
            positions.setdefault(token, []).append(i)
        wanted = [stage.name for stage in journey.stages] + lane_texts(journey, persona) + [persona.name]
        assert len(wanted) > 40
        missing = [text for text in wanted if normalise(text) not in shown]
        assert not missing, f"{path.name}: not on the slide: {missing[:5]}"
        missing = [text for text in wanted if not found_in_order(words(text), tokens, positions, gap=40)]
        assert not missing, f"{path.name}: not in the PDF: {missing[:5]}"


def test_title_is_the_maps_action_title_and_footer_names_client_project_and_workbook(a3: Path) -> None:
    path = a3 / "hearthwood-home-online-furniture-service-blueprint-poster-emma-collins.pptx"
    text = slide_text(Presentation(str(path)).slides[0])
    assert "Purchase decision is where Emma Collins's journey drops lowest: emotion\u00a01/5" in text
    assert "Hearthwood Home · Online furniture service blueprint" in text
    assert "Source: home-furniture-en.xlsx" in text
    assert "Age: 34 · Primary school teacher · Leeds, UK" in text
    assert "Backstage" in text and "Support processes" in text  # a service blueprint's lanes


def test_emotion_curve_is_a_group_of_shapes(a3: Path) -> None:
    for path, journey, persona in sample_posters(a3):
        slide = Presentation(str(path)).slides[0]
        groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
        assert [g.name for g in groups] == ["Emotion curve"]
        kinds = [s.shape_type for s in groups[0].shapes]
        scored = [s for s in journey.stages if journey.emotion(persona.name, s.name) is not None]
        assert kinds.count(MSO_SHAPE_TYPE.AUTO_SHAPE) == len(scored)  # a numbered marker per scored stage
        assert MSO_SHAPE_TYPE.PICTURE not in [s.shape_type for s in shapes_of(slide)]


def test_no_text_overflows_and_text_is_print_sized(a3: Path, a1: Path) -> None:
    for path, paper in [*((p, "A3") for p, _, _ in sample_posters(a3)), (a1, "A1")]:
        assert not overflows(path), f"{path.name}: {overflows(path)}"
        found = sizes(Presentation(str(path)).slides[0])
        assert min(found) >= FLOORS[paper], f"{path.name}: text at {min(found)} pt on {paper}"
        assert max(found) >= 2 * FLOORS[paper]  # the title, much larger than the body


def test_posters_are_valid_ooxml(a3: Path, a1: Path) -> None:
    check = check_package()
    for path in [*(p for p, _, _ in sample_posters(a3)), a1]:
        problems = check(path)
        assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("size", ["A5", ""])
def test_a_bad_poster_size_is_a_usage_error(make_workbook, tmp_path: Path, size: str) -> None:
    out = tmp_path / "out"
    result = run(make_workbook(), "-o", out, "--poster-size", size)
    assert result.exit_code == 2
    message = f"Invalid value for '--poster-size': unknown paper size {size!r}; use one of: A3, A2, A1, A0"
    assert message in result.output
    assert not out.exists()


def test_without_libreoffice_the_posters_are_written_and_one_line_says_there_is_no_pdf(
    make_workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cjmdeck.posters.soffice", lambda: None)
    out = tmp_path / "out"
    result = run(make_workbook(), "-o", out, "--poster", "--no-docx")
    assert result.exit_code == 1
    poster = out / "acme-retail-checkout-study-poster-ana.pptx"
    message = f"Error: {poster}: written with 1 more poster(s), but no PDF: LibreOffice ('soffice') is not on PATH"
    assert result.output.startswith(message) and result.output.count("\n") == 1, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "acme-retail-checkout-study-journey.pptx",
        "acme-retail-checkout-study-poster-ana.pptx",
        "acme-retail-checkout-study-poster-ben.pptx",
    ]


def test_poster_names_keep_a_jobs_suffixes_but_not_a_split_persona() -> None:
    journey = Journey(Project("Acme", "Study"), (Persona("Ana"), Persona("Ben")), ())
    assert poster_name(journey, "Ana") == "acme-study-poster-ana.pptx"
    assert poster_name(journey, "Ana", "acme-study-journey-es-2") == "acme-study-poster-ana-es-2.pptx"
    alone = Journey(Project("Acme", "Study"), (Persona("Ana"),), ())
    assert poster_name(alone, "Ana", "acme-study-journey-ana-en") == "acme-study-poster-ana-en.pptx"


def test_paper_sizes_match_the_cli_choices() -> None:
    result = CliRunner().invoke(main, ["build", "--help"], terminal_width=200)
    assert f"--poster-size [{'|'.join(PAPERS)}]" in result.output


def test_a_map_too_long_for_the_page_is_set_smaller_then_cut_and_said(tmp_path: Path) -> None:
    journey = large_journey()
    found = findings.of(journey)
    out = tmp_path / "large.pptx"
    warnings = render_poster(found, found.personas[0], out, workbook_name="large.xlsx", name="large.pptx")
    assert any("smaller than the 14 pt readable on A3" in w for w in warnings), warnings
    assert all(w.startswith("large.pptx: ") for w in warnings)
    slide = Presentation(str(out)).slides[0]
    assert len(slide.shapes) >= 6 and not overflows(out)
    notes = slide.notes_slide.notes_text_frame.text
    assert notes.startswith("Source: large.xlsx")
    if any("cut" in w for w in warnings):  # a cell cut keeps its whole text in the notes
        assert "Cut on this slide" in notes
