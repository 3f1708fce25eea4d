"""Time and memory of refusing each hostile file, and of checking a workbook with a value in its last cell.

Run from the repository: `python bench/hostile.py`. Each case runs `cjmdeck check` (or
`cjmdeck build --template`) in a fresh process; the table gives its wall time and peak RSS.
Targets (issue 10): each hostile file refused in under a second; the stray-cell workbook
checked in under 2 s and 200 MB.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.measure import cjmdeck  # noqa: E402
from tests.test_corpus import REFUSED, TEMPLATES, book, edited  # noqa: E402  (the corpus builds the files)

HOSTILE = [
    "billion laughs",
    "external entity",
    "whitespace zip bomb",
    "too many parts",
    "unpacks too large",
    "merged to the last cell",
    "100,000 cells",
    "damaged member",
]
HOSTILE_TEMPLATES = [
    "deck template with a DTD",
    "deck template with billion laughs",
    "deck template zip bomb",
    "report template with a DTD",
    "report template zip bomb",
]


def main() -> None:
    rows: list[tuple[str, float, float, int]] = []
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for name in HOSTILE:
            case = folder / name.replace(" ", "-").replace(",", "")
            case.mkdir()
            path = REFUSED[name][0](case)
            rows.append((name, *cjmdeck(*["check", str(path)])))
        for name in HOSTILE_TEMPLATES:
            case = folder / name.replace(" ", "-")
            case.mkdir()
            make, option, _ = TEMPLATES[name]
            workbook, template = book()(case), make(case)
            rows.append((name, *cjmdeck(*["build", str(workbook), option, str(template), "-o", str(case / "out")])))
        for cell in ("XFD1048576", "A1048576", "XFD2"):
            case = folder / cell
            case.mkdir()
            path = edited(lambda wb, cell=cell: wb["Journey"].__setitem__(cell, "x"))(case)
            rows.append((f"stray value in Journey!{cell}", *cjmdeck(*["check", str(path)])))
    print(f"{'case':45} {'seconds':>8} {'peak MB':>8} {'exit':>5}")
    for name, seconds, peak, status in rows:
        print(f"{name:45} {seconds:8.2f} {peak:8.0f} {status:5}")


if __name__ == "__main__":
    main()
