"""Regenerate the sample workbooks in samples/ from the bundled examples."""

from __future__ import annotations

from pathlib import Path

from cjmdeck.scaffold import new_workbook

SAMPLES = {"fashion-store-es.xlsx": "es", "home-furniture-en.xlsx": "en", "drugstore-pl.xlsx": "pl"}


def main() -> None:
    """Write every sample workbook."""
    folder = Path(__file__).resolve().parents[1] / "samples"
    for name, lang in SAMPLES.items():
        print(new_workbook(folder / name, lang, example=True, force=True))


if __name__ == "__main__":
    main()
