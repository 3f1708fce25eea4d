"""Running a build's jobs: one after another, or in worker processes, reporting each as it ends."""

from __future__ import annotations

import contextlib
import copyreg
import multiprocessing
import os
import pickle
import signal
import traceback
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from cjmdeck.errors import CjmdeckError, OutputError, TemplateError, WorkbookError

if TYPE_CHECKING:
    from cjmdeck.jobs import Built, Job, Options

T = TypeVar("T")
_PLANNED: list[Job] = []  # the jobs, inherited by forked workers so that only their index travels
_OPTIONS: list[Options] = []


def _read_only(values: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """Return `values` as a read-only map again, after crossing from a forked process."""
    return MappingProxyType(values)


copyreg.pickle(MappingProxyType, lambda proxy: (_read_only, (dict(proxy),)))  # the model's read-only maps travel


def default_jobs() -> int:
    """Return how many processes to use by default: the cores this process may run on."""
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return len(cores) if cores else os.cpu_count() or 1


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


class Forked(Generic[T]):
    """Work started in a forked process: `result()` waits for what it returns (or raises its error), `stop()` ends it.

    A workbook is read this way while the renderers load, and the report drawn while the deck is.
    Where fork does not exist, the work runs at once, here.
    """

    def __init__(self, work: Callable[[], T]) -> None:
        self.pid = 0
        self.done: tuple[T] | None = None
        if not hasattr(os, "fork"):
            self.done = (work(),)
            return
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            os.close(read_end)
            _child(work, write_end)
        os.close(write_end)
        self.pipe = os.fdopen(read_end, "rb")

    def result(self) -> T:
        """Wait for the work to end; return what it returned or raise its error."""
        if self.done is not None:
            return self.done[0]
        with self.pipe:
            sent = self.pipe.read()
        os.waitpid(self.pid, 0)
        self.pid = 0
        outcome = pickle.loads(sent) if sent else {"crash": "the process ended without a word"}
        self.done = (_outcome(outcome),)
        return self.done[0]

    def stop(self) -> None:
        """End the work if it is still running (the build was interrupted or failed)."""
        if self.pid:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)  # it writes only a temporary file, removed after this
                os.waitpid(self.pid, 0)
            self.pid = 0


def _child(work: Callable[[], object], write_end: int) -> None:
    """Do `work` in the forked child, send what came of it through the pipe, and leave at once."""
    status = 1
    try:
        try:
            sent = pickle.dumps({"value": work()})
            status = 0
        except CjmdeckError as err:
            detail = getattr(err, "detail", str(err))
            sent = pickle.dumps({"error": type(err).__name__, "path": getattr(err, "path", ""), "detail": detail})
        except BaseException:  # a bug, or Ctrl-C: the parent reports it
            sent = pickle.dumps({"crash": traceback.format_exc()})
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(sent)
    finally:
        os._exit(status)  # none of the parent's cleanup (its temporary files) runs here


def _outcome(outcome: dict[str, Any]) -> Any:
    """Return what a forked process sent, or raise the error it sent."""
    if "value" in outcome:
        return outcome["value"]
    if "error" in outcome:
        kinds = {"TemplateError": TemplateError, "OutputError": OutputError, "WorkbookError": WorkbookError}
        kind = kinds.get(outcome["error"])
        raise kind(outcome["path"], outcome["detail"]) if kind else CjmdeckError(outcome["detail"])
    raise RuntimeError(f"work in its own process failed:\n{outcome['crash']}")


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
