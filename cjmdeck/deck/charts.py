"""Native, editable charts: the emotion curve of every persona and the costs by stage and channel."""

from __future__ import annotations

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
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.labels import CURRENCY_SYMBOLS, counted, format_score

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


def emotion_curve(canvas: Canvas) -> Slide | None:
    """Add the emotion curve: one line per persona over the stages, axis 1-5, the lowest point called out."""
    journey = canvas.journey
    series = [(p, [journey.emotion(p.name, s.name) for s in journey.stages]) for p in journey.personas]
    series = [(p, values) for p, values in series if any(v is not None for v in values)]
    if not series:
        return None
    lows = [min((v, i) for i, v in enumerate(values) if v is not None) for _, values in series]
    low_value = min(v for v, _ in lows)
    at_bottom = [(k, i) for k, (v, i) in enumerate(lows) if v == low_value]
    score = format_score(low_value, canvas.lang)
    stages = {i for _, i in at_bottom}
    if len(at_bottom) == 1:
        k, i = at_bottom[0]
        title = canvas.t("curve_low", stage=journey.stages[i].name, name=series[k][0].name, score=score)
    elif len(stages) == 1:
        title = canvas.t(
            "curve_low_shared",
            stage=journey.stages[at_bottom[0][1]].name,
            personas=counted("personas", len(at_bottom), canvas.lang),
            score=score,
        )
    else:
        title = canvas.t("curve_low_spread", personas=counted("personas", len(at_bottom), canvas.lang), score=score)
    records = [*journey.stages, *[r for r in journey.rows if r.emotion is not None]]
    slide = canvas.new_slide(title, records)
    data = CategoryChartData(number_format="0.0")
    data.categories = [s.name for s in journey.stages]
    for p, values in series:
        data.add_series(p.name, values)
    box = canvas.grid.content
    frame: Any = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, box.left, box.top, box.width, box.height, data)
    chart = frame.chart
    chart.font.size = Pt(12)
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = 1, 5, 1
    axis.has_major_gridlines = True
    axis.tick_labels.number_format = (
        '[<=1]"1 ' + canvas.t("very_negative") + '";[>=5]"5 ' + canvas.t("very_positive") + '";0'
    )
    axis.tick_labels.number_format_is_linked = False
    axis.has_title = True
    axis.axis_title.text_frame.text = canvas.t("emotion_axis")
    axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    for k, plot_series in enumerate(chart.plots[0].series):
        plot_series.smooth = False
        plot_series.marker.style = MARKERS[k % len(MARKERS)]
        plot_series.marker.size = 9
        plot_series.format.line.width = Pt(2.5)
        plot_series.format.line.dash_style = DASHES[k % len(DASHES)]
    for k, (value, i) in enumerate(lows):  # each persona's lowest point, called out
        label = chart.plots[0].series[k].points[i].data_label
        label.has_text_frame = True
        label.text_frame.text = f"{canvas.t('lowest')}: {format_score(value, canvas.lang)}"
        label.text_frame.paragraphs[0].runs[0].font.bold = value == low_value
        label.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
        label.position = XL_LABEL_POSITION.ABOVE  # clear of the axis and of the category labels below it
    return slide


def costs(canvas: Canvas) -> Slide | None:
    """Add costs by stage (bar chart) and by channel (bar chart), or nothing when no costs are given."""
    journey = canvas.journey
    costed = [t for t in journey.touchpoints if t.cost is not None]
    if not costed:
        return None
    currency = journey.project.currency
    by_stage = {s.name: 0.0 for s in journey.stages}
    by_channel: dict[str, float] = {}
    for t in costed:
        by_stage[t.stage] = by_stage.get(t.stage, 0.0) + float(t.cost or 0)
        channel = t.channel or canvas.t("no_channel")
        by_channel[channel] = by_channel.get(channel, 0.0) + float(t.cost or 0)
    total = sum(by_stage.values())
    top_stage = max(by_stage, key=lambda k: by_stage[k])
    share = round(100 * by_stage[top_stage] / total) if total else 0
    title = canvas.t("costs_title", stage=top_stage, share=share) if total else canvas.t("costs")
    records = [*costed, *journey.stages]
    slide = canvas.new_slide(title, records)
    left, right = canvas.grid.content.columns([1, 1], canvas.grid.gap * 2)
    channels = sorted(by_channel.items(), key=lambda kv: -kv[1])[:12]
    fmt = _money_format(currency, canvas.lang)
    _bar(slide, left, canvas.t("costs_by_stage"), list(by_stage.items()), fmt, canvas, highlight=top_stage)
    _bar(slide, right, canvas.t("costs_by_channel"), channels, fmt, canvas, highlight=channels[0][0])
    return slide


LOCALE_IDS = {"en": "[$-809]", "es": "[$-C0A]", "pl": "[$-415]"}  # en-GB, es-ES, pl-PL


def _money_format(currency: str, lang: str) -> str:
    """Return the chart number format for money in `currency`, tagged with the locale of `lang`."""
    symbol = CURRENCY_SYMBOLS.get(currency.strip().upper(), currency.strip())
    locale = LOCALE_IDS.get(lang, "")
    if symbol in ("$", "£") and lang == "en":
        return f'{locale}"{symbol}"#,##0'
    return f'{locale}#,##0 "{symbol}"' if symbol else f"{locale}#,##0"


def _bar(
    slide: Slide, box: Any, title: str, items: list[tuple[str, float]], fmt: str, canvas: Canvas, highlight: str
) -> None:
    data = CategoryChartData(number_format=fmt)
    data.categories = [k for k, _ in reversed(items)]
    data.add_series(title, [v for _, v in reversed(items)])
    frame: Any = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, box.left, box.top, box.width, box.height, data)
    chart = frame.chart
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
    categories = [k for k, _ in reversed(items)]
    for i, point in enumerate(plot.series[0].points):  # the bar the title speaks of in the accent, the rest grey
        point.format.fill.solid()
        point.format.fill.fore_color.theme_color = (
            MSO_THEME_COLOR.ACCENT_1 if categories[i] == highlight else MSO_THEME_COLOR.ACCENT_3
        )
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.visible = False
    chart.value_axis.maximum_scale = max([v for _, v in items] + [1]) * 1.25
    chart.value_axis.minimum_scale = 0
