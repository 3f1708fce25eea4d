"""Never losing work: a build killed midway leaves the earlier outputs byte-identical and no partial file."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, write_workbook

STAGES = [f"Stage {n}" for n in range(1, 11)]
PERSONAS = [f"Persona {n}" for n in range(1, 9)]


def large(path: Path, goal: str) -> Path:
    """Write a workbook large enough that its build takes a few seconds; `goal` changes what it says."""
    rows: list[list[object]] = [["Persona", "Stage", "Emotion", "Pain points", "Thoughts"]]
    rows += [
        [p, s, 1 + (i + j) % 5, f"{goal} pain {i}-{j}", f"Thought {i}-{j}"]
        for i, p in enumerate(PERSONAS)
        for j, s in enumerate(STAGES)
    ]
    touchpoints: list[list[object]] = [["Stage", "Touchpoint", "Channel"]]
    touchpoints += [[s, f"Touchpoint {j}-{k}", "Web"] for j, s in enumerate(STAGES) for k in range(30)]
    actions: list[list[object]] = [["Action", "Impact", "Feasibility"]]
    actions += [[f"Action {k}", 1 + k % 5, 1 + (k * 3) % 5] for k in range(150)]
    sheets = {
        **MINIMAL,
        "Personas": [["Name"], *([p] for p in PERSONAS)],
        "Stages": [["Stage", "Customer goal"], *([s, goal] for s in STAGES)],
        "Journey": rows,
        "Touchpoints": touchpoints,
        "Questions": [["Question", "Stage"], ["Why?", STAGES[0]]],
        "Actions": actions,
    }
    return write_workbook(path, sheets)


def command(workbook: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "cjmdeck", "build", str(workbook), "-o", str(out), *options]


def start(workbook: Path, out: Path, *options: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command(workbook, out, *options), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def wait_for(condition, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    """Poll `condition` until it holds; fail when the build ends first."""
    end = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, "the build ended before it could be interrupted"
        assert time.monotonic() < end, "the build never reached the point to interrupt"
        time.sleep(0.005)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["TERM", "INT", "HUP"])
def test_a_build_killed_while_writing_leaves_the_earlier_outputs(tmp_path, stop):
    out = tmp_path / "out"
    workbook = large(tmp_path / "book.xlsx", "First")
    first = subprocess.run(command(workbook, out), capture_output=True)
    assert first.returncode == 0, first.stderr
    before = snapshot(out)
    assert {Path(n).suffix for n in before} == {".pptx", ".docx"}

    large(workbook, "Second")
    process = start(workbook, out)
    wait_for(lambda: any(p.name.startswith(".cjmdeck-") for p in out.iterdir()), process)
    time.sleep(0.2)  # well into writing
    process.send_signal(stop)
    process.wait(timeout=60)
    assert process.returncode != 0
    assert snapshot(out) == before  # byte-identical, and no temporary file left


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_build_killed_while_converting_keeps_the_earlier_pdf(tmp_path):
    out = tmp_path / "out"
    workbook = large(tmp_path / "book.xlsx", "First")
    first = subprocess.run(command(workbook, out, "--pdf", "--no-docx"), capture_output=True)
    assert first.returncode == 0, first.stderr
    (pdf,) = out.glob("*.pdf")
    old_pdf = pdf.read_bytes()
    deck = pdf.with_suffix(".pptx")
    old_deck = deck.read_bytes()

    large(workbook, "Second")
    temporary = tmp_path / "tmp"  # where LibreOffice's profile and copy of the deck go
    temporary.mkdir()
    process = start(workbook, out, "--pdf", "--no-docx", env={**os.environ, "TMPDIR": str(temporary)})
    wait_for(lambda: deck.read_bytes() != old_deck, process)  # the new deck is in place: LibreOffice is running
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert process.returncode != 0
    assert pdf.read_bytes() == old_pdf
    time.sleep(2)  # LibreOffice, had it been left running, would write its profile again by now
    assert list(temporary.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == sorted([deck.name, pdf.name])
    with zipfile.ZipFile(deck) as package:
        assert b"Second" in b"".join(package.read(n) for n in package.namelist() if n.startswith("ppt/slides/"))
