"""The Spanish catalogue reads every module whose sentences a teacher reads: a package
added to the program (services/, a new report) cannot leave its sentences in English
and drop their translations from the catalogue the next time it is updated."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _i18n_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "installers" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_module_with_translatable_sentences_is_read_for_the_catalogue():
    read = set(_i18n_tool().sources())
    marked = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "src" / "cbe_desktop").rglob("*.py")
        if path.name != "phrases.py"
        and (
            "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")
            or "QCoreApplication.translate(" in path.read_text(encoding="utf-8")
        )
    }
    assert marked, "no module marks a sentence for translation: the search is wrong"
    assert marked <= read, sorted(marked - read)
