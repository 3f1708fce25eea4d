"""Running a build's jobs, and reading its workbooks: one after another, or in worker processes."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from cjmdeck import forked  # noqa: F401  (the model's read-only maps travel between processes)
from cjmdeck.errors import CjmdeckError

if TYPE_CHECKING:
    from cjmdeck.jobs import Built, Job, Options

T = TypeVar("T")
U = TypeVar("U")
_PLANNED: list[Job] = []  # the jobs, inherited by forked workers so that only their index travels
_OPTIONS: list[Options] = []


def run_jobs(
    jobs: list[Job], options: Options, processes: int, progress: Callable[[int, int], None] | None = None
) -> list[Built | str]:
    """Run every job and return, in order, what each wrote or the message of the error it ended with.

    With more than one job and process, jobs run in forked worker processes (where fork
    exists); `progress(done, total)` is called as each job ends.
    """
    forking = "fork" in multiprocessing.get_all_start_methods()
    if processes <= 1 or len(jobs) <= 1 or not forking:
        results: list[Built | str] = []
        for job in jobs:
            results.append(_attempt(job, options))
            if progress is not None:
                progress(len(results), len(jobs))
        return results
    _PLANNED[:], _OPTIONS[:] = jobs, [options]
    pool = ProcessPoolExecutor(min(processes, len(jobs)), mp_context=multiprocessing.get_context("fork"))
    try:
        futures: list[Future[Built | str]] = [pool.submit(_run_planned, i) for i in range(len(jobs))]
        pending = set(futures)
        while pending:
            _, pending = wait(pending, return_when=FIRST_COMPLETED)
            if progress is not None:
                progress(len(jobs) - len(pending), len(jobs))
        return [future.result() for future in futures]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # on Ctrl-C, jobs not started never start
        _PLANNED.clear()
        _OPTIONS.clear()


def each(work: Callable[[T], U], items: Sequence[T], processes: int) -> list[U | str]:
    """Return `work(item)` for each of `items`, or the message of the error it raised, in order.

    With more than one item and process, the items are shared among forked worker processes (a
    build's workbooks are read this way before its jobs are planned); `work` and the items cross
    to them, and what comes of each crosses back.
    """
    forking = "fork" in multiprocessing.get_all_start_methods()
    if processes <= 1 or len(items) <= 1 or not forking:
        return [_guarded(work, item) for item in items]
    pool = ProcessPoolExecutor(min(processes, len(items)), mp_context=multiprocessing.get_context("fork"))
    try:
        return list(pool.map(partial(_guarded, work), items))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _guarded(work: Callable[[T], U], item: T) -> U | str:
    """Return `work(item)`, or the message of the error it raised (a message crosses processes)."""
    try:
        return work(item)
    except CjmdeckError as err:
        return str(err)


def _run_planned(index: int) -> Built | str:
    """Run the planned job `index` in a worker process."""
    return _attempt(_PLANNED[index], _OPTIONS[0])


def _attempt(job: Job, options: Options) -> Built | str:
    """Return what `job` wrote, or the message of the error it ended with (a message crosses processes)."""
    from cjmdeck.jobs import run_job

    try:
        return run_job(job, options)
    except CjmdeckError as err:
        return str(err)
