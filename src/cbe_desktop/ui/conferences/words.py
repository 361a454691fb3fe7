"""The Conferences page's words and sentences: languages, paper, what is missing, how ready
a student is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cbe_desktop.core import conference
from cbe_desktop.core.languages import Language
from cbe_desktop.core.scales import ScaleInfo, format_number
from cbe_desktop.ui.i18n import Words, level_word, tr_word

LANGUAGE_WORDS = Words(
    {
        Language.EN: QT_TRANSLATE_NOOP("Words", "English"),
        Language.ES: QT_TRANSLATE_NOOP("Words", "Spanish"),
        Language.AR: QT_TRANSLATE_NOOP("Words", "Arabic"),
        Language.ZH: QT_TRANSLATE_NOOP("Words", "Chinese"),
        Language.VI: QT_TRANSLATE_NOOP("Words", "Vietnamese"),
        Language.PT: QT_TRANSLATE_NOOP("Words", "Portuguese"),
    }
)


PAPERS = (
    ("letter", QT_TRANSLATE_NOOP("Words", "Letter (8.5 × 11 in)")),
    ("a4", QT_TRANSLATE_NOOP("Words", "A4 (210 × 297 mm)")),
)


PAPER_WORDS = Words(
    {"letter": QT_TRANSLATE_NOOP("Words", "Letter"), "a4": QT_TRANSLATE_NOOP("Words", "A4")}
)


MISSING_WORDS = Words(
    {
        "goal": QT_TRANSLATE_NOOP("Words", "a goal"),
        "reflection": QT_TRANSLATE_NOOP("Words", "a reflection"),
        "work": QT_TRANSLATE_NOOP("Words", "work to show"),
    }
)


def readiness_words(status: conference.PrepStatus) -> str:
    """ "ready", or what is still to do: "to do: a reflection, work to show"."""
    if not status.missing:
        return QCoreApplication.translate("ConferencesPage", "ready")
    return QCoreApplication.translate("ConferencesPage", "to do: ") + ", ".join(
        MISSING_WORDS[m] for m in status.missing
    )


def prep_sentence(status: conference.PrepStatus) -> str:
    """The whole state of one student's preparation, for screen readers and tooltips."""
    language = LANGUAGE_WORDS.get(status.family_language, status.family_language)
    parts = [
        count_words(status.goals, "goal"),
        count_words(status.reflections, "reflection"),
        count_words(
            status.chosen,
            QCoreApplication.translate("ConferencesPage", "piece of work"),
            QCoreApplication.translate("ConferencesPage", "pieces of work"),
        )
        + QCoreApplication.translate("ConferencesPage", " chosen"),
    ]
    state = (
        QCoreApplication.translate("ConferencesPage", "ready for the conference")
        if not status.missing
        else QCoreApplication.translate("ConferencesPage", "still to do: ")
        + ", ".join(MISSING_WORDS[m] for m in status.missing)
    )
    return QCoreApplication.translate(
        "ConferencesPage", "{name}: family reads {language}; {value}; {state}."
    ).format(name=status.name, language=language, value=", ".join(parts), state=state)


#: The nouns counted by count_words, for pyside6-lupdate (read translated through tr_word).
COUNTED = (
    QT_TRANSLATE_NOOP("Words", "{n} goal"),
    QT_TRANSLATE_NOOP("Words", "{n} goals"),
    QT_TRANSLATE_NOOP("Words", "{n} reflection"),
    QT_TRANSLATE_NOOP("Words", "{n} reflections"),
    QT_TRANSLATE_NOOP("Words", "{n} student"),
    QT_TRANSLATE_NOOP("Words", "{n} students"),
    QT_TRANSLATE_NOOP("Words", "{n} piece"),
    QT_TRANSLATE_NOOP("Words", "{n} pieces"),
    QT_TRANSLATE_NOOP("Words", "{n} packet"),
    QT_TRANSLATE_NOOP("Words", "{n} packets"),
    QT_TRANSLATE_NOOP("Words", "{n} page"),
    QT_TRANSLATE_NOOP("Words", "{n} pages"),
)


def count_words(n: int, one: str, many: str | None = None) -> str:
    noun = one if n == 1 else (many or one + "s")
    return tr_word("{n} " + noun).format(n=n)


def level_text(level: float | None, scale: ScaleInfo | None) -> str:
    if level is None:
        return QCoreApplication.translate("ConferencesPage", "No level")
    found = scale.exact(level) if scale else None
    if found is None and scale is not None:
        found = scale.level_at(level)
    return (
        f"{format_number(level)} {level_word(found.label)}".strip()
        if found
        else format_number(level)
    )
