"""`cjmdeck build` as a command: file names, options, errors and what is left on disk."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from cjmdeck.cli import main
from cjmdeck.model import Journey, Project
from cjmdeck.names import deck_name, slug

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def run(*args: object):
    return CliRunner().invoke(main, ["build", *map(str, args)])


def all_text(path: Path) -> str:
    deck = Presentation(str(path))
    return "\n".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)


def test_build_names_the_deck_after_client_and_project(make_workbook, tmp_path):
    book = make_workbook()
    result = run(book, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    deck = tmp_path / "acme-retail-checkout-study-journey.pptx"
    report = deck.with_suffix(".docx")
    assert result.output == f"Wrote {deck}\nWrote {report}\n"
    assert "Acme Retail" in all_text(deck)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["book.xlsx", deck.name, report.name])  # no temporary files left


def test_safe_file_names():
    assert slug("Moda Viva, S.L. / Tienda Online") == "moda-viva-s-l-tienda-online"
    assert slug("Drogeria Łódź: ścieżka") == "drogeria-lodz-sciezka"
    assert deck_name(Journey(Project("Ácme"), (), ())) == "acme-journey.pptx"


def test_two_workbooks_with_the_same_names_do_not_overwrite(make_workbook, tmp_path):
    a, b = make_workbook("a.xlsx"), make_workbook("b.xlsx")
    out = tmp_path / "out"
    out.mkdir()
    result = run(a, b, "-o", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "acme-retail-checkout-study-journey-2.docx",
        "acme-retail-checkout-study-journey-2.pptx",
        "acme-retail-checkout-study-journey.docx",
        "acme-retail-checkout-study-journey.pptx",
    ]


def test_persona_filter(make_workbook, tmp_path):
    result = run(make_workbook(), "-o", tmp_path, "--persona", "ana")
    assert result.exit_code == 0, result.output
    text = all_text(tmp_path / "acme-retail-checkout-study-journey.pptx")
    assert "Ana" in text and "Ben" not in text


def test_unknown_persona_is_a_usage_error(make_workbook, tmp_path):
    result = run(make_workbook(), "-o", tmp_path, "--persona", "Anna")
    assert result.exit_code == 2
    assert "Invalid value for '--persona': unknown persona 'Anna' (did you mean 'Ana'?)" in result.output
    assert list(tmp_path.glob("*.pptx")) == []


def test_workbook_errors_stop_the_build(make_workbook, tmp_path):
    book = make_workbook(Touchpoints=[["Stage", "Touchpoint"], ["Purchse", "Web"], ["Nowhere", "App"]])
    result = run(book, "-o", tmp_path)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {book}: Touchpoints!A2: unknown stage 'Purchse' (did you mean 'Purchase'?) "
        f"(and 1 more; run 'cjmdeck check {book}' to see them all)\n"
    )
    assert list(tmp_path.glob("*.pptx")) == []


def test_missing_output_folder_is_made(make_workbook, tmp_path):
    result = run(make_workbook(), "-o", tmp_path / "out" / "decks")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "decks" / "acme-retail-checkout-study-journey.pptx").exists()


def test_output_folder_that_is_a_file(make_workbook, tmp_path):
    (tmp_path / "afile").write_text("x")
    result = run(make_workbook(), "-o", tmp_path / "afile")
    assert result.exit_code == 2
    assert "is a file" in result.output


def test_pdf_without_libreoffice_says_so(make_workbook, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    result = run(make_workbook(), "-o", tmp_path, "--pdf")
    assert result.exit_code == 1
    deck = tmp_path / "acme-retail-checkout-study-journey.pptx"
    assert result.output == (
        f"Error: {deck}: written, but no PDF: LibreOffice ('soffice') is not on PATH; "
        "install LibreOffice or drop --pdf\n"
    )
    assert deck.exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_pdf(make_workbook, tmp_path):
    result = run(make_workbook(), "-o", tmp_path, "--pdf")
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "acme-retail-checkout-study-journey.pdf"
    report_pdf = tmp_path / "acme-retail-checkout-study-journey-report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and report_pdf.read_bytes().startswith(b"%PDF")
    assert result.output.splitlines()[-2:] == [f"Wrote {pdf}", f"Wrote {report_pdf}"]


@pytest.mark.parametrize("name", ["fashion-store-es.xlsx", "home-furniture-en.xlsx", "drugstore-pl.xlsx"])
def test_samples_build(tmp_path, name):
    before = (SAMPLES / name).read_bytes()
    result = run(SAMPLES / name, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("*.pptx"))) == 1
    assert (SAMPLES / name).read_bytes() == before


def test_unusable_template_is_one_line(make_workbook, tmp_path):
    template = tmp_path / "agency.pptx"
    template.write_text("not a presentation")
    result = run(make_workbook(), "-o", tmp_path, "--template", template)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {template}: ")
    assert len(result.output.splitlines()) == 1
    assert list(tmp_path.glob("*.pptx")) == [template]


def test_portrait_template_is_refused_naming_its_size(make_workbook, tmp_path):
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(7.5), Inches(10)
    template = tmp_path / "portrait.pptx"
    prs.save(str(template))
    result = run(make_workbook(), "-o", tmp_path, "--template", template)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {template}: has portrait slides (7.5 x 10 in); cjmdeck lays decks out on landscape slides: "
        "use a landscape template\n"
    )
    assert not list(tmp_path.glob("*journey*"))


def test_template_without_a_slide_size_is_refused(make_workbook, tmp_path):
    import zipfile

    from pptx import Presentation

    plain = tmp_path / "plain.pptx"
    Presentation().save(str(plain))
    template = tmp_path / "nosize.pptx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(template, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "ppt/presentation.xml":
                data = re.sub(rb"<p:sldSz[^>]*/>", b"", data)
            target.writestr(item, data)
    result = run(make_workbook(), "-o", tmp_path, "--template", template)
    assert result.exit_code == 1
    assert result.output == f"Error: {template}: has no slide size; open it in PowerPoint and save it again\n"


def test_lang_option_overrides_the_workbook(make_workbook, tmp_path):
    result = run(make_workbook(), "-o", tmp_path, "--lang", "pl")
    assert result.exit_code == 0, result.output
    assert "Zakres i cel" in all_text(tmp_path / "acme-retail-checkout-study-journey.pptx")


def test_deck_gets_the_usual_file_mode(make_workbook, tmp_path):
    old = os.umask(0o022)
    try:
        assert run(make_workbook(), "-o", tmp_path).exit_code == 0
    finally:
        os.umask(old)
    deck = tmp_path / "acme-retail-checkout-study-journey.pptx"
    assert stat.S_IMODE(deck.stat().st_mode) == 0o644


def test_a_failed_pdf_keeps_the_earlier_pdf_and_says_so(make_workbook, tmp_path, monkeypatch):
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "soffice").write_text("#!/bin/sh\nexit 0\n")  # converts nothing, says nothing
    (fake / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", str(fake))
    (tmp_path / "acme-retail-checkout-study-journey.pdf").write_bytes(b"%PDF old")
    result = run(make_workbook(), "-o", tmp_path, "--pdf")
    assert result.exit_code == 1
    assert result.output.endswith("written, but LibreOffice did not produce a PDF; the earlier PDF is left as it was\n")
    assert (tmp_path / "acme-retail-checkout-study-journey.pdf").read_bytes() == b"%PDF old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cjmdeck-")] == []


def test_workbook_warnings_and_unknown_template_fields_are_reported(make_workbook, tmp_path):
    from pptx import Presentation as New

    template = tmp_path / "agency.pptx"
    prs = New()
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text_frame.text = "{{ clinet }} — {{ client }}"
    prs.save(str(template))
    book = make_workbook(Questions=[["Question"], ["Open one"]])
    result = run(book, "-o", tmp_path, "--template", template)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        f"Warning: {book}: 1 warning; run 'cjmdeck check {book}' to see them",
        f"Warning: {template}: slide 1: no value for {{{{ clinet }}}}; it is left empty",
    ]


def parts(path: Path) -> dict[str, bytes]:
    """Return the parts of an Office package, embedded workbooks opened too, without the build times they hold."""
    import io
    import zipfile

    found = {}
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            data = package.read(name)
            if name.endswith("docProps/core.xml"):
                continue  # when the file was made
            if name.endswith(".xlsx"):
                found.update({f"{name}!{k}": v for k, v in parts(io.BytesIO(data)).items()})  # type: ignore[arg-type]
            else:
                found[name] = data
    return found


def test_building_twice_gives_the_same_content_and_says_it_replaced_the_first(make_workbook, tmp_path):
    workbook = make_workbook()
    first = run(workbook, "-o", tmp_path / "out")
    assert "replaced" not in first.output
    made = {p.name: parts(p) for p in (tmp_path / "out").iterdir()}
    second = run(workbook, "-o", tmp_path / "out")
    assert second.exit_code == 0
    assert second.output.splitlines() == [f"{line} (replaced the earlier file)" for line in first.output.splitlines()]
    assert {p.name: parts(p) for p in (tmp_path / "out").iterdir()} == made
