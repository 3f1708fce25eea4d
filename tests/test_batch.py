"""Batch builds: folders, worker processes, failures that spare the others, progress, splits and watching."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from click.testing import CliRunner
from pptx import Presentation

from cjmdeck.cli import main
from cjmdeck.watch import watch_files
from tests.conftest import MINIMAL, write_workbook

BROKEN = {**MINIMAL, "Touchpoints": [["Stage", "Touchpoint"], ["Nowhere", "Web"]]}


def run(*args: object):
    return CliRunner().invoke(main, ["build", *(str(a) for a in args)])


def client(name: str) -> dict:
    return {**MINIMAL, "Project": [["Client", name], ["Project", "Study"], ["Language", "en"]]}


def titles(deck: Path) -> list[str]:
    return [s.shapes.title.text for s in Presentation(str(deck)).slides if s.shapes.title is not None]


def test_a_folder_builds_every_workbook_in_it_and_skips_lock_files(tmp_path):
    folder = tmp_path / "workbooks"
    folder.mkdir()
    for name in ("Acme", "Bolt", "Cora"):
        write_workbook(folder / f"{name.lower()}.xlsx", client(name))
    (folder / "~$acme.xlsx").write_bytes(b"\x05Maria" + b" " * 100)  # Excel's lock file of an open workbook
    result = run(folder, "-o", tmp_path / "out", "--jobs", "2", "--no-docx")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "acme-study-journey.pptx",
        "bolt-study-journey.pptx",
        "cora-study-journey.pptx",
    ]


def test_a_folder_without_workbooks_is_a_usage_error(tmp_path):
    result = run(tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert (
        result.output.splitlines()[-1]
        == f"Error: Invalid value for 'WORKBOOKS': {tmp_path}: the folder holds no .xlsx workbook"
    )


def test_a_failing_workbook_is_reported_and_the_others_build(tmp_path):
    good = write_workbook(tmp_path / "good.xlsx", client("Acme"))
    bad = write_workbook(tmp_path / "bad.xlsx", BROKEN)
    other = write_workbook(tmp_path / "other.xlsx", client("Bolt"))
    result = run(good, bad, other, "-o", tmp_path / "out", "--jobs", "2", "--no-docx")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"Error: {bad}: Touchpoints!A2: unknown stage 'Nowhere' (known: 'Awareness', 'Purchase')" in lines
    assert lines[-1] == f"Error: 1 of 3 builds failed ({bad}); the others were written"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "acme-study-journey.pptx",
        "bolt-study-journey.pptx",
    ]


def test_processes_build_what_one_process_builds(tmp_path):
    books = [write_workbook(tmp_path / f"{n}.xlsx", client(n)) for n in ("Acme", "Bolt", "Cora")]
    one = run(*books, "-o", tmp_path / "one", "--jobs", "1")
    two = run(*books, "-o", tmp_path / "two", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert sorted(one.output.replace("/one/", "/").splitlines()) == sorted(
        two.output.replace("/two/", "/").splitlines()
    )
    for deck in (tmp_path / "one").glob("*.pptx"):
        assert titles(deck) == titles(tmp_path / "two" / deck.name)


def test_the_progress_bar_when_forced(tmp_path):
    books = [write_workbook(tmp_path / f"{n}.xlsx", client(n)) for n in ("Acme", "Bolt")]
    result = run(*books, "-o", tmp_path / "out", "--jobs", "2", "--progress", "--no-docx")
    assert result.exit_code == 0, result.output
    assert "Building" in result.output and "2/2" in result.output
    quiet = run(*books, "-o", tmp_path / "out", "--jobs", "2", "--no-docx")  # not a terminal: no bar
    assert "Building" not in quiet.output


def test_split_by_persona_writes_a_set_per_persona(tmp_path):
    book = write_workbook(tmp_path / "book.xlsx", MINIMAL)
    result = run(book, "-o", tmp_path / "out", "--split", "persona")
    assert result.exit_code == 0, result.output
    stem = "acme-retail-checkout-study-journey"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"{stem}-ana.docx",
        f"{stem}-ana.pptx",
        f"{stem}-ben.docx",
        f"{stem}-ben.pptx",
    ]
    shown = " ".join(titles(tmp_path / "out" / f"{stem}-ana.pptx"))
    assert "Ana" in shown and "Ben" not in shown


def test_several_languages_write_a_set_each(tmp_path):
    book = write_workbook(tmp_path / "book.xlsx", MINIMAL)
    result = run(book, "-o", tmp_path / "out", "--lang", "es,EN", "--no-docx")
    assert result.exit_code == 0, result.output
    stem = "acme-retail-checkout-study-journey"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{stem}-en.pptx", f"{stem}-es.pptx"]
    assert "Plan de acción" in " ".join(titles(tmp_path / "out" / f"{stem}-es.pptx"))
    assert "Action plan" in " ".join(titles(tmp_path / "out" / f"{stem}-en.pptx"))


def test_a_language_named_twice_writes_one_set(tmp_path):
    book = write_workbook(tmp_path / "book.xlsx", MINIMAL)
    result = run(book, "-o", tmp_path / "out", "--lang", "es,ES", "--no-docx")
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["acme-retail-checkout-study-journey.pptx"]
    assert "Plan de acción" in " ".join(titles(tmp_path / "out" / "acme-retail-checkout-study-journey.pptx"))


def test_an_unknown_language_in_the_list_is_a_usage_error(tmp_path):
    book = write_workbook(tmp_path / "book.xlsx", MINIMAL)
    result = run(book, "-o", tmp_path / "out", "--lang", "es,de")
    assert result.exit_code == 2
    assert (
        result.output.splitlines()[-1]
        == "Error: Invalid value for '--lang': unknown language 'de'; use one of: en, es, pl"
    )
    assert not (tmp_path / "out").exists()


def test_watch_builds_again_when_the_workbook_is_saved_by_rename(tmp_path):
    book = write_workbook(tmp_path / "book.xlsx", MINIMAL)
    builds: list[float] = []
    said: list[str] = []
    watcher = threading.Thread(
        target=watch_files,
        args=([book], lambda: builds.append(time.monotonic()), said.append),
        kwargs={"interval": 0.05, "rounds": 2},
    )
    watcher.start()
    while not said:  # the first build is done and the watch has begun
        time.sleep(0.01)
    saved = write_workbook(
        tmp_path / "~book.tmp", {**MINIMAL, "Stages": [["Stage"], ["Awareness"], ["Purchase"], ["Loyalty"]]}
    )
    os.replace(saved, book)  # how Excel saves: a new file renamed over the old one
    watcher.join(timeout=10)
    assert not watcher.is_alive()
    assert len(builds) == 2
    assert said == [f"Watching {book} for changes; press Ctrl-C to stop"]


def test_one_workbook_draws_its_deck_and_report_at_once_with_the_same_results(tmp_path):
    from tests.wordtemplates import tagged

    book = write_workbook(tmp_path / "book.xlsx", MINIMAL)
    one = run(book, "-o", tmp_path / "one", "--jobs", "1")
    two = run(book, "-o", tmp_path / "two", "--jobs", "2")  # the report in a forked process
    assert one.output.replace("/one/", "/") == two.output.replace("/two/", "/")
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == sorted(p.name for p in (tmp_path / "one").iterdir())

    template = tagged(tmp_path / "agency.docx", "{{ 1 / 0 }}")  # fails in the forked process
    failed = {
        jobs: run(book, "-o", tmp_path / f"bad{jobs}", "--docx-template", template, "--jobs", jobs) for jobs in "12"
    }
    assert failed["1"].exit_code == failed["2"].exit_code == 1
    assert failed["2"].output.replace("bad2", "bad1") == failed["1"].output
    assert failed["2"].output.startswith(f"Error: {template}: ")
    assert list((tmp_path / "bad2").iterdir()) == []  # neither the deck nor a temporary file
