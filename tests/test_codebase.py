"""The shape of the code, checked so it cannot drift: layers, module size, docstrings."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cjmdeck"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 400


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Return every module `path` imports, at any depth of the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_module_is_small_and_documented(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{_name(path)} has {lines} lines; split it by job"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{_name(path)} has no module docstring"


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_public_functions_have_a_one_sentence_summary(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    missing = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and not node.name.startswith("_"):
            doc = ast.get_docstring(node)
            if not doc or not doc.split("\n", 1)[0].rstrip().endswith("."):
                missing.append(f"{node.name} (line {node.lineno})")
    assert not missing, f"{_name(path)}: no one-line docstring summary for {', '.join(missing)}"


def test_python_pptx_only_in_the_powerpoint_package() -> None:
    outside = [
        _name(p)
        for p in MODULES
        if not _name(p).startswith("cjmdeck.deck") and any(m.split(".")[0] == "pptx" for m in _imports(p))
    ]
    assert outside == ["cjmdeck.report.chart"]  # the report's chart borrows python-pptx's chart XML writer


def test_python_docx_only_in_the_word_package() -> None:
    users = {_name(p) for p in MODULES if any(m.split(".")[0] in ("docx", "docxtpl", "jinja2") for m in _imports(p))}
    assert all(name.startswith("cjmdeck.report.") for name in users), users
    assert "cjmdeck.report.context" not in users  # `cjmdeck context` loads no Office library


def test_openpyxl_only_in_the_workbook_modules() -> None:
    users = {_name(p) for p in MODULES if any(m.split(".")[0] == "openpyxl" for m in _imports(p))}
    assert users <= {"cjmdeck.xlsx", "cjmdeck.scaffold", "cjmdeck.tracker", "cjmdeck.tracker_in"}


@pytest.mark.parametrize("layer", ["cjmdeck.findings", "cjmdeck.text", "cjmdeck.model"])
def test_shared_core_imports_no_renderer(layer: str) -> None:
    for path in MODULES:
        if _name(path) == layer or _name(path).startswith(layer + "."):
            renderers = [m for m in _imports(path) if m.startswith(("cjmdeck.deck", "pptx", "docx", "docxtpl"))]
            assert not renderers, f"{_name(path)} imports {renderers}"


def test_findings_speak_no_language() -> None:
    for path in MODULES:
        if _name(path).startswith("cjmdeck.findings"):
            assert not [m for m in _imports(path) if m.startswith("cjmdeck.text")], _name(path)


def test_the_shared_powerpoint_layer_knows_no_particular_deck() -> None:
    for path in MODULES:
        name = _name(path)
        if name.startswith("cjmdeck.deck") and not name.startswith("cjmdeck.deck.deliverable"):
            assert not [m for m in _imports(path) if m.startswith("cjmdeck.deck.deliverable")], name


def test_renderers_take_their_words_from_text() -> None:
    for path in MODULES:
        if _name(path).startswith("cjmdeck.deck"):
            assert "LANGUAGES" not in path.read_text(encoding="utf-8"), _name(path)
