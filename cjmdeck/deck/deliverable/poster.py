"""A persona's journey map as a poster for the workshop wall: one landscape page of A3 to A0, a PowerPoint slide.

The poster is the deck's map slide drawn on a page the size of the paper: the same lanes
(`map_lanes`), the same plan (`plan_pages`, its sizes scaled to the page), the same tables and
emotion curve (`draw_map`), on the template's theme. Every stage is a column and every lane is
shown whole, at the largest size that fits, no smaller than the deck's readable floor scaled
to the page (14 pt on A3, 28 pt on A1); a map too long for that is set smaller, then cut, and
the build says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide, SlideLayout
from pptx.util import Emu

from cjmdeck import findings
from cjmdeck.contract import normalize
from cjmdeck.deck import fit
from cjmdeck.deck.canvas import NAME_LIMITS, Canvas
from cjmdeck.deck.colours import inherited, theme_colours
from cjmdeck.deck.deliverable.journeymap import draw_map
from cjmdeck.deck.deliverable.mapplan import MapPlan, map_lanes, plan_pages
from cjmdeck.deck.finishing import exact_spacing, name_theme_fonts
from cjmdeck.deck.fit import FontMetrics, metrics_for
from cjmdeck.deck.grid import EMU_PER_IN, GRID_HEIGHT_IN, Box, Grid, beside, clear_of, points, pt
from cjmdeck.deck.layouts import LAYOUT_NAMES, find_layout, obstacles, title_placeholder
from cjmdeck.deck.shapes import INSET, box_of, paragraph_xml, place, write_text
from cjmdeck.deck.template import default_template, drop_slide, open_template, theme_fonts
from cjmdeck.errors import OutputError
from cjmdeck.findings import Findings, PersonaJourney
from cjmdeck.model import Persona
from cjmdeck.posters import PAPERS
from cjmdeck.text import headlines, quote
from cjmdeck.text.values import detail, footer_label

EMU_PER_MM = 36000
# Text sizes are a slide's (7.5 in high), scaled to the page: 9, the deck's floor, is 14 pt on A3 and 28 pt on A1.
MAP_SIZES = (16, 15, 14, 13, 12, 11, 10, 9)
BELOW_FLOOR = (8, 7, 6)  # for a map the floor cannot hold: smaller, and said, before anything is cut
TITLE_FITS = ((28, 1), (24, 1), (20, 1), (18, 1), (18, 2))  # (size, lines): shrink, then wrap
PROFILE_SIZES = (12, 11, 10, 9)
PROFILE_LINES = 2  # the persona's name, profile and quote, in one paragraph of at most this many lines
PROFILE_DETAILS = ("occupation", "location")  # shown as they are; the age with its label
FOOTER_SIZE = 9
TOP = 2.0  # points: the top and bottom inset of the poster's text boxes
# A poster's grid inch: a ninth of its height (a slide's is a 7.5th). Margins, gaps and the emotion band take
# a smaller share of a large page than of a slide, leaving the lanes room for print-sized text.
GRID_INCHES = 9.0
MARGIN, GAP = 0.3, 0.15  # grid inches: about 10 mm and 5 mm on A3


def render_poster(
    found: Findings,
    journey: PersonaJourney,
    output: Path,
    *,
    template: Path | None = None,
    lang: str = "en",
    workbook_name: str = "workbook.xlsx",
    paper: str = "A3",
    name: str = "poster",
) -> list[str]:
    """Write the poster of `journey`'s persona on `paper` to `output`; return warnings, each naming it `name`."""
    prs = open_template(template or default_template())
    for kept in list(prs.slides):  # the template's own slides are a deck's, not a poster's
        drop_slide(prs, kept)
    width, height = (mm * EMU_PER_MM for mm in PAPERS[paper])
    rescale(prs, width, height)
    titled = find_layout(prs, "title_only")  # the layout (and master) the deck's content slides take
    layout = blank_layout(titled.slide_master, width, height)
    slide = prs.slides.add_slide(layout)
    for shape in list(slide.placeholders):
        shape._element.getparent().remove(shape._element)
    heading, body = (metrics_for(font) for font in theme_fonts(prs, titled.slide_master))
    colours = theme_colours(prs, layout)
    label = footer_label(found.journey.project)
    unit = height / GRID_INCHES
    page = Box(0, 0, width, height)
    grid = Grid(width, height, unit, int(MARGIN * unit), int(GAP * unit), page, page, page, page)
    canvas = Canvas(prs, lang, workbook_name, grid, heading, body, colours, label, master=titled.slide_master)
    records = findings.map_records(found.journey, journey.persona, found.journey.stages)
    notes = slide.notes_slide.notes_text_frame
    if notes is not None:
        notes.text = headlines.source_line(workbook_name, findings.sources(records), lang)
    scale = height / GRID_HEIGHT_IN / EMU_PER_IN  # how many times a slide's height: its text sizes scale so
    avoid = obstacles(layout, width, height)
    title = partial(headlines.map_title, journey, found.journey.stages, lang)  # a limit shortens its names
    top = _title(canvas, slide, title, scale, avoid, _title_colour(canvas, titled))
    top = _profile(canvas, slide, journey.persona, scale, top, avoid)
    canvas.grid = poster_grid(canvas.grid, top, scale, avoid)
    _footer(canvas, slide, scale)
    warnings = _map(canvas, slide, found, journey, scale, f"{name}: ", paper)
    exact_spacing(slide)
    name_theme_fonts(slide)
    try:
        prs.save(str(output))
    except OSError as exc:
        raise OutputError(output, f"cannot be written ({exc.strerror or exc})") from exc
    return warnings


def scaled(sizes: Sequence[float], scale: float) -> tuple[float, ...]:
    """Return a slide's text `sizes` scaled to a page `scale` times as high, to the half point."""
    return tuple(round(size * scale * 2) / 2 for size in sizes)


def rescale(prs: Presentation, width: int, height: int) -> None:
    """Set the slide size to `width` x `height` EMU, moving and sizing the masters' and layouts' shapes to match.

    python-pptx changes the size alone: a logo would stay where it was. Pictures keep their
    proportions, scaled about their centre; other shapes stretch with the page.
    """
    across, down = width / int(prs.slide_width or width), height / int(prs.slide_height or height)
    prs.slide_width, prs.slide_height = Emu(width), Emu(height)
    for master in prs.slide_masters:
        for part in (master, *master.slide_layouts):
            for shape in part.shapes:
                box = box_of(shape)
                if box is None:  # a placeholder that takes its place from the master, which is scaled
                    continue
                if shape._element.tag == qn("p:pic"):
                    k = min(across, down)
                    w, h = int(box.width * k), int(box.height * k)
                    x, y = (box.left + box.width / 2) * across, (box.top + box.height / 2) * down
                    place(shape, Box(int(x - w / 2), int(y - h / 2), w, h))
                else:
                    left, top = int(box.left * across), int(box.top * down)
                    place(shape, Box(left, top, int(box.width * across), int(box.height * down)))


def blank_layout(master: Any, width: int, height: int) -> SlideLayout:
    """Return `master`'s layout named blank, else the one drawing the fewest shapes and with the fewest placeholders."""
    names = {normalize(n) for n in LAYOUT_NAMES["blank"][1]}
    layouts: list[SlideLayout] = list(master.slide_layouts)
    named = [layout for layout in layouts if normalize(layout.name) in names]
    if named:
        return named[0]
    return min(layouts, key=lambda layout: (len(obstacles(layout, width, height)), len(layout.placeholders)))


def poster_grid(grid: Grid, top: int, scale: float, avoid: Sequence[Box]) -> Grid:
    """Return `grid` with the map's box from `top` down to a footer at the bottom, clear of the layout's art."""
    margin, gap = grid.margin, grid.gap
    high = int(pt(fit.LINE_SPACING * scaled([FOOTER_SIZE], scale)[0] + 2 * TOP + 1))
    footer = beside(Box(margin, grid.height - margin - high, grid.width - 2 * margin, high), avoid, gap)
    content = clear_of(Box(margin, top + gap, grid.width - 2 * margin, footer.top - gap - top - gap), avoid, gap)
    title = Box(margin, margin, grid.width - 2 * margin, top - margin)
    return dataclasses.replace(grid, title=title, content=content, source=footer, footer=footer)


def _title_colour(canvas: Canvas, titled: SlideLayout) -> list[str]:
    """Return the colour the template gives the titles of its content slides, when it states one."""
    placeholder = title_placeholder(titled)
    own = inherited(canvas.colours, placeholder, titled) if placeholder is not None else None
    return [own] if own else []


def _title(
    canvas: Canvas,
    slide: Slide,
    title: Callable[[int | None], str],
    scale: float,
    avoid: Sequence[Box],
    wanted: list[str],
) -> int:
    """Add the map's action title at the top of the page, as large as fits; return the bottom of its box."""
    grid, font = canvas.grid, canvas.heading
    box = beside(Box(grid.margin, grid.margin, grid.width - 2 * grid.margin, grid.height // 4), avoid, grid.gap)
    text, size, lines = fit_title(title, points(box.width) - 2 * INSET, font, scale)
    box = Box(box.left, box.top, box.width, int(pt(lines * font.line_height(size) + 2 * TOP + 1)))
    canvas.keep_whole(slide, [title(None)], [text])
    paint = canvas.colours.readable(canvas.ground(slide), wanted)
    shape = slide.shapes.add_textbox(*box.xywh)
    write_text(shape, [paragraph_xml(text, size, bold=True, paint=paint)], top=TOP)
    for props in shape._element.iter(qn("a:rPr")):  # the theme's heading font, as in a title placeholder
        props.append(props.makeelement(qn("a:latin"), {"typeface": "+mj-lt"}))
    return box.bottom


def fit_title(
    title: Callable[[int | None], str], width: float, font: FontMetrics, scale: float
) -> tuple[str, float, int]:
    """Return the title's text, size and lines: the first of TITLE_FITS it fits, its names shortened only if none."""
    for limit in NAME_LIMITS:
        text = title(limit)
        for slide_size, most in TITLE_FITS:
            size = scaled([slide_size], scale)[0]
            lines = fit.line_count([text], width, size, font, bold=True)
            if lines <= most:
                return text, size, lines
    size, most = scaled([TITLE_FITS[-1][0]], scale)[0], TITLE_FITS[-1][1]  # still too long: cut, as a last resort
    return fit.truncate([text], width, most * font.line_height(size), size, font, True)[0], size, most


def profile_parts(persona: Persona, lang: str) -> list[str]:
    """Return the persona's name, a short profile (age, occupation, location) and quote, leaving out blanks."""
    details = [detail("age", persona.age, lang)] if persona.age else []
    details += [getattr(persona, key) for key in PROFILE_DETAILS if getattr(persona, key)]
    said = [quote(persona.quote, lang)] if persona.quote else []
    return [persona.name, *([" · ".join(details)] if details else []), *said]


def _profile(canvas: Canvas, slide: Slide, persona: Persona, scale: float, top: int, avoid: Sequence[Box]) -> int:
    """Add the persona's name (bold), profile and quote (italic) as one paragraph under the title; return its bottom.

    It takes at most PROFILE_LINES lines, at the largest size that allows; else the quote is left out.
    """
    grid, font = canvas.grid, canvas.body
    box = beside(Box(grid.margin, top, grid.width - 2 * grid.margin, grid.height // 4), avoid, grid.gap)
    width = points(box.width) - 2 * INSET
    whole = profile_parts(persona, canvas.lang)
    parts, size, lines = whole, 0.0, 0
    for kept in (whole, whole[:-1] if persona.quote and len(whole) > 1 else whole):
        counts = {s: fit.line_count([" · ".join(kept)], width, s, font, True) for s in scaled(PROFILE_SIZES, scale)}
        size = next((s for s, n in counts.items() if n <= PROFILE_LINES), 0.0)
        if size:
            parts, lines = kept, counts[size]
            break
    if not size:  # too long even without the quote: cut
        size, lines = scaled(PROFILE_SIZES, scale)[-1], PROFILE_LINES
        cut = fit.truncate([" · ".join(whole)], width, lines * font.line_height(size), size, font, True)[0]
        parts = [cut]
    canvas.keep_whole(slide, [" · ".join(whole)], [" · ".join(parts)])
    box = Box(box.left, box.top, box.width, int(pt(lines * font.line_height(size) + 2 * TOP + 1)))
    ground = canvas.ground(slide)
    ink, accent = canvas.colours.readable(ground), canvas.colours.readable(ground, [MSO_THEME_COLOR.ACCENT_1])
    runs = []
    for i, part in enumerate(parts):
        quoted = i > 0 and persona.quote != "" and part == whole[-1]  # in italics, as on the profile slide
        shown = part if i == 0 else f" · {part}"
        runs.append(paragraph_xml(shown, size, bold=i == 0, italic=quoted, paint=accent if quoted else ink))
    write_text(slide.shapes.add_textbox(*box.xywh), [_joined(runs)], top=TOP)
    return box.bottom


def _joined(paragraphs: list[str]) -> str:
    """Return the paragraphs written by paragraph_xml as one paragraph: the first's, holding every one's run."""
    runs = [p[p.index("<a:r>") : p.rindex("</a:p>")] for p in paragraphs]
    first = paragraphs[0]
    return first[: first.index("<a:r>")] + "".join(runs) + "</a:p>"


def _footer(canvas: Canvas, slide: Slide, scale: float) -> None:
    """Add the footer: client and project on the left, the source workbook on the right."""
    left, right = canvas.grid.footer.columns([3, 2], canvas.grid.gap)
    size = scaled([FOOTER_SIZE], scale)
    source = headlines.source_line(canvas.workbook, {}, canvas.lang)
    canvas.add_text(slide, left, [canvas.footer_label], sizes=size, muted=True, anchor=MSO_ANCHOR.BOTTOM)
    canvas.add_text(slide, right, [source], sizes=size, muted=True, anchor=MSO_ANCHOR.BOTTOM, align=PP_ALIGN.RIGHT)


def _map(
    canvas: Canvas, slide: Slide, found: Findings, journey: PersonaJourney, scale: float, name: str, paper: str
) -> list[str]:
    """Draw the map in the grid's content box at the largest size that holds it; return what to warn about."""
    stages = found.journey.stages
    sizes = scaled(MAP_SIZES, scale)
    lanes = map_lanes(journey.lanes, len(stages), canvas.lang)
    plan: MapPlan = plan_pages(canvas, stages, lanes, one_page=True, sizes=sizes + scaled(BELOW_FLOOR, scale))
    draw_map(canvas, slide, plan, list(stages), 0, list(journey.scores), set(journey.lows), scale)
    warnings = []
    if plan.size < sizes[-1]:
        warnings.append(
            f"{name}the map is set at {plan.size:g} pt, smaller than the {sizes[-1]:g} pt readable on {paper};"
            " print it on a larger page (--poster-size)"
        )
    if plan.cut:
        for lane in plan.lanes:  # a cell cut keeps its whole text in the notes
            for k, stage in enumerate(stages):
                canvas.keep_whole(slide, ["\n".join(lane.whole[k])], ["\n".join(lane.cells[k])], stage.name, lane.label)
        warnings.append(f"{name}some lanes are too long for the page even so: cut, and whole in the notes")
    return warnings
