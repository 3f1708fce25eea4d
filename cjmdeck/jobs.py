"""Writing one job: its deck, report, tracker and posters appear together (or none of them), then their PDFs.

A job is one workbook's journey (or one persona's) in one language; `cjmdeck.build` plans the
jobs and `cjmdeck.batch` runs them. Each Office library loads only when its output is asked for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from cjmdeck import findings
from cjmdeck.errors import TemplateError
from cjmdeck.files import atomic_write, shown_name
from cjmdeck.model import Journey
from cjmdeck.pdf import convert_to_pdf


@dataclass(frozen=True)
class Options:
    """What every job of a build shares: the output folder, templates and outputs asked for."""

    out_dir: Path = Path(".")
    template: Path | None = None
    docx_template: Path | None = None
    pptx: bool = True
    docx: bool = True
    pdf: bool = False
    kind: str = "deliverable"
    minutes: int = 120
    tracker: bool = False  # also write the action tracker (.xlsx)
    poster: str | None = None  # the paper of each persona's poster (A3...), None for no poster


@dataclass(frozen=True)
class Job:
    """One set of outputs to write: a workbook's journey (or one persona's) in one language, and their names."""

    workbook: Path
    journey: Journey
    lang: str
    stem: str
    several: bool  # one of several workbooks: errors name the workbook
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Built:
    """The files one job became: the deck and the report asked for, and their PDFs when asked for."""

    workbook: Path
    deck: Path | None = None
    report: Path | None = None
    pdfs: tuple[Path, ...] = ()
    warnings: tuple[str, ...] = ()
    replaced: tuple[Path, ...] = ()  # outputs that replaced a file of the same name, from an earlier run
    tracker: Path | None = None  # the action tracker, when asked for
    posters: tuple[Path, ...] = ()  # each persona's poster, when asked for

    @property
    def files(self) -> tuple[Path, ...]:
        """Return every file written, in the order they were made: deck, report, tracker, posters, then the PDFs."""
        return tuple(p for p in (self.deck, self.report, self.tracker, *self.posters, *self.pdfs) if p is not None)


def outputs(job: Job, options: Options) -> list[Path]:
    """Return the deck, report, tracker and posters `job` writes, as options ask."""
    from cjmdeck.posters import poster_targets
    from cjmdeck.tracker import tracker_target

    found = (*_targets(job, options), tracker_target(job, options), *poster_targets(job, options))
    return [p for p in found if p is not None]


def _targets(job: Job, options: Options) -> tuple[Path | None, Path | None]:
    """Return the paths of `job`'s deck and report, None for an output not asked for."""
    deck = options.out_dir / f"{job.stem}.pptx" if options.pptx else None
    report = options.out_dir / f"{job.stem}.docx" if options.docx else None
    return deck, report


def run_job(job: Job, options: Options, parallel: bool = False) -> Built:
    """Write the outputs of `job` (together, or none of them) and their PDFs; return what was written.

    With `parallel`, the report is drawn in a forked process while this one draws the deck.
    """
    from cjmdeck.posters import poster_pdfs, poster_targets, render_posters
    from cjmdeck.tracker import tracker_target, write_tracker

    deck, report = _targets(job, options)
    tracker = tracker_target(job, options)
    posters = poster_targets(job, options)
    found = findings.of(job.journey)  # once per job, for every output
    replaced = tuple(t for t in (deck, report, tracker, *posters) if t is not None and t.exists())
    with ExitStack() as stack:  # the job's files appear together, or none
        report_tmp = stack.enter_context(atomic_write(report)) if report is not None else None
        deck_tmp = stack.enter_context(atomic_write(deck)) if deck is not None else None
        report_warnings: Callable[[], list[str]] = list
        if report_tmp is not None:
            draw = partial(_render_report, found, report_tmp, options, job)
            if parallel and deck_tmp is not None:
                from cjmdeck.forked import Forked

                drawing = Forked(draw)
                stack.callback(drawing.stop)  # on failure or Ctrl-C, before the temporary files go
                report_warnings = drawing.result
            else:
                done = draw()
                report_warnings = done.copy
        deck_warnings = _render_deck(found, deck_tmp, options, job) if deck_tmp is not None else []
        if tracker is not None:
            write_tracker(found, stack.enter_context(atomic_write(tracker)), job.lang)
        poster_warnings = render_posters(found, stack, posters, options, job)
        warnings = [*job.warnings, *report_warnings(), *deck_warnings, *poster_warnings]
    built = Built(job.workbook, deck, report, (), tuple(warnings), replaced, tracker, tuple(posters))
    return poster_pdfs(_with_pdfs(built, options.out_dir) if options.pdf else built)


def _render_report(found: findings.Findings, output: Path, options: Options, job: Job) -> list[str]:
    """Write the report and return its warnings; python-docx and docxtpl load only when a report is built."""
    from cjmdeck.report import render_report

    try:
        name = shown_name(job.workbook)
        return render_report(found, output, template=options.docx_template, lang=job.lang, workbook_name=name)
    except TemplateError as err:
        if job.several:  # say which workbook the template failed on
            raise TemplateError(err.path, f"{err.detail} (with {job.workbook})") from err
        raise


def _render_deck(found: findings.Findings, output: Path, options: Options, job: Job) -> list[str]:
    """Write the deck of `options.kind` and return its warnings; python-pptx loads only when a deck is built."""
    name, base = shown_name(job.workbook), job.workbook.parent
    if options.kind == "workshop":
        from cjmdeck.deck.workshop import render_workshop

        return render_workshop(
            found,
            output,
            template=options.template,
            lang=job.lang,
            workbook_name=name,
            base_dir=base,
            minutes=options.minutes,
        )
    from cjmdeck.deck.deliverable import render_deck

    return render_deck(found, output, template=options.template, lang=job.lang, workbook_name=name, base_dir=base)


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
