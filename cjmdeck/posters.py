"""The posters of a build (`cjmdeck build --poster`): their paper, names, drawing and PDFs.

Each persona's journey map becomes a one-page poster, `<client>-<project>-poster-<persona>.pptx`,
and its PDF. python-pptx loads only when a poster is drawn (see `cjmdeck.deck.deliverable.poster`).
"""

from __future__ import annotations

import dataclasses
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from cjmdeck.errors import OptionError, OutputError
from cjmdeck.files import atomic_write, shown_name
from cjmdeck.names import poster_name, unique_name
from cjmdeck.pdf import convert_to_pdf, soffice

if TYPE_CHECKING:
    from cjmdeck.findings import Findings
    from cjmdeck.jobs import Built, Job, Options

PAPERS = {"A3": (420, 297), "A2": (594, 420), "A1": (841, 594), "A0": (1189, 841)}  # mm, landscape


def paper(size: str | None) -> str | None:
    """Return the posters' paper size as named in PAPERS (A3...), None for no poster; OptionError when unknown."""
    if size is None or size.upper() in PAPERS:
        return size.upper() if size else None
    raise OptionError("--poster-size", f"unknown paper size {size!r}; use one of: {', '.join(PAPERS)}")


def poster_targets(job: Job, options: Options) -> list[Path]:
    """Return the paths of `job`'s posters, one per persona, or none when not asked for."""
    if options.poster is None:
        return []
    taken: set[str] = set()  # two personas whose names make the same file name
    names = [unique_name(poster_name(job.journey, p.name, job.stem, options.kind), taken) for p in job.journey.personas]
    return [options.out_dir / name for name in names]


def render_posters(found: Findings, stack: ExitStack, posters: list[Path], options: Options, job: Job) -> list[str]:
    """Draw each persona's poster, written through a temporary file that `stack` puts in place; return warnings."""
    if not posters or options.poster is None:
        return []
    from cjmdeck.deck.deliverable.poster import render_poster

    warnings = []
    for journey, poster in zip(found.personas, posters, strict=True):
        output = stack.enter_context(atomic_write(poster))
        warnings += render_poster(
            found,
            journey,
            output,
            template=options.template,
            lang=job.lang,
            workbook_name=shown_name(job.workbook),
            paper=options.poster,
            name=str(poster),
        )
    return warnings


def poster_pdfs(item: Built) -> Built:
    """Return `item` with the PDF of each of its posters, written beside it with LibreOffice."""
    if not item.posters:
        return item
    if soffice() is None:
        more = f" with {len(item.posters) - 1} more poster(s)" if len(item.posters) > 1 else ""
        raise OutputError(
            item.posters[0],
            f"written{more}, but no PDF: LibreOffice ('soffice') is not on PATH; install it for the posters' PDFs",
        )
    pdfs = [poster.with_suffix(".pdf") for poster in item.posters]
    replaced = tuple(p for p in pdfs if p.exists())
    for poster, pdf in zip(item.posters, pdfs, strict=True):
        convert_to_pdf(poster, pdf)
    return dataclasses.replace(item, pdfs=(*item.pdfs, *pdfs), replaced=item.replaced + replaced)
