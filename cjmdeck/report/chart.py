"""The emotion curve as a native Word chart: python-pptx writes the chart XML and its workbook, Word shows it.

python-docx has no chart API, so the chart part (`word/charts/chartN.xml`) and its embedded
workbook are added to the package here, and `ChartRun` is the object a template writes with
`{{ emotion_chart }}`: docxtpl calls it while rendering and gets the drawing's XML.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Cm, Pt
from pptx.chart.chart import Chart
from pptx.chart.data import CategoryChartData
from pptx.chart.xmlwriter import ChartXmlWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.oxml import parse_xml as parse_chart_xml

from cjmdeck.text.formats import LOCALE_IDS

chart_data: Callable[..., Any] = CategoryChartData  # python-pptx leaves its chart classes untyped
xml_writer: Callable[..., Any] = ChartXmlWriter
chart_of: Callable[..., Any] = Chart
rgb_of: Callable[[str], Any] = RGBColor.from_string

CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEIGHT = Cm(9)
FUNNEL_HEIGHT = Cm(7.5)
ACCENTS = (
    MSO_THEME_COLOR.ACCENT_1,
    MSO_THEME_COLOR.ACCENT_2,
    MSO_THEME_COLOR.ACCENT_4,
    MSO_THEME_COLOR.ACCENT_5,
    MSO_THEME_COLOR.ACCENT_6,
    MSO_THEME_COLOR.ACCENT_3,
)


def chart_parts(curve: dict[str, Any], axis_title: str, font: str) -> tuple[bytes, bytes]:
    """Return the chart XML and the embedded workbook of the emotion curve `curve` (see report.context)."""
    data = chart_data(number_format="0.0")
    data.categories = curve["categories"]
    for line in curve["series"]:
        data.add_series(line["name"], line["values"])
    chart_space = parse_chart_xml(xml_writer(XL_CHART_TYPE.LINE_MARKERS, data).xml.encode())
    chart = chart_of(chart_space, None)
    chart.font.size = Pt(9)
    chart.font.name = font  # the document's body font, as the text around the chart
    chart.has_legend = len(curve["series"]) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = 0, 5, 1  # a band below 1 for the lowest points' labels
    axis.tick_labels.number_format = '[<1]"";0'  # no 0: the scale is 1-5, as the axis title says
    axis.tick_labels.number_format_is_linked = False
    axis.has_major_gridlines = True
    axis.has_title = True
    axis.axis_title.text_frame.text = axis_title
    axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(9)
    axis.axis_title.text_frame.paragraphs[0].runs[0].font.bold = False
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    for k, series in enumerate(chart.plots[0].series):
        colour = ACCENTS[k % len(ACCENTS)]
        series.format.line.color.theme_color = colour
        series.format.line.width = Pt(2.25)
        series.smooth = False
        series.marker.format.fill.solid()
        series.marker.format.fill.fore_color.theme_color = colour
        series.marker.format.line.color.theme_color = colour
    for k, line in enumerate(curve["series"]):  # each persona's lowest point, labelled with its name
        if line["lowest"] is None:
            continue
        label = chart.plots[0].series[k].points[line["lowest"]].data_label
        label.has_text_frame = True
        label.text_frame.text = line["lowest_label"]
        label.text_frame.paragraphs[0].runs[0].font.size = Pt(8)
        label.position = XL_LABEL_POSITION.BELOW
    return _finished(chart_space, data)


def funnel_parts(funnel: dict[str, Any], font: str) -> tuple[bytes, bytes]:
    """Return the chart XML and workbook of customers per stage (see report.results): a bar per stage and period."""
    counts = f"{LOCALE_IDS.get(funnel['lang'], '')}#,##0"
    data = chart_data(number_format=counts)
    data.categories = list(reversed(funnel["categories"]))  # a bar chart draws its first category at the bottom
    for line in funnel["series"]:
        data.add_series(line["name"], list(reversed(line["values"])))
    chart_space = parse_chart_xml(xml_writer(XL_CHART_TYPE.BAR_CLUSTERED, data).xml.encode())
    chart = chart_of(chart_space, None)
    chart.font.size = Pt(9)
    chart.font.name = font
    chart.has_title = False  # the caption names it
    chart.has_legend = len(funnel["series"]) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    plot = chart.plots[0]
    plot.gap_width = 50
    plot.has_data_labels = True
    plot.data_labels.number_format = counts
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    series = list(plot.series)
    named = funnel["named"] if len(series) == 1 else None  # one period: the stage the title names stands out
    for k, bars in enumerate(series):  # else the latest period in the accent colour, an earlier one grey
        if named is None:
            _accent_or_grey(bars.format.fill, k == len(series) - 1)
            continue
        for i, point in enumerate(bars.points):
            _accent_or_grey(point.format.fill, data.categories[i].label == named)
    chart.value_axis.visible = False
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.minimum_scale = 0
    chart.value_axis.maximum_scale = max([v for s in funnel["series"] for v in s["values"]] + [1]) * 1.25
    return _finished(chart_space, data)


def _accent_or_grey(fill: Any, accent: bool) -> None:
    """Fill a series or a bar with the theme's accent colour, or grey."""
    fill.solid()
    if accent:
        fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
    else:
        fill.fore_color.rgb = rgb_of("BFBFBF")


def _finished(chart_space: Any, data: Any) -> tuple[bytes, bytes]:
    """Return the chart's XML, pointing at its embedded workbook, and the workbook."""
    external = chart_space.get_or_add_externalData()
    external.set(f"{{{R}}}id", "rId1")
    external.get_or_add_autoUpdate().set("val", "0")
    declaration = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return declaration + chart_space.xml.encode(), data.xlsx_blob


def add_chart(document_part: Any, chart_xml: bytes, workbook: bytes) -> str:
    """Add a chart part and its workbook to the package of `document_part`; return the relationship id."""
    package = document_part.package
    taken = {str(p.partname) for p in package.iter_parts()}
    n = 1
    while f"/word/charts/chart{n}.xml" in taken:
        n += 1
    chart_part = Part(PackURI(f"/word/charts/chart{n}.xml"), CHART_CT, chart_xml, package)
    sheet = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"), XLSX_CT, workbook, package)
    chart_part.rels.add_relationship(RT.PACKAGE, sheet, "rId1")
    return str(document_part.relate_to(chart_part, RT.CHART))


def drawing_xml(r_id: str, width: int, height: int, name: str) -> str:
    """Return the run XML that shows chart `r_id` inline, `width` x `height` EMU (docPr ids are renumbered later)."""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width}" cy="{height}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="1" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<a:graphicData uri="{C}"><c:chart xmlns:c="{C}" xmlns:r="{R}" r:id="{r_id}"/></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )


class ChartRun:
    """The value of a chart's tag (`{{ emotion_chart }}`): wherever a template writes it, a native chart is drawn."""

    def __init__(
        self, template: Any, parts: Callable[[], tuple[bytes, bytes]] | None, width: int, height: int, name: str
    ) -> None:
        self.template, self.parts, self.width, self.height, self.name = template, parts, width, height, name

    def __html__(self) -> str:
        """Return the drawing's XML, closing the text run the tag sits in and opening another after it."""
        if self.parts is None:
            return ""
        chart_xml, workbook = self.parts()
        r_id = add_chart(self.template.current_rendering_part, chart_xml, workbook)
        drawing = drawing_xml(r_id, self.width, self.height, self.name)
        return f'</w:t></w:r>{drawing}<w:r><w:t xml:space="preserve">'

    def __str__(self) -> str:
        return self.__html__()
