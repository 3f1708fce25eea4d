"""The bundled samples: valid, up to date with the examples, and as big as promised."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjmdeck.check import check_workbook
from cjmdeck.scaffold import new_workbook

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED = {  # name: (language, stages, personas, min touchpoints, min questions, min actions)
    "fashion-store-es.xlsx": ("es", 5, 2, 20, 8, 10),
    "home-furniture-en.xlsx": ("en", 4, 3, 15, 8, 10),
    "drugstore-pl.xlsx": ("pl", 5, 2, 15, 8, 10),
}


@pytest.mark.parametrize("name", EXPECTED)
def test_sample_checks_clean_and_matches_its_example(tmp_path, name):
    lang, stages, personas, touchpoints, questions, actions = EXPECTED[name]
    report = check_workbook(SAMPLES / name)
    assert report.count("error") == 0, [str(d) for d in report.diagnostics]
    journey = report.journey
    assert journey is not None and journey.project.language == lang
    assert (len(journey.stages), len(journey.personas)) == (stages, personas)
    assert len(journey.touchpoints) >= touchpoints
    assert len(journey.questions) >= questions
    assert len(journey.actions) >= actions
    fresh = check_workbook(new_workbook(tmp_path / name, lang, example=True)).journey
    assert fresh == journey, "samples/ is stale: run python scripts/make_samples.py"
