"""Estimates and statuses for every student x target of a class: the gradebook's data.

One query fetches the evidence of the whole class; everything else is arithmetic in
memory (the mastery engine). Nothing here is stored: the estimate is always derived
from the evidence, so it can never disagree with it.

Statuses:
- ``proficient``: the estimate has reached the scale's proficient level;
- ``in_progress``: there is evidence, below proficient, and nothing open;
- ``not_yet``: a "not yet" revision is open for this student and target;
- ``no_evidence``: nothing scored yet.
A teacher's override replaces the calculated estimate and is marked as such.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session

from cbe_desktop.core import mastery, rules
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.evidence import standing_ids
from cbe_desktop.core.models import SchoolClass, display_name, sort_key
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.scales import (
    Level,
    ScaleInfo,
    format_number,
    load_scale,
    program_word,
    reaches,
)

STATUSES = ("proficient", "in_progress", "not_yet", "no_evidence")


@dataclass(frozen=True)
class StudentRow:
    id: str
    name: str
    family_name: str
    family_language: str


@dataclass(frozen=True)
class TargetColumn:
    id: str
    code: str
    statement: str
    i_can: str
    competency_id: str | None
    competency_code: str
    competency_title: str
    framework_id: str
    method: str
    method_param: float | None


@dataclass(frozen=True)
class Score:
    """One counted piece of evidence, as the engine sees it."""

    evidence_id: str
    produced_on: str
    level: float


@dataclass(frozen=True)
class Cell:
    estimate: float | None
    level: Level | None
    status: str
    evidence_count: int
    overridden: bool
    method: str
    explanation: str
    open_not_yet: int = 0
    missing: int = 0
    excused: int = 0
    override_reason: str = ""

    @property
    def short_text(self) -> str:
        """What the grid cell shows: number and word, e.g. "3 Proficient"."""
        if self.estimate is None:
            if self.status == "not_yet":
                return QT_TRANSLATE_NOOP("Gradebook", "Not yet")()
            return "—" if self.evidence_count == 0 else "…"
        if self.level is None:
            return format_number(self.estimate)
        return QT_TRANSLATE_NOOP("Gradebook", "{number} {level}")(
            number=format_number(self.estimate), level=program_word(self.level.label)
        )


@dataclass
class ClassGrid:
    class_id: str
    class_name: str
    scale: ScaleInfo
    method: str
    method_param: float | None
    students: list[StudentRow]
    targets: list[TargetColumn]
    cells: list[list[Cell]] = field(default_factory=list)
    habits: bool = False

    def cell(self, row: int, column: int) -> Cell:
        return self.cells[row][column]

    def proficient_count(self, row: int) -> int:
        return sum(1 for c in self.cells[row] if c.status == "proficient")

    def open_not_yet_count(self, row: int) -> int:
        return sum(c.open_not_yet for c in self.cells[row])


_TARGETS_SQL = """
SELECT t.id, t.code, t.statement, t.i_can, t.parent_id, p.code, p.statement, t.framework_id,
       ct.method, ct.method_param, f.kind, f.scale_id
FROM class_target ct
JOIN target t ON t.id = ct.target_id AND t.deleted_hlc IS NULL
JOIN framework f ON f.id = t.framework_id AND f.deleted_hlc IS NULL
LEFT JOIN target p ON p.id = t.parent_id
WHERE ct.class_id = :c AND ct.deleted_hlc IS NULL
ORDER BY ct.position, t.position, t.code
"""

_STUDENTS_SQL = """
SELECT DISTINCT s.id, s.given_name, s.family_name, s.preferred_name, s.family_language
FROM enrollment en JOIN student s ON s.id = en.student_id
WHERE en.class_id = :c AND en.deleted_hlc IS NULL AND s.deleted_hlc IS NULL AND s.archived = 0
"""

# {targets} is replaced by one parameter per column of the grid (":t0, :t1, ..."), so
# the academic grid does not read the habits' evidence, nor the habits grid the rest.
_EVIDENCE_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes
FROM evidence e
WHERE e.student_id IN (SELECT en.student_id FROM enrollment en
                       WHERE en.class_id = :c AND en.deleted_hlc IS NULL)
  AND e.target_id IN ({targets})
ORDER BY e.produced_on, e.hlc
"""

# "+r.state": look revisions up by student (ix_revision_student_id), not through every
# open revision of the store (ix_revision_state), which a school's store has by the
# ten thousand.
_OPEN_REVISIONS_SQL = """
SELECT r.student_id, r.target_id, count(*)
FROM revision r
WHERE +r.state = 'open' AND r.deleted_hlc IS NULL
  AND r.student_id IN (SELECT en.student_id FROM enrollment en
                       WHERE en.class_id = :c AND en.deleted_hlc IS NULL)
GROUP BY r.student_id, r.target_id
"""

_OVERRIDES_SQL = """
SELECT o.student_id, o.target_id, o.level, o.reason
FROM mastery_override o
WHERE o.deleted_hlc IS NULL
  AND o.student_id IN (SELECT en.student_id FROM enrollment en
                       WHERE en.class_id = :c AND en.deleted_hlc IS NULL)
ORDER BY o.date, o.hlc
"""


def effective_evidence(rows: list[tuple]) -> list[tuple]:
    """The evidence that stands: not superseded by standing evidence, and not a retraction.

    ``rows`` are tuples whose [0] is the id, [5] the status and [6] what it supersedes.
    Most cells hold neither a correction nor a retraction: then ``rows`` itself comes back.
    """
    for r in rows:
        if r[6] or r[5] == "retracted":
            break
    else:  # nothing supersedes anything: every row stands
        return rows
    standing = standing_ids([(r[0], r[6]) for r in rows])
    return [r for r in rows if r[0] in standing and r[5] != "retracted"]


def _tally(live: list[tuple]) -> tuple[list[float], int, int]:
    """Scores (in order), missing and excused counts of the evidence that stands."""
    scores: list[float] = []
    missing = excused = 0
    for r in live:
        status = r[5]
        if status == "scored":
            if r[4] is not None:
                try:
                    scores.append(float(r[4]))
                except (TypeError, ValueError):  # only a store written by hand holds such
                    continue
        elif status == "missing":
            missing += 1
        elif status == "excused":
            excused += 1
    return scores, missing, excused


def _fetch(session: Session, sql: str, params: dict) -> list[tuple]:
    """Rows as plain tuples, straight from the driver (in the session's transaction).

    The gradebook reads tens of thousands of evidence rows per grid; SQLAlchemy's
    result rows would cost as much again as the query itself.
    """
    dbapi = session.connection().connection.driver_connection
    return dbapi.execute(sql, params).fetchall()  # type: ignore[union-attr]


def compute_cell(
    scores: list[float],
    method: str,
    param: float | None,
    scale: ScaleInfo,
    *,
    open_not_yet: int = 0,
    missing: int = 0,
    excused: int = 0,
    override: tuple[float, str] | None = None,
) -> Cell:
    """The estimate and status of one student on one target.

    Values no door of the store lets in (a method the engine does not know, a setting
    out of range, a level no scale can hold) are only found in a store written by hand
    or by an older version: the cell is still made, as ``mastery.settle`` says, leaving
    such levels (and such an override) out, and its explanation says what was done.
    """
    method, param, why = mastery.settle(method, param)
    usable = [s for s in scores if rules.LEVEL_MIN <= s <= rules.LEVEL_MAX]
    left_out = len(scores) - len(usable)
    scores = usable
    if override is not None and not rules.LEVEL_MIN <= override[0] <= rules.LEVEL_MAX:
        override = None
    threshold = scale.proficient_value
    estimate = mastery.calculate(
        method,
        scores,
        param=param,
        mastery_threshold=threshold,
        scale_min=scale.min_value,
        scale_max=scale.max_value,
    )
    explanation = mastery.explain(
        method, scores, estimate, param=param, mastery_threshold=threshold
    )
    if why is not None:
        explanation = QT_TRANSLATE_NOOP("Gradebook", "{explanation} ({why})")(
            explanation=explanation, why=why
        )
    if left_out:
        explanation = QT_TRANSLATE_NOOP(
            "Gradebook", "{explanation} ({count} score(s) no scale can hold left out)"
        )(explanation=explanation, count=left_out)
    overridden = override is not None
    reason = ""
    if override is not None:
        estimate, reason = override
        explanation = QT_TRANSLATE_NOOP("Gradebook", "Set by the teacher to {level}: {reason}")(
            level=format_number(estimate), reason=reason
        )
    level = scale.level_at(estimate)
    if level is not None and estimate is not None and not overridden:
        explanation = QT_TRANSLATE_NOOP("Gradebook", "{explanation} — {level}")(
            explanation=explanation, level=program_word(level.label)
        )
    if overridden:
        status = (
            "proficient" if estimate is not None and reaches(estimate, threshold) else "in_progress"
        )
    elif open_not_yet:
        status = "not_yet"
    elif not scores:
        status = "no_evidence"
    elif estimate is not None and reaches(estimate, threshold):
        status = "proficient"
    else:
        status = "in_progress"
    return Cell(
        estimate=estimate,
        level=level,
        status=status,
        evidence_count=len(scores),
        overridden=overridden,
        method=method,
        explanation=explanation,
        open_not_yet=open_not_yet,
        missing=missing,
        excused=excused,
        override_reason=reason,
    )


def class_grid(session: Session, class_id: str, *, habits: bool = False) -> ClassGrid:
    """Every estimate of a class: academic targets, or (``habits=True``) habits of work."""
    school_class = session.get(SchoolClass, class_id)
    if school_class is None or school_class.deleted_hlc:
        raise NotFoundError(QT_TRANSLATE_NOOP("Gradebook", "That class no longer exists.")())
    conn = session.connection()
    params = {"c": class_id}
    habit_scale_id = None
    targets: list[TargetColumn] = []
    seen: set[str] = set()
    for r in conn.execute(text(_TARGETS_SQL), params):
        is_habit = r[10] == "habits"
        if is_habit != habits or r[0] in seen:
            continue
        seen.add(r[0])
        if is_habit and r[11]:
            habit_scale_id = r[11]
        targets.append(
            TargetColumn(
                id=r[0],
                code=r[1],
                statement=r[2],
                i_can=r[3],
                competency_id=r[4],
                competency_code=r[5] or "",
                competency_title=r[6] or "",
                framework_id=r[7],
                method=r[8] or school_class.method,
                method_param=r[9] if r[8] else school_class.method_param,
            )
        )
    students = [
        StudentRow(
            id=r[0], name=display_name(r[1], r[2], r[3]), family_name=r[2], family_language=r[4]
        )
        for r in conn.execute(text(_STUDENTS_SQL), params)
    ]
    students.sort(key=lambda s: (sort_key(s.family_name), sort_key(s.name)))
    scale = load_scale(
        session, habit_scale_id if habits and habit_scale_id else school_class.scale_id
    )

    # One query for the evidence of the whole grid, grouped by cell in memory.
    by_pair: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    open_revisions: dict[tuple[str, str], int] = {}
    overrides: dict[tuple[str, str], tuple[float, str]] = {}
    if targets and students:
        columns = {f"t{i}": t.id for i, t in enumerate(targets)}
        sql = _EVIDENCE_SQL.format(targets=", ".join(f":{name}" for name in columns))
        for r in _fetch(session, sql, {**params, **columns}):
            by_pair[(r[1], r[2])].append(r)
        for r in _fetch(session, _OPEN_REVISIONS_SQL, params):
            open_revisions[(r[0], r[1])] = int(r[2])
        for r in _fetch(session, _OVERRIDES_SQL, params):
            overrides[(r[0], r[1])] = (float(r[2]), r[3])

    cells: list[list[Cell]] = []
    no_rows: list[tuple] = []
    for student in students:
        row: list[Cell] = []
        for target in targets:
            pair = (student.id, target.id)
            scores, missing, excused = _tally(effective_evidence(by_pair.get(pair, no_rows)))
            row.append(
                compute_cell(
                    scores,
                    target.method,
                    target.method_param,
                    scale,
                    open_not_yet=open_revisions.get(pair, 0),
                    missing=missing,
                    excused=excused,
                    override=overrides.get(pair),
                )
            )
        cells.append(row)
    class_method, class_param, _ = mastery.settle(school_class.method, school_class.method_param)
    return ClassGrid(
        class_id=class_id,
        class_name=school_class.name,
        scale=scale,
        method=class_method,
        method_param=class_param,
        students=students,
        targets=targets,
        cells=cells,
        habits=habits,
    )


_PAIR_EVIDENCE_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes
FROM evidence e WHERE e.student_id = :s AND e.target_id = :t
ORDER BY e.produced_on, e.hlc
"""


def cell_for(session: Session, grid: ClassGrid, row: int, column: int) -> Cell:
    """Recompute one cell of a grid after a change (the fast path of keyboard entry)."""
    student = grid.students[row]
    target = grid.targets[column]
    conn = session.connection()
    params = {"s": student.id, "t": target.id}
    live = effective_evidence([tuple(r) for r in conn.execute(text(_PAIR_EVIDENCE_SQL), params)])
    open_count = conn.execute(
        text(
            "SELECT count(*) FROM revision WHERE student_id = :s AND target_id = :t "
            "AND state = 'open' AND deleted_hlc IS NULL"
        ),
        params,
    ).scalar_one()
    override = conn.execute(
        text(
            "SELECT level, reason FROM mastery_override WHERE student_id = :s AND target_id = :t "
            "AND deleted_hlc IS NULL ORDER BY date DESC, hlc DESC LIMIT 1"
        ),
        params,
    ).first()
    return compute_cell(
        [float(r[4]) for r in live if r[5] == "scored" and r[4] is not None],
        target.method,
        target.method_param,
        grid.scale,
        open_not_yet=int(open_count),
        missing=sum(1 for r in live if r[5] == "missing"),
        excused=sum(1 for r in live if r[5] == "excused"),
        override=(float(override[0]), override[1]) if override else None,
    )


@dataclass(frozen=True)
class AttachmentRef:
    id: str
    file_name: str
    media_type: str
    sha256: str


@dataclass(frozen=True)
class RevisionPlan:
    id: str
    next_step: str
    due_on: str | None
    support: str
    state: str
    note: str


@dataclass(frozen=True)
class HistoryItem:
    """One line of a cell's evidence timeline."""

    id: str
    produced_on: str
    task_title: str
    level: float | None
    level_label: str
    status: str
    not_yet: bool
    feedback: str
    evidence_type: str
    standing: bool
    supersedes: str | None
    revision_of: str | None
    attachments: tuple[AttachmentRef, ...] = ()
    plans: tuple[RevisionPlan, ...] = ()


def cell_history(
    session: Session, student_id: str, target_id: str, scale: ScaleInfo
) -> list[HistoryItem]:
    """Every record for one student on one target, oldest first; withdrawn ones marked."""
    from sqlmodel import select

    from cbe_desktop.core.models import Attachment, Evidence, Revision, Task

    rows = list(
        session.exec(
            select(Evidence).where(
                Evidence.student_id == student_id, Evidence.target_id == target_id
            )
        )
    )
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    task_ids = {r.task_id for r in rows if r.task_id}
    titles = (
        {t.id: t.title for t in session.exec(select(Task).where(Task.id.in_(task_ids)))}
        if task_ids
        else {}
    )
    attachment_ids = {a for r in rows for a in (r.attachment_ids or [])}
    attachments = (
        {
            a.id: AttachmentRef(a.id, a.file_name, a.media_type, a.sha256)
            for a in session.exec(select(Attachment).where(Attachment.id.in_(attachment_ids)))
        }
        if attachment_ids
        else {}
    )
    plans: dict[str, list[RevisionPlan]] = defaultdict(list)
    for rev in session.exec(
        select(Revision).where(
            Revision.student_id == student_id,
            Revision.target_id == target_id,
            Revision.deleted_hlc.is_(None),
        )
    ):
        plans[rev.evidence_id].append(
            RevisionPlan(rev.id, rev.next_step, rev.due_on, rev.support, rev.state, rev.note)
        )
    outside = QT_TRANSLATE_NOOP("Gradebook", "Outside a task")()
    items = []
    for r in sorted(rows, key=lambda r: (r.produced_on, r.hlc)):
        if r.status == "retracted":
            continue
        level = scale.exact(r.level) if r.level is not None else None
        items.append(
            HistoryItem(
                id=r.id,
                produced_on=r.produced_on,
                task_title=titles.get(r.task_id or "", outside),
                level=r.level,
                level_label=level.label if level else "",
                status=r.status,
                not_yet=r.not_yet,
                feedback=r.feedback,
                evidence_type=r.evidence_type,
                standing=r.id in standing,
                supersedes=r.supersedes,
                revision_of=r.revision_of,
                attachments=tuple(
                    attachments[a] for a in (r.attachment_ids or []) if a in attachments
                ),
                plans=tuple(plans.get(r.id, ())),
            )
        )
    return items
