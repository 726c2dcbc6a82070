"""The tests' own layout (STYLE.md, "Layout" and "Tests"): tests share fixtures through conftest.py
and helpers through plainly named modules, never by importing a test module; benchmarks may import
tests' factories, never the reverse; every folder is a package, so same-named test files cannot
clash; and every test that drives Chromium lives in tests/browser/, on its one set of fixtures."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
# The fixtures tests/browser/conftest.py gives: a test asking for one drives Chromium.
BROWSER_FIXTURES = {"browser", "context", "page"}


def _sources() -> dict[str, ast.Module]:
    return {str(path.relative_to(TESTS.parent)): ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(TESTS.rglob("*.py"))}


SOURCES = _sources()


def _imported(tree: ast.Module) -> set[str]:
    """Every module name a file imports, at any depth (imports inside functions count too)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            names.add(base)
            names.update(f"{base}.{alias.name}".lstrip(".") for alias in node.names)
    return names


@pytest.mark.parametrize("path", sorted(SOURCES))
def test_no_test_module_or_conftest_is_imported(path):
    imported = {name for name in _imported(SOURCES[path])
                if name.split(".")[-1].startswith("test_") or name.split(".")[-1] == "conftest"}
    assert not imported, f"{path} imports {sorted(imported)}: share fixtures through conftest.py " \
                         "and helpers through a plainly named module instead"


@pytest.mark.parametrize("path", sorted(SOURCES))
def test_tests_never_import_benchmarks(path):
    imported = {name for name in _imported(SOURCES[path]) if name.split(".")[0] == "benchmarks"}
    assert not imported, f"{path} imports {sorted(imported)}: benchmarks import tests, not the reverse"


def test_every_folder_under_tests_is_a_package():
    folders = [folder for folder in [TESTS, *TESTS.rglob("*")] if folder.is_dir()
               and not folder.name.startswith((".", "__")) and any(folder.glob("*.py"))]
    missing = [str(folder.relative_to(TESTS.parent)) for folder in folders
               if not (folder / "__init__.py").exists()]
    assert not missing, f"folders without __init__.py: {missing}"


def test_every_browser_test_lives_in_tests_browser():
    outside = []
    for path, tree in SOURCES.items():
        if path.startswith("tests/browser/"):
            continue
        if any(name.split(".")[0] == "playwright" or name.startswith("axe_playwright")
               for name in _imported(tree)):
            outside.append(f"{path} imports Playwright")
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                asked = {arg.arg for arg in node.args.args} & BROWSER_FIXTURES
                if asked:
                    outside.append(f"{path}::{node.name} asks for {sorted(asked)}")
    assert not outside, "browser tests outside tests/browser/: " + "; ".join(outside)
