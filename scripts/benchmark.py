"""Time the main jobs on the samples: CLI start-up, check, build (median of several runs)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fashion-store-es.xlsx"


def median_seconds(args: list[str], runs: int) -> float:
    """Return the median wall time of running `args` `runs` times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int = 7) -> None:
    """Print the median time of each job."""
    cli = [sys.executable, "-m", "cjmdeck"]
    with tempfile.TemporaryDirectory() as out:
        jobs = {
            "cjmdeck --help (start-up)": [*cli, "--help"],
            f"cjmdeck check {SAMPLE.name}": [*cli, "check", str(SAMPLE)],
            f"cjmdeck build {SAMPLE.name}": [*cli, "build", str(SAMPLE), "-o", out],
        }
        for name, args in jobs.items():
            print(f"{name:45} {median_seconds(args, runs):6.2f} s (median of {runs})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
