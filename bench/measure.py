"""Wall time and peak memory of one cjmdeck command, each run in a fresh process."""

from __future__ import annotations

import statistics
import subprocess
import sys

# A small process starts cjmdeck and reports its wall time and peak RSS. Started straight from
# the benchmark, which holds workbooks in memory, the child's peak would count the benchmark's
# memory too (Linux keeps the peak across fork and exec).
MEASURE = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))
"""


def measure(args: list[str]) -> tuple[float, float, int]:
    """Return the wall time (s), peak RSS (MB) and exit status of `python *args` in a fresh process."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, check=True)
    seconds, peak, status = done.stdout.split()
    return float(seconds), float(peak), int(status)


def cjmdeck(*args: str) -> tuple[float, float, int]:
    """Return the wall time, peak RSS and exit status of `cjmdeck *args`."""
    return measure(["-m", "cjmdeck", *args])


def median(args: list[str], runs: int) -> tuple[float, float]:
    """Return the median wall time and the largest peak RSS of `runs` runs of `python *args`."""
    results = [measure(args) for _ in range(runs)]
    failed = [status for _, _, status in results if status != 0]
    if failed:
        raise SystemExit(f"python {' '.join(args)} failed with exit status {failed[0]}")
    return statistics.median(r[0] for r in results), max(r[1] for r in results)
