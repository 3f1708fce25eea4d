"""Touchpoint costs by stage and by channel, as two native bar charts, the stage the title names highlighted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.colours import Paint, is_dark
from cjmdeck.deck.finishing import BODY_FONT
from cjmdeck.deck.grid import Box
from cjmdeck.deck.shapes import set_colour, solid
from cjmdeck.findings import Findings
from cjmdeck.text import format_money
from cjmdeck.text.formats import money_pattern
from cjmdeck.text.headlines import costs_title, share_label
from cjmdeck.text.values import channel_name

MAX_CHANNELS = 12  # bars a chart holds legibly
QUIET, QUIET_DARK, PLAIN = "BFBFBF", "7F7F7F", "8C8C8C"  # greys: other bars on light and dark slides; no highlight
RESTING_CONTRAST = 1.5  # the bars the title does not speak of: visible on the slide, quieter than the highlight
chart_data: Callable[..., Any] = CategoryChartData  # python-pptx leaves its chart data untyped


def costs(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add costs by stage and by channel, or nothing when no touchpoint has a cost."""
    totals = found.costs
    if totals is None:
        return []
    slide = canvas.new_slide(
        lambda limit: costs_title(totals, canvas.lang, limit), [*totals.records, *found.journey.stages]
    )
    left, right = canvas.grid.content.columns([1, 1], canvas.grid.gap * 2)
    channels = [(channel_name(c, canvas.lang), v) for c, v in totals.by_channel[:MAX_CHANNELS]]
    fmt = money_pattern(found.journey.project.currency, canvas.lang)
    ground = canvas.ground(slide)
    ink = Inks(
        canvas.colours.readable(ground),
        canvas.colours.visible(ground, MSO_THEME_COLOR.ACCENT_1),
        canvas.colours.visible(ground, QUIET_DARK if is_dark(ground) else QUIET, RESTING_CONTRAST),
        canvas.colours.visible(ground, PLAIN),
    )
    stage_chart = _bar(slide, left, canvas.t("costs_by_stage"), list(totals.by_stage), fmt, totals.top_stage, ink)
    _bar(slide, right, canvas.t("costs_by_channel"), channels, fmt, None, ink)  # context: the title is about stages
    if totals.total:  # the highlighted bar also says the share the title speaks of
        top = dict(totals.by_stage)[totals.top_stage]
        amount = format_money(top, canvas.lang, found.journey.project.currency)
        index = [k for k, _ in reversed(totals.by_stage)].index(totals.top_stage)
        series = stage_chart.plots[0].series[0]
        labels = series.data_labels  # the series' own labels, which a point's label would otherwise switch off
        labels.show_value = True
        labels.number_format = fmt
        labels.number_format_is_linked = False
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        labels.font.size = Pt(10)
        label = series.points[index].data_label
        label.has_text_frame = True
        label.text_frame.text = f"{amount} · {share_label(totals, canvas.lang)}"
        run = label.text_frame.paragraphs[0].runs[0]
        run.font.bold = True
        run.font.size = Pt(10)
        label.position = XL_LABEL_POSITION.OUTSIDE_END
    return canvas.mark("costs", [slide])


@dataclass(frozen=True)
class Inks:
    """The colours of a bar chart: its text, the bar the title speaks of, the other bars, and bars of a plain chart."""

    text: Paint
    highlight: Paint
    rest: Paint
    plain: Paint


def _bar(
    slide: Slide, box: Box, title: str, items: list[tuple[str, float]], fmt: str, highlight: str | None, ink: Inks
) -> Any:
    """Add a bar chart of `items` in the order given, bar `highlight` (if any) in the accent colour, the rest quiet."""
    categories = [k for k, _ in reversed(items)]
    data = chart_data(number_format=fmt)
    data.categories = categories
    data.add_series(title, [v for _, v in reversed(items)])
    frame: Any = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, *box.xywh, data)
    chart = frame.chart
    chart.font.name = BODY_FONT
    set_colour(chart.font.color, ink.text)
    chart.font.size = Pt(11)
    chart.has_legend = False
    chart.has_title = True
    chart.chart_title.text_frame.text = title
    chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    chart.chart_title.text_frame.paragraphs[0].runs[0].font.bold = True
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    plot.data_labels.number_format = fmt
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    plot.data_labels.font.size = Pt(10)
    for i, point in enumerate(plot.series[0].points):
        plain = ink.plain if highlight is None else ink.rest
        solid(point.format.fill, ink.highlight if categories[i] == highlight else plain)
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.visible = False
    chart.value_axis.maximum_scale = max([v for _, v in items] + [1]) * 1.4  # room for the labels
    chart.value_axis.minimum_scale = 0
    return chart
