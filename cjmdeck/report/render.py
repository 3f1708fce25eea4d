"""Rendering a report template with docxtpl: sandboxed, autoescaped, strict about unknown names."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from docxtpl import DocxTemplate  # type: ignore[import-untyped]
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from cjmdeck.errors import TemplateError as CjmdeckTemplateError
from cjmdeck.findings import Findings
from cjmdeck.report import fields
from cjmdeck.report.chart import ChartRun
from cjmdeck.report.context import OBJECTS, context
from cjmdeck.report.package import default_report, is_tagged, load_template
from cjmdeck.report.reference import adopt
from cjmdeck.report.tables import fit_columns, keep_together

TAG = re.compile(r"\{[{%].*?[}%]\}", re.DOTALL)
CHART_WIDTH_MAX = 16_000_000  # EMU, about 44 cm: a chart never wider than its page's text


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
    tpl = DocxTemplate(io.BytesIO(data))
    tpl.init_docx()
    env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    values = context(found, lang, workbook_name)
    _check_names(tpl, env, values, source)
    values["emotion_chart"] = ChartRun(
        tpl, values["curve"], values["labels"]["lane_emotion"], _chart_width(tpl), body_font(tpl.docx)
    )
    try:
        tpl.render(values, jinja_env=env)
    except TemplateError as exc:
        raise CjmdeckTemplateError(source, _explain(exc, tpl)) from exc
    fit_columns(tpl.docx.element.body)
    keep_together(tpl.docx.element.body)
    fields.finish(tpl.docx)
    if not tagged:  # the default report, alone or in a branded document
        _describe(tpl.docx, values)
    buffer = io.BytesIO()
    tpl.save(buffer)
    output.write_bytes(buffer.getvalue())
    return []


def _describe(document: Any, values: dict[str, Any]) -> None:
    """Set the document's title, subject and author (File > Properties) from the project."""
    project = values["project"]
    properties = document.core_properties
    properties.title = project["title"]
    properties.subject = values["labels"]["report_kind"]
    properties.author = project["author"] or project["agency"]
    properties.comments = ""
    properties.last_modified_by = ""


def _check_names(tpl: DocxTemplate, env: SandboxedEnvironment, values: dict[str, Any], source: Path) -> None:
    """Raise TemplateError naming the first tag that uses a name the context does not have, and where it is."""
    try:
        names = tpl.get_undeclared_template_variables(jinja_env=env)
    except TemplateSyntaxError as exc:
        raise CjmdeckTemplateError(source, _explain(exc, tpl)) from exc
    unknown = sorted(set(names) - set(values) - set(OBJECTS))
    if not unknown:
        return
    name = unknown[0]
    tag, where = _find_tag(tpl, name)
    known = ", ".join(sorted([*values, *OBJECTS]))
    raise CjmdeckTemplateError(
        source, f"unknown name '{name}' in {tag} ({where}); a template can use: {known} (see 'cjmdeck context')"
    )


def _find_tag(tpl: DocxTemplate, name: str) -> tuple[str, str]:
    """Return the first tag using `name` and where it is: "body paragraph 12", "header", "footer"."""
    word = re.compile(rf"\b{re.escape(name)}\b")
    document = tpl.docx
    places: list[tuple[str, Any]] = [("body", document.element.body)]
    for n, section in enumerate(document.sections, start=1):
        places.append((f"header of section {n}", section.header._element))
        places.append((f"footer of section {n}", section.footer._element))
    for place, root in places:
        for number, p in enumerate(root.iter(qn("w:p")), start=1):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            for tag in TAG.findall(text):
                if word.search(tag):
                    where = f"{place}, paragraph {number}" if place == "body" else place
                    return tag, where
    return f"{{{{ {name} }}}}", "template"


def _explain(exc: Exception, tpl: DocxTemplate) -> str:
    """Return a one-line account of a Jinja2 error, with the tag it comes from and where, when found."""
    if isinstance(exc, UndefinedError):
        detail = f"unknown name: {exc.message}"
        name = re.search(r"'([^']+)'\s*(?:is undefined)?$", exc.message or "")
        if name:
            tag, where = _find_tag(tpl, name.group(1))
            return f"{detail} in {tag} ({where})"
        return detail
    if isinstance(exc, TemplateSyntaxError):
        detail = f"Jinja2 syntax error: {exc.message}"
    else:
        detail = f"cannot be rendered: {exc}"
    near = TAG.findall(" ".join(line.strip() for line in getattr(exc, "docx_context", []) if line.strip()))
    return f"{detail} (near {' '.join(near[:3])})" if near else detail


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


def _chart_width(tpl: DocxTemplate) -> int:
    """Return the text width, in EMU, of the section where the template draws the chart (its first section else)."""
    body = tpl.docx.element.body
    found = False
    for p in body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        found = found or "emotion_chart" in text
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
