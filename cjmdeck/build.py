"""Building the deck and the report from workbooks (`cjmdeck build`), and what a report template sees."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cjmdeck import findings
from cjmdeck.check import load_journey, plural
from cjmdeck.contract import LANGUAGES, normalize
from cjmdeck.errors import OptionError, OutputError, TemplateError
from cjmdeck.files import POWERPOINT, WORD, atomic_write, read_package, shown_name
from cjmdeck.model import Journey
from cjmdeck.reader import suggest

PDF_TIMEOUT = 300
KINDS = ("deliverable", "workshop")


@dataclass(frozen=True)
class Built:
    """The files one workbook became: the deck and the report asked for, and their PDFs when asked for."""

    workbook: Path
    deck: Path | None = None
    report: Path | None = None
    pdfs: tuple[Path, ...] = ()
    warnings: tuple[str, ...] = ()
    replaced: tuple[Path, ...] = ()  # outputs that replaced a file of the same name, from an earlier run

    @property
    def files(self) -> tuple[Path, ...]:
        """Return every file written, in the order they were made: deck, report, then the PDFs."""
        return tuple(p for p in (self.deck, self.report, *self.pdfs) if p is not None)


def build(
    workbooks: Sequence[Path],
    out_dir: Path = Path("."),
    *,
    template: Path | None = None,
    docx_template: Path | None = None,
    pptx: bool = True,
    docx: bool = True,
    personas: Sequence[str] = (),
    lang: str | None = None,
    pdf: bool = False,
    kind: str = "deliverable",
    minutes: int = 120,
) -> list[Built]:
    """Write the deck and the report of each workbook into `out_dir` and return what was written.

    `kind` "workshop" writes the workshop deck of a session of `minutes` instead (no report).
    """
    if kind not in KINDS:
        raise OptionError("--kind", f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    if kind == "workshop":
        docx = False
    if lang is not None and lang not in LANGUAGES:
        raise OptionError("--lang", f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    if not pptx and not docx:
        raise OptionError("--no-pptx", "nothing to build: --no-pptx and --no-docx together leave no output")
    for given, program in ((template, POWERPOINT), (docx_template, WORD)):
        if given is not None:
            read_package(given, *program)  # a hostile or broken template is refused before any work
    loaded = [(path, *load_journey(path)) for path in workbooks]
    chosen = [_chosen(path, journey, personas, len(loaded) > 1) for path, journey, _ in loaded]  # before writing
    try:
        out_dir.mkdir(parents=True, exist_ok=True)  # -o out/ makes the folder, as a consultant expects
    except OSError as err:
        raise OutputError(out_dir, f"cannot make the output folder: {err.strerror}") from err

    built: list[Built] = []
    taken: set[str] = set()
    inputs = {p.resolve() for p in (*workbooks, template, docx_template) if p is not None}
    with ExitStack() as stack:  # every file of the run appears together, or none
        for (path, _, diagnostics), journey in zip(loaded, chosen, strict=True):
            found = findings.of(journey)  # once per workbook, for every output
            count = plural(len(diagnostics), "warnings")
            warnings = [f"{path}: {count}; run 'cjmdeck check {path}' to see them"] if diagnostics else []
            stem = unique_name(deck_name(journey, kind), taken).removesuffix(".pptx")
            language = lang or journey.project.language or "en"
            deck = out_dir / f"{stem}.pptx" if pptx else None
            report = out_dir / f"{stem}.docx" if docx else None
            for target in (deck, report):
                if target is not None and target.resolve() in inputs:
                    raise OutputError(target, "is one of the inputs; write the outputs to another folder with -o")
            replaced = tuple(t for t in (deck, report) if t is not None and t.exists())
            if report is not None:
                from cjmdeck.report import render_report  # python-docx and docxtpl load only when needed

                tmp = stack.enter_context(atomic_write(report))
                try:
                    warnings += render_report(
                        found, tmp, template=docx_template, lang=language, workbook_name=shown_name(path)
                    )
                except TemplateError as err:
                    if len(loaded) > 1:  # say which workbook the template failed on
                        raise TemplateError(err.path, f"{err.detail} (with {path})") from err
                    raise
            if deck is not None:
                tmp = stack.enter_context(atomic_write(deck))
                warnings += _render_deck(kind, found, tmp, template, language, path, minutes)
            built.append(Built(path, deck, report, (), tuple(warnings), replaced))
    if pdf:
        built = [_with_pdfs(item, out_dir) for item in built]
    return built


def _chosen(path: Path, journey: Journey, personas: Sequence[str], several: bool) -> Journey:
    """Return `journey` limited to `personas`; an unknown name's error names the workbook when there are several."""
    try:
        return select_personas(journey, personas)
    except OptionError as err:
        raise OptionError(err.option, f"{path}: {err}" if several else str(err)) from err


def _render_deck(
    kind: str, found: findings.Findings, output: Path, template: Path | None, lang: str, workbook: Path, minutes: int
) -> list[str]:
    """Write the deck of `kind` and return its warnings; python-pptx loads only once the workbooks read cleanly."""
    if kind == "workshop":
        from cjmdeck.deck.workshop import render_workshop

        return render_workshop(
            found,
            output,
            template=template,
            lang=lang,
            workbook_name=shown_name(workbook),
            base_dir=workbook.parent,
            minutes=minutes,
        )
    from cjmdeck.deck.deliverable import render_deck

    return render_deck(
        found, output, template=template, lang=lang, workbook_name=shown_name(workbook), base_dir=workbook.parent
    )


def _with_pdfs(item: Built, out_dir: Path) -> Built:
    """Return `item` with the PDFs of its deck and report, written beside them."""
    pdfs = []
    if item.deck is not None:
        pdfs.append(item.deck.with_suffix(".pdf"))
    if item.report is not None:
        pdfs.append(out_dir / f"{item.report.stem}-report.pdf")
    replaced = tuple(p for p in pdfs if p.exists())
    for document, pdf in zip((d for d in (item.deck, item.report) if d is not None), pdfs, strict=True):
        convert_to_pdf(document, pdf)
    return dataclasses.replace(item, pdfs=tuple(pdfs), replaced=item.replaced + replaced)


def template_context(workbook: Path, *, personas: Sequence[str] = (), lang: str | None = None) -> dict[str, Any]:
    """Return what a Word template sees for `workbook`: `cjmdeck context`."""
    from cjmdeck.report.context import OBJECTS, context

    journey, _ = load_journey(workbook)
    journey = select_personas(journey, personas)
    values = context(findings.of(journey), lang or journey.project.language or "en", shown_name(workbook))
    return {**values, **OBJECTS}


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


def deck_name(journey: Journey, kind: str = "deliverable") -> str:
    """Return `<client>-<project>-journey.pptx` (`-workshop.pptx` for the workshop) as a safe, readable file name."""
    parts = [
        slug(journey.project.client),
        slug(journey.project.project),
        "workshop" if kind == "workshop" else "journey",
    ]
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


def convert_to_pdf(document: Path, pdf: Path) -> Path:
    """Convert `document` to the PDF `pdf` with LibreOffice and return its path.

    A report's contents are unwrapped first (see `cjmdeck.report.fields.for_pdf`), so that
    LibreOffice writes their page numbers.
    """
    command = soffice()
    if command is None:
        raise OutputError(
            document, "written, but no PDF: LibreOffice ('soffice') is not on PATH; install LibreOffice or drop --pdf"
        )
    with tempfile.TemporaryDirectory(prefix="cjmdeck-lo-") as work:
        source = Path(work) / f"{pdf.stem}{document.suffix}"
        data = document.read_bytes()
        if document.suffix == ".docx":
            from cjmdeck.report.fields import for_pdf

            data = for_pdf(data)
        source.write_bytes(data)
        profile = Path(work) / "profile"
        args = [
            command,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            str(source),
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
        made = source.with_suffix(".pdf")
        if not made.exists():
            kept = "; the earlier PDF is left as it was" if pdf.exists() else ""
            raise OutputError(document, f"written, but LibreOffice did not produce a PDF{kept}")
        with atomic_write(pdf) as tmp:
            shutil.copyfile(made, tmp)
    return pdf
