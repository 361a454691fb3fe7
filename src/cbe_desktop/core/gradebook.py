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

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

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
from cbe_desktop.core.status import Status


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
    status: Status
    evidence_count: int
    overridden: bool
    method: str
    open_not_yet: int = 0
    missing: int = 0
    excused: int = 0
    override_reason: str = ""
    #: What :attr:`explanation` is said from (scores, setting, threshold, the reason the
    #: method was settled, scores left out): a grid of a thousand cells says only the
    #: few a teacher reads (the selected cell, a tooltip, a report).
    basis: tuple = field(default=(), repr=False)
    #: An explanation said whole by whoever made the cell from another (the learner's
    #: record says what earlier classes count); empty: said from :attr:`basis`.
    told: str = field(default="", repr=False)

    @cached_property
    def explanation(self) -> str:
        """How the estimate came from the evidence, in one translatable sentence."""
        return self.told or _explanation(self)

    @property
    def short_text(self) -> str:
        """What the grid cell shows: number and word, e.g. "3 Proficient"."""
        if self.estimate is None:
            if self.status == Status.NOT_YET:
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
        return sum(1 for c in self.cells[row] if c.status == Status.PROFICIENT)

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
WHERE en.class_id = :c AND en.deleted_hlc IS NULL AND s.deleted_hlc IS NULL AND NOT s.archived
"""

#: {students} in the queries below: the class's students, or the few a grid is made for.
_ENROLLED = """(SELECT en.student_id FROM enrollment en
                       WHERE en.class_id = :c AND en.deleted_hlc IS NULL)"""

# {targets} is replaced by one parameter per column of the grid (":t0, :t1, ..."), so
# the academic grid does not read the habits' evidence, nor the habits grid the rest.
_EVIDENCE_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes
FROM evidence e
WHERE e.student_id IN {students}
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
  AND r.student_id IN {students}
GROUP BY r.student_id, r.target_id
"""

_OVERRIDES_SQL = """
SELECT o.student_id, o.target_id, o.level, o.reason
FROM mastery_override o
WHERE o.deleted_hlc IS NULL
  AND o.student_id IN {students}
ORDER BY o.date, o.hlc
"""


#: A row of evidence read by raw SQL: a tuple, or a named row (``sqlalchemy.Row``).
EvidenceRow = TypeVar("EvidenceRow", bound=Sequence[Any])


def effective_evidence(rows: list[EvidenceRow]) -> list[EvidenceRow]:
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


def tally(live: list[tuple]) -> tuple[list[float], int, int]:
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


def fetch_rows(session: Session, sql: str, params: dict | list) -> list[tuple]:
    """Rows as plain tuples, straight from the driver (in the session's transaction).

    The gradebook reads tens of thousands of evidence rows per grid; SQLAlchemy's
    result rows would cost as much again as the query itself.
    """
    conn = session.connection()
    dbapi = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":  # psycopg marks parameters %(name)s and %s
        sql = _INDEX_HINT.sub("", sql.replace("%", "%%"))
        sql = sql.replace("?", "%s") if isinstance(params, list) else _NAMED.sub(r"%(\1)s", sql)
        return [tuple(r) for r in dbapi.execute(sql, params).fetchall()]  # type: ignore[union-attr]
    return dbapi.execute(sql, params).fetchall()  # type: ignore[union-attr]


#: SQLite's "+column" (do not use this column's index) means nothing to PostgreSQL.
_INDEX_HINT = re.compile(r"(?<=\s)\+(?=[a-z_]+\.)")
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


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
    return _Column(method, param, scale).cell(
        scores, open_not_yet=open_not_yet, missing=missing, excused=excused, override=override
    )


class _Column:
    """What every cell of one target column shares: the method, settled and checked once,
    and the scale's threshold and range (a grid computes a thousand cells with them)."""

    __slots__ = ("estimate", "high", "low", "method", "param", "scale", "threshold", "why")

    def __init__(self, method: str, param: float | None, scale: ScaleInfo) -> None:
        self.method, self.param, self.why = mastery.settle(method, param)
        self.scale = scale
        self.threshold = scale.proficient_value
        self.low, self.high = scale.min_value, scale.max_value
        self.estimate = mastery.estimator(
            self.method,
            param=self.param,
            mastery_threshold=self.threshold,
            scale_min=self.low,
            scale_max=self.high,
        )

    def cell(
        self,
        scores: list[float],
        *,
        open_not_yet: int = 0,
        missing: int = 0,
        excused: int = 0,
        override: tuple[float, str] | None = None,
    ) -> Cell:
        usable = [s for s in scores if rules.LEVEL_MIN <= s <= rules.LEVEL_MAX]
        left_out = len(scores) - len(usable)
        if override is not None and not rules.LEVEL_MIN <= override[0] <= rules.LEVEL_MAX:
            override = None
        threshold = self.threshold
        estimate = self.estimate(usable)
        reason = ""
        if override is not None:
            estimate, reason = override
            status = Status.PROFICIENT if reaches(estimate, threshold) else Status.IN_PROGRESS
        elif open_not_yet:
            status = Status.NOT_YET
        elif not usable:
            status = Status.NO_EVIDENCE
        elif estimate is not None and reaches(estimate, threshold):
            status = Status.PROFICIENT
        else:
            status = Status.IN_PROGRESS
        return Cell(
            estimate=estimate,
            level=self.scale.level_at(estimate),
            status=status,
            evidence_count=len(usable),
            overridden=override is not None,
            method=self.method,
            open_not_yet=open_not_yet,
            missing=missing,
            excused=excused,
            override_reason=reason,
            basis=(tuple(usable), self.param, threshold, self.why, left_out),
        )


def _explanation(cell: Cell) -> str:
    """The sentence of :attr:`Cell.explanation`, from the cell and its basis."""
    scores, param, threshold, why, left_out = cell.basis or ((), None, 0.0, None, 0)
    if cell.overridden:
        return QT_TRANSLATE_NOOP("Gradebook", "Set by the teacher to {level}: {reason}")(
            level=format_number(cell.estimate), reason=cell.override_reason
        )
    explanation = mastery.explain(
        cell.method, scores, cell.estimate, param=param, mastery_threshold=threshold
    )
    if why is not None:
        explanation = QT_TRANSLATE_NOOP("Gradebook", "{explanation} ({why})")(
            explanation=explanation, why=why
        )
    if left_out:
        explanation = QT_TRANSLATE_NOOP(
            "Gradebook", "{explanation} ({count} score(s) no scale can hold left out)"
        )(explanation=explanation, count=left_out)
    if cell.level is not None and cell.estimate is not None:
        explanation = QT_TRANSLATE_NOOP("Gradebook", "{explanation} — {level}")(
            explanation=explanation, level=program_word(cell.level.label)
        )
    return explanation


def class_grid(
    session: Session,
    class_id: str,
    *,
    habits: bool = False,
    only: Collection[str] | None = None,
    evidence: bool = True,
) -> ClassGrid:
    """Every estimate of a class: academic targets, or (``habits=True``) habits of work.

    ``only``: the rows of these students alone (those of them in the class), the others'
    work not read at all: one student's packet needs one row, not the class's thirty.
    ``evidence=False``: the cells without the evidence (overrides, open "not yet"), for
    a caller that reads the evidence itself (the term marks)."""
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
    students_sql = _ENROLLED
    if only is not None:
        wanted = set(only)
        students = [s for s in students if s.id in wanted]
        chosen = {f"s{i}": s.id for i, s in enumerate(students)}
        students_sql = "(" + ", ".join(f":{name}" for name in chosen) + ")"
        params = {**params, **chosen}
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
        sql = _EVIDENCE_SQL.format(
            students=students_sql, targets=", ".join(f":{name}" for name in columns)
        )
        for r in fetch_rows(session, sql, {**params, **columns}) if evidence else ():
            by_pair[(r[1], r[2])].append(r)
        for r in fetch_rows(session, _OPEN_REVISIONS_SQL.format(students=students_sql), params):
            open_revisions[(r[0], r[1])] = int(r[2])
        for r in fetch_rows(session, _OVERRIDES_SQL.format(students=students_sql), params):
            overrides[(r[0], r[1])] = (float(r[2]), r[3])

    cells: list[list[Cell]] = []
    no_rows: list[tuple] = []
    settled: dict[tuple[str, float | None], _Column] = {}
    columns_of = []
    for target in targets:
        key = (target.method, target.method_param)
        if key not in settled:
            settled[key] = _Column(target.method, target.method_param, scale)
        columns_of.append((target.id, settled[key]))
    for student in students:
        row: list[Cell] = []
        for target_id, column in columns_of:
            pair = (student.id, target_id)
            scores, missing, excused = tally(effective_evidence(by_pair.get(pair, no_rows)))
            row.append(
                column.cell(
                    scores,
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


_HISTORY_SQL = """
SELECT id, supersedes, task_id, attachment_ids, produced_on, hlc, status, level, not_yet,
       feedback, evidence_type, revision_of
FROM evidence WHERE student_id = :s AND target_id = :t
"""

_PLANS_SQL = """
SELECT evidence_id, id, next_step, due_on, support, state, note
FROM revision WHERE student_id = :s AND target_id = :t AND deleted_hlc IS NULL
"""


def cell_history(
    session: Session, student_id: str, target_id: str, scale: ScaleInfo
) -> list[HistoryItem]:
    """Every record for one student on one target, oldest first; withdrawn ones marked.

    Read as plain rows (not ORM objects): the side panel asks for it at every keystroke.
    """
    import json
    from types import SimpleNamespace

    params = {"s": student_id, "t": target_id}
    rows = [
        SimpleNamespace(
            id=r[0],
            supersedes=r[1],
            task_id=r[2],
            attachment_ids=json.loads(r[3]) if r[3] else [],
            produced_on=r[4],
            hlc=r[5],
            status=r[6],
            level=r[7],
            not_yet=bool(r[8]),
            feedback=r[9],
            evidence_type=r[10],
            revision_of=r[11],
        )
        for r in fetch_rows(session, _HISTORY_SQL, params)
    ]
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    task_ids = sorted({r.task_id for r in rows if r.task_id})
    titles: dict[str, str] = {}
    if task_ids:
        marks = ", ".join("?" * len(task_ids))
        titles = dict(
            fetch_rows(session, f"SELECT id, title FROM task WHERE id IN ({marks})", task_ids)
        )
    attachment_ids = sorted({a for r in rows for a in (r.attachment_ids or [])})
    attachments: dict[str, AttachmentRef] = {}
    if attachment_ids:
        marks = ", ".join("?" * len(attachment_ids))
        attachments = {
            a[0]: AttachmentRef(a[0], a[1], a[2], a[3])
            for a in fetch_rows(
                session,
                f"SELECT id, file_name, media_type, sha256 FROM attachment WHERE id IN ({marks})",
                attachment_ids,
            )
        }
    plans: dict[str, list[RevisionPlan]] = defaultdict(list)
    for rev in fetch_rows(session, _PLANS_SQL, params):
        plans[rev[0]].append(RevisionPlan(*rev[1:]))
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
