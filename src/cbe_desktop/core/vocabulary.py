"""The words the store keeps (never translated: the window and the reports label them)
and how names are written and sorted: plain values, with no database behind them, so
the window can use them before the tables are loaded (:mod:`models` re-exports them)."""

from __future__ import annotations

import unicodedata

from cbe_desktop.core.languages import packet_languages

# Words stored in the database (never translated; the UI and reports label them).
FRAMEWORK_KINDS = ("academic", "habits")
PURPOSES = ("formative", "interim", "summative")
TASK_TYPES = (
    "observation",
    "conversation",
    "product",
    "test",
    "performance_task",
    "project",
    "outside_school",
)
EVIDENCE_STATUSES = ("scored", "missing", "excused", "retracted")
REVISION_STATES = ("open", "revised", "closed")
SUPPORTS = ("flex_time", "small_group", "conference", "other")
AUTHORS = ("teacher", "student")
#: The family languages the program offers: one per packet catalogue file.
LANGUAGES = packet_languages()
#: How a student's name is written: given name first ("Ana García"), or family name first
#: ("王小明", "Nguyễn Văn An"), as the student and family write it.
NAME_ORDERS = ("given_first", "family_first")


def sort_key(words: str) -> str:
    """How names sort for a teacher: ignoring case and accents (Álvarez beside Alvarado)."""
    decomposed = unicodedata.normalize("NFKD", words.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def display_name(given: str, family: str, preferred: str = "") -> str:
    """How a teacher reads a name in lists: preferred (or given) name, then family name."""
    first = preferred.strip() or given.strip()
    return f"{first} {family.strip()}".strip()


def _ideographic(words: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3"
        for ch in words
    )


def written_name(given: str, family: str, preferred: str = "", order: str = "given_first") -> str:
    """A name as the student writes it (packets, the family's pages): in the student's
    name order, and with no space between Chinese, Japanese or Korean name parts written
    in their own script ("王小明")."""
    first = preferred.strip() or given.strip()
    family = family.strip()
    if order != "family_first" or not family:
        return f"{first} {family}".strip()
    gap = "" if _ideographic(family) and _ideographic(first) and " " not in first else " "
    return f"{family}{gap}{first}".strip()


#: The kinds of student group a school reports equity by (words stored, never translated;
#: the window and the reports label them). A student's grade is read from ``Student.grade``.
GROUP_KINDS = ("gender", "iep", "english_learner", "race_ethnicity", "grade")
#: The kinds a ``student_group`` row holds (a student's grade is their own field).
STORED_GROUP_KINDS = tuple(k for k in GROUP_KINDS if k != "grade")
