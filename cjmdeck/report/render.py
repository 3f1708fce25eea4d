"""Rendering the report: the template chosen and prepared, the context filled in, the document finished and saved."""

from __future__ import annotations

import datetime as dt
import io
import re
from functools import partial
from pathlib import Path
from typing import Any

from docx.oxml.ns import nsmap as DOCX_NAMESPACES
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from jinja2 import TemplateError

from cjmdeck.errors import TemplateError as CjmdeckTemplateError
from cjmdeck.findings import Findings
from cjmdeck.parse import NOT_XML
from cjmdeck.report import fields
from cjmdeck.report.chart import FUNNEL_HEIGHT, HEIGHT, ChartRun, chart_parts, funnel_parts
from cjmdeck.report.context import context
from cjmdeck.report.engine import ReportTemplate, check_names, environment, explain, known_names
from cjmdeck.report.package import default_report, is_tagged, load_template, opened
from cjmdeck.report.reference import adopt
from cjmdeck.report.tables import drop_empty, fit_columns, keep_together
from cjmdeck.xpaths import compile_once

compile_once(BaseOxmlElement, DOCX_NAMESPACES)  # python-docx's queries compiled once

CHART_WIDTH_MAX = 16_000_000  # EMU, about 44 cm: a chart never wider than its page's text
DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


PROPERTY_LIMIT = 255  # characters Word keeps in a title, subject or author


def render(
    found: Findings,
    output: Path,
    *,
    template: Path | None = None,
    lang: str = "en",
    workbook_name: str = "workbook.xlsx",
) -> list[str]:
    """Write the report of `found` to `output` on `template`; a template without tags lends its look to the default."""
    source = template or default_report()
    data = load_template(source)
    tagged = template is not None and is_tagged(data)
    if template is not None and not tagged:
        data = adopt(load_template(default_report()), data, source)
    tpl = opened(lambda: ReportTemplate(io.BytesIO(data)), source)
    opened(tpl.init_docx, source)
    env = environment()
    values = clean(context(found, lang, workbook_name))
    if tagged:  # an agency's tags; the bundled template's are known good (its tests build it in every language)
        check_names(tpl, env, known_names(values), source)
    width, font, curve, funnel = _chart_width(tpl), body_font(tpl.docx), values["curve"], values["funnel"]
    axis = values["labels"]["lane_emotion"]
    emotions = partial(chart_parts, curve, axis, font) if curve["series"] else None
    values["emotion_chart"] = ChartRun(tpl, emotions, width, int(HEIGHT), "Emotion curve")
    customers = partial(funnel_parts, funnel["chart"], font) if funnel else None
    values["funnel_chart"] = ChartRun(tpl, customers, width, int(FUNNEL_HEIGHT), "Customers per stage")
    try:
        tpl.render(values, jinja_env=env)
    except TemplateError as exc:
        raise CjmdeckTemplateError(source, explain(exc, tpl)) from exc
    except Exception as exc:  # the template's own code failed (1/0, a type error, XML it broke)
        raise CjmdeckTemplateError(source, explain(exc, tpl)) from exc
    body = tpl.docx.element.body
    drop_empty(body)
    fit_columns(body)
    keep_together(body)
    fields.finish(tpl.docx)
    unique_drawing_ids(tpl.docx)
    if not tagged:  # the default report, alone or in a branded document
        _describe(tpl.docx, values)
    buffer = io.BytesIO()
    tpl.save(buffer)
    output.write_bytes(buffer.getvalue())
    return []


def unique_drawing_ids(document: Any) -> None:
    """Number the drawings of headers and footers after the body's (docxtpl renumbers the body's only)."""
    taken = [int(e.get("id", "0")) for e in document.element.body.iter(DOC_PR) if e.get("id", "").isdigit()]
    n = max(taken, default=0)
    seen: set[int] = set()
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/header", "/footer")) or id(rel.target_part) in seen:
            continue
        seen.add(id(rel.target_part))
        for element in rel.target_part.element.iter(DOC_PR):
            n += 1
            element.set("id", str(n))


def clean(value: Any) -> Any:
    """Return `value` (the context) with the characters XML cannot hold removed from every text in it."""
    if isinstance(value, str):
        return NOT_XML.sub("", value)  # the reader removes them from cells; this guards the rest
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    return value


def _describe(document: Any, values: dict[str, Any]) -> None:
    """Set the document's title, subject and author (File > Properties) from the project."""
    project = values["project"]
    properties = document.core_properties
    properties.title = _property(project["title"])
    properties.subject = _property(values["labels"]["report_kind"])
    properties.author = _property(project["author"] or project["agency"])
    properties.comments = ""
    properties.last_modified_by = ""
    properties.created = properties.modified = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)


def _property(text: str) -> str:
    """Return `text` as a document property may hold it: at most 255 characters (the rest is in the report)."""
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1] + "…"


def body_font(document: Any) -> str:
    """Return the font of `document`'s body text (its Normal style, else its theme's), for its charts too."""
    styles = document.styles.element
    normal = next(
        (
            st
            for st in styles.iter(qn("w:style"))
            if (st.find(qn("w:name")) is not None) and st.find(qn("w:name")).get(qn("w:val"), "").lower() == "normal"
        ),
        None,
    )
    for holder in (normal, styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")):
        fonts = holder.find(f".//{qn('w:rFonts')}") if holder is not None else None
        if fonts is not None and fonts.get(qn("w:ascii")):
            return str(fonts.get(qn("w:ascii")))
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/theme") and not rel.is_external:
            found = re.search(rb'<a:minorFont>\s*<a:latin typeface="([^"]+)"', rel.target_part.blob)
            if found:
                return found.group(1).decode()
    return "Calibri"


def _chart_width(tpl: ReportTemplate) -> int:
    """Return the text width, in EMU, of the section where the template draws the chart (its first section else)."""
    body = tpl.docx.element.body
    found = False
    for p in body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        if not found and "emotion_chart" in text:
            found = True
            cell = next((a for a in p.iterancestors(qn("w:tc"))), None)
            width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}") if cell is not None else None
            if width is not None and width.get(qn("w:type"), "dxa") == "dxa" and int(width.get(qn("w:w"), 0)) > 400:
                return (int(width.get(qn("w:w"))) - 230) * 635  # the cell's width less its margins
        sect = p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
        if found and sect is not None:
            return _text_width(sect)
    last = body.find(qn("w:sectPr"))
    return _text_width(last) if last is not None else 5_760_000


def _text_width(sect: Any) -> int:
    """Return the width between the margins of the section `sect`, in EMU."""
    size, margins = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
    width = int(size.get(qn("w:w"), 11906)) if size is not None else 11906
    left = int(margins.get(qn("w:left"), 1440)) if margins is not None else 1440
    right = int(margins.get(qn("w:right"), 1440)) if margins is not None else 1440
    return max(min((width - left - right) * 635, CHART_WIDTH_MAX), 1_800_000)
