"""The journey map slide of one persona: stages as columns, lanes as rows, the emotion curve across the stages."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.slide import Slide
from pptx.util import Emu, Pt

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import EMOTION_FILL, EMOTION_TEXT, Canvas, emotion_level, flat, rgb
from cjmdeck.deck.grid import EMU_PER_PT, Box, pt
from cjmdeck.deck.labels import format_score, quote
from cjmdeck.deck.tables import CELL_X, CELL_Y, _write
from cjmdeck.model import Persona, Stage

MAP_SIZES = (12, 11, 10, 9)
BEFORE = ("lane_goal", "lane_actions", "lane_touchpoints", "lane_thoughts")
AFTER = ("lane_pain", "lane_opps", "lane_backstage", "lane_support")
BACKSTAGE = ("lane_backstage", "lane_support")  # below the line of visibility of a service blueprint


@dataclass
class Lane:
    """One row of the map: its label and the lines of each stage's cell."""

    key: str
    label: str
    cells: list[list[str]]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def lanes_for(canvas: Canvas, persona: Persona, stages: tuple[Stage, ...]) -> list[Lane]:
    """Return the map's lanes for `persona` in the fixed lane order, leaving out lanes empty at every stage."""
    journey = canvas.journey
    blueprint = journey.project.map_type == "service_blueprint"
    keys = BEFORE + (AFTER if blueprint else AFTER[:2])
    lanes: list[Lane] = []
    for key in keys:
        cells = []
        for stage in stages:
            rows = journey.rows_for(persona.name, stage.name)
            if key == "lane_goal":
                items = [stage.customer_goal]
            elif key == "lane_actions":
                items = _unique([a for r in rows for a in r.customer_actions])
            elif key == "lane_touchpoints":
                items = _unique([t.name for t in journey.touchpoints_for(stage.name, persona.name)])
            elif key == "lane_thoughts":
                items = _unique([quote(t, canvas.lang) for r in rows for t in r.thoughts] + [r.feeling for r in rows])
            else:
                attr = {
                    "lane_pain": "pain_points",
                    "lane_opps": "opportunities",
                    "lane_backstage": "backstage",
                    "lane_support": "support_processes",
                }[key]
                items = _unique([x for r in rows for x in getattr(r, attr)])
            if key == "lane_touchpoints" and items:
                items = [", ".join(_unique(items))]
            bullet = key not in ("lane_goal", "lane_thoughts", "lane_touchpoints")
            cells.append([f"• {i}" if bullet and len(items) > 1 else i for i in _unique(items)])
        if any(cells):
            lanes.append(Lane(key, canvas.t(key), cells))
    return lanes


def _row_height(canvas: Canvas, cells: list[list[str]], width: float, size: float, bold: bool = False) -> float:
    inner = width - 2 * CELL_X
    return max(fit.text_height(c or [""], inner, size, canvas.body, bold) for c in cells) + 2 * CELL_Y + 1


def _layout(canvas: Canvas) -> tuple[int, int]:
    """Return the label column width and the emotion band height, in EMU."""
    unit = canvas.grid.height / 7.5
    return int(1.2 * unit), int(0.8 * unit)


def _measure(
    canvas: Canvas, lanes: list[Lane], stages: list[Stage], start: int, size: float, label_w: float, col_w: float
) -> list[float]:
    """Return the heights (points) of the header and every lane for the stages from `start`."""
    count = len(stages)
    header = [[s.name] for s in stages]
    heights = [max(_row_height(canvas, header, col_w, size, True), _row_height(canvas, [[""]], label_w, size))]
    for lane in lanes:
        cells = lane.cells[start : start + count]
        heights.append(
            max(_row_height(canvas, cells, col_w, size), _row_height(canvas, [[lane.label]], label_w, size, True))
        )
    return heights


MIN_COLUMNS = 1  # a map is split down to one stage per page before any text is cut


def plan_pages(canvas: Canvas, persona: Persona) -> tuple[list[Lane], list[tuple[int, int]], float]:
    """Return the lanes, the (start, count) stage ranges of each page, and the text size used.

    The map is set at the largest size of the scale that fits; below the floor it is split by
    stage columns; when even the narrowest split does not fit, long lanes are cut to a share
    of the height and end with "+N", the full text staying on the stage slides and in the notes.
    """
    stages = list(canvas.journey.stages)
    lanes = lanes_for(canvas, persona, tuple(stages))
    label_emu, band = _layout(canvas)
    content = canvas.grid.content
    available = (content.height - band - 2 * canvas.grid.gap) / EMU_PER_PT
    label_w = label_emu / EMU_PER_PT
    n = len(stages)
    per = n
    for pages in range(1, n + 1):
        per = math.ceil(n / pages)
        if per < min(MIN_COLUMNS, n) or (pages > 1 and per == math.ceil(n / (pages - 1))):
            continue
        col_w = (content.width - label_emu) / per / EMU_PER_PT
        ranges = [(s, min(per, n - s)) for s in range(0, n, per)]
        for size in MAP_SIZES:
            if all(
                sum(_measure(canvas, lanes, stages[s : s + c], s, size, label_w, col_w)) <= available for s, c in ranges
            ):
                return lanes, ranges, size
    per = max(min(MIN_COLUMNS, n), 1)
    ranges = [(s, min(per, n - s)) for s in range(0, n, per)]
    col_w = (content.width - label_emu) / per / EMU_PER_PT
    size = MAP_SIZES[-1]
    for s, c in ranges:
        heights = _measure(canvas, lanes, stages[s : s + c], s, size, label_w, col_w)
        budgets = _share(heights[1:], available - heights[0])
        for lane, height, budget in zip(lanes, heights[1:], budgets, strict=False):
            if height > budget:
                for k in range(s, s + c):
                    lane.cells[k] = _clip(canvas, lane.cells[k], col_w - 2 * CELL_X, budget - 2 * CELL_Y - 2, size)
    return lanes, ranges, size


def _share(heights: list[float], total: float) -> list[float]:
    """Return height budgets: lanes below a fair share keep their height, the others split the rest."""
    budgets = list(heights)
    big = list(range(len(heights)))
    while big:
        share = (total - sum(budgets[i] for i in range(len(heights)) if i not in big)) / len(big)
        small = [i for i in big if heights[i] <= share]
        if not small:
            for i in big:
                budgets[i] = share
            break
        big = [i for i in big if i not in small]
    return budgets


def _clip(canvas: Canvas, items: list[str], width: float, height: float, size: float) -> list[str]:
    """Return as many whole `items` as fit in `height`, then "+N" for the rest."""
    if fit.text_height(items or [""], width, size, canvas.body) <= height:
        return items
    for keep in range(len(items) - 1, 0, -1):
        shown = [*items[:keep], f"+{len(items) - keep}"]
        if fit.text_height(shown, width, size, canvas.body) <= height:
            return shown
    if len(items) == 1:
        return fit.truncate(items, width, height, size, canvas.body)
    rest = f"+{len(items) - 1}"  # the start of the first item, then how many more
    first = fit.truncate(
        items[:1], width, height - fit.text_height([rest], width, size, canvas.body), size, canvas.body
    )
    return [*first, rest]


def journey_maps(canvas: Canvas, persona: Persona) -> list[Slide]:
    """Add the journey map of `persona`, split by stage columns over several slides when the text needs it."""
    journey = canvas.journey
    lanes, ranges, size = plan_pages(canvas, persona)
    scores = [journey.emotion(persona.name, s.name) for s in journey.stages]
    known = [(v, i) for i, v in enumerate(scores) if v is not None]
    lowest = min(known)[1] if known else None
    if lowest is not None:
        score = format_score(scores[lowest], canvas.lang)
        title = canvas.t("map_low", stage=journey.stages[lowest].name, name=persona.name, score=score)
    else:
        title = canvas.t("map_title", name=persona.name)
    slides = []
    for page, (start, count) in enumerate(ranges, start=1):
        shown = title if len(ranges) == 1 else f"{title} ({page}/{len(ranges)})"
        stages = journey.stages[start : start + count]
        records = [*stages, persona]
        records += [r for s in stages for r in journey.rows_for(persona.name, s.name)]
        records += [t for s in stages for t in journey.touchpoints_for(s.name, persona.name)]
        slide = canvas.new_slide(shown, records)
        low = lowest - start if lowest is not None and start <= lowest < start + count else None
        _draw(canvas, slide, lanes, list(stages), start, size, scores[start : start + count], low, ranges[0][1])
        slides.append(slide)
    return slides


def _draw(
    canvas: Canvas,
    slide: Slide,
    lanes: list[Lane],
    stages: list[Stage],
    start: int,
    size: float,
    scores: list[float | None],
    lowest: int | None,
    columns: int,
) -> None:
    """Draw one page of the map: `columns` stage columns wide, the first `len(stages)` of them used."""
    content = canvas.grid.content
    label_emu, band = _layout(canvas)
    per_page = len(stages)
    col_emu = (content.width - label_emu) // max(columns, 1)
    label_w, col_w = label_emu / EMU_PER_PT, col_emu / EMU_PER_PT
    heights = _measure(canvas, lanes, stages, start, size, label_w, col_w)
    available = (content.height - band - 2 * canvas.grid.gap) / EMU_PER_PT
    spare = available - sum(heights) - 2
    if spare > 0 and lanes:
        extra = min(spare / len(lanes), 72.0)
        heights = heights[:1] + [h + extra for h in heights[1:]]
    before = [lane for lane in lanes if lane.key in BEFORE]
    after = [lane for lane in lanes if lane.key in AFTER]
    top = content.top
    widths = [label_emu] + [col_emu] * per_page
    header = [""] + [s.name for s in stages]
    shape = _table(
        canvas,
        slide,
        content.left,
        top,
        widths,
        [header, *_lane_rows(before, start, per_page)],
        heights[: 1 + len(before)],
        size,
        True,
    )
    top += shape.height + canvas.grid.gap
    band_box = Box(content.left, top, label_emu + col_emu * per_page, band)
    _emotion_band(canvas, slide, band_box, label_emu, col_emu, scores, lowest)
    top += band + canvas.grid.gap
    if after:
        shape = _table(
            canvas,
            slide,
            content.left,
            top,
            widths,
            _lane_rows(after, start, per_page),
            heights[1 + len(before) :],
            size,
            False,
        )
        backstage = [i for i, lane in enumerate(after) if lane.key in BACKSTAGE]
        if backstage and backstage[0] > 0:
            _line_of_visibility(shape.table.rows[backstage[0]])


def _line_of_visibility(row: Any) -> None:
    """Draw the service blueprint's line of visibility: a dashed rule on top of the first backstage row."""
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        line = parse_xml(
            f'<a:lnT {nsdecls("a")} w="28575" cap="flat" cmpd="sng">'
            '<a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:prstDash val="dash"/></a:lnT>'
        )
        below = parse_xml(  # the row's own bottom edge stays the style's thin white rule (LibreOffice repeats lnT)
            f'<a:lnB {nsdecls("a")} w="12700" cap="flat" cmpd="sng"><a:solidFill><a:schemeClr val="bg1"/>'
            '</a:solidFill><a:prstDash val="solid"/></a:lnB>'
        )
        borders = [child for child in tc_pr if child.tag in (qn("a:lnL"), qn("a:lnR"))]
        tc_pr.insert(len(borders), line)  # lnT and lnB follow lnL and lnR and precede any fill
        tc_pr.insert(len(borders) + 1, below)


def _lane_rows(lanes: list[Lane], start: int, count: int) -> list[list[str]]:
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
    total = Emu(sum(int(pt(h)) for h in heights))
    shape = slide.shapes.add_table(len(rows), len(widths), left, top, sum(widths), total)
    table = shape.table
    table.first_row = header
    table.first_col = True
    table.horz_banding = True
    for j, width in enumerate(widths):
        table.columns[j].width = width
    for i, (values, height) in enumerate(zip(rows, heights, strict=False)):
        table.rows[i].height = pt(height)
        for j, value in enumerate(values):
            bold = j == 0 or (header and i == 0)
            _write(table.cell(i, j), value.split("\n"), size, PP_ALIGN.LEFT, bold)
    shape.height = total
    return shape


def _emotion_band(
    canvas: Canvas, slide: Slide, box: Box, label_emu: int, col_emu: int, scores: list[float | None], lowest: int | None
) -> None:
    """Draw the emotion lane: label, then a grouped curve of numbered markers aligned to the stage columns."""
    canvas.add_text(
        slide,
        Box(box.left, box.top, label_emu, box.height),
        [canvas.t("lane_emotion")],
        sizes=(12, 11, 10, 9),
        bold=True,
        anchor=MSO_ANCHOR.MIDDLE,
    )
    if not any(s is not None for s in scores):
        return
    group = slide.shapes.add_group_shape()
    group.name = "Emotion curve"
    marker = int(min(box.height * 0.42, col_emu * 0.5))
    area_top, area_h = box.top + marker // 2, box.height - marker

    def centre(i: int, score: float) -> tuple[int, int]:
        x = box.left + label_emu + col_emu * i + col_emu // 2
        y = area_top + int((5 - score) / 4 * area_h)
        return x, y

    points = [(i, s) for i, s in enumerate(scores) if s is not None]
    for (i, a), (j, b) in itertools.pairwise(points):
        (x1, y1), (x2, y2) = centre(i, a), centre(j, b)
        line = flat(group.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, x1, y1, x2, y2))
        line.line.width = Pt(2)
        line.line.color.theme_color = MSO_THEME_COLOR.TEXT_2
    for i, score in points:
        x, y = centre(i, score)
        level = emotion_level(score) or 3
        dot = flat(group.shapes.add_shape(MSO_SHAPE.OVAL, x - marker // 2, y - marker // 2, marker, marker))
        dot.fill.solid()
        dot.fill.fore_color.rgb = rgb(EMOTION_FILL[level])
        dot.line.color.rgb = RGBColor(0x1E, 0x23, 0x28) if i == lowest else rgb("7F7F7F")
        dot.line.width = Pt(2.5 if i == lowest else 0.75)
        frame = dot.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = False
        frame.text = format_score(score, canvas.lang)
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.runs[0]
        run.font.size = Pt(max(min(int(marker / EMU_PER_PT * 0.45), 12), 8))
        run.font.bold = True
        run.font.color.rgb = rgb(EMOTION_TEXT[level])
        if i == lowest:
            room = col_emu // 2 - marker // 2 - int(pt(4))
            label_h = int(pt(14))
            tag = group.shapes.add_textbox(
                x + marker // 2 + int(pt(2)),
                y,
                max(room, int(pt(20))),
                label_h,  # below the rising line
            )
            tf = tag.text_frame
            tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0
            tf.vertical_anchor = MSO_ANCHOR.MIDDLE
            tf.word_wrap = False
            tf.text = canvas.t("lowest")
            tf.paragraphs[0].runs[0].font.size = Pt(9)
            tf.paragraphs[0].runs[0].font.bold = True
