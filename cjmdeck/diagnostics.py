"""Diagnostics: one problem found in a workbook, located by file, sheet and cell."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """A problem in a workbook, printed as `path:Sheet!C7: error: message`."""

    path: str
    severity: str  # ERROR or WARNING
    message: str
    sheet: str | None = None
    cell: str | None = None

    @property
    def place(self) -> str:
        """Return `Sheet!C7`, `Sheet` or "" (no sheet)."""
        if self.sheet is None:
            return ""
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet

    @property
    def location(self) -> str:
        """Return `path:Sheet!C7`, `path:Sheet` or `path`."""
        return f"{self.path}:{self.place}" if self.place else self.path

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message}"

    def as_dict(self) -> dict[str, str | None]:
        """Return the diagnostic as a JSON-ready dict."""
        return asdict(self)


class Collector:
    """Collect the diagnostics of one workbook."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[Diagnostic] = []

    def error(self, message: str, sheet: str | None = None, cell: str | None = None) -> None:
        """Record an error."""
        self.items.append(Diagnostic(self.path, ERROR, message, sheet, cell))

    def warning(self, message: str, sheet: str | None = None, cell: str | None = None) -> None:
        """Record a warning."""
        self.items.append(Diagnostic(self.path, WARNING, message, sheet, cell))

    @property
    def errors(self) -> list[Diagnostic]:
        """Return the errors recorded so far."""
        return [d for d in self.items if d.severity == ERROR]


def plural(n: int, noun: str) -> str:
    """Return `n noun` with the noun singular when n is 1."""
    return f"{n} {noun[:-1] if n == 1 else noun}"
