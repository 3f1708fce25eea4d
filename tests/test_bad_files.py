"""Files that are not readable workbooks get one clear line, never a traceback."""

from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner

from cjmdeck.cli import main

SAVE_AS = "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)"


def ole2(extra: bytes = b"") -> bytes:
    """Return the start of an OLE2 compound file, as .xls and encrypted .xlsx files are."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + extra + b"\0" * 100


def docx_bytes(tmp_path) -> bytes:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return path.read_bytes()


CASES = {
    "plain text": (lambda tmp: b"just some notes\n", f"not an Excel workbook (plain text or CSV?); {SAVE_AS}"),
    "renamed csv": (
        lambda tmp: b"stage,touchpoint\nAwareness,Ad\n",
        f"not an Excel workbook (plain text or CSV?); {SAVE_AS}",
    ),
    "old xls": (lambda tmp: ole2(), f"this is an old Excel 97-2003 file (.xls); {SAVE_AS}"),
    "password": (
        lambda tmp: ole2("EncryptionInfo".encode("utf-16-le")),
        "the workbook is password-protected; remove the password (File > Info > Protect Workbook) and save it again",
    ),
    "empty": (lambda tmp: b"", f"the file is empty; {SAVE_AS}"),
    "docx renamed": (docx_bytes, f"not an Excel workbook (a zip file without a workbook); {SAVE_AS}"),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["check", "build"])
def test_bad_file(tmp_path, case, command):
    make, message = CASES[case]
    path = tmp_path / "book.xlsx"
    path.write_bytes(make(tmp_path))
    result = CliRunner().invoke(main, [command, str(path), *(["-o", str(tmp_path)] if command == "build" else [])])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    expected = f"{path}: error: {message}" if command == "check" else f"Error: {path}: {message}"
    assert result.output.splitlines()[0] == expected
    assert list(tmp_path.glob("*.pptx")) == []


def test_truncated_workbook(make_workbook):
    path = make_workbook()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{path}: error: the file is damaged or incomplete (truncated .xlsx); save it again from Excel"
    )


def test_corrupt_member(make_workbook, tmp_path):
    path = make_workbook()
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = b"<not xml"
            dst.writestr(item, data)
    result = CliRunner().invoke(main, ["check", str(broken)])
    assert result.exit_code == 1
    line = result.output.splitlines()[0]
    assert (
        line
        == f"{broken}: error: the file is damaged (xl/workbook.xml is not well-formed XML: line 1, column 0); {SAVE_AS}"
    )
