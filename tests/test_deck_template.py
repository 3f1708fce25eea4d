"""Tests of agency templates: 4:3, Google Slides layout names, theme colours and fonts, kept token slides, .potx."""

from __future__ import annotations

import copy
import dataclasses
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Inches

from cjmdeck import findings
from cjmdeck.deck.deliverable import render_deck
from cjmdeck.deck.template import POTX_MAIN, PPTX_MAIN, default_template, fill_tokens
from cjmdeck.errors import TemplateError
from cjmdeck.model import Action
from tests.deckutil import check_package, overlaps, small_journey

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
GOOGLE = {
    "Title Slide": "TITLE",
    "Title and Content": "TITLE_AND_BODY",
    "Section Header": "SECTION_HEADER",
    "Blank": "BLANK",
}


def _agency_template(path: Path) -> None:
    """Write a 4:3 template with Google Slides layout names, red accent, Arial, and three slides."""
    prs = Presentation()  # python-pptx's own template is 4:3
    for layout in list(prs.slide_layouts):
        if layout.name in GOOGLE:
            layout.name = GOOGLE[layout.name]
        else:
            prs.slide_layouts.remove(layout)
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    accent = root.find(f".//{{{A}}}accent1/{{{A}}}srgbClr")
    accent.set("val", "C00000")
    for latin in root.iterfind(f".//{{{A}}}fontScheme/*/{{{A}}}latin"):
        latin.set("typeface", "Arial")
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    cover = prs.slides.add_slide(layouts["TITLE"])
    paragraph = cover.shapes.title.text_frame.paragraphs[0]
    first, second = paragraph.add_run(), paragraph.add_run()
    first.text, second.text = "For {{ cli", "ent }} by {{agency}}"
    first.font.bold = True
    cover.placeholders[1].text_frame.text = "{{ date }} · {{ unknown_field }} · {{ Sector }}"
    other = prs.slides.add_slide(layouts["TITLE_AND_BODY"])
    other.shapes.title.text_frame.text = "Sample slide to drop"
    about = prs.slides.add_slide(layouts["TITLE_AND_BODY"])
    about.shapes.title.text_frame.text = "About {{ agency }}"
    closing = prs.slides.add_slide(layouts["SECTION_HEADER"])
    closing.shapes.title.text_frame.text = "Questions? {{ author }}"
    prs.save(str(path))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tpl")
    template = folder / "agency.pptx"
    _agency_template(template)
    out = folder / "deck.pptx"
    journey = small_journey(client="Client {{ agency }}")
    journey = journey.__class__(
        journey.project.__class__(**{**journey.project.__dict__, "extra": {"Sector": "Retail"}}),
        journey.personas,
        journey.stages,
        journey.rows,
        journey.touchpoints,
        journey.questions,
        journey.actions,
    )
    render_deck(findings.of(journey), out, template=template)
    return template, out


def test_kept_slides_filled_and_others_dropped(rendered: tuple[Path, Path]) -> None:
    _, out = rendered
    prs = Presentation(str(out))
    slides = list(prs.slides)
    cover_runs = slides[0].shapes.title.text_frame.paragraphs[0].runs
    assert "".join(r.text for r in cover_runs) == "For Client {{ agency }} by Northwind CX"
    assert cover_runs[0].font.bold is True and cover_runs[0].text == "For Client {{ agency }}"
    assert slides[0].placeholders[1].text_frame.text == "14 March 2026 ·  · Retail"
    assert slides[1].shapes.title.text == "About Northwind CX"
    assert slides[2].shapes.title.text == "Scope and objective"
    assert slides[-1].shapes.title.text == "Questions? Ana Ruiz"
    all_text = " ".join(s.shapes.title.text for s in slides if s.shapes.title is not None)
    assert "Sample slide to drop" not in all_text
    assert "Thank you" not in all_text and "Online store journey" not in all_text


def test_uses_4_3_size_layout_fallback_and_theme(rendered: tuple[Path, Path]) -> None:
    _, out = rendered
    prs = Presentation(str(out))
    assert (prs.slide_width, prs.slide_height) == (Inches(10), Inches(7.5))
    used = {s.slide_layout.name for s in list(prs.slides)[2:-1]}
    assert used == {"TITLE_AND_BODY"}  # no Title Only layout: Google's title-and-body, body removed
    theme = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
    assert theme.find(f".//{{{A}}}accent1/{{{A}}}srgbClr").get("val") == "C00000"
    for n, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            assert shape.left + shape.width <= prs.slide_width, (n, shape.name)
            assert shape.top + shape.height <= prs.slide_height, (n, shape.name)
        if n > 1:
            assert not overlaps(slide), (n, overlaps(slide))
    table_slide = next(s for s in prs.slides if any(sh.has_table for sh in s.shapes))
    table = next(sh for sh in table_slide.shapes if sh.has_table).table
    header = table.cell(0, 0).fill
    assert header.fore_color.theme_color == MSO_THEME_COLOR.ACCENT_1  # the theme's accent, so the brand shows


def test_agency_deck_is_valid(rendered: tuple[Path, Path]) -> None:
    _, out = rendered
    problems = check_package()(out)
    assert not problems, "\n".join(map(str, problems))


def test_potx_template(rendered: tuple[Path, Path], tmp_path: Path) -> None:
    template, _ = rendered
    potx = tmp_path / "agency.potx"
    source = zipfile.ZipFile(template)
    with zipfile.ZipFile(potx, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(PPTX_MAIN.encode(), POTX_MAIN.encode())
            target.writestr(item, data)
    out = tmp_path / "from_potx.pptx"
    render_deck(findings.of(small_journey()), out, template=potx)
    prs = Presentation(str(out))
    assert prs.slides[2].shapes.title.text == "Scope and objective"
    assert not check_package()(out)


@pytest.mark.parametrize("content", [b"not a zip", b"PK\x03\x04garbage"])
def test_unusable_template_raises_one_line(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.pptx"
    bad.write_bytes(content)
    with pytest.raises(TemplateError) as info:
        render_deck(findings.of(small_journey()), tmp_path / "out.pptx", template=bad)
    assert str(info.value).startswith(f"{bad}: ") and "\n" not in str(info.value)


def test_zip_without_presentation_raises(tmp_path: Path) -> None:
    bad = tmp_path / "empty.pptx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "hi")
    bad.write_bytes(buffer.getvalue())
    with pytest.raises(TemplateError) as info:
        render_deck(findings.of(small_journey()), tmp_path / "out.pptx", template=bad)
    assert str(info.value).startswith(f"{bad}: ")


def test_token_values_are_never_evaluated() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text_frame.text = "{{client}} / {{ project }}"
    fill_tokens(slide, {"client": "{{ project }}", "project": "P"})
    assert slide.shapes.title.text_frame.text == "{{ project }} / P"


def test_kept_slides_lose_the_template_footer_and_date_text(tmp_path: Path) -> None:
    prs = Presentation()
    layout = prs.slide_layouts[0]
    cover = prs.slides.add_slide(layout)
    cover.shapes.title.text_frame.text = "{{ project }}"
    for ph in layout.placeholders:  # PowerPoint copies these onto a slide when footers are switched on
        kind = ph.placeholder_format.type
        if kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER):
            element = copy.deepcopy(ph._element)
            cover.shapes._spTree.append(element)
    for ph in cover.placeholders:
        if ph.placeholder_format.type == PP_PLACEHOLDER.FOOTER:
            ph.text_frame.text = "<Dateiname>"
        elif ph.placeholder_format.type == PP_PLACEHOLDER.DATE:
            ph.text_frame.text = "<Datum>"
    template = tmp_path / "footers.pptx"
    prs.save(str(template))
    out = tmp_path / "deck.pptx"
    render_deck(findings.of(small_journey()), out, template=template)
    texts = [s.text_frame.text for slide in Presentation(str(out)).slides for s in slide.shapes if s.has_text_frame]
    assert "Online store journey" in texts
    assert not [t for t in texts if "<Dateiname>" in t or "<Datum>" in t]


def test_the_appendix_follows_the_templates_own_closing(rendered: tuple[Path, Path], tmp_path: Path) -> None:
    template, _ = rendered
    journey = small_journey()
    actions = tuple(Action(f"Action {n}", 1 + n % 5, 1 + n % 3, "Purchase") for n in range(20))
    out = tmp_path / "deck.pptx"
    render_deck(findings.of(dataclasses.replace(journey, actions=actions)), out, template=template)
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in Presentation(str(out)).slides]
    closing = titles.index("Questions? Ana Ruiz")
    assert titles[closing + 1] == "Appendix"
    assert titles[closing + 2].startswith("Complete action plan: 20 actions ranked by impact × feasibility")


def test_a_kept_slide_linking_to_a_dropped_one_loses_the_link_not_the_package(tmp_path: Path) -> None:
    prs = Presentation(str(default_template()))
    kept = prs.slides.add_slide(prs.slide_layouts[0])
    kept.shapes.title.text = "{{ client }}"
    sample = prs.slides.add_slide(prs.slide_layouts[1])
    sample.shapes.title.text = "Agenda"
    run = kept.shapes.title.text_frame.paragraphs[0].runs[0]
    r_id = kept.part.relate_to(sample.part, RT.SLIDE)  # PowerPoint's "link to slide"
    link = etree.SubElement(run._r.get_or_add_rPr(), qn("a:hlinkClick"))
    link.set(qn("r:id"), r_id)
    link.set("action", "ppaction://hlinksldjump")
    template = tmp_path / "linked.pptx"
    prs.save(str(template))
    out = tmp_path / "deck.pptx"
    render_deck(findings.of(small_journey()), out, template=template)
    names = zipfile.ZipFile(out).namelist()
    assert len(names) == len(set(names))
    assert not check_package()(out)
    first = Presentation(str(out)).slides[0]
    assert first.shapes.title.text == "Moda Viva" and "hlinkClick" not in etree.tostring(first._element).decode()
