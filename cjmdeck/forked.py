"""Work in a forked process beside this one: a workbook read while the renderers load, a report drawn with the deck.

Kept apart from `cjmdeck.batch` and its process pool, so that a one-workbook build forks its
reader having imported little.
"""

from __future__ import annotations

import contextlib
import copyreg
import os
import pickle
import signal
import traceback
from collections.abc import Callable
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from cjmdeck.errors import CjmdeckError, OutputError, TemplateError, WorkbookError

T = TypeVar("T")


def _read_only(values: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """Return `values` as a read-only map again, after crossing from a forked process."""
    return MappingProxyType(values)


copyreg.pickle(MappingProxyType, lambda proxy: (_read_only, (dict(proxy),)))  # the model's read-only maps travel


def default_jobs() -> int:
    """Return how many processes to use by default: the cores this process may run on."""
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return len(cores) if cores else os.cpu_count() or 1


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
