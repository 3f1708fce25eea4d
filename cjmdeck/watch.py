"""Watching workbooks: build again each time one is saved (`cjmdeck build --watch`).

The modification time, size and file identity of each workbook are polled twice a second.
Excel and LibreOffice save by writing a new file and renaming it over the old one, so the
file may be missing or half-written for a moment: a change counts once the file has stayed
the same for one more poll.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

INTERVAL = 0.5  # seconds between polls
Signature = tuple[int, int, int] | None  # (modified ns, size, inode), None while the file is missing


def signature(path: Path) -> Signature:
    """Return what changes when `path` is saved: its modification time, size and file identity."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size, found.st_ino


def watch_files(
    paths: Sequence[Path],
    build: Callable[[], None],
    announce: Callable[[str], None],
    *,
    interval: float = INTERVAL,
    rounds: int | None = None,
) -> None:
    """Call `build` now and after each saved change to `paths`, until Ctrl-C (or after `rounds` builds).

    `build` reports its own failures and returns: a workbook being edited may be incomplete
    for a while, and the watch goes on.
    """
    files = [p for p in paths if not p.is_dir()] + [f for p in paths if p.is_dir() for f in sorted(p.glob("*.xlsx"))]
    done = 0
    try:
        while rounds is None or done < rounds:
            seen = [signature(p) for p in files]
            build()
            done += 1
            if rounds is not None and done >= rounds:
                return
            names = ", ".join(str(p) for p in files)
            announce(f"Watching {names} for changes; press Ctrl-C to stop")
            _wait_for_change(files, seen, interval)
    except KeyboardInterrupt:
        announce("Stopped watching")


def _wait_for_change(files: list[Path], seen: list[Signature], interval: float) -> None:
    """Return once a file of `files` differs from `seen` and has stayed the same for one more poll."""
    while True:
        time.sleep(interval)
        now = [signature(p) for p in files]
        if now == seen:
            continue
        time.sleep(interval)
        settled = [signature(p) for p in files]
        if settled == now and None not in settled:
            return
