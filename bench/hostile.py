"""Time and memory of refusing each hostile file, and of checking a workbook with a value in its last cell.

Run from the repository: `python bench/hostile.py`. Each case runs `cjmdeck check` (or
`cjmdeck build --template`) in a fresh process; the table gives its wall time and peak RSS.
Targets (issue 10): each hostile file refused in under a second; the stray-cell workbook
checked in under 2 s and 200 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


# A small process starts cjmdeck and reports its wall time and peak RSS: started from this one,
# which holds the corpus, the child's peak would count this process's memory (fork, then exec).
MEASURE = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.execv(sys.executable, [sys.executable, "-m", "cjmdeck", *sys.argv[1:]])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))
"""


def measure(args: list[str]) -> tuple[float, float, int]:
    """Return the wall time (s), peak RSS (MB) and exit status of `cjmdeck *args` in a fresh process."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, check=True)
    seconds, peak, status = done.stdout.split()
    return float(seconds), float(peak), int(status)


def main() -> None:
    rows: list[tuple[str, float, float, int]] = []
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for name in HOSTILE:
            case = folder / name.replace(" ", "-").replace(",", "")
            case.mkdir()
            path = REFUSED[name][0](case)
            rows.append((name, *measure(["check", str(path)])))
        for name in HOSTILE_TEMPLATES:
            case = folder / name.replace(" ", "-")
            case.mkdir()
            make, option, _ = TEMPLATES[name]
            workbook, template = book()(case), make(case)
            rows.append((name, *measure(["build", str(workbook), option, str(template), "-o", str(case / "out")])))
        for cell in ("XFD1048576", "A1048576", "XFD2"):
            case = folder / cell
            case.mkdir()
            path = edited(lambda wb, cell=cell: wb["Journey"].__setitem__(cell, "x"))(case)
            rows.append((f"stray value in Journey!{cell}", *measure(["check", str(path)])))
    print(f"{'case':45} {'seconds':>8} {'peak MB':>8} {'exit':>5}")
    for name, seconds, peak, status in rows:
        print(f"{name:45} {seconds:8.2f} {peak:8.0f} {status:5}")


if __name__ == "__main__":
    main()
