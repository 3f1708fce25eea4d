"""The Word report: the journey as a document, rendered with docxtpl on the default or the agency's template.

`context` builds what a template sees (plain data, no Office library), so `cjmdeck context` stays
light; `render_report` loads python-docx and docxtpl only when called.
"""

from __future__ import annotations

from pathlib import Path

from cjmdeck.findings import Findings


def render_report(
    found: Findings,
    output: Path,
    *,
    template: Path | None = None,
    lang: str = "en",
    workbook_name: str = "workbook.xlsx",
) -> list[str]:
    """Write the Word report of the findings `found` to `output` on `template` (default: the bundled one)."""
    from cjmdeck.report.render import render

    return render(found, output, template=template, lang=lang, workbook_name=workbook_name)
