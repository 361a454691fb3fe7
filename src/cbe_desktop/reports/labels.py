"""Every word the reports generate, in every language a family may read.

The words live in a catalogue, one file per language (``assets/packets/<code>.json``,
listed by ``core.languages``): a translator edits one file, and a new file is a new
language. Each file says, beside its words, how its language is written (direction,
line wrapping, the PDF's language tag) and how its words were chosen (``notes``).

Packets are read by families and presented by the student: the words speak in the
student's voice ("I can ...", "How I have grown"), in plain family wording, never a
word-for-word translation of the English.

Only generated words live here. Names, "I can" statements, feedback, goals and
reflections are written by people and printed as written. The level words of the
program's own default scales ("Beginning" ... "Extending", and the habits scale's
"Rarely" ... "Consistently") are generated too, so they are translated; a scale the
teacher renamed is printed as the teacher wrote it.
"""

from __future__ import annotations

from datetime import date

from cbe_desktop.core.languages import SOURCE_LANGUAGE, catalogue, language, packet_languages

LANGUAGES: tuple[str, ...] = packet_languages()


#: The words of every shipped language (one file each, see ``core.languages``).
LABELS: dict[str, dict[str, str]] = {code: dict(catalogue(code)["words"]) for code in LANGUAGES}

SUPPORT_WORDS = ("flex_time", "small_group", "conference", "other")
#: The program's own level words (default scale, demo habits scale), by English label.
KNOWN_LEVELS = (
    "beginning",
    "developing",
    "proficient",
    "extending",
    "rarely",
    "sometimes",
    "usually",
    "consistently",
)
#: The questions a family can ask; the habits one only when the class tracks habits.
QUESTIONS = ("question_proud", "question_hard", "question_not_yet", "question_work")
HABIT_QUESTION = "question_habit"


def check_lang(lang: str) -> str:
    if lang not in LABELS:
        raise ValueError(f"Reports are written in {' or '.join(LANGUAGES)}, not {lang!r}.")
    return lang


class Labels:
    """The words of one language: ``words("page_of", page=2, pages=5)``."""

    def __init__(self, lang: str) -> None:
        self.lang = check_lang(lang)
        self.info = language(lang)
        self._table = LABELS[lang]

    @property
    def rtl(self) -> bool:
        """The packet is laid out right to left (Arabic)."""
        return self.info.rtl

    def __call__(self, key: str, **values: object) -> str:
        words = self._table.get(key)
        if words is None:  # a language file behind the English one: its English words
            words = LABELS[SOURCE_LANGUAGE][key]
        return words.format(**values) if values else words

    def status(self, status: str) -> str:
        return self(f"status_{status}")

    def explain_status(self, status: str) -> str:
        return self(f"explain_{status}")

    def support(self, support: str) -> str:
        """A planned support: the stored words translated, anything else as written."""
        if not support.strip():
            return self("support_none")
        if support in SUPPORT_WORDS:
            return self(f"support_{support}")
        return support

    def level(self, label: str) -> str:
        """A level's label: the program's default words translated, a teacher's as written."""
        key = label.strip().casefold()
        return self(f"level_{key}") if key in KNOWN_LEVELS else label

    def level_plain(self, label: str, description: str) -> str:
        """What a level means in plain words (the teacher's description for their own scale)."""
        key = label.strip().casefold()
        return self(f"level_{key}_plain") if key in KNOWN_LEVELS else description

    def language(self, code: str) -> str:
        """A family language's name: in this language's words, else in its own."""
        if f"language_{code}" in self._table:
            return self(f"language_{code}")
        return language(code).name if code in LANGUAGES else self("language_other")

    def date(self, iso: str | date | None, *, short: bool = False) -> str:
        """A date as a family reads it: "November 3, 2026" / "3 de noviembre de 2026"."""
        if iso is None or iso == "":
            return ""
        try:
            day = iso if isinstance(iso, date) else date.fromisoformat(str(iso)[:10])
        except ValueError:
            return str(iso)
        if short:
            return self("date_short", mon=self(f"mon_{day.month}"), day=day.day)
        return self("date_long", month=self(f"month_{day.month}"), day=day.day, year=day.year)


def labels_for(lang: str) -> Labels:
    return Labels(lang)
