"""A plain CSV roster: one student a row, put into the class the teacher names.

Columns are found by name like the targets CSV (given / first name, family / last
name, preferred name, student number / id, grade, language), or chosen in the
import window (:func:`preview_roster_csv`, then :func:`parse_roster_csv` with a
mapping). Encodings and separators: see ``csvtext``.

A list of people rather than of students (a school's export of users) has a role
column: it is always found by name, and only rows whose role is a student's become
students. A teacher, a parent or any other role is skipped and counted in a note; a
row with no role is rejected with the reason, never guessed to be a student.
"""

from __future__ import annotations

from collections import Counter

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.student_groups import group_columns, normal_value
from cbe_desktop.interop.csv_targets import (
    CsvPreview,
    looks_like_targets_error,
    preview_csv,
    resolve_mapping,
)
from cbe_desktop.interop.csvtext import (
    Table,
    cell,
    family_language,
    header_key,
    looks_like_targets,
    match_columns,
    read_table,
)
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
#: The role column of a list of people, found by name also when the teacher chose the
#: other columns in the window.
ROLE_COLUMN = ("role", "roles", "user role", "user type", "account type", "person type")
#: Roles that mean "a student" (casefolded), in the languages the program speaks.
STUDENT_ROLES = frozenset(
    {"student", "students", "learner", "pupil", "estudiante", "alumno", "alumna"}
)


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
    taken = set((mapping or match_columns(table.header, ROSTER_COLUMNS)).values())
    role_col = table.column(*(c for c in _role_cells(table) if c not in taken))
    # Student groups (IEP, English learner, gender, race/ethnicity): always found by name.
    taken_index = {i for i, h in enumerate(table.header) if h in taken}
    group_cols = {k: i for k, i in group_columns(table.header).items() if i not in taken_index}
    class_name = class_name.strip()
    school_class = ClassRecord(key=f"class:{class_name}", name=class_name)
    students, enrollments = [], []
    skipped: Counter[str] = Counter()
    for number, cells in table.rows:
        role = cell(cells, role_col).casefold()
        if role_col is not None and role and role not in STUDENT_ROLES:
            skipped[role] += 1  # a teacher, a parent ...: never a student
            continue
        given = cell(cells, col.get("given_name"))
        family = cell(cells, col.get("family_name"))
        student_number = cell(cells, col.get("student_number"))
        key = f"number:{student_number}" if student_number else f"row {number}"
        where = QT_TRANSLATE_NOOP("Files", "row {row}")(row=str(number))
        language_text = cell(cells, col.get("family_language"))
        language = family_language(language_text)
        problem = "" if given or family else QT_TRANSLATE_NOOP("Files", "has no name")()
        if role_col is not None and not role and not problem:
            problem = QT_TRANSLATE_NOOP(
                "Files", "has no role; only rows whose role is student are imported"
            )()
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
                groups=_groups(cells, group_cols),
            )
        )
        enrollments.append(EnrollmentRecord(class_key=school_class.key, student_key=key, row=where))
    notes = []
    if skipped:
        roles = ", ".join(f"{n} {role}" for role, n in sorted(skipped.items()))
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "Skipped {count} row(s) whose role is not student ({roles}): only students "
                "are imported.",
            )(count=str(sum(skipped.values())), roles=roles)
        )
    if not students:
        if skipped:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP(
                    "Files",
                    "{name} has no row whose role is student ({roles}); only students are "
                    "imported.",
                )(name=name, roles=", ".join(sorted(skipped)))
            )
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
        notes=tuple(notes),
    )


def _groups(cells: tuple[str, ...], columns: dict[str, int]) -> tuple[tuple[str, str], ...]:
    found = []
    for kind, i in columns.items():
        value = normal_value(kind, cell(cells, i))
        if value:
            found.append((kind, value))
    return tuple(found)


def _role_cells(table: Table) -> list[str]:
    """The header cells named like a role column."""
    wanted = {header_key(n) for n in ROLE_COLUMN}
    return [c for c in table.header if header_key(c) in wanted]
