"""Checking workbooks: read, validate and summarise, as `cjmdeck check` reports it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cjmdeck.diagnostics import ERROR, WARNING, Collector, Diagnostic, plural
from cjmdeck.errors import WorkbookError
from cjmdeck.model import Journey
from cjmdeck.reader import read_workbook
from cjmdeck.tracker_in import merge
from cjmdeck.validate import warn_incomplete

COUNTED = ("personas", "stages", "touchpoints", "questions", "actions")


@dataclass(frozen=True)
class Report:
    """What checking one workbook found: the journey (None on errors) and the diagnostics."""

    path: str
    journey: Journey | None
    diagnostics: tuple[Diagnostic, ...]

    def count(self, severity: str) -> int:
        """Return the number of diagnostics of `severity`."""
        return sum(d.severity == severity for d in self.diagnostics)

    @property
    def counts(self) -> dict[str, int]:
        """Return the number of records of each kind and of errors and warnings."""
        records = {k: len(getattr(self.journey, k)) if self.journey else 0 for k in COUNTED}
        return {**records, "errors": self.count(ERROR), "warnings": self.count(WARNING)}

    def summary(self) -> str:
        """Return the summary line, e.g. `book.xlsx: 2 personas, 5 stages, ... 0 errors, 3 warnings`."""
        return f"{self.path}: " + ", ".join(plural(n, k) for k, n in self.counts.items())

    def as_dict(self) -> dict[str, object]:
        """Return the report as a JSON-ready dict."""
        return {"path": self.path, "diagnostics": [d.as_dict() for d in self.diagnostics], "summary": self.counts}


def check_workbook(path: Path, tracker: Path | None = None, *, find_tracker: bool = False) -> Report:
    """Return the report of reading and validating the workbook at `path`.

    With `tracker`, or `find_tracker` and a tracker beside the workbook, the journey takes the
    tracker's values and each value the tracker changes is a warning (see `cjmdeck.tracker_in`).
    """
    try:
        journey, diagnostics, layout = read_workbook(path)
    except WorkbookError as err:
        return Report(str(path), None, (Diagnostic(str(path), ERROR, err.detail),))
    out = Collector(str(path))
    if journey is not None:
        warn_incomplete(journey, layout, out, path.parent)
    if journey is not None and (tracker is not None or find_tracker):
        try:
            journey, tracked = merge(path, journey, tracker, layout=layout, differences=True)
            out.items += tracked
        except WorkbookError as err:
            out.items.append(Diagnostic(err.path, ERROR, err.detail))
    return Report(str(path), journey, tuple(diagnostics) + tuple(out.items))


def load_journey(path: Path) -> tuple[Journey, list[Diagnostic]]:
    """Return the journey in the workbook at `path` and its warnings, or raise WorkbookError naming its first error."""
    report = check_workbook(path)
    errors = [d for d in report.diagnostics if d.severity == ERROR]
    if report.journey is None or errors:
        first = errors[0] if errors else None
        more = f" (and {len(errors) - 1} more; run 'cjmdeck check {path}' to see them all)" if len(errors) > 1 else ""
        place = first.place if first else ""
        detail = f"{place + ': ' if place else ''}{first.message if first else 'cannot be read'}{more}"
        raise WorkbookError(path, detail)
    return report.journey, [d for d in report.diagnostics if d.severity == WARNING]


def load_tracked(
    path: Path, tracker: Path | None = None, folders: tuple[Path, ...] = ()
) -> tuple[Journey, list[Diagnostic], list[Diagnostic]]:
    """Return the journey at `path` with its edited action tracker's values, the workbook's warnings and the tracker's.

    The tracker is `tracker`, else one found beside the workbook or in `folders` (see `cjmdeck.tracker_in`).
    """
    journey, warnings = load_journey(path)
    journey, tracked = merge(path, journey, tracker, folders=folders)
    return journey, warnings, tracked
