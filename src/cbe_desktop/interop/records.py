"""Neutral records: what a parser read from a file, before anything touches the store.

Every parser in this package returns a :class:`ParsedTargets` or a :class:`ParsedRoster`;
``services/importing.py`` matches them against the store, plans, and applies them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TargetRecord:
    """One node of a framework read from a file: a competency (no parent) or a target.

    ``key`` identifies the row within its file (the CASE identifier, the Canvas
    vendor_guid, or the code of a plain CSV row); ``parent_key`` and
    ``prerequisite_keys`` name other rows by their keys. ``position`` orders the row
    among its siblings (smaller first; ties keep the file's order).
    """

    key: str
    code: str = ""
    statement: str = ""
    i_can: str = ""
    level: str = ""
    notes: str = ""
    dok: int | None = None
    parent_key: str | None = None
    position: float = 0
    prerequisite_keys: tuple[str, ...] = ()
    source_id: str | None = None
    method: str | None = None
    method_param: float | None = None
    #: The statement and "I can" in more languages: (language, statement, i_can).
    wordings: tuple[tuple[str, str, str], ...] = ()
    row: str = ""  # where it is in the file, as a teacher finds it: "row 7", "item 6.RP.A.1"
    problem: str = ""  # what the parser already found wrong with it (rejected if set)


@dataclass(frozen=True)
class ScaleRecord:
    """A proficiency scale read from a file (Canvas ratings), levels from low to high."""

    name: str
    # (value, label, description, proficient)
    levels: tuple[tuple[float, str, str, bool], ...]


@dataclass(frozen=True)
class RubricLevelRecord:
    """One level of a rubric read from a file (a CASE CFRubricCriterionLevel).

    ``score`` and ``position`` are None when the file gives none (or gives something
    that is not a finite number); ``text`` is what the level's descriptor becomes.
    """

    score: float | None
    position: int | None
    quality: str = ""
    text: str = ""


@dataclass(frozen=True)
class RubricRecord:
    """The rubric of one target read from a file (a CASE CFRubricCriterion).

    ``target_key`` is the key of the :class:`TargetRecord` it describes; its levels are
    matched to the levels of the framework's scale on import (see ``services/importing.py``).
    """

    target_key: str
    levels: tuple[RubricLevelRecord, ...] = ()
    source_id: str | None = None
    row: str = ""  # "rubric criterion 3"
    problem: str = ""  # what the parser already found wrong with it (rejected if set)


@dataclass(frozen=True)
class ParsedTargets:
    """A framework read from a file."""

    format: str  # "case" | "canvas" | "csv"
    source_name: str  # the file's name, for messages
    framework_title: str
    framework_source_id: str | None = None
    framework_description: str = ""
    targets: tuple[TargetRecord, ...] = ()
    scale: ScaleRecord | None = None
    # Rows the file marks deleted (Canvas workflow_state=deleted): never imported, and
    # a target imported earlier from them is deleted (tombstoned) on re-import.
    deleted_source_ids: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what the parser left out, in words
    rubrics: tuple[RubricRecord, ...] = ()  # CASE CFRubrics, one per target


@dataclass(frozen=True)
class StudentRecord:
    key: str  # sourcedId, else student number, else the row
    given_name: str
    family_name: str = ""
    preferred_name: str = ""
    student_number: str = ""
    grade: str = ""
    family_language: str | None = None  # "en" | "es" when the file says; None keeps ours
    source_id: str | None = None
    row: str = ""
    problem: str = ""
    #: Student groups the file gives (kind, value), for school-wide equity views:
    #: ("iep", "yes"), ("gender", "female") ... (see core/student_groups.py)
    groups: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ClassRecord:
    key: str
    name: str
    term: str = ""
    subject: str = ""
    grade: str = ""
    source_id: str | None = None
    row: str = ""
    problem: str = ""


@dataclass(frozen=True)
class EnrollmentRecord:
    class_key: str
    student_key: str
    source_id: str | None = None
    row: str = ""
    problem: str = ""


@dataclass(frozen=True)
class ParsedRoster:
    """Students, classes and enrolments read from a roster (OneRoster or a plain CSV)."""

    format: str  # "oneroster" | "csv" (a plain roster, or a spreadsheet workbook read as one)
    source_name: str
    students: tuple[StudentRecord, ...] = ()
    classes: tuple[ClassRecord, ...] = ()
    enrollments: tuple[EnrollmentRecord, ...] = ()
    # sourcedIds the file marks status=tobedeleted: archived (students, classes) or
    # deleted (enrolments) on import when we have them.
    withdrawn_students: tuple[str, ...] = ()
    withdrawn_classes: tuple[str, ...] = ()
    withdrawn_enrollments: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what was skipped, in words ("2 teachers were skipped")
    skipped: dict[str, int] = field(default_factory=dict)  # skipped rows by reason
    version: str = ""  # OneRoster "1.1" or "1.2"
    # Students of the file left out because they are in none of its imported classes,
    # each with the reason in words; an import may bring them in without a class.
    unenrolled: tuple[tuple[StudentRecord, str], ...] = ()
