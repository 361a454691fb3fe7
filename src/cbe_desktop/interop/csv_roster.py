"""A plain CSV roster: one student a row, put into the class the teacher names.

Columns are found by name like the targets CSV (given / first name, family / last
name, preferred name, student number / id, grade, language), or chosen in the
import window (:func:`preview_roster_csv`, then :func:`parse_roster_csv` with a
mapping). Encodings and separators: see ``csvtext``.
"""

from __future__ import annotations

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.csv_targets import (
    CsvPreview,
    looks_like_targets_error,
    preview_csv,
    resolve_mapping,
)
from cbe_desktop.interop.csvtext import cell, family_language, looks_like_targets, read_table
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import ROSTER_MAX_ROWS
from cbe_desktop.interop.records import ClassRecord, EnrollmentRecord, ParsedRoster, StudentRecord

ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "given_name": ("given name", "first name", "givenname", "firstname", "first", "given"),
    "family_name": (
        "family name",
        "last name",
        "familyname",
        "lastname",
        "surname",
        "last",
        "family",
    ),
    "preferred_name": (
        "preferred name",
        "preferred first name",
        "preferredfirstname",
        "preferred",
        "nickname",
    ),
    "student_number": (
        "student number",
        "student id",
        "student no",
        "identifier",
        "sis id",
        "number",
        "id",
    ),
    "grade": ("grade", "grade level", "grades"),
    "family_language": ("family language", "home language", "language"),
}
#: How the preview dialog names each field (phrases: the window says them translated).
ROSTER_FIELD_LABELS = {
    "given_name": QT_TRANSLATE_NOOP("Files", "Given (first) name")(),
    "family_name": QT_TRANSLATE_NOOP("Files", "Family (last) name")(),
    "preferred_name": QT_TRANSLATE_NOOP("Files", "Preferred name")(),
    "student_number": QT_TRANSLATE_NOOP("Files", "Student number")(),
    "grade": QT_TRANSLATE_NOOP("Files", "Grade")(),
    "family_language": QT_TRANSLATE_NOOP("Files", "Family language")(),
}
REQUIRED_ROSTER_FIELDS = ("given_name",)


def preview_roster_csv(data: bytes, name: str, *, rows: int = 5) -> CsvPreview:
    return preview_csv(data, name, ROSTER_COLUMNS, rows=rows, what="roster")


def parse_roster_csv(
    data: bytes, name: str, *, class_name: str, mapping: dict[str, str] | None = None
) -> ParsedRoster:
    """Students of one class from a plain CSV; ``mapping`` = {field: column name}."""
    table = read_table(data, name, max_rows=ROSTER_MAX_ROWS, what="roster")
    if mapping is None and looks_like_targets(table.header):
        raise looks_like_targets_error(name)
    col = resolve_mapping(
        table, name, ROSTER_COLUMNS, ROSTER_FIELD_LABELS, REQUIRED_ROSTER_FIELDS, mapping
    )
    class_name = class_name.strip()
    school_class = ClassRecord(key=f"class:{class_name}", name=class_name)
    students, enrollments = [], []
    for number, cells in table.rows:
        given = cell(cells, col.get("given_name"))
        family = cell(cells, col.get("family_name"))
        student_number = cell(cells, col.get("student_number"))
        key = f"number:{student_number}" if student_number else f"row {number}"
        where = QT_TRANSLATE_NOOP("Files", "row {row}")(row=str(number))
        language_text = cell(cells, col.get("family_language"))
        language = family_language(language_text)
        problem = "" if given or family else QT_TRANSLATE_NOOP("Files", "has no name")()
        if language_text and language is None and not problem:
            problem = QT_TRANSLATE_NOOP("Files", "has language {language}; use en or es")(
                language=repr(language_text)
            )
        students.append(
            StudentRecord(
                key=key,
                given_name=given,
                family_name=family,
                preferred_name=cell(cells, col.get("preferred_name")),
                student_number=student_number,
                grade=cell(cells, col.get("grade")),
                family_language=language,
                row=where,
                problem=problem,
            )
        )
        enrollments.append(EnrollmentRecord(class_key=school_class.key, student_key=key, row=where))
    if not students:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "{name} has a header row but no students under it.")(
                name=name
            )
        )
    return ParsedRoster(
        format="csv",
        source_name=name,
        students=tuple(students),
        classes=(school_class,),
        enrollments=tuple(enrollments),
    )
