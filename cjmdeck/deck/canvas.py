"""The deck being built: new slides on the grid, titles, fitted text boxes and placeholders, footers and notes."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.presentation import Presentation
from pptx.slide import Slide, SlideLayout
from pptx.text.text import Font, _Paragraph
from pptx.util import Pt

from cjmdeck import findings
from cjmdeck.deck import fit
from cjmdeck.deck.colours import Paint, ThemeColours, background, inherited, placeholder_fill
from cjmdeck.deck.fit import FontMetrics
from cjmdeck.deck.grid import Box, Grid
from cjmdeck.deck.layouts import find_layout, title_placeholder
from cjmdeck.deck.shapes import INSET, Colour, box_of, insets, paragraph_xml, place, set_colour, solid, write_text
from cjmdeck.text import headlines, text
from cjmdeck.text.values import bullet, cut_note

TITLE_FITS = ((28, 1), (24, 1), (24, 2))  # (size, lines): shrink within the titles' scale, then wrap
SMALL_TITLE_FITS = ((20, 2), (18, 2))  # for a title that fits no other way, even with its names shortened
NAME_LIMITS = (None, 60, 40, 24, 14)  # how far a title may shorten the workbook names it holds
Title = str | Callable[[int | None], str]  # a title, or a function giving it with names cut to a limit
FOOTER_SIZE = 9
POINTER_SIZES = (12, 11, 10, 9)  # a line that points to another slide
CARD_INSET = 8.0  # points: the text inset of a filled card
PLACEHOLDER_INSET = 7.2  # PowerPoint's default text inset (0.1 in), in points
KEPT_PLACEHOLDERS = {
    "cover": (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY),
    "section": (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.SUBTITLE),
}
TITLED_ROLES = ("title_only", "content", "blank")


@dataclass
class Canvas:
    """The presentation being built and what every slide shares: grid, fonts, language, footer and sources."""

    prs: Presentation
    lang: str
    workbook: str  # the workbook's file name, for source lines and notes
    grid: Grid
    heading: FontMetrics
    body: FontMetrics
    colours: ThemeColours
    footer_label: str = ""  # client and project, on every slide but the cover
    base_dir: Path | None = None  # where relative file names in the workbook (persona photos) are found
    master: Any = None  # the slide master whose layouts every slide takes: its theme gives the colours and fonts
    slides: list[Slide] = field(default_factory=list)
    grounds: dict[str, str] = field(default_factory=dict)  # layout part name -> its background, RGB hex
    placeholder_colours: dict[tuple[str, int, Any], Paint] = field(default_factory=dict)  # see `readable`
    layouts: dict[str, SlideLayout] = field(default_factory=dict)  # role -> the layout chosen for it
    marks: dict[str, Slide] = field(default_factory=dict)  # a kind of slide -> the first slide of that kind
    links: list[tuple[Any, str]] = field(default_factory=list)  # (a run, the kind of slide it points to)

    def mark(self, key: str, slides: list[Slide]) -> list[Slide]:
        """Remember the first of `slides` as the slide of kind `key`, for links to it; return `slides`."""
        if slides:
            self.marks.setdefault(key, slides[0])
        return slides

    def link(self, run: Any, key: str) -> None:
        """Make `run` point to the slide of kind `key`, once the deck's order is known (see `resolve_links`)."""
        self.links.append((run, key))

    def ground(self, slide: Slide) -> str:
        """Return the RGB hex of `slide`'s background, the colour text placed straight on it sits on."""
        layout = slide.slide_layout
        key = str(layout.part.partname)
        if key not in self.grounds:
            self.grounds[key] = background(self.colours, layout)
        return self.grounds[key]

    def readable(self, slide: Slide, shape: Any) -> Paint:
        """Return the colour for the text of placeholder `shape`: the template's own when readable on the slide.

        The answer depends on the layout and the placeholder only, so it is kept for the next slide alike.
        """
        layout = slide.slide_layout
        key = None
        if shape.is_placeholder and shape._element.find(f"{qn('p:spPr')}/{qn('a:solidFill')}") is None:
            key = (str(layout.part.partname), shape.placeholder_format.idx, shape._element.ph_type)
            if key in self.placeholder_colours:
                return self.placeholder_colours[key]
        on = placeholder_fill(self.colours, shape, layout) or self.ground(slide)  # a filled title bar
        own = inherited(self.colours, shape, layout)
        paint = self.colours.readable(on, [own] if own else [])
        if key is not None:
            self.placeholder_colours[key] = paint
        return paint

    def t(self, key: str, **values: Any) -> str:
        """Return fixed text `key` in the deck's language."""
        return text(key, self.lang, **values)

    def new_slide(
        self, title: Title, records: Iterable[object] = (), role: str = "title_only", source_line: bool = True
    ) -> Slide:
        """Add a slide with `title`, footer, source line and notes naming the workbook rows of `records`."""
        if role not in self.layouts:  # chosen once per role: choosing measures every layout
            self.layouts[role] = find_layout(self.prs, role, self.master)
        slide: Slide = self.prs.slides.add_slide(self.layouts[role])
        keep = KEPT_PLACEHOLDERS.get(role, (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE))
        for shape in list(slide.placeholders):
            if shape.placeholder_format.type not in keep:
                shape._element.getparent().remove(shape._element)
        found = findings.sources(records)
        note = headlines.source_line(self.workbook, found, self.lang)
        notes = slide.notes_slide.notes_text_frame
        if notes is not None:
            notes.text = note
        if role in TITLED_ROLES:  # after the notes: a title cut to fit keeps its whole text there
            self.set_title(slide, title)
        if found and source_line:
            self.add_text(slide, self.grid.source, [note], sizes=(9,), color=MSO_THEME_COLOR.TEXT_1, muted=True)
        if role != "cover":
            self.footer(slide)
        self.slides.append(slide)
        return slide

    def set_title(self, slide: Slide, title: Title) -> None:
        """Put `title` in the slide's title placeholder (or a text box) on the grid, sized to fit, never cut.

        The title shrinks within the type scale, then wraps to two lines; when it still does not
        fit, the workbook names in it are shortened, so that its finding and page marker show.
        """
        box = self.grid.title
        shape = title_placeholder(slide)
        if shape is None:
            shape = slide.shapes.add_textbox(*box.xywh)
        place(shape, box)
        frame = shape.text_frame
        bar = placeholder_fill(self.colours, shape, slide.slide_layout) is not None  # a filled title bar
        side, top = margins(bar)
        insets(frame, side, top)
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE if bar else MSO_ANCHOR.TOP  # else at one place on every slide
        text, size = self._fit_title(title, *room(box, bar))
        self.keep_whole(slide, [title(None) if callable(title) else title], [text])
        frame.text = text
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.LEFT
        paint = self.readable(slide, shape)
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = True
            set_colour(run.font.color, paint)

    def _fit_title(self, title: Title, width: float, height: float) -> tuple[str, float]:
        """Return the title's text and size: the first fit of TITLE_FITS, names shortened only when none fits."""
        font = self.heading
        for fits in (TITLE_FITS, SMALL_TITLE_FITS):
            for limit in NAME_LIMITS if callable(title) else (None,):
                text = title(limit) if callable(title) else title
                for size, most in fits:
                    lines = fit.line_count([text], width, size, font, bold=True)
                    if lines <= most and lines * font.line_height(size) <= height:
                        return text, size
        size = SMALL_TITLE_FITS[-1][0]  # a title too long even so: cut, as a last resort
        return fit.truncate([text], width, height, size, font, True)[0], size

    def footer(self, slide: Slide) -> None:
        """Add the footer: client and project on the left, the slide number on the right."""
        left, right = self.grid.footer.columns([5, 1], self.grid.gap)
        label = self.footer_label
        width = left.width_pt - 2 * INSET
        if fit.text_height([label], width, FOOTER_SIZE, self.body) > 12:
            label = fit.truncate([label], width, 12, FOOTER_SIZE, self.body)[0]
        self.add_text(slide, left, [label], sizes=(FOOTER_SIZE,), muted=True, anchor=MSO_ANCHOR.BOTTOM)
        box = self.add_text(
            slide, right, [""], sizes=(FOOTER_SIZE,), align=PP_ALIGN.RIGHT, muted=True, anchor=MSO_ANCHOR.BOTTOM
        )
        paragraph = box.text_frame.paragraphs[0]._p
        fld = OxmlElement("a:fld")
        field_id = uuid.uuid5(uuid.NAMESPACE_OID, f"cjmdeck.slidenum.{len(self.prs.slides)}")  # the same every build
        fld.set("id", "{" + str(field_id).upper() + "}")
        fld.set("type", "slidenum")
        rpr = OxmlElement("a:rPr")
        rpr.set("lang", "en-US")
        rpr.set("sz", str(FOOTER_SIZE * 100))
        set_colour(Font(rpr).color, self.colours.muted(self.ground(slide)))
        number = OxmlElement("a:t")
        number.text = str(len(self.prs.slides))
        fld.extend([rpr, number])
        paragraph.append(fld)
        end = paragraph.find(qn("a:endParaRPr"))
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
        color: Colour | None = None,
        fill: Colour | None = None,
        muted: bool = False,
        bullets: bool = False,
        italic: bool = False,
        noted: bool = True,
    ) -> Any:
        """Add a text box at `box` with `lines` (and a bold `heading`) at the largest size of `sizes` that fits.

        Text cut to fit is kept whole in the slide's notes, unless not `noted` (the caller keeps it).
        """
        shape = slide.shapes.add_textbox(*box.xywh)
        side, top = margins(fill is not None)
        if fill is not None:
            solid(shape.fill, fill)
        on = self.colours.hex(fill) if fill is not None else self.ground(slide)
        wanted = [color] if color is not None else []
        paint = self.colours.muted(on) if muted else self.colours.readable(on, wanted)
        shown = [bullet(line) if bullets and line else line for line in lines]
        width, height = room(box, fill is not None)
        paragraphs = ([heading] if heading else []) + shown
        size = fit.fit_size(paragraphs, width, height, self.body, sizes, bold=bold)
        if size is None:
            size, whole = sizes[-1], paragraphs
            paragraphs = fit.truncate(paragraphs, width, height, size, self.body, bold)
            if noted:
                self.keep_whole(slide, whole, paragraphs)
        weights = [bold or (heading is not None and i == 0) for i in range(len(paragraphs))]
        written = [
            paragraph_xml(content, size, align, bold=weight, italic=italic, paint=paint)
            for content, weight in zip(paragraphs or [""], weights or [bold], strict=True)
        ]
        write_text(shape, written, side=side, top=top, anchor=anchor)
        return shape

    def add_pointer(self, slide: Slide, box: Box, note: str, key: str) -> None:
        """Add the muted line `note` at `box`, ending in "→ see slide N" for the first slide of kind `key`."""
        shape = self.add_text(slide, box, [self.pointing(note)], sizes=POINTER_SIZES, muted=True, noted=False)
        self.point(shape.text_frame.paragraphs[0], note, key)

    def pointing(self, note: str) -> str:
        """Return `note` with the longest "→ see slide N" after it: what to measure before the number is known."""
        return f"{note} {self.t('see_slide', n=999)}"

    def point(self, paragraph: _Paragraph, note: str, key: str) -> None:
        """Turn a paragraph written as `pointing(note)` into `note` and a run linked to the slide of kind `key`."""
        first = paragraph.runs[0] if paragraph.runs else None
        if first is None or first.text != self.pointing(note):  # cut to fit: no room for the pointer
            return
        first.text = f"{note} "
        run = paragraph.add_run()
        run._r.remove(run._r.get_or_add_rPr())
        run._r.insert(0, copy.deepcopy(first._r.get_or_add_rPr()))  # the same size, weight and colour
        self.link(run, key)

    def keep_whole(self, slide: Slide, whole: list[str], shown: list[str], *place: str) -> None:
        """Add to `slide`'s notes a line with each text of `whole` that `shown` (the same, fitted) cut, and where."""
        notes: Any = slide.notes_slide.notes_text_frame
        if notes is None:
            return
        for cut in fit.lost(whole, shown):
            line, there = cut_note(cut, self.lang, *place), {p.text for p in notes.paragraphs}
            if line not in there and cut not in there:  # not twice, nor the source line the notes start with
                notes.add_paragraph().text = line

    def fill_placeholder(
        self,
        slide: Slide,
        kinds: tuple[PP_PLACEHOLDER, ...],
        lines: list[str],
        sizes: tuple[float, ...],
        bold: bool,
        fallback: Box,
    ) -> Any:
        """Fill the first placeholder of `kinds` with `lines` sized to fit, else a box at `fallback`; return it."""
        shape = next((s for s in slide.placeholders if s.placeholder_format.type in kinds), None)
        if shape is None:
            return self.add_text(slide, fallback, lines, sizes=sizes, bold=bold)
        box = box_of(shape)
        if box is None:
            box = fallback
            place(shape, box)
        frame = shape.text_frame
        frame.word_wrap = True
        width, height = box.width_pt - 2 * PLACEHOLDER_INSET, box.height_pt - PLACEHOLDER_INSET
        font = self.heading if bold else self.body
        size = fit.fit_size(lines, width, height, font, sizes, bold)
        if size is None:
            size, whole = sizes[-1], lines
            lines = fit.truncate(lines, width, height, size, font, bold)
            self.keep_whole(slide, whole, lines)
        frame.text = ""
        paint = self.readable(slide, shape)
        for i, line in enumerate(lines):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            run = paragraph.add_run()
            run.text = line
            run.font.size = Pt(size)
            run.font.bold = bold
            set_colour(run.font.color, paint)
        return shape


def margins(card: bool) -> tuple[float, float]:
    """Return the side and top insets (points) of a text box: wider in a filled card, so text keeps off its edge."""
    return (CARD_INSET, CARD_INSET / 2) if card else (INSET, 2)


def room(box: Box, card: bool = False) -> tuple[float, float]:
    """Return the width and height (points) text has in `box`, a filled card or a plain text box."""
    side, top = margins(card)
    return box.width_pt - 2 * side, box.height_pt - 2 * top


def title_first(title: Any, body: Any, gap: int) -> None:
    """Move placeholder `body` below placeholder `title` when the layout puts it above (a closing's small print)."""
    above, below = box_of(body), box_of(title)
    if above is None or below is None or above.top >= below.top:
        return
    if above.top + below.height + gap + above.height > max(above.bottom, below.bottom) + gap:  # no room to swap
        return
    place(title, Box(below.left, above.top, below.width, below.height))
    place(body, Box(above.left, above.top + below.height + gap, above.width, above.height))


def paged_title(title: Title, n: int, total: int, lang: str) -> Title:
    """Return the title of page `n` of `total`, "title (2/3)", keeping a title's names shortenable."""
    if callable(title):
        return lambda limit: headlines.paged(title(limit), n, total, lang)
    return headlines.paged(title, n, total, lang)


def resolve_links(canvas: Canvas, order: list[Slide]) -> None:
    """Write "see slide N" into every linked run, N the number its slide has in `order`; drop links to no slide.

    A plain reference, not a hyperlink: viewers colour hyperlinks their own way, which a theme may make unreadable.
    """
    numbers = {id(slide.part): n for n, slide in enumerate(order, start=1)}
    for run, key in canvas.links:
        target = canvas.marks.get(key)
        if target is None or id(target.part) not in numbers:
            run._r.getparent().remove(run._r)
            continue
        run.text = canvas.t("see_slide", n=numbers[id(target.part)])
