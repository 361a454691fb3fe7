"""OneRoster 1.1 and 1.2 CSV: a folder, or a zip, holding manifest.csv, users.csv,
classes.csv and enrollments.csv (academicSessions, courses and, in 1.2, roles are read
when present; orgs, userProfiles and the rest are not needed).

Roles. In 1.1 each user's role is the ``role`` column of users.csv; in 1.2 roles live in
roles.csv (``userSourcedId``, ``roleType`` primary or secondary, ``role``), and users.csv
has no role column. The version is the manifest's ``oneroster.version``, else whichever
the files show. A user becomes a student only when their role is ``student`` (in 1.2:
their primary role, or every role when none is marked primary); a user with no role at
all, or any other role (teacher, parent, guardian, relative, aide, proctor, counselor,
administrators), never does: they are counted and skipped. A 1.2 export without
roles.csv is refused, since it cannot tell a student from a parent.

Rows with ``status=tobedeleted`` are not imported: the students and classes they name
are archived, and the enrolments deleted, when they were imported before. ``sourcedId``
is kept, so importing the next export updates instead of duplicating. Classes come from
classes.csv for the student enrolments found (``--class`` keeps one of them, named by
title, classCode or sourcedId); a class whose title another class of the file shares is
named with its classCode (else its periods, else its sourcedId) after the title, so the
two can be told apart; a class with no subject takes its course's (courses.csv).
Students enrolled in none of the imported classes are left out and listed in
``ParsedRoster.unenrolled`` with the reason, so the plan can offer to bring them in
without a class.

A zip is read in memory, never extracted: its member count, sizes and names are
checked first, and a name that would point outside the zip refuses the whole file.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path, PurePosixPath

from cbe_desktop.core import phrases
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.core.student_groups import demographics_groups, group_columns, normal_value
from cbe_desktop.interop.csv_targets import none
from cbe_desktop.interop.csvtext import Table, cell, family_language, normalize_header, read_table
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import (
    ROSTER_MAX_BYTES,
    ROSTER_MAX_ROWS,
    ZIP_MAX_MEMBERS,
    read_limited,
    too_large,
)
from cbe_desktop.interop.records import ClassRecord, EnrollmentRecord, ParsedRoster, StudentRecord

FILES = (
    "manifest.csv",
    "users.csv",
    "classes.csv",
    "enrollments.csv",
    "academicsessions.csv",
    "roles.csv",
    "courses.csv",
    "demographics.csv",
)
#: Every role of OneRoster 1.1 and 1.2 but student, by the group a note counts it in
#: (keys are casefolded).
ROLE_GROUPS = {
    "teacher": "teachers",
    "administrator": "administrators",
    "districtadministrator": "administrators",
    "siteadministrator": "administrators",
    "systemadministrator": "administrators",
    "principal": "administrators",
    "counselor": "counselors",
    "aide": "aides",
    "proctor": "proctors",
    "parent": "parents or guardians",
    "guardian": "parents or guardians",
    "relative": "parents or guardians",
}


def is_zip(data: bytes) -> bool:
    return data[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def unsafe_member_name(name: str) -> bool:
    """Absolute paths, drive letters, '..' parts, NUL: names that could escape a folder."""
    if not name or "\x00" in name:
        return True
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ":" in parts[0] or any(p == ".." for p in parts)


def _zip_members(data: bytes, name: str) -> dict[str, bytes]:
    """The roster files of a zip by lower-case base name, read in memory with limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "{name} is not a zip file the program can open.")(name=name)
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > ZIP_MAX_MEMBERS:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP(
                    "Files",
                    "{name} holds {count} files, far more than a OneRoster export; "
                    "check that it is the right file.",
                )(name=name, count=str(len(infos)))
            )
        for info in infos:
            if unsafe_member_name(info.filename):
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "Files",
                        "{name} holds a file named {file} that points outside the zip; "
                        "the zip was not read.",
                    )(name=name, file=repr(info.filename))
                )
        wanted: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            path = PurePosixPath(info.filename.replace("\\", "/"))
            if info.is_dir() or "__MACOSX" in path.parts or path.name.startswith("."):
                continue
            base = path.name.casefold()
            if base in FILES:
                if base in wanted:
                    raise ImportFormatError(
                        QT_TRANSLATE_NOOP(
                            "Files",
                            "{name} holds two files called {file}; give a zip of one export.",
                        )(name=name, file=path.name)
                    )
                wanted[base] = info
        total = sum(info.file_size for info in wanted.values())
        if total > ROSTER_MAX_BYTES:
            raise too_large(name, total, ROSTER_MAX_BYTES, "roster")
        members: dict[str, bytes] = {}
        budget = ROSTER_MAX_BYTES
        for base, info in wanted.items():
            if info.flag_bits & 0x1:
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "Files", "{name} is protected by a password; export the roster without one."
                    )(name=name)
                )
            try:
                with archive.open(info) as fh:
                    content = fh.read(min(info.file_size, budget) + 1)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "Files", "{name} is damaged ({file}: {reason}); export the roster again."
                    )(name=name, file=info.filename, reason=str(exc))
                ) from None
            if len(content) > info.file_size or len(content) > budget:
                raise too_large(name, total + len(content), ROSTER_MAX_BYTES, "roster")
            budget -= len(content)
            members[base] = content
    return members


def _folder_members(folder: Path) -> dict[str, bytes]:
    files = {p.name.casefold(): p for p in folder.iterdir() if p.is_file()}
    present = {base: files[base] for base in FILES if base in files}
    total = sum(p.stat().st_size for p in present.values())
    if total > ROSTER_MAX_BYTES:
        raise too_large(folder.name, total, ROSTER_MAX_BYTES, "roster")
    return {base: read_limited(p, ROSTER_MAX_BYTES, "roster") for base, p in present.items()}


def oneroster_members(path: Path, data: bytes | None = None) -> dict[str, bytes]:
    """The roster files of a OneRoster folder or zip (``data`` = the zip's bytes if read)."""
    if path.is_dir():
        return _folder_members(path)
    if data is None:
        data = read_limited(path, ROSTER_MAX_BYTES, "roster")
    return _zip_members(data, path.name)


def _table(members: dict[str, bytes], base: str, where: str) -> Table | None:
    if base not in members:
        return None
    return read_table(members[base], _in(base, where), max_rows=ROSTER_MAX_ROWS, what="roster")


def _in(base: str, where: str) -> Phrase:
    """'users.csv in roster.zip': one file of the export, in sentences."""
    return QT_TRANSLATE_NOOP("Files", "{file} in {where}")(file=base, where=where)


def _row(base: str, number: int) -> Phrase:
    """'users.csv row 7': where a record is, as the plan shows it."""
    return QT_TRANSLATE_NOOP("Files", "{file} row {row}")(file=base, row=str(number))


def _need(table: Table, columns: tuple[str, ...], base: str, where: str) -> dict[str, int]:
    found = {c: table.column(c) for c in columns}
    missing = [c for c, i in found.items() if i is None]
    if missing:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{file} has no {column} column, so it is not a OneRoster CSV export (1.1 "
                "or 1.2); export the roster again.",
            )(file=_in(base, where), column=missing[0])
        )
    return {c: i for c, i in found.items() if i is not None}


def _manifest_version(members: dict[str, bytes], where: str) -> str:
    """The manifest's ``oneroster.version`` ("1.1", "1.2"), or "" when it does not say."""
    manifest = _table(members, "manifest.csv", where)
    if manifest is None:
        return ""
    name_col, value_col = manifest.column("propertyName"), manifest.column("value")
    for _, cells in manifest.rows:
        if cell(cells, name_col).casefold() == "oneroster.version":
            return cell(cells, value_col)
    return ""


def _roles_of_users(
    members: dict[str, bytes], users: Table, where: str, version: str
) -> tuple[dict[str, list[tuple[str, str]]], str]:
    """{user sourcedId: [(roleType, role), ...]} and the version the files show.

    From roles.csv when the export has one (1.2), else from the ``role`` (or ``roles``)
    column of users.csv (1.1; roleType unknown). A 1.2 export with neither is refused.
    """
    roles: dict[str, list[tuple[str, str]]] = {}
    table = _table(members, "roles.csv", where)
    if table is not None:
        rcol = _need(table, ("userSourcedId", "role"), "roles.csv", where)
        type_col, status_col = table.column("roleType"), table.column("status")
        for _, cells in table.rows:
            if cell(cells, status_col).casefold() == "tobedeleted":
                continue
            role = cell(cells, rcol["role"]).casefold()
            if role:
                roles.setdefault(cell(cells, rcol["userSourcedId"]), []).append(
                    (cell(cells, type_col).casefold(), role)
                )
        return roles, version or "1.2"
    role_col = users.column("role", "roles")
    if role_col is None:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{file} has no role column and the export has no roles.csv (OneRoster "
                "1.2 keeps roles there), so students cannot be told from teachers and "
                "parents; export the roster again with roles.csv.",
            )(file=_in("users.csv", where))
        )
    sourced_col = users.column("sourcedId")
    for _, cells in users.rows:
        for role in cell(cells, role_col).replace(";", ",").split(","):
            if role.strip():
                roles.setdefault(cell(cells, sourced_col), []).append(("", role.strip().casefold()))
    return roles, version or "1.1"


def is_student(roles: list[tuple[str, str]]) -> tuple[bool, str]:
    """(whether a user with these (roleType, role) pairs is a student, the role that says
    they are not). Their primary roles decide when some role is marked primary; else
    every role must be student. No role at all is not a student."""
    primary = [role for kind, role in roles if kind == "primary"]
    deciding = primary or [role for _, role in roles]
    other = next((role for role in deciding if role != "student"), "")
    if not deciding:
        return False, ""
    return not other, other


def _count(count: int, group: str) -> Phrase:
    """'1 teacher', '2 teachers', '3 parents or guardians' for a group of ROLE_GROUPS."""
    one = count == 1
    if group == "teachers":
        if one:
            return QT_TRANSLATE_NOOP("Files", "1 teacher")()
        return QT_TRANSLATE_NOOP("Files", "{count} teachers")(count=str(count))
    if group == "administrators":
        if one:
            return QT_TRANSLATE_NOOP("Files", "1 administrator")()
        return QT_TRANSLATE_NOOP("Files", "{count} administrators")(count=str(count))
    if group == "aides":
        if one:
            return QT_TRANSLATE_NOOP("Files", "1 aide")()
        return QT_TRANSLATE_NOOP("Files", "{count} aides")(count=str(count))
    if group == "proctors":
        if one:
            return QT_TRANSLATE_NOOP("Files", "1 proctor")()
        return QT_TRANSLATE_NOOP("Files", "{count} proctors")(count=str(count))
    if group == "counselors":
        if one:
            return QT_TRANSLATE_NOOP("Files", "1 counselor")()
        return QT_TRANSLATE_NOOP("Files", "{count} counselors")(count=str(count))
    if one:
        return QT_TRANSLATE_NOOP("Files", "1 parent or guardian")()
    return QT_TRANSLATE_NOOP("Files", "{count} parents or guardians")(count=str(count))


def _notes(skipped: Counter[str], withdrawn_classes: int, class_name: str | None) -> list[str]:
    """What was skipped, in words."""
    notes: list[str] = []
    by_role = [
        _count(n, what) for what, n in sorted(skipped.items()) if what in ROLE_GROUPS.values()
    ]
    if by_role:
        notes.append(
            QT_TRANSLATE_NOOP("Files", "Skipped {groups}: only students are imported.")(
                groups=phrases.join(", ", by_role)
            )
        )
    n = skipped.get("other users", 0)
    if n == 1:
        notes.append(QT_TRANSLATE_NOOP("Files", "Skipped 1 other user.")())
    elif n:
        notes.append(QT_TRANSLATE_NOOP("Files", "Skipped {count} other users.")(count=str(n)))
    n = skipped.get("users with no role", 0)
    if n:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "Skipped {count} user(s) the export gives no role: only students are imported.",
            )(count=str(n))
        )
    n = skipped.get("students marked tobedeleted", 0)
    if n == 1:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "1 student marked tobedeleted was not imported (archived if already here).",
            )()
        )
    elif n:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} students marked tobedeleted were not imported (archived if already here).",
            )(count=str(n))
        )
    n = skipped.get("students of other classes", 0)
    if n and class_name:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files", "{count} student(s) of the export are not in {class_} and were left out."
            )(count=str(n), class_=repr(class_name))
        )
    if withdrawn_classes == 1:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "1 class marked tobedeleted was not imported (archived if already here).",
            )()
        )
    elif withdrawn_classes:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} classes marked tobedeleted were not imported (archived if already here).",
            )(count=str(withdrawn_classes))
        )
    return notes


#: Why a student of the export is in none of the classes imported.
NO_ENROLMENT = QT_TRANSLATE_NOOP("Files", "enrollments.csv puts them in no class")
ONLY_WITHDRAWN = QT_TRANSLATE_NOOP("Files", "their only classes are marked tobedeleted")


def _read_users(
    users: Table, roles: dict[str, list[tuple[str, str]]], where: str
) -> tuple[dict[str, StudentRecord], list[StudentRecord], set[str], list[str], Counter[str]]:
    """The students of users.csv by sourcedId, the rows that repeat one, the sourcedIds of
    every user who is not a student, those of students marked tobedeleted, and what was
    skipped by group."""
    ucol = _need(users, ("sourcedId", "givenName", "familyName"), "users.csv", where)
    status_col = users.column("status")
    language_cols = [
        i
        for i, h in enumerate(users.header)
        if normalize_header(h) in ("language", "family language", "home language")
        or (normalize_header(h).startswith("metadata") and "language" in normalize_header(h))
    ]
    # 1.1 exporters call it preferredFirstName, 1.2 preferredGivenName (some misspell it).
    preferred_col = users.column(
        "preferredGivenName", "preferredFirstName", "prefferedGivenName", "preferredName"
    )
    optional = {c: users.column(c) for c in ("identifier", "grades")}
    skipped: Counter[str] = Counter()
    students: dict[str, StudentRecord] = {}
    non_students: set[str] = set()
    withdrawn: list[str] = []
    duplicates: list[StudentRecord] = []
    for number, cells in users.rows:
        sourced = cell(cells, ucol["sourcedId"])
        student, other = is_student(roles.get(sourced, []))
        if not student:
            group = ROLE_GROUPS.get(other, "other users") if other else "users with no role"
            skipped[group] += 1
            non_students.add(sourced)
            continue
        if cell(cells, status_col).casefold() == "tobedeleted":
            if sourced:
                withdrawn.append(sourced)
            skipped["students marked tobedeleted"] += 1
            continue
        language = None
        for i in language_cols:
            language = language or family_language(cell(cells, i))
        given = cell(cells, ucol["givenName"])
        family = cell(cells, ucol["familyName"])
        problem = ""
        if not sourced:
            problem = QT_TRANSLATE_NOOP("Files", "has no sourcedId")()
        elif not (given or family):
            problem = QT_TRANSLATE_NOOP("Files", "has no name")()
        record = StudentRecord(
            key=sourced or f"users.csv row {number}",
            given_name=given,
            family_name=family,
            preferred_name=cell(cells, preferred_col),
            student_number=cell(cells, optional["identifier"]),
            grade=cell(cells, optional["grades"]).replace(" ", ""),
            family_language=language,
            source_id=sourced or None,
            row=_row("users.csv", number),
            problem=problem,
        )
        if record.key in students:
            duplicates.append(
                replace(
                    record,
                    problem=QT_TRANSLATE_NOOP(
                        "Files", "repeats the sourcedId {key} of an earlier row"
                    )(key=record.key),
                )
            )
            continue
        students[record.key] = record
    return students, duplicates, non_students, withdrawn, skipped


def _read_classes(
    members: dict[str, bytes], where: str
) -> tuple[dict[str, ClassRecord], dict[str, str], list[str]]:
    """The classes of classes.csv by sourcedId, their classCodes, and the sourcedIds of the
    classes marked tobedeleted."""
    sessions: dict[str, str] = {}
    terms = _table(members, "academicsessions.csv", where)
    if terms is not None:
        tcol = _need(terms, ("sourcedId", "title"), "academicSessions.csv", where)
        for _, cells in terms.rows:
            sessions[cell(cells, tcol["sourcedId"])] = cell(cells, tcol["title"])
    courses: dict[str, tuple[str, str]] = {}  # sourcedId -> (title, subjects)
    course_table = _table(members, "courses.csv", where)
    if course_table is not None:
        kcol = _need(course_table, ("sourcedId", "title"), "courses.csv", where)
        subjects_col = course_table.column("subjects")
        for _, cells in course_table.rows:
            courses[cell(cells, kcol["sourcedId"])] = (
                cell(cells, kcol["title"]),
                cell(cells, subjects_col),
            )
    classes: dict[str, ClassRecord] = {}
    codes: dict[str, str] = {}  # classCode, which --class may name
    withdrawn: list[str] = []
    table = _table(members, "classes.csv", where)
    if table is None:
        return classes, codes, withdrawn
    ccol = _need(table, ("sourcedId", "title"), "classes.csv", where)
    status_col = table.column("status")
    more = {
        c: table.column(c)
        for c in ("termSourcedIds", "grades", "subjects", "classCode", "periods", "courseSourcedId")
    }
    periods: dict[str, str] = {}
    for number, cells in table.rows:
        sourced = cell(cells, ccol["sourcedId"])
        if cell(cells, status_col).casefold() == "tobedeleted":
            withdrawn.append(sourced)
            continue
        term_ids = [t.strip() for t in cell(cells, more["termSourcedIds"]).split(",")]
        term = ", ".join(sessions.get(t, "") for t in term_ids if sessions.get(t))
        course_title, course_subjects = courses.get(cell(cells, more["courseSourcedId"]), ("", ""))
        title = cell(cells, ccol["title"]) or course_title or cell(cells, more["classCode"])
        classes[sourced] = ClassRecord(
            key=sourced,
            name=title,
            term=term,
            subject=cell(cells, more["subjects"]) or course_subjects,
            grade=cell(cells, more["grades"]).replace(" ", ""),
            source_id=sourced or None,
            row=_row("classes.csv", number),
            problem="" if title else QT_TRANSLATE_NOOP("Files", "has no title")(),
        )
        codes[sourced] = cell(cells, more["classCode"])
        periods[sourced] = cell(cells, more["periods"])
    # Two classes of one title (two periods of Math 7) are told apart by their code.
    titles = Counter((c.name.casefold(), c.term) for c in classes.values() if c.name)
    for key, c in list(classes.items()):
        if titles[(c.name.casefold(), c.term)] > 1:
            tag = codes.get(key) or periods.get(key) or key
            if tag.casefold() != c.name.casefold():
                classes[key] = replace(c, name=f"{c.name} ({tag})")
    return classes, codes, withdrawn


def _with_groups(
    students: dict[str, StudentRecord], users: Table, demographics: Table | None
) -> dict[str, StudentRecord]:
    """The students with their groups (IEP, English learner, gender, race/ethnicity) from
    demographics.csv (by sourcedId) and any such extra columns of users.csv."""
    found: dict[str, dict[str, str]] = {}
    user_cols = group_columns(users.header)
    sourced_col = users.column("sourcedId")
    if user_cols:
        for _number, cells in users.rows:
            groups = {}
            for kind, i in user_cols.items():
                value = normal_value(kind, cell(cells, i))
                if value:
                    groups[kind] = value
            if groups:
                found.setdefault(cell(cells, sourced_col), {}).update(groups)
    if demographics is not None:
        dcol = demographics.column("sourcedId", "userSourcedId")
        for _number, cells in demographics.rows:
            key = cell(cells, dcol)
            if key in students:
                row = {h: cell(cells, i) for i, h in enumerate(demographics.header)}
                found.setdefault(key, {}).update(demographics_groups(row))
    if not found:
        return students
    return {
        key: replace(record, groups=tuple(sorted(found[key].items()))) if found.get(key) else record
        for key, record in students.items()
    }


def parse_oneroster(
    path: Path, *, class_name: str | None = None, data: bytes | None = None
) -> ParsedRoster:
    """Read a OneRoster 1.1 or 1.2 CSV export (folder or zip) into roster records."""
    where = path.name
    members = oneroster_members(path, data)
    users = _table(members, "users.csv", where)
    if users is None:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} has no users.csv, so it is not a OneRoster export; it should hold "
                "users.csv, classes.csv and enrollments.csv.",
            )(name=where)
        )
    _need(users, ("sourcedId", "givenName", "familyName"), "users.csv", where)
    roles, version = _roles_of_users(members, users, where, _manifest_version(members, where))
    students, duplicate_students, non_students, withdrawn_students, skipped = _read_users(
        users, roles, where
    )
    students = _with_groups(students, users, _table(members, "demographics.csv", where))
    classes, class_codes, withdrawn_classes = _read_classes(members, where)

    if class_name:
        wanted = class_name.strip().casefold()
        chosen = {
            k: c
            for k, c in classes.items()
            if wanted in (c.name.casefold(), k.casefold(), class_codes.get(k, "").casefold())
        }
        if not chosen:
            names = ", ".join(sorted({c.name for c in classes.values()})) or none()
            raise ImportFormatError(
                QT_TRANSLATE_NOOP(
                    "Files", "{name} has no class called {class_} (its classes: {names})."
                )(name=where, class_=repr(class_name), names=names)
            )
        classes = chosen

    enrollments: list[EnrollmentRecord] = []
    withdrawn_enrollments: list[str] = []
    unenrolled: list[tuple[StudentRecord, str]] = []
    enrol_table = _table(members, "enrollments.csv", where)
    if enrol_table is not None:
        ecol = _need(enrol_table, ("classSourcedId", "userSourcedId"), "enrollments.csv", where)
        estatus, erole = enrol_table.column("status"), enrol_table.column("role")
        esourced = enrol_table.column("sourcedId")
        enrolled: set[str] = set()
        in_withdrawn: set[str] = set()  # students enrolled in a class marked tobedeleted
        for number, cells in enrol_table.rows:
            class_key = cell(cells, ecol["classSourcedId"])
            user_key = cell(cells, ecol["userSourcedId"])
            role = cell(cells, erole).casefold()
            sourced = cell(cells, esourced)
            if cell(cells, estatus).casefold() == "tobedeleted":
                if sourced:
                    withdrawn_enrollments.append(sourced)
                continue
            if (role and role != "student") or user_key in non_students:
                continue  # a teacher (or parent) enrolled in a class is never a student
            if user_key in withdrawn_students:
                continue
            if class_key in withdrawn_classes:
                in_withdrawn.add(user_key)
                continue
            if class_name and class_key not in classes:
                continue
            problem = ""
            if user_key not in students:
                problem = QT_TRANSLATE_NOOP("Files", "names user {user}, who is not in users.csv")(
                    user=repr(user_key)
                )
            elif class_key not in classes:
                problem = QT_TRANSLATE_NOOP(
                    "Files", "names class {class_}, which is not in classes.csv"
                )(class_=repr(class_key))
            enrolled.add(user_key)
            enrollments.append(
                EnrollmentRecord(
                    class_key=class_key,
                    student_key=user_key,
                    source_id=sourced or None,
                    row=_row("enrollments.csv", number),
                    problem=problem,
                )
            )
        # Only students and classes of the enrolments found; the others are left out,
        # with the reason (the plan may bring them in without a class).
        for key, student in students.items():
            if key in enrolled:
                continue
            if class_name:  # the teacher chose one class: the rest of the school stays out
                skipped["students of other classes"] += 1
            elif key in in_withdrawn:
                unenrolled.append((student, ONLY_WITHDRAWN()))
            else:
                unenrolled.append((student, NO_ENROLMENT()))
        students = {k: s for k, s in students.items() if k in enrolled}
        used = {e.class_key for e in enrollments}
        classes = {k: c for k, c in classes.items() if k in used}

    notes = _notes(skipped, len(withdrawn_classes), class_name)
    return ParsedRoster(
        format="oneroster",
        source_name=where,
        students=(*students.values(), *duplicate_students),
        classes=tuple(classes.values()),
        enrollments=tuple(enrollments),
        withdrawn_students=tuple(withdrawn_students),
        withdrawn_classes=tuple(withdrawn_classes),
        withdrawn_enrollments=tuple(withdrawn_enrollments),
        notes=tuple(notes),
        skipped=dict(skipped),
        version=version,
        unenrolled=tuple(unenrolled),
    )
