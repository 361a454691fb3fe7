"""The domain's words as the window shows them, shared by every page that names them:
mastery methods and family languages (pages do not import each other for them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cbe_desktop.core.languages import language
from cbe_desktop.ui.i18n import Words

LANGUAGE_NAMES = Words(
    {
        "en": QT_TRANSLATE_NOOP("Words", "English"),
        "es": QT_TRANSLATE_NOOP("Words", "Spanish (español)"),
        "ar": QT_TRANSLATE_NOOP("Words", "Arabic (العربية)"),
        "zh": QT_TRANSLATE_NOOP("Words", "Chinese (中文)"),
        "vi": QT_TRANSLATE_NOOP("Words", "Vietnamese (Tiếng Việt)"),
        "pt": QT_TRANSLATE_NOOP("Words", "Portuguese (português)"),
    }
)


METHOD_NAMES = Words(
    {
        "latest": QT_TRANSLATE_NOOP("Words", "Most recent"),
        "highest": QT_TRANSLATE_NOOP("Words", "Highest"),
        "average": QT_TRANSLATE_NOOP("Words", "Average"),
        "mode": QT_TRANSLATE_NOOP("Words", "Most frequent (mode)"),
        "decaying_average": QT_TRANSLATE_NOOP("Words", "Decaying average"),
        "weighted_average": QT_TRANSLATE_NOOP("Words", "Weighted average"),
        "n_mastery": QT_TRANSLATE_NOOP("Words", "Proficient n times"),
        "power_law": QT_TRANSLATE_NOOP("Words", "Power-law trend"),
    }
)


def language_name(code: str) -> str:
    """A family language in the interface's words (a language file added later: its own
    name and its English name)."""
    found = LANGUAGE_NAMES.get(code)
    if found:
        return found
    info = language(code)
    return f"{info.english_name} ({info.name})"
