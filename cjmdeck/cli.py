"""The command-line interface: parse options, call one library function per command."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from cjmdeck import __version__
from cjmdeck.contract import LANGUAGES
from cjmdeck.errors import CjmdeckError, OptionError

LANG = click.Choice(LANGUAGES, case_sensitive=False)
WORKBOOK = click.Path(exists=True, dir_okay=False, path_type=Path)


@contextmanager
def _reported() -> Iterator[None]:
    """Turn cjmdeck's errors into Click's: exit 2 for a bad option, exit 1 otherwise."""
    try:
        yield
    except OptionError as err:
        raise click.BadParameter(str(err), param_hint=f"'{err.option}'") from err
    except CjmdeckError as err:
        raise click.ClickException(str(err)) from err


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="cjmdeck")
def main() -> None:
    """Turn a customer-journey workbook into client-ready decks and reports."""


def _stop(signum: int, frame: object) -> None:
    """Exit on SIGTERM or SIGHUP through the normal path, so cleanup code runs."""
    raise SystemExit(128 + signum)


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--lang", type=LANG, default="en", show_default=True, help="Language of sheet names, headers and texts.")
@click.option("--example", is_flag=True, help="Write a complete, realistic example instead of an empty workbook.")
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def new(path: Path, lang: str, example: bool, force: bool) -> None:
    """Write a ready-to-fill journey workbook to PATH (.xlsx)."""
    from cjmdeck.scaffold import new_workbook

    if path.suffix.lower() != ".xlsx":
        raise click.BadParameter(f"{path}: the workbook's name must end in .xlsx", param_hint="'PATH'")
    with _reported():
        new_workbook(path, lang.lower(), example=example, force=force)
    click.echo(f"Wrote {path}")


@main.command()
@click.argument("workbooks", nargs=-1, required=True, type=WORKBOOK)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
@click.option("--strict", is_flag=True, help="Exit with status 1 on warnings too.")
@click.option("--tracker-in", type=WORKBOOK, help="The edited action tracker to compare (default: the one beside it).")
def check(workbooks: tuple[Path, ...], fmt: str, strict: bool, tracker_in: Path | None) -> None:
    """Validate WORKBOOKS and print one diagnostic per line.

    An action tracker beside a workbook (see build --tracker) is compared with it: each value
    that differs is a warning. Exit status: 0 when there are no errors (and, with --strict, no
    warnings), 1 otherwise.
    """
    from cjmdeck.check import check_workbook
    from cjmdeck.diagnostics import plural
    from cjmdeck.names import TRACKER_IS_WORKBOOK

    if tracker_in is not None and len(workbooks) > 1:
        raise click.BadParameter("give one workbook with --tracker-in", param_hint="'--tracker-in'")
    if tracker_in is not None and tracker_in.resolve() == workbooks[0].resolve():
        raise click.BadParameter(TRACKER_IS_WORKBOOK.format(tracker_in), param_hint="'--tracker-in'")
    reports = [check_workbook(path, tracker_in, find_tracker=True) for path in workbooks]
    errors = sum(r.count("error") for r in reports)
    warnings = sum(r.count("warning") for r in reports)
    if fmt == "json":
        payload = {"files": [r.as_dict() for r in reports], "errors": errors, "warnings": warnings}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            for diagnostic in report.diagnostics:
                click.echo(str(diagnostic))
            click.echo(report.summary())
        if len(reports) > 1:
            click.echo(f"{len(reports)} workbooks: {plural(errors, 'errors')}, {plural(warnings, 'warnings')}")
    if errors or (strict and warnings):
        raise SystemExit(1)


@main.command()
@click.argument("workbooks", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    help="Folder to write into, made if missing (default: current folder).",
)
@click.option(
    "--template",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The agency's PowerPoint template (.pptx or .potx).",
)
@click.option(
    "--docx-template",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The agency's Word template (.docx or .dotx): tagged with Jinja2, or a plain branded document to borrow from.",
)
@click.option("--pptx/--no-pptx", default=True, show_default=True, help="Write the deck.")
@click.option("--docx/--no-docx", default=True, show_default=True, help="Write the Word report.")
@click.option(
    "--tracker",
    "--xlsx",
    "tracker",
    is_flag=True,
    help="Also write the action tracker <client>-<project>-actions.xlsx for the client's project manager.",
)
@click.option(
    "--tracker-in",
    type=WORKBOOK,
    help="An edited action tracker whose status, owner, due date and KPI values win over the workbook's "
    "(default: the tracker beside the workbook or in the output folder, if any).",
)
@click.option("--persona", "personas", multiple=True, help="Limit the outputs to this persona (repeatable).")
@click.option(
    "--lang",
    "langs",
    help="Language of the outputs, or several (es,en: a set each); default: the workbook's Project language, else en.",
)
@click.option("--split", type=click.Choice(["persona"]), help="persona: write one deck and report per persona.")
@click.option("--pdf", is_flag=True, help="Also write a PDF of each output (needs LibreOffice's soffice on PATH).")
@click.option(
    "--poster",
    is_flag=True,
    help="Also write each persona's journey map as a one-page poster, <client>-<project>-poster-<persona>.pptx, "
    "and its PDF.",
)
@click.option(
    "--poster-size",
    metavar="[A3|A2|A1|A0]",
    help="The posters' paper, landscape (default: A3); implies --poster.",
)
@click.option(
    "--kind",
    type=click.Choice(["deliverable", "workshop"]),
    default="deliverable",
    show_default=True,
    help="deliverable: the journey deck and report; workshop: the deck to run the mapping workshop.",
)
@click.option(
    "--minutes",
    type=click.IntRange(30, 600),
    default=120,
    show_default=True,
    help="Length of the workshop session; the agenda's timings add up to it.",
)
@click.option("--jobs", "-j", type=click.IntRange(1, 64), help="Processes building at once (default: the cores).")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr (default: on a terminal, for batches).",
)
@click.option("--watch", is_flag=True, help="Build again each time a workbook is saved, until Ctrl-C.")
def build(
    workbooks: tuple[Path, ...],
    out_dir: Path,
    template: Path | None,
    docx_template: Path | None,
    pptx: bool,
    docx: bool,
    tracker: bool,
    tracker_in: Path | None,
    personas: tuple[str, ...],
    langs: str | None,
    split: str | None,
    pdf: bool,
    poster: bool,
    poster_size: str | None,
    kind: str,
    minutes: int,
    jobs: int | None,
    progress: bool | None,
    watch: bool,
) -> None:
    """Write the deck and the report of each of WORKBOOKS (files, or folders of them).

    Each becomes <client>-<project>-journey.pptx and .docx; with --kind workshop, the workshop
    deck <client>-<project>-workshop.pptx instead; with --tracker, also the action tracker
    <client>-<project>-actions.xlsx. A workbook that fails is reported and the others still build.
    """
    from cjmdeck.build import build as build_outputs
    from cjmdeck.forked import default_jobs

    for stop in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):  # a killed build removes its temporary files
        if stop is not None:
            signal.signal(stop, _stop)

    def once() -> None:
        """Build every workbook once, printing what was written and what failed."""
        bar = _Progress(progress)
        try:
            with _reported():
                run = build_outputs(
                    workbooks,
                    out_dir,
                    template=template,
                    docx_template=docx_template,
                    pptx=pptx,
                    docx=docx,
                    personas=personas,
                    langs=[code.strip().lower() for code in langs.split(",")] if langs else [],
                    pdf=pdf,
                    kind=kind,
                    minutes=minutes,
                    split=split,
                    jobs=jobs or default_jobs(),
                    progress=bar,
                    tracker=tracker,
                    tracker_in=tracker_in,
                    poster=(poster_size if poster_size is not None else "A3")
                    if poster or poster_size is not None
                    else None,
                )
        finally:
            bar.close()
        for item in run.built:
            for warning in item.warnings:
                click.echo(f"Warning: {warning}", err=True)
            for path in item.files:
                click.echo(f"Wrote {path}" + (" (replaced the earlier file)" if path in item.replaced else ""))
        for failure in run.failed:
            click.echo(f"Error: {failure.message}", err=True)
        if run.failed:
            names = ", ".join(dict.fromkeys(str(f.workbook) for f in run.failed))
            total = len(run.built) + len(run.failed)
            raise click.ClickException(f"{len(run.failed)} of {total} builds failed ({names}); the others were written")

    if not watch:
        once()
        return
    from cjmdeck.watch import watch_files

    def again() -> None:
        """Build once; a failure is reported and the watch goes on."""
        try:
            once()
        except click.ClickException as err:
            click.echo(f"Error: {err.format_message()}", err=True)

    watch_files(workbooks, again, announce=lambda text: click.echo(text, err=True))


class _Progress:
    """Click's progress bar on stderr, made on the first report of a batch; `shown` None means: on a terminal."""

    def __init__(self, shown: bool | None) -> None:
        self.forced = bool(shown)
        self.shown = sys.stderr.isatty() if shown is None else shown
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.shown or (total < 2 and not self.forced):
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Building", file=sys.stderr, show_pos=True)
            self.bar._is_atty = True  # drawn even when stderr is not a terminal, as --progress asks
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)

    def close(self) -> None:
        """End the bar's line, if one was drawn."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@main.command()
@click.argument("workbook", type=WORKBOOK)
@click.option("--persona", "personas", multiple=True, help="Limit the context to this persona (repeatable).")
@click.option("--lang", type=LANG, help="Language of the words (default: the workbook's Project language, else en).")
def context(workbook: Path, personas: tuple[str, ...], lang: str | None) -> None:
    """Print as JSON everything a Word template sees for WORKBOOK: every name a {{ tag }} can use."""
    from cjmdeck.build import template_context

    with _reported():
        values = template_context(workbook, personas=personas, lang=lang.lower() if lang else None)
    click.echo(json.dumps(values, ensure_ascii=False, indent=2))


def run() -> None:
    """Run the CLI as a program and leave at once, without the interpreter's teardown.

    Every file is written and closed by then; freeing the libraries' objects one by one on the way
    out would add a tenth of a second to each command. An error that is a bug still ends with
    its traceback and the usual teardown.
    """
    try:
        main(prog_name="cjmdeck")
        code = 0
    except SystemExit as done:  # Click ends every command this way, Ctrl-C included
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        if isinstance(done.code, str):
            print(done.code, file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
