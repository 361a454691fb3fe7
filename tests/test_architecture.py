"""The rule of the house: only ``ui/`` and ``app.py`` may use Qt.

The command line, the tests and a future school server share everything else, so no
module outside the window may import Qt, not even lazily inside a function.
"""

from __future__ import annotations

import ast
import subprocess
import sys
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
