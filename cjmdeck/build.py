"""Building decks and reports from workbooks (`cjmdeck build`): plan every output, then write them.

A build first plans: it checks the options and templates, reads every workbook, and names
every output (per workbook, and per persona and language when split). Nothing is written
until the whole plan holds. Then each job writes its files (see `cjmdeck.batch`); a job
that fails is reported, and the others still build.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjmdeck import findings
from cjmdeck.contract import LANGUAGES, normalize
from cjmdeck.diagnostics import plural
from cjmdeck.errors import OptionError, OutputError
from cjmdeck.files import POWERPOINT, WORD, read_package, shown_name
from cjmdeck.jobs import Built, Job, Options, outputs, run_job
from cjmdeck.model import Journey
from cjmdeck.names import TRACKER_IS_WORKBOOK, deck_name, slug, unique_name

if TYPE_CHECKING:
    from cjmdeck.diagnostics import Diagnostic
    from cjmdeck.forked import Forked

    Loaded = tuple[Journey, list[Diagnostic], list[Diagnostic]]  # a journey, its workbook's and its tracker's warnings

KINDS = ("deliverable", "workshop")
SPLITS = ("persona",)


@dataclass(frozen=True)
class Failed:
    """A workbook, or one job of it, that could not be built, and why."""

    workbook: Path
    message: str


@dataclass(frozen=True)
class Run:
    """What a build wrote and what failed."""

    built: list[Built]
    failed: list[Failed]


def build(
    workbooks: Sequence[Path],
    out_dir: Path = Path("."),
    *,
    template: Path | None = None,
    docx_template: Path | None = None,
    pptx: bool = True,
    docx: bool = True,
    personas: Sequence[str] = (),
    langs: Sequence[str] = (),
    pdf: bool = False,
    kind: str = "deliverable",
    minutes: int = 120,
    split: str | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    tracker: bool = False,
    tracker_in: Path | None = None,
    poster: str | None = None,
) -> Run:
    """Write the deck and the report of each workbook (folders hold workbooks) into `out_dir`.

    `kind` "workshop" writes the workshop deck of a session of `minutes` instead (no report).
    `split` "persona" writes one set per persona, `langs` one per language; `jobs` processes
    write them, calling `progress(done, total)` as each job ends. A bad option or template raises
    before anything is written; with one workbook, so does its failure, else failed
    workbooks are reported in the returned run and the others built. `tracker` also writes the
    action tracker; an edited one's values (`tracker_in`, else found) win. `poster` (a paper size,
    A3 to A0) also writes each persona's journey map as a poster on one page, and its PDF.
    """
    langs = list(dict.fromkeys(langs))  # --lang es,es: one Spanish set
    options = _options(out_dir, template, docx_template, pptx, docx, pdf, kind, minutes, langs, split, tracker, poster)
    paths = workbook_paths(workbooks)
    if tracker_in is not None and len(paths) > 1:
        raise OptionError("--tracker-in", "give one workbook with --tracker-in")
    if tracker_in is not None and tracker_in.resolve() == paths[0].resolve():
        raise OptionError("--tracker-in", TRACKER_IS_WORKBOOK.format(tracker_in))
    failed: list[Failed] = []
    planned: list[Job] = []
    taken: set[str] = set()
    for path, loaded in zip(paths, _read_all(paths, options, jobs, tracker_in), strict=True):
        if isinstance(loaded, str):  # the message of a workbook that could not be read, one of several
            failed.append(Failed(path, loaded))
            continue
        journey, diagnostics, tracked = loaded
        count = plural(len(diagnostics), "warnings")
        warnings: tuple[str, ...] = (f"{path}: {count}; run 'cjmdeck check {path}' to see them",) if diagnostics else ()
        warnings += tuple(f"{d.location}: {d.message}" for d in tracked)
        chosen = _chosen(path, journey, personas, len(paths) > 1)
        planned += _jobs(path, chosen, options, langs, split, taken, len(paths) > 1, warnings)
    _refuse_inputs(planned, options, paths)
    try:
        options.out_dir.mkdir(parents=True, exist_ok=True)  # -o out/ makes the folder, as a consultant expects
    except OSError as err:
        raise OutputError(options.out_dir, f"cannot make the output folder: {err.strerror}") from err

    if len(paths) == 1 and len(planned) == 1:  # one job: its error is the build's
        built = run_job(planned[0], options, parallel=jobs > 1)
        if progress is not None:
            progress(1, 1)
        return Run([built], [])
    from cjmdeck.batch import run_jobs

    results = run_jobs(planned, options, jobs, progress)
    failed += [Failed(job.workbook, r) for job, r in zip(planned, results, strict=True) if isinstance(r, str)]
    return Run([r for r in results if not isinstance(r, str)], failed)


def _options(
    out_dir: Path,
    template: Path | None,
    docx_template: Path | None,
    pptx: bool,
    docx: bool,
    pdf: bool,
    kind: str,
    minutes: int,
    langs: Sequence[str],
    split: str | None,
    tracker: bool = False,
    poster: str | None = None,
) -> Options:
    """Return the build's options, checked, and its templates, refused when broken or hostile."""
    if kind not in KINDS:
        raise OptionError("--kind", f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    for lang in langs:
        if lang not in LANGUAGES:
            raise OptionError("--lang", f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    if split is not None and split not in SPLITS:
        raise OptionError("--split", f"unknown split {split!r}; use: {', '.join(SPLITS)}")
    docx = docx and kind != "workshop"
    from cjmdeck.posters import paper

    if not pptx and not docx and not tracker and paper(poster) is None:
        raise OptionError("--no-pptx", "nothing to build: --no-pptx and --no-docx together leave no output")
    for given, program in ((template, POWERPOINT), (docx_template, WORD)):
        if given is not None:
            read_package(given, *program)  # a hostile or broken template is refused before any work
    return Options(out_dir, template, docx_template, pptx, docx, pdf, kind, minutes, tracker, paper(poster))


def _read_all(paths: list[Path], options: Options, jobs: int, tracker_in: Path | None) -> list[Loaded | str]:
    """Return the journey of each workbook with its warnings, or, when there are several, the message of its error.

    One workbook is read beside the loading of the renderers (see `_reading`), and its error
    raised; several are shared among `jobs` processes.
    """
    if len(paths) == 1:
        reading = _reading(paths, options, jobs, tracker_in)
        return [reading.result() if reading else _read(paths[0], tracker_in, options.out_dir)]
    from cjmdeck.batch import each

    return each(partial(_read, tracker_in=tracker_in, out_dir=options.out_dir), paths, jobs)


def _reading(paths: list[Path], options: Options, jobs: int, tracker_in: Path | None) -> Forked[Loaded] | None:
    """With one workbook and cores to spare, start reading it in a forked process and load the renderers here.

    Loading python-pptx and reading a workbook take about as long each: done at once, a build
    starts drawing sooner. The workbook reader's own modules load only in that process. Return
    the reading, or None to read here.
    """
    if len(paths) != 1 or jobs <= 1 or not hasattr(os, "fork"):
        return None
    from cjmdeck.forked import Forked

    reading = Forked(partial(_read, paths[0], tracker_in, options.out_dir))
    try:
        _load_renderers(options)
    except BaseException:
        reading.stop()
        raise
    return reading


def _read(path: Path, tracker_in: Path | None, out_dir: Path) -> Loaded:
    """Return the journey of the workbook at `path` with its action tracker's values, and both's warnings."""
    from cjmdeck.check import load_tracked  # the reader's modules load only where a workbook is read

    return load_tracked(path, tracker_in, (out_dir,))


def _load_renderers(options: Options) -> None:
    """Import the modules that draw the outputs `options` asks for in this process (the deck's)."""
    if options.pptx and options.kind == "workshop":
        import cjmdeck.deck.workshop
    elif options.pptx:
        import cjmdeck.deck.deliverable
    else:
        import cjmdeck.report  # noqa: F401


def workbook_paths(given: Sequence[Path]) -> list[Path]:
    """Return the workbooks `given`, each folder replaced by the .xlsx workbooks in it (not Excel's lock files)."""
    paths: list[Path] = []
    for path in given:
        if not path.is_dir():
            paths.append(path)
            continue
        found = sorted(p for p in path.glob("*.xlsx") if not p.name.startswith(("~$", ".")) and p.is_file())
        if not found:
            raise OptionError("WORKBOOKS", f"{path}: the folder holds no .xlsx workbook")
        paths += found
    return paths


def _jobs(
    path: Path,
    journey: Journey,
    options: Options,
    langs: Sequence[str],
    split: str | None,
    taken: set[str],
    several: bool,
    warnings: tuple[str, ...],
) -> list[Job]:
    """Return the jobs of one workbook: one, or one per persona and per language."""
    parts = [journey.for_personas((p.name,)) for p in journey.personas] if split == "persona" else [journey]
    out = []
    for part in parts:
        for lang in langs or [part.project.language or "en"]:
            stem = deck_name(part, options.kind).removesuffix(".pptx")
            if split == "persona":
                stem += f"-{slug(part.personas[0].name)}"
            if len(langs) > 1:
                stem += f"-{lang}"
            stem = unique_name(f"{stem}.pptx", taken).removesuffix(".pptx")
            out.append(Job(path, part, lang, stem, several, warnings))
    return out


def _refuse_inputs(planned: list[Job], options: Options, paths: list[Path]) -> None:
    """Raise OutputError when an output would replace one of the build's inputs."""
    inputs = {p.resolve() for p in (*paths, options.template, options.docx_template) if p is not None}
    for job in planned:
        for target in outputs(job, options):
            if target.resolve() in inputs:
                raise OutputError(target, "is one of the inputs; write the outputs to another folder with -o")


def template_context(workbook: Path, *, personas: Sequence[str] = (), lang: str | None = None) -> dict[str, Any]:
    """Return what a Word template sees for `workbook`: `cjmdeck context`."""
    from cjmdeck.report.context import OBJECTS, context

    journey, _, _ = _read(workbook, None, workbook.parent)  # with an edited action tracker's values, as a build
    journey = select_personas(journey, personas)
    values = context(findings.of(journey), lang or journey.project.language or "en", shown_name(workbook))
    return {**values, **OBJECTS}


def _chosen(path: Path, journey: Journey, personas: Sequence[str], several: bool) -> Journey:
    """Return `journey` limited to `personas`; an unknown name's error names the workbook when there are several."""
    try:
        return select_personas(journey, personas)
    except OptionError as err:
        raise OptionError(err.option, f"{path}: {err}" if several else str(err)) from err


def select_personas(journey: Journey, names: Sequence[str]) -> Journey:
    """Return `journey` limited to the personas `names` (all when empty); raise OptionError on unknown names."""
    if not names:
        return journey
    known = {normalize(p.name): p.name for p in journey.personas}
    chosen = []
    for name in names:
        if normalize(name) not in known:
            from cjmdeck.reader import suggest

            raise OptionError("--persona", f"unknown persona {name!r}{suggest(name, list(known.values()))}")
        chosen.append(known[normalize(name)])
    return journey.for_personas(tuple(chosen))
