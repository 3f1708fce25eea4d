"""Every text the deck writes is readable on any theme: 4.5:1 (WCAG) on what it sits on, and never below 9 pt."""

from __future__ import annotations

import colorsys
import dataclasses
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from cjmdeck import findings
from cjmdeck.deck.colours import Paint, background, resolve, theme_colours
from cjmdeck.deck.deliverable import render_deck
from cjmdeck.deck.template import default_template
from cjmdeck.model import Persona
from cjmdeck.palette import EMOTION_TINT, MIN_CONTRAST, PROGRESS_TINT, brighten, contrast, dark_shade
from tests.deckutil import small_journey
from tests.gallery import THEMES, A, C, themed_template, unreadable


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


@pytest.mark.parametrize("ground", ["000000", "14181D", "1F3864", "2B2B2B"])
def test_dark_shades_keep_the_emotion_scale_in_order_and_white_text_readable(ground: str) -> None:
    def light(colour: str) -> float:
        return colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)))[1]

    shades = {level: dark_shade(tint, ground) for level, tint in EMOTION_TINT.items()}
    assert light(shades[5]) > light(shades[4]) and light(shades[1]) > light(shades[2])  # the strong ends stay strong
    assert all(light(shade) > light(ground) for shade in shades.values())  # each stands out from the slide
    for tint in (*EMOTION_TINT.values(), *PROGRESS_TINT.values()):
        assert contrast(dark_shade(tint, ground), "FFFFFF") >= MIN_CONTRAST
