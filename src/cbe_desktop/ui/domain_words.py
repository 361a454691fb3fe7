"""The domain's words as the window shows them, shared by every page that names them:
mastery methods, family languages, kinds of evidence and supports (pages do not import
each other for them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cbe_desktop.core.languages import Language, language
from cbe_desktop.core.mastery import Method
from cbe_desktop.ui.i18n import Words

LANGUAGE_NAMES = Words(
    {
        Language.EN: QT_TRANSLATE_NOOP("Words", "English"),
        Language.ES: QT_TRANSLATE_NOOP("Words", "Spanish (español)"),
        Language.AR: QT_TRANSLATE_NOOP("Words", "Arabic (العربية)"),
        Language.ZH: QT_TRANSLATE_NOOP("Words", "Chinese (中文)"),
        Language.VI: QT_TRANSLATE_NOOP("Words", "Vietnamese (Tiếng Việt)"),
        Language.PT: QT_TRANSLATE_NOOP("Words", "Portuguese (português)"),
    }
)


METHOD_NAMES = Words(
    {
        Method.LATEST: QT_TRANSLATE_NOOP("Words", "Most recent"),
        Method.HIGHEST: QT_TRANSLATE_NOOP("Words", "Highest"),
        Method.AVERAGE: QT_TRANSLATE_NOOP("Words", "Average"),
        Method.MODE: QT_TRANSLATE_NOOP("Words", "Most frequent (mode)"),
        Method.DECAYING_AVERAGE: QT_TRANSLATE_NOOP("Words", "Decaying average"),
        Method.WEIGHTED_AVERAGE: QT_TRANSLATE_NOOP("Words", "Weighted average"),
        Method.N_MASTERY: QT_TRANSLATE_NOOP("Words", "Proficient n times"),
        Method.POWER_LAW: QT_TRANSLATE_NOOP("Words", "Power-law trend"),
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


TYPE_WORDS = Words(
    {
        "observation": QT_TRANSLATE_NOOP("Words", "Observation"),
        "conversation": QT_TRANSLATE_NOOP("Words", "Conversation"),
        "product": QT_TRANSLATE_NOOP("Words", "Product"),
        "test": QT_TRANSLATE_NOOP("Words", "Test"),
        "performance_task": QT_TRANSLATE_NOOP("Words", "Performance task"),
        "project": QT_TRANSLATE_NOOP("Words", "Project"),
        "outside_school": QT_TRANSLATE_NOOP("Words", "Learning outside school"),
    }
)
SUPPORT_WORDS = Words(
    {
        "": QT_TRANSLATE_NOOP("Words", "None planned yet"),
        "flex_time": QT_TRANSLATE_NOOP("Words", "Flex time"),
        "small_group": QT_TRANSLATE_NOOP("Words", "Small group"),
        "conference": QT_TRANSLATE_NOOP("Words", "Conference"),
        "other": QT_TRANSLATE_NOOP("Words", "Other"),
    }
)
