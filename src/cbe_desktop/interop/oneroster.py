"""OneRoster 1.1 CSV: a folder, or a zip, holding manifest.csv, users.csv, classes.csv
and enrollments.csv (orgs, courses and academicSessions are optional).

Only users whose role is ``student`` become students; teachers, parents, guardians,
relatives, aides and administrators are counted and skipped. Rows with
``status=tobedeleted`` are not imported: the students and classes they name are
archived, and the enrolments deleted, when they were imported before. ``sourcedId``
is kept, so importing the next export updates instead of duplicating. Classes come
from classes.csv for the student enrolments found (``--class`` keeps one of them).

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

FILES = ("manifest.csv", "users.csv", "classes.csv", "enrollments.csv", "academicsessions.csv")
ROLE_GROUPS = {
    "teacher": "teachers",
    "administrator": "administrators",
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
                "{file} has no {column} column, so it is not OneRoster 1.1 CSV; "
                "export the roster again.",
            )(file=_in(base, where), column=missing[0])
        )
    return {c: i for c, i in found.items() if i is not None}


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
    if one:
        return QT_TRANSLATE_NOOP("Files", "1 parent or guardian")()
    return QT_TRANSLATE_NOOP("Files", "{count} parents or guardians")(count=str(count))


def _notes(skipped: Counter[str], withdrawn_classes: int) -> list[str]:
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
    n = skipped.get("students in none of the classes", 0)
    if n == 1:
        notes.append(
            QT_TRANSLATE_NOOP("Files", "1 student in none of the imported classes was left out.")()
        )
    elif n:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files", "{count} students in none of the imported classes were left out."
            )(count=str(n))
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


def parse_oneroster(
    path: Path, *, class_name: str | None = None, data: bytes | None = None
) -> ParsedRoster:
    """Read a OneRoster 1.1 CSV export (folder or zip) into roster records."""
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
    ucol = _need(users, ("sourcedId", "role", "givenName", "familyName"), "users.csv", where)
    status_col = users.column("status")
    language_cols = [
        i
        for i, h in enumerate(users.header)
        if normalize_header(h) in ("language", "family language", "home language")
        or (normalize_header(h).startswith("metadata") and "language" in normalize_header(h))
    ]
    optional = {c: users.column(c) for c in ("preferredFirstName", "identifier", "grades")}

    skipped: Counter[str] = Counter()
    students: dict[str, StudentRecord] = {}
    non_students: set[str] = set()
    withdrawn_students: list[str] = []
    duplicate_students: list[StudentRecord] = []
    for number, cells in users.rows:
        sourced = cell(cells, ucol["sourcedId"])
        role = cell(cells, ucol["role"]).casefold()
        status = cell(cells, status_col).casefold()
        if role != "student":
            skipped[ROLE_GROUPS.get(role, "other users")] += 1
            non_students.add(sourced)
            continue
        if status == "tobedeleted":
            if sourced:
                withdrawn_students.append(sourced)
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
            preferred_name=cell(cells, optional["preferredFirstName"]),
            student_number=cell(cells, optional["identifier"]),
            grade=cell(cells, optional["grades"]).replace(" ", ""),
            family_language=language,
            source_id=sourced or None,
            row=_row("users.csv", number),
            problem=problem,
        )
        if record.key in students:
            duplicate_students.append(
                replace(
                    record,
                    problem=QT_TRANSLATE_NOOP(
                        "Files", "repeats the sourcedId {key} of an earlier row"
                    )(key=record.key),
                )
            )
            continue
        students[record.key] = record

    sessions: dict[str, str] = {}
    terms = _table(members, "academicsessions.csv", where)
    if terms is not None:
        tcol = _need(terms, ("sourcedId", "title"), "academicSessions.csv", where)
        for _, cells in terms.rows:
            sessions[cell(cells, tcol["sourcedId"])] = cell(cells, tcol["title"])

    classes: dict[str, ClassRecord] = {}
    class_codes: dict[str, str] = {}  # classCode, which --class may name
    withdrawn_classes: list[str] = []
    class_table = _table(members, "classes.csv", where)
    if class_table is not None:
        ccol = _need(class_table, ("sourcedId", "title"), "classes.csv", where)
        cstatus = class_table.column("status")
        more = {c: class_table.column(c) for c in ("termSourcedIds", "grades", "subjects")}
        code_col = class_table.column("classCode")
        for number, cells in class_table.rows:
            sourced = cell(cells, ccol["sourcedId"])
            if cell(cells, cstatus).casefold() == "tobedeleted":
                withdrawn_classes.append(sourced)
                continue
            term_ids = [t.strip() for t in cell(cells, more["termSourcedIds"]).split(",")]
            term = ", ".join(sessions.get(t, "") for t in term_ids if sessions.get(t))
            title = cell(cells, ccol["title"]) or cell(cells, code_col)
            classes[sourced] = ClassRecord(
                key=sourced,
                name=title,
                term=term,
                subject=cell(cells, more["subjects"]),
                grade=cell(cells, more["grades"]).replace(" ", ""),
                source_id=sourced or None,
                row=_row("classes.csv", number),
                problem="" if title else QT_TRANSLATE_NOOP("Files", "has no title")(),
            )
            class_codes[sourced] = cell(cells, code_col)

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
    enrolled: set[str] = set()
    enrol_table = _table(members, "enrollments.csv", where)
    if enrol_table is not None:
        ecol = _need(enrol_table, ("classSourcedId", "userSourcedId"), "enrollments.csv", where)
        estatus, erole = enrol_table.column("status"), enrol_table.column("role")
        esourced = enrol_table.column("sourcedId")
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
                continue
            if user_key in withdrawn_students or class_key in withdrawn_classes:
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
        # Only students and classes of the enrolments found.
        unenrolled = [k for k in students if k not in enrolled]
        if unenrolled:
            skipped["students in none of the classes"] += len(unenrolled)
        students = {k: s for k, s in students.items() if k in enrolled}
        used = {e.class_key for e in enrollments}
        classes = {k: c for k, c in classes.items() if k in used}

    notes = _notes(skipped, len(withdrawn_classes))
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
    )
