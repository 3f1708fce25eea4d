"""Shared fixtures: small workbooks built in code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

Sheets = dict[str, list[list[object]]]

MINIMAL: Sheets = {
    "Project": [["Client", "Acme Retail"], ["Project", "Checkout study"], ["Language", "en"]],
    "Personas": [["Name", "Age"], ["Ana", 34], ["Ben", 51]],
    "Stages": [["Stage", "Customer goal"], ["Awareness", "Find options"], ["Purchase", "Buy safely"]],
    "Journey": [
        ["Persona", "Stage", "Emotion", "Pain points"],
        ["", "Awareness", 4, "Too many ads"],
        ["Ana", "Purchase", 2, "Shipping costs; Slow checkout"],
        ["Ben", "Purchase", 3, ""],
    ],
    "Touchpoints": [
        ["Stage", "Touchpoint", "Channel", "Mode", "Owner", "Cost"],
        ["Awareness", "Instagram ad", "Social", "online", "Marketing", 1200],
        ["Purchase", "Checkout", "Web", "online", "E-commerce", 0],
    ],
    "Questions": [["Question", "Stage", "Answer"], ["How do customers find us?", "Awareness", "Instagram, mostly"]],
    "Actions": [
        ["Action", "Impact", "Feasibility", "Owner"],
        ["Show shipping costs early", 5, 4, "E-commerce"],
    ],
}


def write_workbook(path: Path, sheets: Sheets) -> Path:
    """Write `sheets` (title -> rows) as an .xlsx at `path` and return it."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def make_workbook(tmp_path: Path) -> Callable[..., Path]:
    """Return a function writing a workbook: MINIMAL with sheets replaced (None drops a sheet)."""

    def make(name: str = "book.xlsx", **changes: list[list[object]] | None) -> Path:
        sheets = {k: v for k, v in MINIMAL.items() if k not in changes}
        sheets.update({k: v for k, v in changes.items() if v is not None})
        return write_workbook(tmp_path / name, sheets)

    return make
