"""Modules loaded at their first use, not when the module naming them is loaded.

The window's modules name the store's write functions (adding a score, a task, a
student), which need SQLAlchemy and the tables; loading those before the first paint
would cost about three times Qt's whole empty window. So they name them through
:func:`lazy_module`: the module object is there at once and runs its code the first time
one of its names is read (the standard library's :class:`importlib.util.LazyLoader`).

Type checkers see the plain import::

    if TYPE_CHECKING:
        from cbe_desktop.core import evidence as ev
    else:
        ev = lazy_module("cbe_desktop.core.evidence")
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType

_lock = threading.Lock()


def lazy_module(name: str) -> ModuleType:
    """The module ``name``: the loaded one if it is, else one that loads at first use."""
    with _lock:
        module = sys.modules.get(name)
        if module is not None:
            return module
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
        return module
