"""A persona's journey map: stages as columns, lanes as rows, the emotion curve across; one slide, or complete."""

from __future__ import annotations

import itertools
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas, paged_title
from cjmdeck.deck.deliverable.mapplan import (
    JOINED_LANES,
    NOTE_HEIGHT,
    MapLane,
    MapPlan,
    band_height,
    map_lanes,
    measure,
    plan_pages,
)
from cjmdeck.deck.grid import Box, points, pt
from cjmdeck.deck.shapes import emu, flat, grouped, insets, rgb, set_colour
from cjmdeck.deck.tables import Drawn, draw_table
from cjmdeck.findings import (
    BACKSTAGE_LANES,
    FRONT_LANES,
    Findings,
    PersonaJourney,
    emotion_level,
    map_records,
)
from cjmdeck.model import Stage
from cjmdeck.palette import EMOTION_FILL, EMOTION_TEXT
from cjmdeck.text import format_score
from cjmdeck.text.formats import shorten
from cjmdeck.text.headlines import map_title

LANE_GROWTH = 36.0  # points: how much a lane may grow to use a page's spare height
SLACK = 8.0  # points kept free under a grown map: viewers draw wrapped rows a little taller than measured
RING = "7F7F7F"  # the marker's outline; the lowest one's is drawn in the text colour, to stand out


def journey_map(canvas: Canvas, found: Findings, journey: PersonaJourney) -> list[Slide]:
    """Add the journey map of a persona on one slide, long lanes cut to their first items and "+N more"."""
    stages = found.journey.stages
    plan = plan_pages(canvas, stages, map_lanes(journey.lanes, len(stages), canvas.lang), one_page=True)
    slide = canvas.new_slide(
        lambda limit: map_title(journey, stages, canvas.lang, limit),
        map_records(found.journey, journey.persona, stages),
    )
    draw_map(canvas, slide, plan, list(stages), 0, list(journey.scores), set(journey.lows))
    if plan.cut_elsewhere:  # touchpoints cut are all in the stage slides; other texts in the complete map
        content = canvas.grid.content
        note = Box(
            content.left,
            content.bottom - canvas.grid.inches(NOTE_HEIGHT),
            content.width,
            canvas.grid.inches(NOTE_HEIGHT),
        )
        canvas.add_pointer(slide, note, canvas.t("map_cut_note"), full_map_key(journey))
    return [slide]


def full_map(canvas: Canvas, found: Findings, journey: PersonaJourney) -> list[Slide]:
    """Add the complete journey map of a persona whose map in the body is cut, split by stage columns as needed.

    It leaves out the touchpoints lane: every touchpoint is listed in the stage slides. A cell cut
    even here is kept whole in its slide's notes.
    """
    stages = found.journey.stages
    if not plan_pages(canvas, stages, map_lanes(journey.lanes, len(stages), canvas.lang), one_page=True).cut_elsewhere:
        return []
    lanes = [lane for lane in journey.lanes if lane.key not in JOINED_LANES]
    plan = plan_pages(canvas, stages, map_lanes(lanes, len(stages), canvas.lang))

    def title(limit: int | None) -> str:
        """Return the complete map's title, the persona's name cut to `limit`."""
        return canvas.t("map_full_title", name=shorten(journey.persona.name, limit))

    slides = []
    for page, (start, count) in enumerate(plan.ranges, start=1):
        shown = paged_title(title, page, len(plan.ranges), canvas.lang)
        on_page = stages[start : start + count]
        slide = canvas.new_slide(shown, map_records(found.journey, journey.persona, on_page))
        low = {i - start for i in journey.lows if start <= i < start + count}
        scores = list(journey.scores[start : start + count])
        draw_map(canvas, slide, plan, list(on_page), start, scores, low)
        for lane in plan.lanes:  # a cell cut even here keeps its whole text in the notes
            for k, stage in enumerate(on_page, start=start):
                whole, shown = "\n".join(lane.whole[k]), "\n".join(lane.cells[k])
                canvas.keep_whole(slide, [whole], [shown], stage.name, lane.label)
        slides.append(slide)
    return canvas.mark(full_map_key(journey), slides)


def full_map_key(journey: PersonaJourney) -> str:
    """Return the key that links to the complete map of `journey`'s persona."""
    return f"map:{journey.persona.name}"


def draw_map(
    canvas: Canvas,
    slide: Slide,
    plan: MapPlan,
    stages: list[Stage],
    start: int,
    scores: list[float | None],
    lowest: set[int],
    scale: float = 1.0,
) -> None:
    """Draw one page of the map in the grid's content box: as many stage columns as the plan's first page.

    `scale` enlarges the emotion band's fixed sizes (its label, scores and lines) and the lanes' growth,
    for a page larger than a slide (a poster).
    """
    content = canvas.grid.content
    lanes, size, label_emu, band = plan.lanes, plan.size, plan.label, band_height(canvas)
    col_emu = (content.width - label_emu) // max(plan.ranges[0][1], 1)
    heights = measure(canvas.body, lanes, stages, start, size, points(label_emu), points(col_emu))
    spare = plan.room - sum(heights) - SLACK * scale
    if spare > 0 and lanes:
        extra = min(spare / len(lanes), LANE_GROWTH * scale)
        heights = heights[:1] + [h + extra for h in heights[1:]]
    front = [lane for lane in lanes if lane.key in FRONT_LANES]
    back = [lane for lane in lanes if lane.key not in FRONT_LANES]  # pain points, opportunities and backstage
    widths = [label_emu] + [col_emu] * len(stages)
    header = ["", *(s.name for s in stages)]
    rows = [header, *_lane_rows(front, start, len(stages))]
    top = content.top
    shape = _table(canvas, slide, content.left, top, widths, rows, heights[: 1 + len(front)], size, True)
    top += shape.height + canvas.grid.gap
    band_box = Box(content.left, top, label_emu + col_emu * len(stages), band)
    _emotion_band(canvas, slide, band_box, label_emu, col_emu, scores, lowest, scale)
    top += band + canvas.grid.gap
    if back:
        rows = _lane_rows(back, start, len(stages))
        shape = _table(canvas, slide, content.left, top, widths, rows, heights[1 + len(front) :], size, False)
        backstage = [i for i, lane in enumerate(back) if lane.key in BACKSTAGE_LANES]
        if backstage:
            _line_of_visibility(shape.table.rows[backstage[0]])


def _line_of_visibility(row: Any) -> None:
    """Draw the service blueprint's line of visibility: a dashed rule on top of the first backstage row."""
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        line = parse_xml(
            f'<a:lnT {nsdecls("a")} w="{pt(2.25)}" cap="flat" cmpd="sng">'
            '<a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:prstDash val="dash"/></a:lnT>'
        )
        below = parse_xml(  # the row's own bottom edge stays the style's thin white rule (LibreOffice repeats lnT)
            f'<a:lnB {nsdecls("a")} w="{pt(1)}" cap="flat" cmpd="sng"><a:solidFill><a:schemeClr val="bg1"/>'
            '</a:solidFill><a:prstDash val="solid"/></a:lnB>'
        )
        for old in [child for child in tc_pr if child.tag in (qn("a:lnT"), qn("a:lnB"))]:
            tc_pr.remove(old)  # the dark slide's rules, replaced here
        borders = [child for child in tc_pr if child.tag in (qn("a:lnL"), qn("a:lnR"))]
        tc_pr.insert(len(borders), line)  # lnT and lnB follow lnL and lnR and precede any fill
        tc_pr.insert(len(borders) + 1, below)


def _lane_rows(lanes: list[MapLane], start: int, count: int) -> list[list[str]]:
    """Return the table rows of `lanes` for `count` stages from `start`: the label, then one cell per stage."""
    return [[lane.label] + ["\n".join(cell) for cell in lane.cells[start : start + count]] for lane in lanes]


def _table(
    canvas: Canvas,
    slide: Slide,
    left: int,
    top: int,
    widths: list[int],
    rows: list[list[str]],
    heights: list[float],
    size: float,
    header: bool,
) -> Any:
    """Add one of the map's two tables: rows of `heights` points, the label column and any header row bold."""
    total = sum(int(pt(h)) for h in heights)
    cells = [
        [Drawn(value.split("\n"), size, bold=j == 0 or (header and i == 0)) for j, value in enumerate(values)]
        for i, values in enumerate(rows)
    ]
    frame = Box(left, top, sum(widths), total)
    shape = draw_table(canvas, slide, frame, widths, heights, cells, header=header, first_column=True)
    return shape


def _emotion_band(
    canvas: Canvas,
    slide: Slide,
    box: Box,
    label_emu: int,
    col_emu: int,
    scores: list[float | None],
    lowest: set[int],
    scale: float = 1.0,
) -> None:
    """Draw the emotion lane: label, then a grouped curve of numbered markers aligned to the stage columns."""
    canvas.add_text(
        slide,
        Box(box.left, box.top, label_emu, box.height),
        [canvas.t("lane_emotion")],
        sizes=tuple(size * scale for size in (12, 11, 10, 9)),
        bold=True,
        anchor=MSO_ANCHOR.MIDDLE,
    )
    points_ = [(i, s) for i, s in enumerate(scores) if s is not None]
    if not points_:
        return
    ink = canvas.colours.readable(canvas.ground(slide))
    curve = canvas.colours.visible(canvas.ground(slide), MSO_THEME_COLOR.TEXT_2)  # on a dark panel too
    marker = int(min(box.height * 0.42, col_emu * 0.5))
    area_top, area_h = box.top + marker // 2, box.height - marker

    def centre(i: int, score: float) -> tuple[int, int]:
        """Return the centre of the marker of stage `i` at `score`."""
        x = box.left + label_emu + col_emu * i + col_emu // 2
        y = area_top + int((5 - score) / 4 * area_h)
        return x, y

    with grouped(slide, "Emotion curve"):  # one shape, moved as one
        for (i, a), (j, b) in itertools.pairwise(points_):
            (x1, y1), (x2, y2) = centre(i, a), centre(j, b)
            line = flat(slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, emu(x1), emu(y1), emu(x2), emu(y2)))
            line.line.width = Pt(2 * scale)
            set_colour(line.line.color, curve)
        for i, score in points_:
            x, y = centre(i, score)
            level = emotion_level(score) or 3
            dot = flat(
                slide.shapes.add_shape(MSO_SHAPE.OVAL, *Box(x - marker // 2, y - marker // 2, marker, marker).xywh)
            )
            dot.fill.solid()
            dot.fill.fore_color.rgb = rgb(EMOTION_FILL[level])
            set_colour(dot.line.color, ink if i in lowest else RING)
            dot.line.width = Pt((2.5 if i in lowest else 0.75) * scale)
            frame = dot.text_frame
            insets(frame, 0, 0)
            frame.vertical_anchor = MSO_ANCHOR.MIDDLE
            frame.word_wrap = False
            frame.text = format_score(score, canvas.lang)
            paragraph = frame.paragraphs[0]
            paragraph.alignment = PP_ALIGN.CENTER
            run = paragraph.runs[0]
            run.font.size = Pt(max(min(int(points(marker) * 0.45), 12 * scale), fit.FLOOR * scale))
            run.font.bold = True
            run.font.color.rgb = rgb(EMOTION_TEXT[level])
            if i in lowest:
                room = col_emu // 2 - marker // 2 - int(pt(4 * scale))
                word = canvas.t("lowest")
                wide = int(pt(canvas.body.width(word, 9 * scale, bold=True) + 2 * scale))
                # below the rising line, as wide as its word (LibreOffice centres the rest)
                tag = slide.shapes.add_textbox(
                    emu(x + marker // 2 + int(pt(2 * scale))),
                    emu(y),
                    emu(max(min(room, wide), int(pt(20 * scale)))),
                    pt(14 * scale),
                )
                tf = tag.text_frame
                insets(tf, 0, 0)
                tf.vertical_anchor = MSO_ANCHOR.MIDDLE
                tf.word_wrap = False
                tf.text = word
                tf.paragraphs[0].runs[0].font.size = Pt(9 * scale)
                tf.paragraphs[0].runs[0].font.bold = True
                set_colour(tf.paragraphs[0].runs[0].font.color, canvas.colours.readable(canvas.ground(slide)))
