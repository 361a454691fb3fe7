"""The interface language: Qt Linguist translations (.ts/.qm) of every word the window shows.

Sources are the English words in the code, wrapped in ``QCoreApplication.translate``
(context: the class name) so that ``pyside6-lupdate`` finds them; the Spanish is in
``assets/i18n/cbe-desktop_es.ts``, compiled by ``pyside6-lrelease`` into the ``.qm`` the
program loads (``installers/i18n.py`` runs both). Words kept in module-level tables are
marked with ``QT_TRANSLATE_NOOP("Words", ...)`` and read translated through :class:`Words`.

Sentences built outside ``ui/`` (an estimate explained, an insight's reason, an error)
arrive as :class:`~cbe_desktop.core.phrases.Phrase` objects: English text that remembers
its template. :func:`say` reads them in the interface language; their templates are
collected by the same lupdate run, from ``core/``, ``interop/`` and ``sync/``.

Not translated: names, codes, what the teacher wrote, data stored in the database, and
log messages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cbe_desktop.core import phrases
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.phrases import Phrase
from cbe_desktop.core.scales import program_word

log = logging.getLogger(__name__)

#: The languages the interface is translated into, besides English (the source).
LANGUAGES = ("es",)
WORDS = "Words"
CATALOG = "cbe-desktop"


def tr_word(text: str) -> str:
    """A word from a module-level table (marked with QT_TRANSLATE_NOOP("Words", ...))."""
    return QCoreApplication.translate(WORDS, text)


def say(text: object, *, translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """Text from ``core/`` in the interface language: a phrase is translated, anything else
    is shown as it is (names, codes, what the teacher wrote). ``translate`` is the window's
    (see :func:`speaker` for another language)."""
    if not isinstance(text, Phrase):
        return "" if text is None else str(text)
    args = {
        k: say(v, translate=translate) if isinstance(v, str) else v for k, v in text.args.items()
    }
    template = translate(text.context, text.source) if text.context else text.source
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r has other blanks; English is shown", text.source)
        return text.source.format(**args)


def say_error(error: BaseException) -> str:
    """The sentence an error carries, in the interface language."""
    return say(phrases.message(error))


def level_word(label: str) -> str:
    """A level's label (or description, or a scale's name) in the interface language when
    it is one of the program's own words (``core.scales.program_word``), else as written."""
    return say(program_word(label))


class Words(dict[str, str]):
    """A table of English words (keys are codes) that reads them in the interface language."""

    def __getitem__(self, key: str) -> str:
        return tr_word(super().__getitem__(key))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[key] if key in self else default  # noqa: SIM401 (translated)

    def values(self):  # type: ignore[override]
        return [tr_word(v) for v in super().values()]

    def items(self):  # type: ignore[override]
        return [(k, tr_word(v)) for k, v in super().items()]


def qm_path(language: str) -> Path | None:
    """The compiled translation for ``language`` shipped with the program, if any."""
    if not language or language == "en":
        return None
    item = resources.files("cbe_desktop") / "assets" / "i18n" / f"{CATALOG}_{language}.qm"
    return Path(str(item)) if item.is_file() else None


def resolve_language(language: str) -> str:
    """'' means the computer's language when there is a translation for it, else English."""
    language = (language or "").strip()
    if not language:
        language = QLocale.system().name().split("_")[0]
    return language if qm_path(language) is not None else "en"


def install_translator(app: QCoreApplication, language: str) -> str:
    """Load the program's and Qt's own translations; returns the language in use.

    Translators installed before are removed first, so this can be called again.
    """
    remove_translator(app)
    chosen = resolve_language(language)
    if chosen == "en":
        return chosen
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    path = qm_path(chosen)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("the %s translation could not be loaded", chosen)
        return "en"
    qt = QTranslator(app)  # the standard dialog buttons: OK, Cancel, Yes, No …
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{chosen}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    app._cbe_translators = installed  # type: ignore[attr-defined]
    return chosen


def remove_translator(app: QCoreApplication) -> None:
    """Back to English (the tests use this after a Spanish test)."""
    for translator in getattr(app, "_cbe_translators", []):
        app.removeTranslator(translator)
    app._cbe_translators = []  # type: ignore[attr-defined]


def speaker(language: str) -> Callable[[object], str]:
    """``say`` in ``language`` for a command that writes a report outside the window.

    It reads the shipped catalogue with a translator of its own: no application object is
    made and nothing is installed, so the process's language is left as it was. English
    is the phrases as written.
    """
    if language == "en":
        return str
    path = qm_path(language)
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        raise CbeError(
            f"The {language} translation is missing from this installation; "
            "write the report in English (--lang en) or reinstall cbe-desktop."
        )

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return lambda text: say(text, translate=translate)
