"""Results: where customers are lost (a native bar chart and the drop after each stage) and KPIs before and after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.colours import is_dark
from cjmdeck.deck.deliverable.costs import QUIET, QUIET_DARK, RESTING_CONTRAST
from cjmdeck.deck.finishing import BODY_FONT
from cjmdeck.deck.grid import Box
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.shapes import set_colour, solid
from cjmdeck.deck.tables import Column, table_slides
from cjmdeck.findings import Findings, Funnel
from cjmdeck.palette import EMOTION_TINT, PROGRESS_TINT
from cjmdeck.text import results
from cjmdeck.text.formats import LOCALE_IDS

CHART_SHARE = 0.52  # of the content area, the funnel's chart takes this much above its table
chart_data: Callable[..., Any] = CategoryChartData  # python-pptx leaves its chart data untyped


def funnel(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add where customers are lost: customers per stage as bars, then each stage's drop as a table."""
    shape = found.funnel
    if shape is None:
        return []
    lang = canvas.lang
    worst = shape.worst
    columns = [
        Column(canvas.t("funnel_stage"), 2.2),
        Column(canvas.t("funnel_customers"), 1.1, PP_ALIGN.RIGHT),
        Column(canvas.t("funnel_go_on"), 1.1, PP_ALIGN.RIGHT),
        Column(canvas.t("funnel_lost"), 1.1, PP_ALIGN.RIGHT),
        Column(canvas.t("funnel_share"), 1.0, PP_ALIGN.RIGHT),
    ]
    if shape.before is not None:
        columns += [
            Column(canvas.t("funnel_share_in", period=shape.before.period), 1.2, PP_ALIGN.RIGHT),
            Column(canvas.t("funnel_change"), 1.0, PP_ALIGN.RIGHT),
        ]
    rows = []
    for drop in shape.drops:
        bold = drop == worst and drop.lost > 0
        lost_share = Cell(results.percent(drop.share, lang), fill=EMOTION_TINT[1] if bold else None, bold=bold)
        cells: list[Cell | str] = [
            Cell(f"{drop.stage} → {drop.to}", bold=bold),
            results.count(drop.reached, lang),
            results.count(drop.kept, lang),
            Cell(results.count(drop.lost, lang), bold=bold),
            lost_share,
        ]
        if shape.before is not None:
            earlier = shape.earlier(drop)
            cells += [
                results.percent(earlier.share, lang) if earlier else "–",
                results.change_points(drop, earlier, lang),
            ]
        rows.append(Row(cells, ()))
    height = int(canvas.grid.content.height * CHART_SHARE)

    def draw_chart(slide: Slide, box: Box) -> None:
        """Draw customers per stage, latest period in the accent colour (the worst stage's bar when alone)."""
        _bars(canvas, slide, box, shape)

    slides = table_slides(
        canvas,
        lambda limit: results.funnel_title(shape, lang, limit),
        columns,
        rows,
        intro=draw_chart,
        intro_height=height,
        records=list(shape.steps),
    )
    return canvas.mark("funnel", slides)


def _bars(canvas: Canvas, slide: Slide, box: Box, shape: Funnel) -> None:
    """Add a native bar chart of customers per stage: one series per period counted, the first stage on top."""
    named = [(shape.stages[i], shape.main.counts[i] or 0.0) for i in shape.counted]
    counts = f"{LOCALE_IDS.get(canvas.lang, '')}#,##0"  # thousands as the deck's language writes them
    data = chart_data(number_format=counts)
    data.categories = [name for name, _ in reversed(named)]
    series = [shape.before, shape.main] if shape.before is not None else [shape.main]
    for line in series:
        if line is None:
            continue
        reached = dict(zip(shape.stages, line.counts, strict=True))
        data.add_series(line.period or canvas.t("funnel_customers"), [reached.get(name) for name, _ in reversed(named)])
    frame: Any = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, *box.xywh, data)
    chart = frame.chart
    ground = canvas.ground(slide)
    chart.font.name = BODY_FONT
    chart.font.size = Pt(11)
    set_colour(chart.font.color, canvas.colours.readable(ground))
    chart.has_title = False
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.RIGHT
        chart.legend.include_in_layout = False
    plot = chart.plots[0]
    plot.gap_width = 50
    plot.overlap = -10
    plot.has_data_labels = True
    plot.data_labels.number_format = counts
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    plot.data_labels.font.size = Pt(10)
    accent = canvas.colours.visible(ground, MSO_THEME_COLOR.ACCENT_1)
    quiet = canvas.colours.visible(ground, QUIET_DARK if is_dark(ground) else QUIET, RESTING_CONTRAST)
    worst = shape.worst
    for k, plotted in enumerate(plot.series):
        latest = k == len(series) - 1
        if latest and len(series) == 1:  # one period: the stage the title names stands out
            for i, point in enumerate(plotted.points):
                name = data.categories[i].label
                solid(point.format.fill, accent if worst is not None and name == worst.stage else quiet)
        else:
            solid(plotted.format.fill, accent if latest else quiet)
    chart.value_axis.visible = False
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.minimum_scale = 0
    chart.value_axis.maximum_scale = max((n for _, n in named), default=1) * 1.25  # room for the labels


def breakdown(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the funnel by persona or by channel: customers per stage of each, and how many reach the last stage."""
    shape = found.funnel
    if shape is None or not shape.breakdown:
        return []
    lang = canvas.lang
    counted, best = shape.counted, shape.best
    by = canvas.t("funnel_by_persona" if shape.by == "persona" else "funnel_by_channel")
    columns = [Column(by, 1.6)] + [Column(shape.stages[i], 1.0, PP_ALIGN.RIGHT) for i in counted]
    columns.append(Column(canvas.t("funnel_reach", stage=shape.main.last(shape.stages)), 1.1, PP_ALIGN.RIGHT))
    rows = []
    for part in (*shape.breakdown, shape.main):
        label = part.label or canvas.t("funnel_all")
        bold = part is best or part is shape.main
        cells: list[Cell | str] = [Cell(label, bold=bold)]
        cells += [_count(part.counts[i], lang) for i in counted]
        reach = results.percent(part.conversion, lang) if part.conversion is not None else "–"
        cells.append(Cell(reach, bold=bold))
        rows.append(Row(cells, part.steps))
    slides = table_slides(canvas, lambda limit: results.breakdown_title(shape, lang, limit), columns, rows, fill=True)
    return canvas.mark("funnel_breakdown", slides)


def _count(value: float | None, lang: str) -> str:
    """Return a number of customers, or a dash where the stage is not counted."""
    return results.count(value, lang) if value is not None else "–"


def kpis(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add KPIs before and after: each stage's and action's KPI, its values, the change marked ▲/▼, and progress."""
    measured = found.kpis
    if measured is None:
        return []
    lang = canvas.lang
    columns = [
        Column(canvas.t("kpi_for"), 2.2),
        Column(canvas.t("kpi_name"), 1.8),
        Column(canvas.t("kpi_baseline"), 0.9, PP_ALIGN.RIGHT),
        Column(canvas.t("kpi_target"), 0.9, PP_ALIGN.RIGHT),
        Column(canvas.t("kpi_current"), 0.9, PP_ALIGN.RIGHT),
        Column(canvas.t("kpi_change"), 1.0, PP_ALIGN.CENTER),
        Column(canvas.t("kpi_progress"), 1.3),
    ]
    listed = [(None, p) for p in measured.stages] + [(n, p) for n, p in measured.actions]
    rows = []
    for rank, progress in listed:
        v = progress.values
        tint = PROGRESS_TINT.get(progress.trend)
        rows.append(
            Row(
                [
                    results.kpi_owner(progress, rank, lang),
                    progress.name or "–",
                    results.measure(v.baseline, v.unit, lang),
                    results.measure(v.target, v.unit, lang),
                    Cell(results.measure(v.current, v.unit, lang), bold=True),
                    Cell(results.change(progress, lang), fill=tint, bold=tint is not None),
                    Cell(results.progress_note(progress, lang), bold=progress.met),
                ],
                (progress.record,),
            )
        )
    key_h = int(canvas.grid.inches(0.35))

    def draw_key(slide: Slide, box: Box) -> None:
        """Say what the marks and colours mean."""
        canvas.add_text(slide, box, [canvas.t("kpi_key")], sizes=(11, 10), muted=True)

    slides = table_slides(canvas, results.kpis_title(measured, lang), columns, rows, intro=draw_key, intro_height=key_h)
    return canvas.mark("kpis", slides)
