"""The emotion of the whole journey: a native line chart of every persona, or a persona x stage table when many."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
)
from pptx.enum.dml import MSO_LINE_DASH_STYLE, MSO_THEME_COLOR
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck.canvas import Canvas, Title
from cjmdeck.deck.finishing import BODY_FONT
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.shapes import set_colour, solid
from cjmdeck.deck.tables import Column, emotion_cell, table_slides
from cjmdeck.findings import Findings, emotion_records
from cjmdeck.text import format_score
from cjmdeck.text.headlines import curve_title

CHART_MAX = 3  # personas a line chart shows legibly; with more, a table shows the emotion instead
MARKERS = (
    XL_MARKER_STYLE.CIRCLE,
    XL_MARKER_STYLE.SQUARE,
    XL_MARKER_STYLE.TRIANGLE,
    XL_MARKER_STYLE.DIAMOND,
    XL_MARKER_STYLE.X,
    XL_MARKER_STYLE.STAR,
)
DASHES = (
    MSO_LINE_DASH_STYLE.SOLID,
    MSO_LINE_DASH_STYLE.DASH,
    MSO_LINE_DASH_STYLE.ROUND_DOT,
    MSO_LINE_DASH_STYLE.LONG_DASH,
    MSO_LINE_DASH_STYLE.DASH_DOT,
    MSO_LINE_DASH_STYLE.SQUARE_DOT,
)
ACCENTS = (
    MSO_THEME_COLOR.ACCENT_1,
    MSO_THEME_COLOR.ACCENT_2,
    MSO_THEME_COLOR.ACCENT_3,
    MSO_THEME_COLOR.ACCENT_4,
    MSO_THEME_COLOR.ACCENT_5,
    MSO_THEME_COLOR.ACCENT_6,
)
chart_data: Callable[..., Any] = CategoryChartData  # python-pptx leaves its chart data untyped


def emotion_curve(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the emotion curve: one line per persona over the stages, axis 1-5, each lowest point called out."""
    curves, low, stages = found.curves, found.low, found.journey.stages
    if not curves or low is None or len(curves) > CHART_MAX:
        return []
    slide = canvas.new_slide(lambda limit: curve_title(low, stages, canvas.lang, limit), emotion_records(found.journey))
    data = chart_data(number_format="0.0")
    data.categories = [s.name for s in stages]
    for curve in curves:
        data.add_series(curve.persona.name, curve.scores)
    box = canvas.grid.content
    frame: Any = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, *box.xywh, data)
    chart = frame.chart
    chart.font.name = BODY_FONT
    set_colour(chart.font.color, canvas.colours.readable(canvas.ground(slide)))
    chart.font.size = Pt(12)
    chart.has_legend = len(curves) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = 0, 5, 1  # a band below 1 for the lowest points' labels
    axis.has_major_gridlines = True
    axis.tick_labels.number_format = '[<1]"";0'  # no 0: the scale is 1-5, as the axis title says
    axis.tick_labels.number_format_is_linked = False
    axis.has_title = True
    axis.axis_title.text_frame.text = canvas.t("emotion_axis")
    axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    ground = canvas.ground(slide)
    for k, plot_series in enumerate(chart.plots[0].series):
        colour = canvas.colours.visible(ground, ACCENTS[k % len(ACCENTS)])  # every line stands out on the slide
        plot_series.smooth = False
        plot_series.marker.style = MARKERS[k % len(MARKERS)]
        plot_series.marker.size = 9
        solid(plot_series.marker.format.fill, colour)
        set_colour(plot_series.marker.format.line.color, colour)
        plot_series.format.line.width = Pt(2.5)
        plot_series.format.line.dash_style = DASHES[k % len(DASHES)]
        set_colour(plot_series.format.line.color, colour)
    for k, curve in enumerate(curves):  # each persona's lowest point, called out with its name
        if curve.lowest is None or curve.low_score is None:
            continue
        label = chart.plots[0].series[k].points[curve.lowest].data_label
        label.has_text_frame = True
        score = format_score(curve.low_score, canvas.lang)
        label.text_frame.text = f"{curve.persona.name}: {canvas.t('lowest')} {score}"
        run = label.text_frame.paragraphs[0].runs[0]
        run.font.bold = curve.persona in low.personas
        run.font.size = Pt(11)
        label.position = XL_LABEL_POSITION.BELOW  # the lowest point's own line rises or stays flat beside it
    return canvas.mark("curve", [slide])


def emotion_table(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add, instead of the line chart, every persona's emotion at every stage as a coloured table.

    For more personas than a line chart shows legibly; it takes the curve's title and marks the
    journey's low point wherever a persona reaches it.
    """
    journey, low = found.journey, found.low
    if len(found.curves) <= CHART_MAX:
        return []
    rows = []
    marked = set(low.points) if low is not None else set()  # the title's claim: where the journey is lowest
    for persona in found.personas:
        cells: list[Cell | str] = [Cell(persona.persona.name, bold=True)]
        for i, score in enumerate(persona.scores):
            cell = emotion_cell(score, canvas.lang)
            if (persona.persona, i) in marked:
                cell = Cell(f"{cell.text}\n{canvas.t('lowest')}", fill=cell.fill, bold=True)
            cells.append(cell)
        rows.append(Row(cells, (persona.persona, *persona.rows)))
    columns = [Column(f"{canvas.t('persona')}\n{canvas.t('lane_emotion')}", 1.4)]
    columns += [Column(s.name, 1.0, PP_ALIGN.CENTER) for s in journey.stages]
    sizes = (16, 14, 12, 11, 10, 9)
    title: Title = canvas.t("emotion_table")
    if low is not None:
        title = lambda limit: curve_title(low, journey.stages, canvas.lang, limit)  # noqa: E731
    return canvas.mark("curve", table_slides(canvas, title, columns, rows, sizes=sizes, fill=True))
