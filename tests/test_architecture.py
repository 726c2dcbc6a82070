"""The import direction in STYLE.md, as layers: data flows one way, instrument -> answers saved ->
comments analysed -> journey and reports -> staff pages. Nothing imports wsgi; the scale imports
nothing of the project; feedback.analysis only the scale; surveys.records only the scale; nothing
in surveys imports reports or feedback's web modules; no package imports another both ways; pure
modules import neither Flask nor SQLAlchemy; no module import cycles."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("family_by_family_scale", "feedback", "surveys", "reports")
WEB = {"flask", "flask_wtf", "flask_login", "flask_babel", "flask_limiter", "werkzeug", "wtforms",
       "govuk_frontend_wtf", "govuk_frontend_jinja", "jinja2"}
DATABASE = {"sqlalchemy", "alembic", "psycopg"}
# Modules that hold rules only: they must stay free of the web framework.
PURE_PACKAGES = ("family_by_family_scale", "feedback.analysis")
PURE_MODULES = {"surveys.cases.waves", "surveys.governance.retention_rules", "surveys.staff.passwords",
                "surveys.governance.audit_wording", "surveys.cases.team_picture",
                "surveys.questionnaire.plan", "surveys.cases.dashboard", "reports.journey.build",
                "reports.journey.model", "reports.disclosure", "reports.quarterly.period",
                "reports.quarterly.model", "reports.quarterly.methods",
                "reports.quarterly.figures", "reports.quarterly.content", "surveys.records.enums",
                "reports.actions", "reports.charts", "feedback.reading", "feedback.reasons",
                "reports.lattice", "reports.clustered", "reports.quarterly.readings",
                "reports.quarterly.family_outcomes", "reports.quarterly.rolling",
                "reports.quarterly.trends", "reports.quarterly.by_role", "reports.quarterly.difference",
                "reports.quarterly.cells", "reports.quarterly.localities",
                "reports.quarterly.statements", "reports.quarterly.closures",
                "reports.quarterly.reach", "reports.quarterly.members"}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


MODULES = _modules()
# The layers that count as packages of their own when checking that imports go one way.
LAYERS = ("family_by_family_scale", "feedback.analysis", "feedback", "surveys", "reports")


def _layer(name: str) -> str | None:
    return next((layer for layer in LAYERS if name == layer or name.startswith(layer + ".")), None)


def _project_imports(module: str) -> set[str]:
    return {n for n in _imports(MODULES[module], module) if _layer(n) is not None}


def _runtime_nodes(tree: ast.AST):
    """Every node but those under `if TYPE_CHECKING:`, which type checkers read and Python skips."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(path: Path, module: str) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: -node.level] if path.name != "__init__.py" else \
                    module.split(".")[: len(module.split(".")) - node.level + 1]
                names.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                names.add(node.module)
                # `from surveys.staff import access` imports the module surveys.staff.access
                names.update(f"{node.module}.{alias.name}" for alias in node.names
                             if f"{node.module}.{alias.name}" in MODULES)
    return names


def _top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_nothing_imports_wsgi(module):
    assert "wsgi" not in {_top(n) for n in _imports(MODULES[module], module)}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _top(m) == "family_by_family_scale"))
def test_scale_library_is_pure(module):
    tops = {_top(n) for n in _imports(MODULES[module], module)}
    assert not tops & (WEB | DATABASE), f"{module} imports {tops & (WEB | DATABASE)}"
    assert not tops & (set(PACKAGES) - {"family_by_family_scale"})


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.endswith("__init__") or "." not in m))
def test_package_inits_are_flask_free(module):
    tops = {_top(n) for n in _imports(MODULES[module], module)}
    assert not tops & WEB


@pytest.mark.parametrize("module", sorted(PURE_MODULES & set(MODULES)))
def test_pure_modules_import_no_flask(module):
    tops = {_top(n) for n in _imports(MODULES[module], module)}
    assert not tops & WEB


def test_no_import_cycles_between_modules():
    graph = {m: {n for n in _imports(p, m) if n in MODULES and n != m} for m, p in MODULES.items()}
    # Importing a.b also imports package a; count only module-to-module edges.
    seen: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        seen[node] = 1
        stack.append(node)
        for nxt in graph[node]:
            if seen.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                raise AssertionError(f"import cycle: {' -> '.join(cycle)}")
            if nxt not in seen:
                visit(nxt)
        stack.pop()
        seen[node] = 2

    for module in sorted(graph):
        if module not in seen:
            visit(module)


def _in(package: str) -> list[str]:
    return sorted(m for m in MODULES if m == package or m.startswith(package + "."))


@pytest.mark.parametrize("module", _in("feedback.analysis"))
def test_feedback_analysis_imports_only_the_scale(module):
    outside = {n for n in _project_imports(module) if _layer(n) not in ("family_by_family_scale",
                                                                        "feedback.analysis")}
    assert not outside, f"{module} imports {outside}"


@pytest.mark.parametrize("module", _in("surveys.records"))
def test_records_import_only_the_scale(module):
    outside = {n for n in _project_imports(module)
               if _layer(n) != "family_by_family_scale" and not n.startswith("surveys.records")}
    assert not outside, f"{module} imports {outside}"


@pytest.mark.parametrize("module", _in("surveys"))
def test_surveys_import_neither_reports_nor_feedback_pages(module):
    outside = {n for n in _project_imports(module) if _layer(n) in ("reports", "feedback")}
    assert not outside, f"{module} imports {outside}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _layer(m) in PURE_PACKAGES) +
                         sorted(PURE_MODULES & set(MODULES)))
def test_pure_modules_import_neither_flask_nor_the_database(module):
    tops = {_top(n) for n in _imports(MODULES[module], module)}
    assert not tops & (WEB | DATABASE), f"{module} imports {tops & (WEB | DATABASE)}"


def test_no_package_imports_another_both_ways():
    edges: dict[tuple[str, str], str] = {}
    for module in MODULES:
        for name in _project_imports(module):
            if _layer(name) != _layer(module):
                edges.setdefault((_layer(module), _layer(name)), f"{module} -> {name}")
    both = [(edges[(a, b)], edges[(b, a)]) for a, b in edges if a < b and (b, a) in edges]
    assert not both, both


def _is_pure(name: str) -> bool:
    return name in PURE_MODULES or _layer(name) in PURE_PACKAGES


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _is_pure(m)))
def test_pure_modules_import_only_pure_modules(module):
    """Purity is transitive: a pure module that imports the models imports SQLAlchemy too."""
    impure = {n for n in _project_imports(module) if n in MODULES and not _is_pure(n)
              and not MODULES[n].name == "__init__.py"}
    assert not impure, f"{module} imports {impure}"
