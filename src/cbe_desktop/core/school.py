"""School-wide views: every class's progress, one student across classes and teachers,
needs-attention across the school, and equity by student group.

They read whatever the connected login may read: on a school hub a teacher's login sees
only the classes they teach (row-level security, :mod:`.hub`), an office login every
class; on a laptop, the classes of its file. Every figure comes from the same code as
the gradebook (:func:`~cbe_desktop.core.gradebook.class_grid`), the Insights page
(:func:`~cbe_desktop.core.insights.needs_attention`) and the learner's record
(:func:`~cbe_desktop.core.learner.learner_record`), so a class reads the same here as
in its own teacher's window.

Equity: a group of fewer than :data:`SMALL_GROUP` students is never shown as a figure
(only "fewer than 11"); when one group of a kind is suppressed, the next smallest is
suppressed too (complementary suppression), so no suppressed figure can be worked out
from the others and the school's total.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import exists, func, text
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from cbe_desktop.core.class_list import is_school_store  # noqa: F401  (re-exported)
from cbe_desktop.core.gradebook import ClassGrid, class_grid
from cbe_desktop.core.insights import Attention, load_class_evidence, needs_attention
from cbe_desktop.core.learner import LearnerRecord, find_student, learner_record
from cbe_desktop.core.models import Evidence, Replica, SchoolClass, Student, SyncLog
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.roster import ClassInfo
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.status import Status
from cbe_desktop.core.student_groups import NOT_RECORDED, STORED_KINDS, groups_of

log = logging.getLogger(__name__)

#: Groups with fewer students than this are suppressed in equity views.
SMALL_GROUP = 11
EQUITY_KINDS = ("gender", "iep", "english_learner", "race_ethnicity", "grade")
FEWER_THAN = QT_TRANSLATE_NOOP("School", "fewer than {n}")

#: Called after each class is read: (classes done, classes in all). Return False to stop.
Progress = Callable[[int, int], bool]


# ----- which classes ----------------------------------------------------------------------


def school_classes(
    session: Session, *, term: str | None = None, grade: str | None = None
) -> list[ClassInfo]:
    """The live, current (not archived) classes the login may read (of one term, of one
    grade, when asked), by term then name."""
    query = select(SchoolClass).where(
        col(SchoolClass.deleted_hlc).is_(None), col(SchoolClass.archived).is_(False)
    )
    if term:
        query = query.where(col(SchoolClass.term) == term)
    if grade:
        query = query.where(col(SchoolClass.grade) == grade)
    rows = list(session.exec(query))
    rows.sort(key=lambda c: (c.term.casefold(), c.name.casefold(), c.id))
    return [ClassInfo.of(row) for row in rows]


def class_teachers(session: Session) -> dict[str, list[str]]:
    """{class id: teachers' names}: on a hub, who teaches each class (when the login may
    read it: the office can, a teacher cannot). On a laptop (or an office machine that
    gathers sync files), the teacher of the laptop that last changed the class: this
    laptop's own teacher, or the teacher a sync file from that laptop named."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        names: dict[str, str] = {}
        for peer, teacher in session.exec(
            select(SyncLog.peer_replica, SyncLog.peer_teacher)
            .where(col(SyncLog.direction) == "import")
            .order_by(col(SyncLog.hlc))
        ):
            if peer and teacher:
                names[peer] = teacher  # the newest name a file gave
        own = session.get(Replica, "self")
        teacher = get_setting(session, "teacher")
        if own is not None and teacher:
            names[own.replica_id] = teacher
        return {
            cid: [names[origin]]
            for cid, origin in session.exec(select(SchoolClass.id, SchoolClass.origin))
            if origin in names
        }
    allowed = conn.execute(
        text(
            "SELECT to_regclass('hub_class_teacher') IS NOT NULL "
            "AND has_table_privilege('hub_class_teacher', 'SELECT') "
            "AND has_table_privilege('hub_teacher', 'SELECT')"
        )
    ).scalar()
    if not allowed:
        return {}
    found: dict[str, list[str]] = defaultdict(list)
    for class_id, name in conn.execute(
        text(
            "SELECT h.class_id, coalesce(nullif(t.name, ''), h.login) FROM hub_class_teacher h "
            "LEFT JOIN hub_teacher t ON t.login = h.login ORDER BY 2"
        )
    ):
        found[class_id].append(name)
    return dict(found)


# ----- every class's progress ---------------------------------------------------------------


@dataclass(frozen=True)
class ClassProgress:
    class_id: str
    name: str
    term: str
    subject: str
    grade: str
    teachers: tuple[str, ...]
    students: int
    targets: int
    proficient: int  # student x target cells proficient
    cells: int  # student x target cells
    evidence: int  # standing evidence in the class (since the date asked, if any)
    open_not_yet: int  # open "not yet" revisions on the class's targets

    @property
    def share_proficient(self) -> float | None:
        return self.proficient / self.cells if self.cells else None


def _standing_evidence_counts(
    session: Session, class_ids: list[str], since: str | None
) -> dict[str, int]:
    """{class id: evidence that stands} (neither retracted nor corrected by another)."""
    if not class_ids:
        return {}
    later = aliased(Evidence)
    counts: dict[str, int] = {}
    for start in range(0, len(class_ids), 500):
        chunk = class_ids[start : start + 500]
        query = (
            select(col(Evidence.class_id), func.count())
            .where(
                col(Evidence.class_id).in_(chunk),
                col(Evidence.status) != "retracted",
                ~exists().where(col(later.supersedes) == col(Evidence.id)),
            )
            .group_by(col(Evidence.class_id))
        )
        if since:
            query = query.where(col(Evidence.produced_on) >= since)
        counts.update({cid: int(n) for cid, n in session.exec(query) if cid})
    return counts


@dataclass
class SchoolReader:
    """Reads each class once (grid, or grid and dated evidence) for several views."""

    session: Session
    grids: dict[str, ClassGrid] = field(default_factory=dict)

    def grid(self, class_id: str) -> ClassGrid:
        if class_id not in self.grids:
            self.grids[class_id] = class_grid(self.session, class_id)
        return self.grids[class_id]


def school_progress(
    session: Session,
    *,
    term: str | None = None,
    grade: str | None = None,
    since: str | None = None,
    progress: Progress | None = None,
    reader: SchoolReader | None = None,
) -> list[ClassProgress]:
    """Every current class the login may read: students, targets, share of student x
    target cells proficient (as the gradebook computes them), standing evidence (since
    ``since``, an ISO date, when given: else the class's whole term) and open "not yet"."""
    reader = reader or SchoolReader(session)
    classes = school_classes(session, term=term, grade=grade)
    teachers = class_teachers(session)
    evidence = _standing_evidence_counts(session, [c.id for c in classes], since)
    out: list[ClassProgress] = []
    for i, cls in enumerate(classes):
        grid = reader.grid(cls.id)
        statuses = [cell.status for row in grid.cells for cell in row]
        out.append(
            ClassProgress(
                class_id=cls.id,
                name=cls.name,
                term=cls.term,
                subject=cls.subject,
                grade=cls.grade,
                teachers=tuple(teachers.get(cls.id, ())),
                students=len(grid.students),
                targets=len(grid.targets),
                proficient=sum(1 for s in statuses if s == Status.PROFICIENT),
                cells=len(statuses),
                evidence=evidence.get(cls.id, 0),
                open_not_yet=sum(grid.open_not_yet_count(r) for r in range(len(grid.students))),
            )
        )
        if progress is not None and not progress(i + 1, len(classes)):
            break
    return out


# ----- one student across classes and teachers --------------------------------------------


@dataclass(frozen=True)
class StudentAcross:
    record: LearnerRecord
    teachers: dict[str, tuple[str, ...]]  # class id -> who teaches it


def student_across(session: Session, name_or_id: str) -> StudentAcross:
    """One student's record across every class and year the login may read, with who
    teaches each class (the learner's record, :func:`~.learner.learner_record`)."""
    student = find_student(session, name_or_id)
    record = learner_record(session, student.id)
    teachers = class_teachers(session)
    return StudentAcross(
        record=record,
        teachers={c.id: tuple(teachers.get(c.id, ())) for c in record.classes},
    )


# ----- needs attention across the school --------------------------------------------------


@dataclass(frozen=True)
class SchoolAttention:
    class_id: str
    class_name: str
    teachers: tuple[str, ...]
    item: Attention


def school_attention(
    session: Session,
    *,
    term: str | None = None,
    grade: str | None = None,
    weeks_without_evidence: int = 3,
    today: date | None = None,
    progress: Progress | None = None,
) -> list[SchoolAttention]:
    """What the Insights page flags in each class (repeated "not yet", no recent
    evidence, an estimate that fell), for every current class the login may read."""
    classes = school_classes(session, term=term, grade=grade)
    teachers = class_teachers(session)
    out: list[SchoolAttention] = []
    for i, cls in enumerate(classes):
        data = load_class_evidence(session, cls.id)
        for item in needs_attention(
            session,
            cls.id,
            weeks_without_evidence=weeks_without_evidence,
            today=today,
            data=data,
        ):
            out.append(SchoolAttention(cls.id, cls.name, tuple(teachers.get(cls.id, ())), item))
        if progress is not None and not progress(i + 1, len(classes)):
            break
    return out


class FlaggedStudent(NamedTuple):
    """One student in the school's attention list (a tuple, so it unpacks in this order)."""

    student_id: str
    name: str
    things: int  # things flagged
    classes: int  # classes flagged in


def attention_by_student(items: Iterable[SchoolAttention]) -> list[FlaggedStudent]:
    """The flagged students, most flagged first: the students a counselor looks at first
    are those flagged in several classes."""
    things: dict[str, int] = defaultdict(int)
    classes: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for a in items:
        things[a.item.student_id] += 1
        classes[a.item.student_id].add(a.class_id)
        names[a.item.student_id] = a.item.student
    return sorted(
        (FlaggedStudent(sid, names[sid], things[sid], len(classes[sid])) for sid in things),
        key=lambda f: (-f.classes, -f.things, f.name.casefold()),
    )


# ----- equity -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupFigure:
    """One student group of one kind. A suppressed group shows no figure at all."""

    kind: str
    value: str
    students: int | None  # None when suppressed
    share_proficient: float | None  # None when suppressed (or no cells)
    open_not_yet: int | None  # None when suppressed
    suppressed: str = ""  # "" | "small" (under 11) | "complementary" (to protect another)


@dataclass(frozen=True)
class Equity:
    #: Students counted, or None when fewer than 11 (the total would give a group away).
    students: int | None
    kinds: dict[str, list[GroupFigure]]  # kinds with at least one recorded value


def _suppress(sizes: dict[str, int]) -> dict[str, str]:
    """{value: why suppressed} for one kind's groups: every group under SMALL_GROUP, and
    when that leaves exactly one suppressed, the next smallest as well (else the school's
    total minus the shown groups would give the suppressed one away)."""
    why = {v: "small" for v, n in sizes.items() if n < SMALL_GROUP}
    if len(why) == 1 and len(sizes) > 1:
        shown = sorted((n, v) for v, n in sizes.items() if v not in why)
        why[shown[0][1]] = "complementary"
    return why


def equity(
    session: Session,
    *,
    term: str | None = None,
    grade: str | None = None,
    kinds: Iterable[str] = EQUITY_KINDS,
    progress: Progress | None = None,
    reader: SchoolReader | None = None,
) -> Equity:
    """Share of student x target cells proficient and open "not yet", by student group,
    over every current class the login may read. A student counts once in a group
    (their cells of every class together); "not recorded" is a group of its own."""
    reader = reader or SchoolReader(session)
    classes = school_classes(session, term=term, grade=grade)
    cells: dict[str, int] = defaultdict(int)
    proficient: dict[str, int] = defaultdict(int)
    not_yet: dict[str, int] = defaultdict(int)
    for i, cls in enumerate(classes):
        grid = reader.grid(cls.id)
        for r, student in enumerate(grid.students):
            row = grid.cells[r]
            cells[student.id] += len(row)
            proficient[student.id] += sum(1 for c in row if c.status == Status.PROFICIENT)
            not_yet[student.id] += grid.open_not_yet_count(r)
        if progress is not None and not progress(i + 1, len(classes)):
            break
    students = sorted(cells)
    grades: dict[str, str] = {}
    if "grade" in kinds and students:
        for start in range(0, len(students), 500):
            chunk = students[start : start + 500]
            grades.update(
                session.exec(
                    select(Student.id, Student.grade).where(col(Student.id).in_(chunk))
                ).all()
            )
    out: dict[str, list[GroupFigure]] = {}
    for kind in kinds:
        if kind == "grade":
            values = {s: g.strip() for s, g in grades.items() if g and g.strip()}
        elif kind in STORED_KINDS:
            values = groups_of(session, kind, students)
        else:
            continue
        if not values:
            continue  # nothing recorded: no comparison to make
        members: dict[str, list[str]] = defaultdict(list)
        for s in students:
            members[values.get(s, NOT_RECORDED)].append(s)
        why = _suppress({v: len(m) for v, m in members.items()})
        figures = []
        for value, group in members.items():
            if value in why:
                figures.append(GroupFigure(kind, value, None, None, None, why[value]))
                continue
            total = sum(cells[s] for s in group)
            figures.append(
                GroupFigure(
                    kind,
                    value,
                    len(group),
                    sum(proficient[s] for s in group) / total if total else None,
                    sum(not_yet[s] for s in group),
                )
            )
        figures.sort(key=lambda f: (f.value == NOT_RECORDED, f.value))
        out[kind] = figures
    counted = len(students) if len(students) >= SMALL_GROUP else None
    return Equity(students=counted, kinds=out)


def fewer_than() -> str:
    """What a suppressed figure shows: "fewer than 11"."""
    return FEWER_THAN(n=SMALL_GROUP)
