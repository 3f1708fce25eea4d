"""The benchmark: start-up, check, and deck plus report builds at growing sizes, each in a fresh process.

Run from the repository: `python bench/run.py [--runs 5] [--sizes 1x,10x,100x]`. It prints the
median whole-process wall time, the peak RSS, the slides and report pages produced, and the
time each added data row costs at each size (the marginal cost: from the size before it).
Pages need LibreOffice (`soffice`); without it they show as "-". cjmdeck is byte-compiled
first, as an installed package is.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.measure import measure, median  # noqa: E402
from bench.workbooks import SIZES, write  # noqa: E402

SAMPLE = ROOT / "samples" / "home-furniture-en.xlsx"
HEAVY = ("openpyxl", "pptx", "docx", "docxtpl", "jinja2", "PIL", "lxml.etree")


def sample_rows(path: Path) -> int:
    """Return the number of data rows in the workbook at `path`."""
    from cjmdeck.check import check_workbook

    journey = check_workbook(path).journey
    assert journey is not None, f"{path} does not check cleanly"
    records = (journey.personas, journey.stages, journey.rows, journey.touchpoints, journey.questions, journey.actions)
    return sum(len(r) for r in records)


def slides_and_pages(folder: Path) -> tuple[int, str]:
    """Return the slides of the deck in `folder` and the pages of its report (via LibreOffice), or '-'."""
    from pptx import Presentation

    (deck,) = folder.glob("*.pptx")
    slides = len(Presentation(str(deck)).slides)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    (report,) = folder.glob("*.docx")
    if soffice is None:
        return slides, "-"
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(report)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    info = subprocess.run(["pdfinfo", str(report.with_suffix(".pdf"))], capture_output=True, text=True)
    pages = next((line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:")), "-")
    return slides, pages


def imports(runs: int) -> list[tuple[str, float]]:
    """Return the import cost of each heavy dependency: a fresh interpreter importing it, less a bare one."""
    bare, _ = median(["-c", "pass"], runs)
    costs = [("python -c pass (the interpreter alone)", bare)]
    for module in HEAVY:
        seconds, _ = median(["-c", f"import {module}"], runs)
        costs.append((f"import {module}", seconds - bare))
    return costs


def byte_compile() -> None:
    """Byte-compile cjmdeck, as `pip install` does: with PYTHONDONTWRITEBYTECODE set, each run compiles it again."""
    import compileall

    if not compileall.compile_dir(str(ROOT / "cjmdeck"), quiet=1):
        raise SystemExit("cjmdeck does not byte-compile")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measure; the median is shown")
    parser.add_argument("--sizes", default="1x,10x,100x", help="sizes to build, from 1x (a sample), 10x, 100x")
    parser.add_argument("--batch", type=int, default=40, help="workbooks in the batch measure (0: none)")
    args = parser.parse_args()
    wanted = args.sizes.split(",")
    byte_compile()
    print(
        f"Machine: {platform.processor() or platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}; {args.runs} runs, medians; cjmdeck byte-compiled\n"
    )

    print(f"{'command':48} {'seconds':>8} {'peak MB':>8}")
    for name, command in {
        "cjmdeck --help": ["-m", "cjmdeck", "--help"],
        "cjmdeck --version": ["-m", "cjmdeck", "--version"],
        f"cjmdeck check {SAMPLE.name}": ["-m", "cjmdeck", "check", str(SAMPLE)],
    }.items():
        seconds, peak = median(command, args.runs)
        print(f"{name:48} {seconds:8.2f} {peak:8.0f}")
    for name, seconds in imports(args.runs):
        print(f"{name:48} {seconds:8.2f}")

    print(
        f"\n{'build (deck and report)':24} {'rows':>6} {'seconds':>8} {'peak MB':>8} {'slides':>7} {'pages':>6} "
        f"{'ms/row':>7}"
    )
    previous: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        cases = [("1x", SAMPLE, sample_rows(SAMPLE))] if "1x" in wanted else []
        cases += [(s.name, write(folder / f"{s.name}.xlsx", s), s.rows) for s in SIZES if s.name in wanted]
        for name, workbook, rows in cases:
            out = folder / f"out-{name}"
            seconds, peak = median(["-m", "cjmdeck", "build", str(workbook), "-o", str(out)], args.runs)
            slides, pages = slides_and_pages(out)
            marginal = "-" if previous is None else f"{(seconds - previous[1]) / (rows - previous[0]) * 1000:.2f}"
            print(f"{name:24} {rows:6} {seconds:8.2f} {peak:8.0f} {slides:7} {pages:>6} {marginal:>7}")
            previous = (rows, seconds)
        if args.batch:
            batch(folder, args.batch, args.runs)


def batch(folder: Path, count: int, runs: int) -> None:
    """Print the time of building `count` copies of the sample with one process, and with each core."""
    from cjmdeck.forked import default_jobs

    books = folder / "batch"
    books.mkdir()
    for n in range(count):
        shutil.copyfile(SAMPLE, books / f"workbook-{n:02}.xlsx")
    cores = default_jobs()
    print(f"\n{'batch of ' + str(count) + ' samples':24} {'jobs':>6} {'seconds':>8} {'peak MB':>8}")
    counts = sorted({1, 2, cores})
    results: dict[int, list[tuple[float, float, int]]] = {jobs: [] for jobs in counts}
    for _ in range(runs):  # in turns, so that a busy spell of a shared machine weighs on each alike
        for jobs in counts:
            out = folder / f"batch-{jobs}"
            results[jobs].append(measure(["-m", "cjmdeck", "build", str(books), "-o", str(out), "--jobs", str(jobs)]))
    for jobs in counts:
        if any(status != 0 for _, _, status in results[jobs]):
            raise SystemExit(f"the batch build with --jobs {jobs} failed")
        seconds = statistics.median(r[0] for r in results[jobs])
        print(f"{'':24} {jobs:6} {seconds:8.2f} {max(r[1] for r in results[jobs]):8.0f}")
    ratio = statistics.median(two[0] / one[0] for one, two in zip(results[1], results[2], strict=True))
    print(f"{'':24} --jobs 2 takes {ratio:.2f} of --jobs 1's time (the median of each turn's ratio)")


if __name__ == "__main__":
    main()
