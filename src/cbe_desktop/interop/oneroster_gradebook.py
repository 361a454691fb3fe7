"""Term marks and target results for the school's information system (SIS): a OneRoster
1.2 Gradebook CSV zip, and a plain CSV (student, course, period, mark).

The zip holds ``manifest.csv`` and the gradebook files of the OneRoster 1.2 CSV binding,
with the columns it lists, in its order (:data:`COLUMNS`):

- ``academicSessions.csv``: the class's term (one grading period);
- ``categories.csv``: "Term mark", "Competency mark" and "Learning target";
- ``lineItems.csv``: the course mark, one per competency, one per target of the class;
- ``results.csv``: one per student and line item that has a mark or a level;
- ``lineItemLearningObjectiveIds.csv`` and ``resultLearningObjectiveIds.csv``: each
  target's line item and result point at its learning objective, the CASE identifier
  (``source`` "CASE") when the target came from a CASE framework;
- ``scoreScales.csv``: the class's scale of levels (``{3:Proficient}``) and the school's
  term marks (``{A:no level below 2; at least half at 4}``), each value as the binding
  writes a mapping, ``{lhs:rhs}``; ``lineItemScoreScales.csv`` and
  ``resultScoreScales.csv`` say which scale each line item and each result is on.

A mark the teacher set is the one exported (its comment says by whom, when and why), a
closed term's marks are the ones stored when it closed, and a target modified for the
student's individual plan says so in its result's comment.

Identifiers. Classes and students carry the ``sourcedId`` the school's roster gave them
(``classSourcedId``, ``studentSourcedId``); a class typed by hand is exported with the
program's own id, and a student without a sourcedId is left out (the SIS could not find
them), both said in the export's notes. The file's own ``sourcedId``\\ s are UUIDs derived
from what they stand for, so exporting again gives the same ids and the SIS updates
instead of duplicating.

Safety. Every cell goes through ``csvtext.spreadsheet_safe`` (a cell starting ``=`` ``+``
``-`` ``@`` is written after a ``'``), as the program's other CSV writers do; the zip is
written whole or not at all by the caller (``safe_files``).
"""

from __future__ import annotations

import csv
import io
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlmodel import Session, select

from cbe_desktop.core.models import Evidence, SchoolClass, Student, Target, Task
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.core.scales import format_number
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.term_marks import ClassMarks, class_marks, parse_rules
from cbe_desktop.interop.csvtext import spreadsheet_safe

#: The columns of each file, as the OneRoster 1.2 CSV binding lists them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "academicSessions.csv": (
        "sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate",
        "parentSourcedId", "schoolYear",
    ),
    "categories.csv": ("sourcedId", "status", "dateLastModified", "title", "weight"),
    "lineItems.csv": (
        "sourcedId", "status", "dateLastModified", "title", "description", "assignDate",
        "dueDate", "classSourcedId", "categorySourcedId", "academicSessionSourcedId",
        "resultValueMin", "resultValueMax", "schoolSourcedId",
    ),
    "results.csv": (
        "sourcedId", "status", "dateLastModified", "lineItemSourcedId", "studentSourcedId",
        "scoreStatus", "score", "scoreDate", "comment", "textScore", "classSourcedId",
        "inProgress", "incomplete", "late", "missing",
    ),
    "lineItemLearningObjectiveIds.csv": (
        "sourcedId", "status", "dateLastModified", "lineItemSourcedId", "source",
        "learningObjectiveId",
    ),
    "resultLearningObjectiveIds.csv": (
        "sourcedId", "status", "dateLastModified", "resultSourcedId", "source",
        "learningObjectiveId", "score", "textScore",
    ),
    "scoreScales.csv": (
        "sourcedId", "status", "dateLastModified", "title", "type", "orgSourcedId",
        "courseSourcedId", "classSourcedId", "scoreScaleValue",
    ),
    "lineItemScoreScales.csv": (
        "sourcedId", "status", "dateLastModified", "title", "lineItemSourcedId",
        "scoreScaleSourcedId",
    ),
    "resultScoreScales.csv": (
        "sourcedId", "status", "dateLastModified", "title", "resultSourcedId",
        "scoreScaleSourcedId",
    ),
}  # fmt: skip
#: Every file the manifest names: ours "bulk", the rest of the binding "absent".
MANIFEST_FILES = (
    "academicSessions", "categories", "classes", "classResources", "courses",
    "courseResources", "demographics", "enrollments", "lineItemLearningObjectiveIds",
    "lineItems", "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds",
    "results", "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources",
    "users",
)  # fmt: skip
_NAMESPACE = uuid.UUID("5b0f4a52-62a4-4a43-9d7c-1e0c6b3a8f11")
SIS_COLUMNS = (
    "student_sourced_id", "student_number", "student_name", "class_sourced_id", "course",
    "period", "mark", "how", "set_by_teacher", "final", "modified",
)  # fmt: skip


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "|".join(parts)))


@dataclass
class GradebookExport:
    data: bytes  # the zip (OneRoster) or the CSV (plain)
    students: int = 0
    results: int = 0
    notes: list[Phrase] = field(default_factory=list)


def _csv(rows: list[tuple[str, ...]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(spreadsheet_safe(str(value)) for value in row)
    return out.getvalue().encode("utf-8")


def _dates(session: Session, class_id: str, today: date) -> tuple[str, str]:
    """The term's first and last day: from its tasks and evidence, else today."""
    days = [
        d
        for d in session.exec(select(Task.date).where(Task.class_id == class_id)).all()
        + session.exec(select(Evidence.produced_on).where(Evidence.class_id == class_id)).all()
        if d
    ]
    if not days:
        return today.isoformat(), today.isoformat()
    return min(days), max(max(days), today.isoformat())


def _mapping(words: str) -> str:
    """One side of a ``{lhs:rhs}`` mapping: without the characters that delimit it."""
    for ch in "{}:,":
        words = words.replace(ch, " ")
    return " ".join(words.split())[:200] or "-"


def _scale_values(pairs: list[tuple[str, str]]) -> str:
    return ",".join("{" + _mapping(lhs) + ":" + _mapping(rhs) + "}" for lhs, rhs in pairs)


def _learning_objective(target: Target) -> tuple[str, str]:
    if target.source_id:
        return "CASE", target.source_id
    return "cbe-desktop", target.code or target.id


def _people(session: Session, marks: ClassMarks, notes: list[Phrase]) -> dict[str, Student]:
    students = {s.student_id: session.get(Student, s.student_id) for s in marks.students}
    without = [s for s in students.values() if s is not None and not s.source_id]
    if without:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Gradebook export",
                "{count} student(s) have no identifier from the school's information system "
                "and were left out ({names}); import the school's roster, then export again.",
            )(count=len(without), names=", ".join(s.display_name for s in without[:5]))
        )
    return {k: v for k, v in students.items() if v is not None and v.source_id}


def oneroster_gradebook(
    session: Session, class_id: str, *, today: date | None = None
) -> GradebookExport:
    """A class's term marks and target results as a OneRoster 1.2 Gradebook CSV zip."""
    today = today or date.today()
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    marks = class_marks(session, class_id)
    cls = session.get(SchoolClass, class_id)
    assert cls is not None  # class_marks found it
    notes: list[Phrase] = []
    class_sid = cls.source_id or cls.id
    if not cls.source_id:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Gradebook export",
                "The class {name} has no identifier from the school's information system, so "
                "the file names it by this program's id; import its roster from OneRoster to "
                "use the school's.",
            )(name=cls.name)
        )
    school = get_setting(session, "school").strip()
    school_sid = _id("school", school or "school")
    start, end = _dates(session, class_id, today)
    term = cls.term or cls.name
    session_sid = _id("session", class_sid, term)
    files: dict[str, list[tuple[str, ...]]] = {name: [cols] for name, cols in COLUMNS.items()}
    files["academicSessions.csv"].append(
        (session_sid, "active", stamp, term, "gradingPeriod", start, end, "", end[:4])
    )
    categories = {
        "course": (_id("category", "course"), "Term mark"),
        "competency": (_id("category", "competency"), "Competency mark"),
        "target": (_id("category", "target"), "Learning target"),
    }
    for sid, title in categories.values():
        files["categories.csv"].append((sid, "active", stamp, title, ""))
    level_scale = _id("scoreScale", class_sid, "levels")
    mark_scale = _id("scoreScale", class_sid, "marks")
    level_title = f"{cls.name} — levels"
    mark_title = f"{cls.name} — term marks"
    files["scoreScales.csv"] += [
        (
            level_scale, "active", stamp, level_title, "levels", school_sid, "", class_sid,
            _scale_values([(format_number(lv.value), lv.label) for lv in marks.scale.levels]),
        ),
        (
            mark_scale, "active", stamp, mark_title, "term marks", school_sid, "", class_sid,
            _scale_values(
                [
                    (rule.mark, "; ".join(c.words for c in rule.conditions))
                    for rule in parse_rules(marks.rules_text)
                ]
            ),
        ),
    ]  # fmt: skip

    def line_item(kind: str, key: str, title: str, description: str, lo: str = "") -> str:
        sid = _id("lineItem", class_sid, kind, key)
        low = high = ""
        if kind == "target":
            low, high = format_number(marks.scale.min_value), format_number(marks.scale.max_value)
        files["lineItems.csv"].append(
            (
                sid, "active", stamp, title[:255], description[:1000], start, end, class_sid,
                categories[kind][0], session_sid, low, high, school_sid,
            )
        )  # fmt: skip
        scale, scale_title = (
            (level_scale, level_title) if kind == "target" else (mark_scale, mark_title)
        )
        files["lineItemScoreScales.csv"].append(
            (_id("liss", sid), "active", stamp, scale_title, sid, scale)
        )
        return sid

    course_item = line_item("course", "", f"{cls.name} — term mark", term)
    competency_items: dict[str, str] = {}
    for student in marks.students[:1]:
        for comp in student.competencies:
            label = " ".join(x for x in (comp.code, comp.title) if x) or "Targets"
            competency_items[comp.code + "|" + comp.title] = line_item(
                "competency", comp.code + "|" + comp.title, label, term
            )
    targets = {tid: session.get(Target, tid) for tid in marks.target_ids}
    target_items: dict[str, str] = {}
    for tid, target in targets.items():
        if target is None:
            continue
        sid = line_item("target", tid, f"{target.code} {target.statement}".strip(), target.i_can)
        target_items[tid] = sid
        source, objective = _learning_objective(target)
        files["lineItemLearningObjectiveIds.csv"].append(
            (_id("lilo", sid), "active", stamp, sid, source, objective)
        )

    people = _people(session, marks, notes)
    count = 0

    def result(
        item: str, student: Student, mark: str, score: str, comment: str, *, target: bool = False
    ) -> str:
        nonlocal count
        sid = _id("result", item, student.id)
        files["results.csv"].append(
            (
                sid, "active", stamp, item, student.source_id or "", "fully graded", score, end,
                comment[:1000], mark, class_sid, "false", "false", "false", "false",
            )
        )  # fmt: skip
        scale, scale_title = (level_scale, level_title) if target else (mark_scale, mark_title)
        files["resultScoreScales.csv"].append(
            (_id("rss", sid), "active", stamp, scale_title, sid, scale)
        )
        count += 1
        return sid

    for row in marks.students:
        student = people.get(row.student_id)
        if student is None:
            continue
        if row.course.mark:
            number = row.course.mark if _is_number(row.course.mark) else ""
            result(course_item, student, row.course.mark, number, str(row.course.explanation))
        for comp in row.competencies:
            if comp.mark.mark:
                number = comp.mark.mark if _is_number(comp.mark.mark) else ""
                result(
                    competency_items[comp.code + "|" + comp.title],
                    student,
                    comp.mark.mark,
                    number,
                    str(comp.mark.explanation),
                )
        for tid, item in target_items.items():
            cell = row.cells.get(tid)
            if cell is None or cell.estimate is None:
                continue
            label = cell.level.label if cell.level else ""
            comment = str(cell.explanation)
            if tid in row.modified:
                note = row.modified[tid]
                comment = f"Modified (individual plan){': ' + note if note else ''}. {comment}"
            rsid = result(item, student, label, format_number(cell.estimate), comment, target=True)
            target = targets[tid]
            assert target is not None
            source, objective = _learning_objective(target)
            files["resultLearningObjectiveIds.csv"].append(
                (
                    _id("rlo", rsid), "active", stamp, rsid, source, objective,
                    format_number(cell.estimate), label,
                )
            )  # fmt: skip
    manifest: list[tuple[str, ...]] = [
        ("propertyName", "value"),
        ("manifest.version", "1.0"),
        ("oneroster.version", "1.2"),
    ]
    ours = {name.removesuffix(".csv") for name in files}
    for name in MANIFEST_FILES:
        manifest.append((f"file.{name}", "bulk" if name in ours else "absent"))
    manifest += [("source.systemName", "cbe-desktop"), ("source.systemCode", "")]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.csv", _csv(manifest))
        for name, rows in files.items():
            zf.writestr(name, _csv(rows))
    return GradebookExport(buffer.getvalue(), students=len(people), results=count, notes=notes)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def sis_marks_csv(session: Session, class_id: str) -> GradebookExport:
    """The term marks as a plain CSV a SIS import accepts: one row per student and mark
    (the course's, then each competency's). ``set_by_teacher`` is "yes" for a mark the
    teacher set (``how`` says why), ``final`` "yes" once the term is closed, and
    ``modified`` names the targets of the mark modified for the student's individual plan
    (IEP), as districts require on the record."""
    marks = class_marks(session, class_id)
    cls = session.get(SchoolClass, class_id)
    assert cls is not None
    rows: list[tuple[str, ...]] = [SIS_COLUMNS]
    targets = [session.get(Target, tid) for tid in marks.target_ids]
    codes_of = {t.id: t.code or t.statement[:40] for t in targets if t is not None}
    parent_of = {t.id: t.parent_id or "" for t in targets if t is not None}
    for row in marks.students:
        student = session.get(Student, row.student_id)
        if student is None:
            continue
        ids = (student.source_id or "", student.student_number, student.display_name)
        course = (cls.source_id or cls.id,)
        final = "yes" if marks.closed_on else ""
        codes = {tid: codes_of.get(tid, tid) for tid in row.modified}
        every = "; ".join(sorted(codes.values()))
        rows.append(
            (
                *ids, *course, cls.name, marks.period, row.course.mark,
                str(row.course.explanation), "yes" if row.course.overridden else "", final,
                every,
            )
        )  # fmt: skip
        for comp in row.competencies:
            name = f"{cls.name} — {' '.join(x for x in (comp.code, comp.title) if x)}"
            mine = "; ".join(
                sorted(codes[tid] for tid in codes if parent_of.get(tid, "") == comp.key)
            )
            rows.append(
                (
                    *ids, *course, name, marks.period, comp.mark.mark,
                    str(comp.mark.explanation), "yes" if comp.mark.overridden else "", final,
                    mine,
                )
            )  # fmt: skip
    return GradebookExport(_csv(rows), students=len(marks.students), results=len(rows) - 1)
