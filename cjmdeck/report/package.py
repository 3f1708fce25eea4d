"""Finding and opening Word templates: the bundled default, .docx or .dotx, tagged or plain."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cjmdeck.errors import TemplateError
from cjmdeck.files import WORD, bundled, read_package

DOTX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TAGGED = re.compile(rb"\{[{%]")
MACROS = b"macroEnabled"
STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
T = TypeVar("T")
TEXT_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")


def default_report() -> Path:
    """Return the path of the default report template shipped with cjmdeck."""
    return bundled("report.docx")


def load_template(path: Path) -> bytes:
    """Return the Word document in `path` (.docx or .dotx) as .docx bytes; raise TemplateError when unusable."""
    data = read_package(path, *WORD)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            names = source.namelist()
            if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
                raise TemplateError(path, "not a Word document; save it from Word as .docx or .dotx")
            types = source.read("[Content_Types].xml")
            if MACROS in types:
                raise TemplateError(path, "a macro-enabled document (.docm); save it from Word as .docx or .dotx")
            main = source.read("word/document.xml") if "word/document.xml" in names else b""
            if STRICT in main[:2000]:
                raise TemplateError(path, "saved as Strict Open XML; save it from Word as a Word Document (.docx)")
            if DOTX_MAIN not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in source.infolist():
                    blob = source.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        blob = blob.replace(DOTX_MAIN, DOCX_MAIN)
                    target.writestr(item, blob)
            return out.getvalue()
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise TemplateError(path, "damaged Word file; open it in Word and save it again") from exc


def opened(make: Callable[[], T], path: Path) -> T:
    """Return `make()`, which opens the template with python-docx; raise TemplateError when it cannot."""
    try:
        return make()
    except Exception as exc:  # python-docx raises many kinds on packages it cannot read
        raise TemplateError(
            path,
            f"cannot be opened as a Word document ({type(exc).__name__}); open it in Word and save it again as .docx",
        ) from exc


def is_tagged(data: bytes) -> bool:
    """Return True when the document's body, headers or footers hold Jinja2 tags (`{{` or `{%`)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if TEXT_PARTS.fullmatch(name):
                text = re.sub(rb"<[^>]+>", b"", package.read(name))  # tags split across runs join up again
                if TAGGED.search(text):
                    return True
    return False
