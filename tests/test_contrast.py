"""Every text the deck writes is readable on any theme: 4.5:1 (WCAG) on what it sits on, and never below 9 pt."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from cjmdeck import findings
from cjmdeck.deck.colours import Paint, background, fill_colour, resolve, theme_colours
from cjmdeck.deck.deliverable import render_deck
from cjmdeck.deck.template import default_template
from cjmdeck.model import Persona
from cjmdeck.palette import MIN_CONTRAST, brighten, contrast
from tests.deckutil import small_journey

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DARK_MAP = {"bg1": "dk1", "tx1": "lt1", "bg2": "dk2", "tx2": "lt2"}
THEMES: dict[str, tuple[dict[str, str], dict[str, str]]] = {  # name: (scheme colours, colour map changes)
    "default": ({}, {}),
    # a dark theme as Google Slides and Keynote export it: the map sends the background to dk1
    "dark": ({"dk1": "14181D", "lt1": "FFFFFF", "dk2": "232A33", "lt2": "DDE3EA", "accent1": "5AB0F0"}, DARK_MAP),
    # a theme whose "light" colours are dark and whose "dark" ones are light, with the usual map
    "light-is-dark": ({"dk1": "F4F4F4", "lt1": "1D2126", "dk2": "DDE3EA", "lt2": "2B3038", "accent1": "F2B134"}, {}),
    # a pale accent that white text cannot sit on
    "pale-accent": ({"accent1": "FFE08A", "accent3": "FFF3C4"}, {}),
}


def themed_template(path: Path, scheme: dict[str, str], mapping: dict[str, str]) -> Path:
    """Write the default template with `scheme` colours in its theme and `mapping` in its master's colour map."""
    prs = Presentation(str(default_template()))
    theme_part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme_part.blob)
    for name, value in scheme.items():
        slot = root.find(f".//{{{A}}}clrScheme/{{{A}}}{name}")
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, f"{{{A}}}srgbClr", val=value)
    theme_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    clr_map = prs.slide_master._element.find(qn("p:clrMap"))
    for key, value in mapping.items():
        clr_map.set(key, value)
    prs.save(str(path))
    return path


def _boxes(shapes: Any, out: list[tuple[Any, tuple[int, int, int, int]]]) -> None:
    """Collect every shape with its box, groups flattened, in drawing order."""
    for shape in shapes:
        out.append((shape, (shape.left, shape.top, shape.left + shape.width, shape.top + shape.height)))
        if shape.shape_type == 6:  # a group
            _boxes(shape.shapes, out)


def unreadable(path: Path) -> list[str]:
    """Return every text run of the deck at `path` without an explicit colour or below 4.5:1 on what it sits on."""
    prs = Presentation(str(path))
    colours = theme_colours(prs)
    problems = []
    for n, slide in enumerate(prs.slides, start=1):
        ground = background(colours, slide.slide_layout)
        drawn: list[tuple[Any, tuple[int, int, int, int]]] = []
        _boxes(slide.shapes, drawn)
        for index, (shape, (left, top, right, bottom)) in enumerate(drawn):
            element = shape._element
            if shape.has_table if hasattr(shape, "has_table") else False:
                cells = [(tc, fill_colour(colours, tc.tcPr)) for tc in element.iter(qn("a:tc"))]
            elif element.find(qn("p:txBody")) is not None:
                own = fill_colour(colours, element.find(qn("p:spPr")))
                if own is None:  # what lies under the text: the topmost filled shape drawn before it, else the slide
                    x, y = (left + right) // 2, (top + bottom) // 2
                    below = [
                        fill_colour(colours, s._element.find(qn("p:spPr")))
                        for s, (l2, t2, r2, b2) in drawn[:index]
                        if l2 <= x <= r2 and t2 <= y <= b2 and s._element.find(qn("p:spPr")) is not None
                    ]
                    below = [c for c in below if c]
                    own = below[-1] if below else ground
                cells = [(element.find(qn("p:txBody")), own)]
            else:
                continue
            for body, on in cells:
                for run in [*body.iter(qn("a:r")), *body.iter(qn("a:fld"))]:
                    text = "".join(t.text or "" for t in run.iter(qn("a:t"))).strip()
                    if not text:
                        continue
                    props = run.find(qn("a:rPr"))
                    colour = fill_colour(colours, props) if props is not None else None
                    if colour is None or on is None:
                        problems.append(f"slide {n}: {text[:40]!r} has no explicit colour or ground")
                        continue
                    ratio = contrast(colour, on)
                    if ratio < MIN_CONTRAST:
                        problems.append(f"slide {n}: {text[:40]!r} {colour} on {on}: {ratio:.2f}:1")
    return problems


@pytest.fixture(scope="module", params=list(THEMES))
def themed_deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(request.param)
    scheme, mapping = THEMES[request.param]
    template = themed_template(folder / "template.pptx", scheme, mapping)
    journey = small_journey()  # with a third persona, for the emotion table
    journey = dataclasses.replace(journey, personas=(*journey.personas, Persona("Zoe", goals=("Fast delivery",))))
    out = folder / "deck.pptx"
    render_deck(findings.of(journey), out, template=template, workbook_name="moda.xlsx")
    return out


def test_every_text_is_readable_on_its_ground(themed_deck: Path) -> None:
    problems = unreadable(themed_deck)
    assert not problems, "\n".join(problems[:20])


def test_a_dark_theme_is_read_through_the_colour_map(tmp_path: Path) -> None:
    scheme, mapping = THEMES["dark"]
    prs = Presentation(str(themed_template(tmp_path / "dark.pptx", scheme, mapping)))
    colours = theme_colours(prs)
    assert colours.named("bg1") == "14181D" and colours.named("tx1") == "FFFFFF"
    assert background(colours, prs.slide_layouts[0]) == "14181D"
    assert colours.readable("14181D") == Paint(colours.readable("14181D").colour)  # the theme's text colour, as is
    assert contrast(colours.hex(colours.muted("14181D")), "14181D") >= MIN_CONTRAST


def test_resolve_applies_luminance_changes() -> None:
    prs = Presentation(str(default_template()))
    colours = theme_colours(prs)
    lighter = f'<a:schemeClr xmlns:a="{A}" val="accent1"><a:lumMod val="40000"/><a:lumOff val="60000"/></a:schemeClr>'
    darker = f'<a:schemeClr xmlns:a="{A}" val="tx1"><a:lumMod val="50000"/></a:schemeClr>'
    assert resolve(colours, etree.fromstring(lighter)) == brighten(colours.named("accent1"), 0.6)
    assert resolve(colours, etree.fromstring(darker)) == brighten(colours.named("dk1"), -0.5)


def test_nothing_below_nine_points(themed_deck: Path) -> None:
    with zipfile.ZipFile(themed_deck) as package:
        for name in package.namelist():
            if name.startswith(("ppt/slides/slide", "ppt/charts/chart")) and name.endswith(".xml"):
                sizes = [
                    int(size)
                    for size in re.findall(rb'<a:(?:rPr|defRPr|endParaRPr)[^>]* sz="(\d+)"', package.read(name))
                ]
                assert all(size >= 900 for size in sizes), (name, min(sizes))


def test_every_run_names_a_theme_font(themed_deck: Path) -> None:
    with zipfile.ZipFile(themed_deck) as package:
        for name in package.namelist():
            if name.startswith(("ppt/slides/slide", "ppt/charts/chart")) and name.endswith(".xml"):
                root = etree.fromstring(package.read(name))
                if "chart" in name:  # the chart's own text properties, which its labels and titles inherit
                    found = root.findall(f"{{{C}}}txPr/{{{A}}}p/{{{A}}}pPr/{{{A}}}defRPr")
                else:
                    found = [props for props in root.iter(f"{{{A}}}rPr") if props.getparent().tag == f"{{{A}}}r"]
                assert found, name
                for props in found:
                    latin = props.find(f"{{{A}}}latin")
                    assert latin is not None and latin.get("typeface", "").startswith("+m"), name


def test_chart_lines_and_the_highlighted_bar_stand_out(themed_deck: Path) -> None:
    prs = Presentation(str(themed_deck))
    colours = theme_colours(prs)
    for slide in prs.slides:
        ground = background(colours, slide.slide_layout)
        for shape in slide.shapes:
            if not getattr(shape, "has_chart", False) or not shape.has_chart:
                continue
            space = shape.chart._chartSpace
            lines = [
                resolve(colours, e) for e in space.iterfind(f".//{{{C}}}ser/{{{C}}}spPr/{{{A}}}ln/{{{A}}}solidFill/*")
            ]
            points = [resolve(colours, e) for e in space.iterfind(f".//{{{C}}}dPt/{{{C}}}spPr/{{{A}}}solidFill/*")]
            assert all(contrast(c, ground) >= 3.0 for c in lines if c), (slide.shapes.title.text, lines, ground)
            if points:
                assert max(contrast(c, ground) for c in points if c) >= 3.0, (slide.shapes.title.text, points)
                assert all(contrast(c, ground) >= 1.5 for c in points if c), (slide.shapes.title.text, points)
