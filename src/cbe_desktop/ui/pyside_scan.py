"""PySide6 without its source scan: every module imported after PySide6 is looked at
without reading its source file.

PySide6 offers ``from __feature__ import snake_case, true_property``. To support it, once
PySide6 is loaded it replaces ``__import__`` and, for every module named by an import
statement from then on, reads that module's whole source (``inspect.getsource``, which
also keeps every line in ``linecache``) only to see whether the text "PySide6" appears in
it: such modules follow the feature switches (0), the others are ignored by them (-1).
That is some 140 source files before the window's first paint (about 20 to 35 ms of a
start of about half a second) and several hundred more when the ORM loads after it.

This program never selects a feature (``tests/ui/test_pyside_scan.py`` checks that no
module of it does), so the switch a module gets never changes what it sees. Still, each
module gets the same answer, decided from what the module holds instead of its text: a
module that holds a PySide6 module, class or value (an enum member, a signal) uses
PySide6. Without the function this replaces (another PySide6), nothing changes.
"""

# Only sys, a built-in module (nothing to read): this module is itself imported after
# PySide6 is, and each module its imports named would be read once more.
import sys

_MODULE = type(sys)
_BUILT_IN = type(len)  # (Qt's functions: QT_TRANSLATE_NOOP, qVersion)
_QT = ("PySide6", "shiboken6", "Shiboken")


def holds_pyside(module: object) -> bool:
    """Whether ``module`` holds anything of PySide6 (a module, a class, a function or a
    value).

    Reads only the module's own names, and each value's type: never an attribute of a
    value that could run code (a module loaded at first use stays unloaded)."""
    try:
        names = vars(module)
        if str(names.get("__name__", "")).startswith(_QT):
            return False  # (PySide6's own modules: compiled, without a source to read)
        for value in list(names.values()):
            kind = type(value)  # (isinstance() would ask a module loaded at first use)
            if kind is _MODULE:
                owner = value.__name__
            elif issubclass(kind, type) or kind is _BUILT_IN:
                owner = value.__module__
            else:
                owner = kind.__module__
            if isinstance(owner, str) and owner.startswith(_QT):
                return True
    except Exception:  # (an odd module: the import that named it must not fail for this)
        return False
    return False


def skip_source_scan() -> bool:
    """Look at modules imported from now on by what they hold (see the module's
    docstring). True when PySide6's scan was replaced; False when this PySide6 has none."""
    try:
        from PySide6.support import feature
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False  # (another PySide6: nothing to replace)
    feature._mod_uses_pyside = holds_pyside
    return True
