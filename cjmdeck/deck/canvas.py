"""The deck being built: new slides on the grid, titles, fitted text boxes, footers, source lines and notes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.xmlchemy import OxmlElement
from pptx.presentation import Presentation as PresentationObj
from pptx.slide import Slide
from pptx.text.text import _Paragraph
from pptx.util import Pt

from cjmdeck.deck import fit
from cjmdeck.deck.fit import FontMetrics
from cjmdeck.deck.grid import Box, Grid, pt
from cjmdeck.deck.labels import text
from cjmdeck.deck.template import find_layout, title_placeholder
from cjmdeck.model import Journey, Origin

TITLE_SIZES = (28, 24, 20)
INSET = 4.0  # text box side inset in points
EMOTION_FILL = {1: "CA0020", 2: "F4A582", 3: "F2F2F2", 4: "92C5DE", 5: "0571B0"}  # RdBu, colour-blind safe
EMOTION_TINT = {1: "F3C2C8", 2: "FBE0D0", 3: "F2F2F2", 4: "D8EAF3", 5: "B9D6EA"}  # cell backgrounds
EMOTION_TEXT = {1: "FFFFFF", 2: "1E2328", 3: "1E2328", 4: "1E2328", 5: "FFFFFF"}
KEPT_PH = {
    "cover": (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.SUBTITLE),
    "section": (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.SUBTITLE),
}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def emotion_level(value: float | None) -> int | None:
    """Return the 1-5 emotion level of a (possibly averaged) score, or None."""
    return None if value is None else min(max(round(value), 1), 5)


def rgb(hex_value: str) -> RGBColor:
    """Return the colour of a hex string."""
    colour: RGBColor = RGBColor.from_string(hex_value)
    return colour


def sources(workbook: str, records: Iterable[Any], lang: str = "en") -> str:
    """Return the "Source: book.xlsx — Sheet rows 2-5, 8; Other row 3" line for `records` (a str names a sheet)."""
    rows: dict[str, set[int]] = {}
    for record in records:
        if isinstance(record, str):
            rows.setdefault(record, set())
            continue
        origin: Origin | None = getattr(record, "origin", None)
        if origin is not None:
            rows.setdefault(origin.sheet, set()).add(origin.row)
    parts = [
        f"{sheet} {text('rows' if len(nums) > 1 else 'row', lang)} {ranges(sorted(nums))}" if nums else sheet
        for sheet, nums in rows.items()
    ]
    head = f"{text('source', lang)}: {workbook}"
    return f"{head} — " + "; ".join(parts) if parts else head


def ranges(numbers: list[int]) -> str:
    """Return sorted `numbers` as compact ranges: "2-5, 8"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


@dataclass
class Canvas:
    """The presentation being built and what every slide shares: grid, fonts, language, footer."""

    prs: PresentationObj
    journey: Journey
    lang: str
    workbook: str
    grid: Grid
    heading: FontMetrics
    body: FontMetrics
    base_dir: Path | None = None
    slides: list[Slide] = field(default_factory=list)

    def t(self, key: str, **values: Any) -> str:
        """Return fixed text `key` in the deck's language."""
        return text(key, self.lang, **values)

    def new_slide(
        self, title: str, records: Iterable[Any] = (), role: str = "title_only", source_line: bool = True
    ) -> Slide:
        """Add a slide with `title`, footer, source line and notes naming the rows of `records`."""
        records = list(records)
        slide: Slide = self.prs.slides.add_slide(find_layout(self.prs, role))
        keep = KEPT_PH.get(role, (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE))
        for shape in list(slide.placeholders):
            if shape.placeholder_format.type not in keep:
                shape._element.getparent().remove(shape._element)
        if role in ("title_only", "content", "blank"):
            self.set_title(slide, title)
        note = sources(self.workbook, records, self.lang)
        notes = slide.notes_slide.notes_text_frame
        if notes is not None:
            notes.text = note
        if records and source_line:
            self.add_text(slide, self.grid.source, [note], sizes=(9,), color=MSO_THEME_COLOR.TEXT_1, muted=True)
        if role != "cover":
            self.footer(slide)
        self.slides.append(slide)
        return slide

    def set_title(self, slide: Slide, title: str) -> None:
        """Put `title` in the slide's title placeholder (or a text box) on the grid, sized to fit."""
        box = self.grid.title
        shape = title_placeholder(slide)
        if shape is None:
            shape = slide.shapes.add_textbox(box.left, box.top, box.width, box.height)
        shape.left, shape.top, shape.width, shape.height = box.left, box.top, box.width, box.height
        frame = shape.text_frame
        _insets(frame)
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = MSO_ANCHOR.TOP  # the first line sits at the same place on every slide
        width, height = box.width_pt - 2 * INSET, box.height_pt - 4
        size = fit.fit_size([title], width, height, self.heading, TITLE_SIZES, bold=True)
        lines = [title] if size else fit.truncate([title], width, height, TITLE_SIZES[-1], self.heading, True)
        frame.text = lines[0]
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.LEFT
        for run in paragraph.runs:
            run.font.size = Pt(size or TITLE_SIZES[-1])
            run.font.bold = True

    def footer(self, slide: Slide) -> None:
        """Add the footer: client and project on the left, the slide number on the right."""
        project = self.journey.project
        left, right = self.grid.footer.columns([5, 1], self.grid.gap)
        label = " · ".join(x for x in (project.client, project.project) if x)
        width = left.width_pt - 2 * INSET
        label = (
            fit.truncate([label], width, 12, 9, self.body)[0]
            if fit.text_height([label], width, 9, self.body) > 12
            else label
        )
        self.add_text(slide, left, [label], sizes=(9,), muted=True, anchor=MSO_ANCHOR.BOTTOM)
        box = self.add_text(slide, right, [""], sizes=(9,), align=PP_ALIGN.RIGHT, muted=True, anchor=MSO_ANCHOR.BOTTOM)
        paragraph = box.text_frame.paragraphs[0]._p
        fld = OxmlElement("a:fld")
        fld.set("id", "{" + str(uuid.uuid4()).upper() + "}")
        fld.set("type", "slidenum")
        rpr = OxmlElement("a:rPr")
        rpr.set("lang", "en-US")
        rpr.set("sz", "900")
        number = OxmlElement("a:t")
        number.text = str(len(self.prs.slides))
        fld.extend([rpr, number])
        paragraph.append(fld)
        end = paragraph.find(f"{{{A}}}endParaRPr")
        if end is not None:
            paragraph.remove(end)
            paragraph.append(end)

    def add_text(
        self,
        slide: Slide,
        box: Box,
        lines: list[str],
        *,
        sizes: tuple[float, ...] = fit.SCALE,
        heading: str | None = None,
        bold: bool = False,
        align: PP_ALIGN = PP_ALIGN.LEFT,
        anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
        color: MSO_THEME_COLOR | str | None = None,
        fill: MSO_THEME_COLOR | str | None = None,
        muted: bool = False,
        bullets: bool = False,
    ) -> Any:
        """Add a text box at `box` with `lines` (and a bold `heading`) at the largest size of `sizes` that fits."""
        shape = slide.shapes.add_textbox(box.left, box.top, box.width, box.height)
        frame = shape.text_frame
        _insets(frame)
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = anchor
        if fill is not None:
            _fill(shape.fill, fill)
        shown = [f"• {line}" if bullets and line else line for line in lines]
        width, height = box.width_pt - 2 * INSET, box.height_pt - 4
        paragraphs = ([heading] if heading else []) + shown
        size = fit.fit_size(paragraphs, width, height, self.body, sizes, bold=bold)
        if size is None:
            size = sizes[-1]
            paragraphs = fit.truncate(paragraphs, width, height, size, self.body, bold)
        for i, content in enumerate(paragraphs):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            paragraph.alignment = align
            run = paragraph.add_run()
            run.text = content
            run.font.size = Pt(size)
            run.font.bold = bold or (heading is not None and i == 0)
            if muted:
                run.font.color.theme_color = MSO_THEME_COLOR.TEXT_1
                run.font.color.brightness = 0.4
            elif color is not None:
                _colour(run.font.color, color)
        return shape


def exact_spacing(slide: Slide) -> None:
    """Set every sized paragraph of `slide` (text boxes, groups, tables) to exact line spacing, as measured."""
    for paragraph in slide._element.iter(f"{{{A}}}p"):
        sizes = [int(r.get("sz")) for r in paragraph.iter(f"{{{A}}}rPr") if r.get("sz")]
        if sizes:
            _Paragraph(paragraph, None).line_spacing = Pt(round(max(sizes) / 100 * fit.LINE_SPACING, 1))


def flat(shape: Any) -> Any:
    """Return `shape` without the theme's shadow (PowerPoint reads effectLst, LibreOffice the style's effectRef)."""
    shape.shadow.inherit = False
    effect = shape._element.find(f".//{{{P}}}style/{{{A}}}effectRef")
    if effect is not None:
        effect.set("idx", "0")
    return shape


def _insets(frame: Any) -> None:
    frame.margin_left = frame.margin_right = pt(INSET)
    frame.margin_top = frame.margin_bottom = pt(2)


def _fill(fill: Any, colour: MSO_THEME_COLOR | str) -> None:
    fill.solid()
    _colour(fill.fore_color, colour)


def _colour(target: Any, colour: MSO_THEME_COLOR | str) -> None:
    if isinstance(colour, str):
        target.rgb = rgb(colour)
    else:
        target.theme_color = colour
