"""Jinja2 in Word: docxtpl in a sandbox, autoescaped, strict about names, and its errors told in one line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from docxtpl import DocxTemplate  # type: ignore[import-untyped]
from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from cjmdeck.errors import TemplateError
from cjmdeck.report.context import OBJECTS

TAG = re.compile(r"\{[{%].*?[}%]\}", re.DOTALL)
NOTES = (  # the parts of notes docxtpl renders besides the body, headers and footers
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
)


class ReportTemplate(DocxTemplate):  # type: ignore[misc]
    """docxtpl's template, with document properties rendered as plain text and each part of notes rendered once."""

    def render_properties(self, context: dict[str, Any], jinja_env: SandboxedEnvironment | None = None) -> None:
        """Render the document's properties (title, subject...): plain text, so not escaped for XML."""
        env = jinja_env.overlay(autoescape=False) if jinja_env is not None else None
        super().render_properties(context, env)

    def render_footnotes(self, context: dict[str, Any], jinja_env: SandboxedEnvironment | None = None) -> None:
        """Render the footnotes and endnotes, each part once (docxtpl renders footnotes once per section)."""
        for part in self.docx.part.package.parts:
            if part.content_type in NOTES:
                blob = part.blob.decode("utf-8") if isinstance(part.blob, bytes) else part.blob
                xml = self.render_xml_part(self.patch_xml(blob), part, context, jinja_env)
                part._blob = xml.encode("utf-8")


def environment() -> SandboxedEnvironment:
    """Return the Jinja2 environment templates run in: sandboxed, autoescaped, unknown names an error.

    `safe` is taken away: it would let workbook text break the document's XML.
    """
    env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters.pop("safe", None)
    return env


def check_names(tpl: DocxTemplate, env: SandboxedEnvironment, names: set[str], source: Path) -> None:
    """Raise TemplateError naming the first tag that uses a name not in `names`, and where it is."""
    try:
        used = tpl.get_undeclared_template_variables(jinja_env=env)
    except TemplateSyntaxError as exc:
        raise TemplateError(source, explain(exc, tpl)) from exc
    unknown = sorted(set(used) - names)
    if not unknown:
        return
    name = unknown[0]
    tag, where = find_tag(tpl, name)
    known = ", ".join(sorted(names))
    raise TemplateError(
        source, f"unknown name '{name}' in {tag} ({where}); a template can use: {known} (see 'cjmdeck context')"
    )


def find_tag(tpl: DocxTemplate, name: str) -> tuple[str, str]:
    """Return the first tag using `name` and where it is: "body, paragraph 12", "header of section 1"."""
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


def explain(exc: Exception, tpl: DocxTemplate) -> str:
    """Return a one-line account of an error raised by a template, with the tag it comes from when found."""
    if isinstance(exc, UndefinedError):
        detail = f"unknown name: {exc.message}"
        if exc.message and exc.message.startswith("'None' has no attribute"):
            detail += " (empty for this workbook: guard it with {% if ... %})"
        name = re.search(r"'([^']+)'\s*(?:is undefined)?$", exc.message or "")
        if name:
            tag, where = find_tag(tpl, name.group(1))
            return f"{detail} in {tag} ({where})"
        return detail
    if isinstance(exc, TemplateSyntaxError):
        detail = f"Jinja2 syntax error: {exc.message}"
        lines = (exc.source or "").splitlines()  # docxtpl puts each paragraph on a line of its own
        if exc.lineno and 0 < exc.lineno <= len(lines):
            near = re.sub(r"<[^>]+>", "", lines[exc.lineno - 1]).strip()
            return f"{detail} (near “{near[:80]}”)" if near else detail
        return detail
    detail = f"cannot be rendered: {type(exc).__name__}: {exc}"
    tags = TAG.findall(" ".join(line.strip() for line in getattr(exc, "docx_context", []) if line.strip()))
    return f"{detail} (near {' '.join(tags[:3])})" if tags else detail


def known_names(values: dict[str, Any]) -> set[str]:
    """Return every name a template may use: the context's and the renderer's objects."""
    return {*values, *OBJECTS}
