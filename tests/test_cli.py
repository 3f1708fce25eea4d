"""The CLI as a whole: entry points, version, light start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cjmdeck import __version__
from cjmdeck.cli import main


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"cjmdeck, version {__version__}\n"


def test_python_dash_m():
    result = subprocess.run([sys.executable, "-m", "cjmdeck", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "Usage: cjmdeck" in result.stdout
    for command in ("new", "check", "build"):
        assert command in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["check", "README.md"], 1, "README.md: error: not an Excel workbook"),
        (["build"], 2, "Error: Missing argument 'WORKBOOKS...'"),
        (["new", "--help"], 0, "Usage: cjmdeck new"),
    ],
)
def test_the_program_leaves_with_the_command_s_exit_code_and_all_it_printed(args, code, said):
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-m", "cjmdeck", *args], capture_output=True, text=True, cwd=root)
    assert result.returncode == code
    assert said in result.stdout + result.stderr


def test_start_up_does_not_import_office_libraries():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from cjmdeck.cli import main\n"
        "CliRunner().invoke(main, ['build', '--help'])\n"
        "print(sorted(m for m in ('pptx', 'docx', 'docxtpl', 'openpyxl', 'lxml') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(main, ["bulid"])
    assert result.exit_code == 2
