"""PySide6 no longer reads the source of every module the program imports after it
(cbe_desktop.ui.pyside_scan): the answer it wanted is read from what each module holds."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import cbe_desktop
from cbe_desktop.ui.pyside_scan import holds_pyside

SOURCE = Path(cbe_desktop.__file__).parent


def _imports_pyside(path: Path) -> bool:
    """Whether the module imports PySide6 anywhere (in a function too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.Import | ast.ImportFrom) and _imports_pyside_node(node)
        for node in ast.walk(tree)
    )


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_module_of_the_program_selects_a_pyside_feature() -> None:
    # The switch each module is given only matters to a module that selects a feature
    # (snake_case, true_property): none does, so the cheaper answer changes nothing.
    users = [
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module == "__feature__"
    ]
    assert users == []


def test_the_scan_is_replaced_once_the_window_package_loads() -> None:
    from PySide6.support import feature

    import cbe_desktop.ui  # noqa: F401  (replaces it on loading)

    assert feature._mod_uses_pyside is holds_pyside


def test_each_window_module_gets_the_answer_its_imports_give() -> None:
    """Every module of the program that imports PySide6 at its top level is said to use
    it; every module that does not import it, not."""
    import importlib

    checked = 0
    for path in sorted(SOURCE.rglob("*.py")):
        name = _module_name(path)
        if name.endswith("__main__") or ".migrations." in name:
            continue  # (runs the program; Alembic's scripts run only under Alembic)
        module = sys.modules.get(name) or importlib.import_module(name)
        top_level = any(
            isinstance(node, ast.Import | ast.ImportFrom) and _imports_pyside_node(node)
            for node in ast.parse(path.read_text(encoding="utf-8")).body
        )
        if top_level:
            assert holds_pyside(module), name
        elif not _imports_pyside(path):
            assert not holds_pyside(module), name
        checked += 1
    assert checked > 100


def _imports_pyside_node(node: ast.Import | ast.ImportFrom) -> bool:
    if isinstance(node, ast.ImportFrom):
        return node.level == 0 and (node.module or "").split(".")[0] == "PySide6"
    return any(a.name.split(".")[0] == "PySide6" for a in node.names)


def test_a_module_loaded_at_first_use_is_not_loaded_by_the_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cbe_desktop.core.lazy_import import lazy_module

    (tmp_path / "scan_probe_later.py").write_text(
        "import sys\nsys.modules[__name__].ran = True\nfrom PySide6.QtCore import Qt\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "scan_probe_later", raising=False)
    later = lazy_module("scan_probe_later")
    holder = types.ModuleType("holder")
    holder.later = later  # type: ignore[attr-defined]
    try:
        assert holds_pyside(holder) is False
        assert "ran" not in object.__getattribute__(later, "__dict__")
    finally:
        sys.modules.pop("scan_probe_later", None)


def test_a_module_holding_a_qt_value_or_class_uses_pyside() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    by_class = types.ModuleType("by_class")
    by_class.QWidget = QWidget  # type: ignore[attr-defined]
    by_value = types.ModuleType("by_value")
    by_value.LEFT = Qt.AlignmentFlag.AlignLeft  # type: ignore[attr-defined]
    plain = types.ModuleType("plain")
    plain.path = Path  # type: ignore[attr-defined]
    assert holds_pyside(by_class) and holds_pyside(by_value)
    assert not holds_pyside(plain)


def test_loading_the_store_library_after_the_window_reads_no_source_file() -> None:
    """The ORM loads after the first paint (hundreds of SQLAlchemy modules): their
    sources are not read, nor kept in memory (about 24 MB of a start's 147 MB)."""
    script = (
        "import json, linecache, sys\n"
        "import cbe_desktop.app, cbe_desktop.ui.main_window\n"
        "import cbe_desktop.core.sessions\n"
        "kept = [f for f in linecache.cache if f.endswith('.py')\n"
        "        and ('sqlalchemy' in f or 'sqlmodel' in f or 'cbe_desktop' in f)]\n"
        "print(json.dumps({'kept': kept, 'orm': 'sqlalchemy.orm' in sys.modules}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["orm"] is True
    assert found["kept"] == []


def test_an_odd_module_is_said_not_to_use_pyside_instead_of_failing_the_import() -> None:
    """PySide6 lets an error in its look fail the import that triggered it: a module
    holding a module object without a name (or a class whose owner cannot be read) is
    simply said not to use PySide6."""

    class Odd(type):
        def __getattribute__(cls, name: str) -> object:
            if name == "__module__":
                raise RuntimeError("no owner")
            return super().__getattribute__(name)

    nameless = types.ModuleType("nameless")
    del nameless.__name__
    holder = types.ModuleType("holder")
    holder.nameless = nameless  # type: ignore[attr-defined]
    holder.odd = Odd("OddClass", (), {})  # type: ignore[attr-defined]
    assert holds_pyside(holder) is False
