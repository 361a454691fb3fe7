"""The rules of the house, as ARCHITECTURE.md states them.

1. Only ``ui/`` and ``app.py`` may use Qt. The command line, the tests and the school
   hub share everything else, so no module outside the window may import Qt, not even
   lazily inside a function.
2. Imports point one way, down the layers: ``cli``/``app`` -> ``ui`` -> ``services`` ->
   {``sync``, ``interop``, ``reports``} -> ``core``. An import inside a function counts
   as much as one at the top of a file.
3. No two modules import each other, directly or round a longer circle.
4. The window reads through ``core``'s query functions (plain frozen values, removed rows
   left out), never the database's rows itself: no ``session.get``/``exec``, no
   ``.execute``, no ``select`` and no ``deleted_hlc`` in ``ui/``; and ``ui/`` imports no
   table class from ``core.models`` (only its constants, such as ``TASK_TYPES``).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import cbe_desktop

PACKAGE = Path(cbe_desktop.__file__).resolve().parent
QT_ROOTS = {"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "Qt", "qtpy"}
CORE_MODULES = {
    "core/ids.py",
    "core/models.py",
    "core/store.py",
    "core/mastery.py",
    "core/gradebook.py",
    "core/backups.py",
    "core/demo.py",
    "cli.py",
}


def qt_free_files() -> list[Path]:
    """Every Python file of the package except the window's own (``ui/`` and ``app.py``)."""
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.as_posix() == "app.py":
            continue
        files.append(path)
    return files


def imported_roots(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, top-level module) of every import anywhere in the tree, however nested;
    also ``importlib.import_module("X")`` and ``__import__("X")`` with a literal name."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                name in {"import_module", "__import__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append((node.lineno, first.value.split(".")[0]))
    return found


def test_the_scan_sees_the_core_modules_and_the_command_line():
    seen = {p.relative_to(PACKAGE).as_posix() for p in qt_free_files()}
    assert seen >= CORE_MODULES
    assert not any(s.startswith("ui/") or s == "app.py" for s in seen)


def test_the_scan_would_catch_a_qt_import_hidden_inside_a_function():
    sneaky = ast.parse(
        "def show():\n"
        "    if True:\n"
        "        from PySide6.QtWidgets import QMessageBox\n"
        "    import shiboken6, json\n"
        "    importlib.import_module('PyQt6.QtCore')\n"
    )
    assert {root for _, root in imported_roots(sneaky)} >= {"PySide6", "shiboken6", "PyQt6"}


def test_nothing_outside_the_window_imports_qt():
    offenders = []
    for path in qt_free_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, root in imported_roots(tree):
            if root in QT_ROOTS:
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {root}")
    assert offenders == []


def test_loading_the_core_and_the_command_line_loads_no_qt():
    """The same rule, checked for real: imports that pull Qt in indirectly count too."""
    modules = []
    for path in qt_free_files():
        relative = path.relative_to(PACKAGE).with_suffix("")
        if relative.name in {"__main__", "env"} or "versions" in relative.parts:
            continue  # scripts that run on import (python -m, Alembic's environment)
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        modules.append(".".join(("cbe_desktop", *parts)))
    assert "cbe_desktop.core.store" in modules and "cbe_desktop.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_ROOTS)!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --- Layers: imports point down, never up ------------------------------------------

# The higher the number, the higher the floor. A module may import its own floor or
# any floor below. The package's face (``cbe_desktop/__init__.py``: the version) stands
# with the core, which everything may use.
FLOORS = {
    "core": 0,
    "sync": 1,
    "interop": 1,
    "reports": 1,
    "services": 2,
    "ui": 3,
    "app": 4,
    "cli": 4,
    "start_gc": 4,  # the window's start (cli and app)
    "__main__": 4,
}


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """``core/store.py`` -> ``cbe_desktop.core.store``; a package is its ``__init__``."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def floor_of(module: str) -> int:
    """The floor a module of the package stands on (the face of the package: 0)."""
    parts = module.split(".")
    return FLOORS[parts[1]] if len(parts) > 1 else 0


def package_imports(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, imported name) of every import of ``cbe_desktop`` anywhere in the tree, however
    nested; relative imports resolved; ``from X import Y`` names ``X.Y`` (Y may be a module)."""
    home = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                above = home[: len(home) - node.level + 1]
                base = ".".join(above + ([node.module] if node.module else []))
            yield node.lineno, base
            yield from ((node.lineno, f"{base}.{alias.name}") for alias in node.names)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                name in {"import_module", "__import__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                yield node.lineno, first.value


def import_graph(root: Path = PACKAGE) -> dict[str, dict[str, int]]:
    """Module -> {module of the package it imports: line}, for every file under ``root``."""
    paths = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph: dict[str, dict[str, int]] = {}
    for module, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets: dict[str, int] = {}
        for line, name in package_imports(tree, module, path.name == "__init__.py"):
            if name in paths and name != module:
                targets.setdefault(name, line)
        # ``from cbe_desktop.core import store`` names both the package and its module:
        # keep the module, which is what is really used.
        graph[module] = {
            t: n for t, n in targets.items() if not any(o.startswith(t + ".") for o in targets)
        }
    return graph


def upward_imports(graph: dict[str, dict[str, int]]) -> list[str]:
    """Every import of a module on a higher floor than the importer's, as a readable line."""
    return [
        f"{module} (floor {floor_of(module)}) imports {target} (floor {floor_of(target)}) "
        f"on line {line}"
        for module, targets in sorted(graph.items())
        for target, line in sorted(targets.items())
        if floor_of(target) > floor_of(module)
    ]


def circles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The groups of modules that import each other round a circle (Tarjan's strongly
    connected components of more than one module, or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph.get(module, {}):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1 or module in graph.get(module, {}):
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)


def test_every_module_of_the_package_stands_on_a_known_floor():
    """A new top-level package must be given its floor here (and in ARCHITECTURE.md)."""
    unknown = sorted({m.split(".")[1] for m in import_graph() if "." in m} - set(FLOORS))
    assert unknown == []


def test_the_scan_sees_imports_hidden_in_functions_relative_and_from_a_package(tmp_path):
    house = tmp_path / "cbe_desktop"
    for name in ("core/__init__", "core/store", "ui/__init__", "ui/page", "sync/__init__"):
        (house / f"{name}.py").parent.mkdir(parents=True, exist_ok=True)
        (house / f"{name}.py").write_text("")
    (house / "__init__.py").write_text("")
    (house / "core" / "store.py").write_text(
        "def later():\n    from cbe_desktop.ui import page\n    from ..sync import x\n"
    )
    graph = import_graph(house)
    assert graph["cbe_desktop.core.store"] == {"cbe_desktop.ui.page": 2, "cbe_desktop.sync": 3}
    assert upward_imports(graph) == [
        "cbe_desktop.core.store (floor 0) imports cbe_desktop.sync (floor 1) on line 3",
        "cbe_desktop.core.store (floor 0) imports cbe_desktop.ui.page (floor 3) on line 2",
    ]


def test_the_scan_finds_a_circle_of_three_modules():
    graph = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}
    assert circles(graph) == [["a", "b", "c"]]


def test_imports_point_down_the_layers_never_up():
    """core imports nothing above it; sync, interop and reports import no services and no
    ui; services import no ui; only the command line and the window's start import ui."""
    assert upward_imports(import_graph()) == []


def test_no_two_modules_import_each_other_even_round_a_circle():
    assert circles(import_graph()) == []


def page_of(module: str, modules: set[str] | dict[str, object]) -> str | None:
    """The page a module of the window belongs to: a page module (``ui/roster_page.py``),
    or any module of a page package (``ui/conferences/``, a package with a ``page``
    module); None for what pages share (``ui/widgets.py``, the base ``ui/page.py``...)."""
    parts = module.split(".")
    if len(parts) < 3 or parts[1] != "ui":
        return None
    if len(parts) == 3 and parts[2].endswith("_page"):
        return module
    package = ".".join(parts[:3])
    return package if f"{package}.page" in modules else None


def page_crossings(graph: dict[str, dict[str, int]]) -> list[str]:
    """Every import of one page's module by a module of another page (the window, which
    puts the pages in their tabs, excepted)."""
    return [
        f"{module} imports {target}"
        for module, targets in sorted(graph.items())
        if module != "cbe_desktop.ui.main_window"
        for target in targets
        if page_of(target, graph) is not None and page_of(target, graph) != page_of(module, graph)
    ]


def test_the_page_rule_sees_page_modules_and_page_packages():
    graph: dict[str, dict[str, int]] = {
        "cbe_desktop.ui.main_window": {"cbe_desktop.ui.sync": 1, "cbe_desktop.ui.roster_page": 2},
        "cbe_desktop.ui.sync": {"cbe_desktop.ui.sync.page": 1},
        "cbe_desktop.ui.sync.page": {"cbe_desktop.ui.sync.send": 1, "cbe_desktop.ui.page": 2},
        "cbe_desktop.ui.sync.send": {"cbe_desktop.ui.widgets": 1},
        "cbe_desktop.ui.insights.page": {"cbe_desktop.ui.insights.pace_chart": 1},
        "cbe_desktop.ui.insights.pace_chart": {},
        "cbe_desktop.ui.conferences.page": {"cbe_desktop.ui.insights.pace_chart": 3},
        "cbe_desktop.ui.roster_page": {"cbe_desktop.ui.sync.send": 4},
        "cbe_desktop.ui.widgets": {},
        "cbe_desktop.ui.page": {},
    }
    assert page_crossings(graph) == [
        "cbe_desktop.ui.conferences.page imports cbe_desktop.ui.insights.pace_chart",
        "cbe_desktop.ui.roster_page imports cbe_desktop.ui.sync.send",
    ]


def test_pages_do_not_import_other_pages():
    """A page (``ui/*_page.py``, or a package of small modules such as ``ui/conferences/``)
    is put in the window by ``ui/main_window.py`` only: a page package imports its own
    modules, never another page's; what two pages share lives in a module of its own
    (``ui/widgets.py``, ``ui/domain_words.py``, the base ``ui/page.py``...), so a page can
    be changed, split or removed without touching another."""
    graph = import_graph()
    assert page_of("cbe_desktop.ui.conferences.voice", graph) == "cbe_desktop.ui.conferences"
    assert page_crossings(graph) == []


# ----- rows of raw SQL are read by name ----------------------------------------------------

QUERY_CALLS = {"execute", "exec"}
ONE_ROW_CALLS = {"first", "one", "one_or_none", "fetchone"}
ROWS_CALLS = {"all", "fetchall", "fetchmany", "unique"}
# Modules allowed to read query rows by position (none: every module reads rows by name;
# a module may be listed here only while it is being reshaped).
ROWS_BY_POSITION_ALLOWED: set[str] = set()


def _query_kind(node: ast.expr, row_lists: set[str]) -> str | None:
    """What ``node`` is: "rows" for the rows of a query (``conn.execute(q)``,
    ``session.exec(q).all()``, or a name bound to them), "row" for one row of it
    (``.first()``, ``.fetchone()``...), else None (scalars, mappings, not a query)."""
    if isinstance(node, ast.Name):
        return "rows" if node.id in row_lists else None
    chain: list[str] = []  # the call chain's method names, innermost first
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        chain.insert(0, node.func.attr)
        node = node.func.value
    queries = [i for i, name in enumerate(chain) if name in QUERY_CALLS]
    if not queries:
        return None
    after = chain[queries[-1] + 1 :]
    if after and after[-1] in ONE_ROW_CALLS and set(after[:-1]) <= ROWS_CALLS:
        return "row"
    return "rows" if set(after) <= ROWS_CALLS else None


def rows_read_by_position(tree: ast.AST) -> list[int]:
    """Lines where one row of a query is indexed by a number (``r[4]``): a name bound to
    ``....first()`` or the like, or looping over a query's rows, read as ``name[int]``.
    Other tuples (pairs, keys, a function's results) and a list of rows (``rows[0]``, its
    first row) are not rows of a query, and are left alone; so is unpacking."""
    found: set[int] = set()
    scopes = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    for scope in scopes:
        nodes = list(ast.walk(scope))
        row_lists: set[str] = set()
        one_rows: set[str] = set()
        for _ in range(3):  # a name bound to a name bound to a query
            for n in nodes:
                if isinstance(n, ast.Assign) and len(n.targets) == 1:
                    target, kind = n.targets[0], _query_kind(n.value, row_lists)
                    if isinstance(target, ast.Name) and kind is not None:
                        (row_lists if kind == "rows" else one_rows).add(target.id)
                elif (
                    isinstance(n, ast.For | ast.AsyncFor | ast.comprehension)
                    and isinstance(n.target, ast.Name)
                    and _query_kind(n.iter, row_lists) == "rows"
                ):
                    one_rows.add(n.target.id)
        found.update(
            n.lineno
            for n in nodes
            if isinstance(n, ast.Subscript)
            and isinstance(n.value, ast.Name)
            and n.value.id in one_rows
            and isinstance(n.slice, ast.Constant)
            and type(n.slice.value) is int
        )
    return sorted(found)


def test_the_row_scan_sees_rows_read_by_position_and_leaves_other_tuples_alone():
    source = """
def counts(conn, session, pairs):
    rows = conn.execute(text("SELECT id, supersedes FROM evidence")).all()
    standing = {r[0]: r[1] for r in rows}  # by position
    found = conn.execute(text("SELECT kind FROM framework")).first()
    kind = found[0] if found else ""  # by position
    for row in session.exec(select(Target.id, Target.code)):
        print(row[1])  # by position
    for code, name in conn.execute(text("SELECT code, name FROM target")):
        print(code[0], name)
    first = rows[0]
    students = {p[0] for p in pairs}
    one = conn.execute(text("SELECT code FROM target")).scalars().first()
    letter = one[0]
    return (found.kind, first.id)
"""
    marked = [i for i, line in enumerate(source.splitlines(), 1) if "# by position" in line]
    assert rows_read_by_position(ast.parse(source)) == marked


def test_rows_of_raw_sql_are_read_by_name_not_by_position():
    """``r.student_id`` (a ``sqlalchemy.Row``) or unpacking, never ``r[4]``: a column
    added to a query cannot shift the meaning of the others (ARCHITECTURE.md)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in ROWS_BY_POSITION_ALLOWED:
            continue
        lines = rows_read_by_position(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        offenders += [f"{relative}:{line}" for line in lines]
    assert offenders == []


def test_the_lower_layers_type_check_clean_with_mypy(tmp_path):
    """core/, sync/ and services/ pass mypy as configured in pyproject.toml (about ten
    seconds): code merged from another branch cannot bring type errors in unnoticed."""

    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache")],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]


# ----- the window reads through core's queries, never the database's rows ------------------

UI = PACKAGE / "ui"
SQL_PACKAGES = {"sqlmodel", "sqlalchemy"}


def _receiver_name(node: ast.expr) -> str:
    """The last name of what a method is called on: ``session`` for ``session.get`` and
    for ``tx.session.get``, ``menu`` for ``menu.exec``; "" for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def database_reads(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, what) of every place a module asks the database itself instead of a query
    function of ``core``: ``session.get(``/``session.exec(`` (on any name ending in
    ``session``), ``.execute(`` on anything, ``select`` from sqlmodel or sqlalchemy (or
    called through those packages), and the tombstone ``deleted_hlc`` read off a row
    (``row.deleted_hlc``, ``getattr(row, "deleted_hlc")``)."""
    sql_modules: set[str] = set()  # local names of ``import sqlmodel``, ``import sqlalchemy as sa``
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            sql_modules |= {
                (alias.asname or alias.name).split(".")[0]
                for alias in node.names
                if alias.name.split(".")[0] in SQL_PACKAGES
            }
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in SQL_PACKAGES:
            found += [
                (node.lineno, f"imports select from {node.module}")
                for alias in node.names
                if alias.name == "select"
            ]
        elif isinstance(node, ast.Attribute):
            if node.attr == "deleted_hlc":
                found.append((node.lineno, "reads .deleted_hlc"))
            elif (
                node.attr == "select"
                and isinstance(node.value, ast.Name)
                and node.value.id in sql_modules
            ):
                found.append((node.lineno, f"calls {node.value.id}.select"))
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                receiver = _receiver_name(func.value)
                if func.attr == "execute":
                    found.append((node.lineno, f"calls {receiver or '(...)'}.execute("))
                elif func.attr in {"get", "exec"} and receiver.lower().endswith("session"):
                    found.append((node.lineno, f"calls {receiver}.{func.attr}("))
            elif (
                isinstance(func, ast.Name)
                and func.id == "getattr"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value == "deleted_hlc"
            ):
                found.append((node.lineno, "reads .deleted_hlc"))
    return sorted(found)


def test_the_read_scan_catches_each_way_of_asking_the_database_and_lets_the_rest_through():
    source = """
from sqlmodel import Session, select  # caught
from sqlalchemy.sql import select as pick  # caught
import sqlalchemy as sa
import sqlmodel


def refresh(self, session, tx, row, conn):
    school_class = session.get(SchoolClass, self.class_id)  # caught
    rows = session.exec(pick(Task)).all()  # caught
    again = tx.session.get(Student, "s1")  # caught
    with self.store.read() as read_session:
        read_session.exec(query)  # caught
    conn.execute(text("SELECT 1"))  # caught
    self.store.engine.connect().execute(query)  # caught
    sa.select(Task)  # caught
    sqlmodel.select(Task)  # caught
    if row.deleted_hlc is not None:  # caught
        return getattr(row, "deleted_hlc")  # caught
    with self.store.read() as session:
        info = roster.class_info(session, self.class_id)
        students = conference.prep_overview(session, self.class_id)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        menu.exec(where)
    name = self.settings.get("school", "")
    self.table.select(row)
    self.select(keep)
    value = info.hlc, info.deleted, getattr(row, "name")
    return Session
"""
    marked = [i for i, line in enumerate(source.splitlines(), 1) if "# caught" in line]
    assert [line for line, _ in database_reads(ast.parse(source))] == marked


def test_the_window_reads_through_core_query_functions_never_the_database_itself():
    """ui/ asks ``core`` for what it shows (``roster.class_info``, ``targets.targets_info``
    ...: plain frozen values, removed rows left out) and never reads rows of the database
    itself, which it could change or load more from by mistake, or show though removed
    (ARCHITECTURE.md, "How the window reads")."""
    offenders = []
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 50 and UI / "conferences" / "page.py" in files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        offenders += [
            f"{path.relative_to(PACKAGE).as_posix()}:{line} {what}"
            for line, what in database_reads(tree)
        ]
    assert offenders == []


# ----- the window imports no table class ---------------------------------------------------

# ui/ modules allowed to import a table class of core.models, by the names they may import
# (none: the window writes through core's functions and reads plain values; a module may
# be listed here only while it is being reshaped).
TABLE_IMPORTS_ALLOWED: dict[str, set[str]] = {}


def table_classes() -> set[str]:
    """The names of core.models' ORM classes (the tables and their bases)."""
    from sqlmodel import SQLModel

    from cbe_desktop.core import models

    return {
        name
        for name, value in vars(models).items()
        if isinstance(value, type) and issubclass(value, SQLModel)
    }


def model_imports(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, name) of each name a module takes from ``cbe_desktop.core.models``, at any
    depth; ``models.X`` after ``from cbe_desktop.core import models`` counts too."""
    module_aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "cbe_desktop.core.models":
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "cbe_desktop.core":
            module_aliases |= {a.asname or a.name for a in node.names if a.name == "models"}
        elif isinstance(node, ast.Import):
            module_aliases |= {
                a.asname or a.name for a in node.names if a.name == "cbe_desktop.core.models"
            }
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            owner = node.value
            dotted = (
                owner.id
                if isinstance(owner, ast.Name)
                else ast.unparse(owner)
                if isinstance(owner, ast.Attribute)
                else ""
            )
            if dotted in module_aliases:
                yield node.lineno, node.attr


def test_the_scan_sees_a_table_class_however_it_is_imported():
    source = """
from cbe_desktop.core.models import TASK_TYPES, Task  # caught
from cbe_desktop.core import models, roster
import cbe_desktop.core.models
def f():
    from cbe_desktop.core.models import Evidence as Row  # caught
    return models.Student, cbe_desktop.core.models.Target, models.LANGUAGES  # caught
"""
    tables = table_classes()
    assert {"Task", "Evidence", "Student", "Target", "SchoolClass"} <= tables
    assert "TASK_TYPES" not in tables and "LANGUAGES" not in tables
    found = [(line, name) for line, name in model_imports(ast.parse(source)) if name in tables]
    marked = [i for i, line in enumerate(source.splitlines(), 1) if "# caught" in line]
    assert sorted({line for line, _ in found}) == marked
    assert {name for _, name in found} == {"Task", "Evidence", "Student", "Target"}


def test_the_window_imports_no_table_class_only_constants():
    """A page or dialog holds plain values from core's query functions and writes through
    core's functions, so it has no use for an ORM row's class (ARCHITECTURE.md, "How the
    window reads"); the constants of core.models (``LANGUAGES``, ``TASK_TYPES``...) are
    fine."""
    tables = table_classes()
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        allowed = TABLE_IMPORTS_ALLOWED.get(module, set())
        offenders += [
            f"{module}:{line} {name}"
            for line, name in model_imports(tree)
            if name in tables and name not in allowed
        ]
    assert offenders == []
