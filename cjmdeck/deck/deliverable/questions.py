"""The key questions with their answers, grouped by stage, open questions marked."""

from __future__ import annotations

from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.paginate import Cell, Row
from cjmdeck.deck.tables import Column, table_slides
from cjmdeck.findings import Findings
from cjmdeck.text.headlines import questions_title
from cjmdeck.text.values import stage_name

OPEN_COLOUR = "B3261E"


def questions(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add the key questions table, the stage shown once per group."""
    if not found.questions.items:
        return []
    sources = any(q.source for _, q in found.questions.items)  # a column only when some question names one
    rows = []
    for stage, q in found.questions.items:
        answer = Cell(q.answer) if q.answer else Cell(canvas.t("open"), color=OPEN_COLOUR, bold=True)
        cells: list[Cell | str] = [Cell(stage_name(stage, canvas.lang), bold=True), q.text, answer]
        rows.append(Row(cells + ([q.source] if sources else []), (q,)))
    columns = [Column(canvas.t("stage"), 1.1), Column(canvas.t("question"), 2.6), Column(canvas.t("answer"), 3.2)]
    if sources:
        columns.append(Column(canvas.t("question_source"), 1.2))
    slides = table_slides(canvas, questions_title(found.questions, canvas.lang), columns, rows, group_column=0)
    return canvas.mark("questions", slides)
