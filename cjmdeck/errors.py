"""The exceptions cjmdeck raises; the CLI turns them into one-line messages."""

from __future__ import annotations

from pathlib import Path


class CjmdeckError(Exception):
    """Base class of every error cjmdeck reports to its user."""


class FileError(CjmdeckError):
    """A problem with one file, printed as `path: detail`."""

    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = str(path)
        self.detail = detail


class WorkbookError(FileError):
    """The workbook cannot be read or does not follow the contract."""


class TemplateError(FileError):
    """A PowerPoint or Word template cannot be used."""


class OutputError(FileError):
    """An output file cannot be written."""


class OptionError(CjmdeckError):
    """A command-line option names something the workbook does not have."""

    def __init__(self, option: str, detail: str) -> None:
        super().__init__(detail)
        self.option = option
