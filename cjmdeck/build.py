"""Building the deliverable deck from workbooks: `cjmdeck build`."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cjmdeck import findings
from cjmdeck.check import load_journey, plural
from cjmdeck.contract import LANGUAGES, normalize
from cjmdeck.errors import OptionError, OutputError
from cjmdeck.files import atomic_write
from cjmdeck.model import Journey
from cjmdeck.reader import suggest

PDF_TIMEOUT = 300


@dataclass(frozen=True)
class Built:
    """The files one workbook became: the deck, and the PDF when asked for and possible."""

    workbook: Path
    deck: Path
    pdf: Path | None = None
    warnings: tuple[str, ...] = ()


def build(
    workbooks: Sequence[Path],
    out_dir: Path = Path("."),
    *,
    template: Path | None = None,
    personas: Sequence[str] = (),
    lang: str | None = None,
    pdf: bool = False,
) -> list[Built]:
    """Write one deck per workbook into `out_dir` and return what was written."""
    if lang is not None and lang not in LANGUAGES:
        raise OptionError("--lang", f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    loaded = [(path, *load_journey(path)) for path in workbooks]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)  # -o out/ makes the folder, as a consultant expects
    except OSError as err:
        raise OutputError(out_dir, f"cannot make the output folder: {err.strerror}") from err
    from cjmdeck.deck.deliverable import render_deck  # python-pptx is loaded only once the workbooks read cleanly

    built: list[Built] = []
    taken: set[str] = set()
    for path, full, diagnostics in loaded:
        journey = select_personas(full, personas)
        found = findings.of(journey)  # once per workbook, for every output
        count = plural(len(diagnostics), "warnings")
        warnings = [f"{path}: {count}; run 'cjmdeck check {path}' to see them"] if diagnostics else []
        target = out_dir / unique_name(deck_name(journey), taken)
        language = lang or journey.project.language or "en"
        with atomic_write(target) as tmp:
            warnings += render_deck(
                found, tmp, template=template, lang=language, workbook_name=path.name, base_dir=path.parent
            )
        built.append(Built(path, target, convert_to_pdf(target) if pdf else None, tuple(warnings)))
    return built


def select_personas(journey: Journey, names: Sequence[str]) -> Journey:
    """Return `journey` limited to the personas `names` (all when empty); raise OptionError on unknown names."""
    if not names:
        return journey
    known = {normalize(p.name): p.name for p in journey.personas}
    chosen = []
    for name in names:
        if normalize(name) not in known:
            raise OptionError("--persona", f"unknown persona {name!r}{suggest(name, list(known.values()))}")
        chosen.append(known[normalize(name)])
    return journey.for_personas(tuple(chosen))


def deck_name(journey: Journey) -> str:
    """Return `<client>-<project>-journey.pptx` as a safe, readable file name."""
    parts = [slug(journey.project.client), slug(journey.project.project), "journey"]
    return "-".join(p for p in parts if p) + ".pptx"


def slug(text: str) -> str:
    """Return `text` as lower-case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60].strip("-")


def unique_name(name: str, taken: set[str]) -> str:
    """Return `name`, or `name` with -2, -3... when an earlier deck of this run took it."""
    stem, suffix = name.rsplit(".", 1)
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}.{suffix}"
    taken.add(candidate)
    return candidate


def soffice() -> str | None:
    """Return the LibreOffice command on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(document: Path) -> Path:
    """Convert `document` to a PDF beside it with LibreOffice and return the PDF's path."""
    command = soffice()
    if command is None:
        raise OutputError(
            document, "written, but no PDF: LibreOffice ('soffice') is not on PATH; install LibreOffice or drop --pdf"
        )
    pdf = document.with_suffix(".pdf")
    pdf.unlink(missing_ok=True)  # so an older PDF is never taken for this one
    with tempfile.TemporaryDirectory(prefix="cjmdeck-lo-") as profile:
        args = [
            command,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(document.parent),
            str(document),
        ]
        try:
            subprocess.run(args, check=True, capture_output=True, timeout=PDF_TIMEOUT)
        except subprocess.TimeoutExpired as err:
            raise OutputError(document, f"written, but LibreOffice took over {PDF_TIMEOUT} s to convert it") from err
        except subprocess.CalledProcessError as err:
            detail = f"LibreOffice could not convert it to PDF (exit status {err.returncode})"
            raise OutputError(document, f"written, but {detail}") from err
        except OSError as err:
            raise OutputError(document, f"written, but LibreOffice could not run ({err.strerror})") from err
    if not pdf.exists():
        raise OutputError(document, "written, but LibreOffice did not produce a PDF")
    return pdf
