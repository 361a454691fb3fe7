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
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

from cbe_desktop.core import mastery, rules
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.reads import Source, json_value, rows_of
from cbe_desktop.core.scales import (
    Level,
    ScaleInfo,
    format_number,
    load_scale,
    program_word,
    reaches,
)
from cbe_desktop.core.standing import standing_ids
from cbe_desktop.core.status import Status
from cbe_desktop.core.vocabulary import display_name, sort_key


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
    #: Each column's method, settled and checked once for the grid, with the scale's
    #: threshold and range: what :func:`cell_for` reuses when one cell changes.
    column_rules: list[_Column] = field(default_factory=list, repr=False, compare=False)

    def cell(self, row: int, column: int) -> Cell:
        return self.cells[row][column]

    def proficient_count(self, row: int) -> int:
        return sum(1 for c in self.cells[row] if c.status == Status.PROFICIENT)

    def open_not_yet_count(self, row: int) -> int:
        return sum(c.open_not_yet for c in self.cells[row])


_CLASS_SQL = """
SELECT name, method, method_param, scale_id FROM school_class
WHERE id = :c AND deleted_hlc IS NULL
"""

_TARGETS_SQL = """
SELECT t.id, t.code, t.statement, t.i_can, t.parent_id AS competency_id,
       p.code AS competency_code, p.statement AS competency_title, t.framework_id,
       ct.method, ct.method_param, f.kind AS framework_kind, f.scale_id AS framework_scale_id
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

#: Where each column of an evidence row is, as the gradebook reads it: id, student_id,
#: target_id, produced_on, level, status, supersedes (the rows :func:`effective_evidence`
#: and :func:`tally` are given begin with these too). A grid reads tens of thousands of
#: them straight from the driver as plain tuples (named rows would cost about a tenth of
#: the grid's time again), so they are read by these named positions.
E_ID, E_STUDENT, E_TARGET, E_PRODUCED_ON, E_LEVEL, E_STATUS, E_SUPERSEDES = range(7)

# {targets} is replaced by one parameter per column of the grid (":t0, :t1, ..."), so
# the academic grid does not read the habits' evidence, nor the habits grid the rest.
#: Each cell's rows come one after another: SQLite reads them in the order of the index it
#: searches (student, then target), so that order costs no sort. Within a cell they are
#: not sorted by SQLite (sorting a grid's tens of thousands of rows costs the query half
#: as much again): each cell's dozen rows are put in order (produced_on, then hlc: both
#: text, compared as SQLite compares them) once grouped; see :data:`E_HLC`.
_EVIDENCE_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes,
       e.hlc
FROM evidence e
WHERE e.student_id IN {students}
  AND e.target_id IN ({targets})
ORDER BY e.student_id, e.target_id
"""

#: Where the grid's evidence rows (and only theirs) carry their stamp, after the columns
#: above: what orders two pieces of evidence produced on the same day.
E_HLC = 7

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

    ``rows`` begin with the evidence columns named by :data:`E_ID` ... :data:`E_SUPERSEDES`.
    Most cells hold neither a correction nor a retraction: then ``rows`` itself comes back.
    """
    supersedes, status = E_SUPERSEDES, E_STATUS  # (local names: read for every row)
    for r in rows:
        if r[supersedes] or r[status] == "retracted":
            break
    else:  # nothing supersedes anything: every row stands
        return rows
    standing = standing_ids([(r[E_ID], r[supersedes]) for r in rows])
    return [r for r in rows if r[E_ID] in standing and r[status] != "retracted"]


def tally(live: Sequence[Sequence[Any]]) -> tuple[list[float], int, int]:
    """Scores (in order), missing and excused counts of the evidence that stands
    (rows that begin with the evidence columns, as :func:`effective_evidence` reads them)."""
    scores: list[float] = []
    missing = excused = 0
    status_at, level_at = E_STATUS, E_LEVEL  # (local names: read for every row)
    for r in live:
        status = r[status_at]
        if status == "scored":
            level = r[level_at]
            if level is not None:
                try:
                    scores.append(float(level))
                except (TypeError, ValueError):  # only a store written by hand holds such
                    continue
        elif status == "missing":
            missing += 1
        elif status == "excused":
            excused += 1
    return scores, missing, excused


def fetch_rows(source: Source, sql: str, params: dict | list) -> list[tuple]:
    """Rows as plain tuples, straight from the driver (in the session's transaction).

    The gradebook reads tens of thousands of evidence rows per grid; SQLAlchemy's
    result rows would cost as much again as the query itself.
    """
    return rows_of(source).all(sql, params)


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
    return _column(method, param, scale).cell(
        scores, open_not_yet=open_not_yet, missing=missing, excused=excused, override=override
    )


#: The columns made lately, by method, setting and scale (the scale by identity: hashing
#: a scale and its levels costs more than making the column). Each holds its scale, so
#: no other scale can take that identity while it is here.
_COLUMNS: dict[tuple[str, float | None, int], tuple[ScaleInfo, _Column]] = {}


def _column(method: str, param: float | None, scale: ScaleInfo) -> _Column:
    """The settled rules of a method on a scale, made once: a school's term marks compute
    every cell of every class one by one (thousands), nearly all with a few methods."""
    key = (method, param, id(scale))
    found = _COLUMNS.get(key)
    if found is not None and found[0] is scale:
        return found[1]
    if len(_COLUMNS) >= 64:  # (a scale is read again for each grid: keep the recent)
        _COLUMNS.clear()
    column = _Column(method, param, scale)
    _COLUMNS[key] = (scale, column)
    return column


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
    source: Source,
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
    db = rows_of(source)
    found = db.named(_CLASS_SQL, {"c": class_id})
    if not found:
        raise NotFoundError(QT_TRANSLATE_NOOP("Gradebook", "That class no longer exists.")())
    school_class = found[0]
    params = {"c": class_id}
    habit_scale_id = None
    targets: list[TargetColumn] = []
    seen: set[str] = set()
    for t in db.named(_TARGETS_SQL, params):
        is_habit = t.framework_kind == "habits"
        if is_habit != habits or t.id in seen:
            continue
        seen.add(t.id)
        if is_habit and t.framework_scale_id:
            habit_scale_id = t.framework_scale_id
        targets.append(
            TargetColumn(
                id=t.id,
                code=t.code,
                statement=t.statement,
                i_can=t.i_can,
                competency_id=t.competency_id,
                competency_code=t.competency_code or "",
                competency_title=t.competency_title or "",
                framework_id=t.framework_id,
                method=t.method or school_class.method,
                method_param=t.method_param if t.method else school_class.method_param,
            )
        )
    students = [
        StudentRow(
            id=s.id,
            name=display_name(s.given_name, s.family_name, s.preferred_name),
            family_name=s.family_name,
            family_language=s.family_language,
        )
        for s in db.named(_STUDENTS_SQL, params)
    ]
    students_sql = _ENROLLED
    if only is not None:
        wanted = set(only)
        students = [s for s in students if s.id in wanted]
        chosen = {f"s{i}": s.id for i, s in enumerate(students)}
        students_sql = "(" + ", ".join(f":{name}" for name in chosen) + ")"
        params = {**params, **chosen}
    students.sort(key=lambda s: (sort_key(s.family_name), sort_key(s.name)))
    scale = load_scale(db, habit_scale_id if habits and habit_scale_id else school_class.scale_id)

    # One query for the evidence of the whole grid, grouped by cell in memory.
    by_pair: dict[tuple[str, str], list[tuple]] = {}
    open_revisions: dict[tuple[str, str], int] = {}
    overrides: dict[tuple[str, str], tuple[float, str]] = {}
    if targets and students:
        columns = {f"t{i}": t.id for i, t in enumerate(targets)}
        sql = _EVIDENCE_SQL.format(
            students=students_sql, targets=", ".join(f":{name}" for name in columns)
        )
        # A cell's rows come together: its list is looked up once, not once per row.
        student = target = None
        cell_rows: list[tuple] = []
        for row in db.all(sql, {**params, **columns}) if evidence else ():
            if row[E_TARGET] != target or row[E_STUDENT] != student:
                student, target = row[E_STUDENT], row[E_TARGET]
                cell_rows = by_pair.setdefault((student, target), [])
            cell_rows.append(row)
        in_order = itemgetter(E_PRODUCED_ON, E_HLC)  # (both NOT NULL text)
        for rows in by_pair.values():
            rows.sort(key=in_order)
        revisions_sql = _OPEN_REVISIONS_SQL.format(students=students_sql)
        for student_id, target_id, count in db.all(revisions_sql, params):
            open_revisions[(student_id, target_id)] = int(count)
        overrides_sql = _OVERRIDES_SQL.format(students=students_sql)
        for student_id, target_id, level, reason in db.all(overrides_sql, params):
            overrides[(student_id, target_id)] = (float(level), reason)

    cells: list[list[Cell]] = []
    no_rows: list[tuple] = []
    settled: dict[tuple[str, float | None], _Column] = {}
    rules_of: list[_Column] = []
    for target in targets:
        key = (target.method, target.method_param)
        if key not in settled:
            settled[key] = _Column(target.method, target.method_param, scale)
        rules_of.append(settled[key])
    columns_of = [(target.id, rule) for target, rule in zip(targets, rules_of, strict=True)]
    # A cell with no evidence, no open "not yet" and no override is the same for every
    # student of its column (a cell is never changed, only replaced): made once per
    # column. The term marks' grid (evidence=False) is all such cells but a few.
    empty: dict[str, Cell] = {}
    for student in students:
        cells_of_student: list[Cell] = []
        for target_id, column in columns_of:
            pair = (student.id, target_id)
            if pair not in by_pair and pair not in open_revisions and pair not in overrides:
                cell = empty.get(target_id)
                if cell is None:
                    cell = empty[target_id] = column.cell([])
                cells_of_student.append(cell)
                continue
            live = effective_evidence(by_pair.get(pair, no_rows))
            scores, missing, excused = tally(live)
            cells_of_student.append(
                column.cell(
                    scores,
                    open_not_yet=open_revisions.get(pair, 0),
                    missing=missing,
                    excused=excused,
                    override=overrides.get(pair),
                )
            )
        cells.append(cells_of_student)
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
        column_rules=rules_of,
    )


_PAIR_EVIDENCE_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes
FROM evidence e WHERE e.student_id = :s AND e.target_id = :t
ORDER BY e.produced_on, e.hlc
"""

# "+r.state": by the student's index, as in the grid (see _OPEN_REVISIONS_SQL).
_PAIR_OPEN_REVISIONS_SQL = """
SELECT count(*) FROM revision r
WHERE r.student_id = :s AND r.target_id = :t AND +r.state = 'open' AND r.deleted_hlc IS NULL
"""

_PAIR_OVERRIDE_SQL = """
SELECT level, reason FROM mastery_override
WHERE student_id = :s AND target_id = :t AND deleted_hlc IS NULL
ORDER BY date DESC, hlc DESC LIMIT 1
"""


def cell_for(source: Source, grid: ClassGrid, row: int, column: int) -> Cell:
    """Recompute one cell of a grid after a change (the fast path of keyboard entry),
    exactly as :func:`class_grid` computes it, with the column's method as the grid
    settled it."""
    student = grid.students[row]
    target = grid.targets[column]
    params = {"s": student.id, "t": target.id}
    db = rows_of(source)
    live = effective_evidence(db.all(_PAIR_EVIDENCE_SQL, params))
    scores, missing, excused = tally(live)
    ((open_count,),) = db.all(_PAIR_OPEN_REVISIONS_SQL, params)
    override = None
    for level, reason in db.all(_PAIR_OVERRIDE_SQL, params):
        override = (float(level), reason)
    if grid.column_rules:
        rule = grid.column_rules[column]
    else:  # a grid made by hand, without its columns' rules
        rule = _Column(target.method, target.method_param, grid.scale)
    return rule.cell(
        scores,
        open_not_yet=int(open_count),
        missing=missing,
        excused=excused,
        override=override,
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


_RETRACTED_NOTE = QT_TRANSLATE_NOOP(
    "Evidence", "Closed because the 'not yet' evidence was retracted."
)
#: The note the program itself writes on a plan it closes (stored as data, in English).
RETRACTED_NOTE = _RETRACTED_NOTE.source


def note_words(note: str) -> str:
    """A plan's note as the window shows it: the program's own note becomes a translatable
    phrase; a note the teacher wrote is shown as written."""
    return _RETRACTED_NOTE() if note == RETRACTED_NOTE else note


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


# The cell's records with their task's title and their "not yet" plans (a record with
# two plans comes twice, one plan each; one with none comes once, with no plan). The plans
# are found by their record ("+r." keeps SQLite off the index by student).
_HISTORY_SQL = """
SELECT e.id, e.supersedes, e.task_id, e.attachment_ids, e.produced_on, e.hlc, e.status,
       e.level, e.not_yet, e.feedback, e.evidence_type, e.revision_of, k.title,
       r.id, r.next_step, r.due_on, r.support, r.state, r.note
FROM evidence e
LEFT JOIN task k ON k.id = e.task_id
LEFT JOIN revision r ON r.evidence_id = e.id AND +r.student_id = e.student_id
                        AND +r.target_id = e.target_id AND r.deleted_hlc IS NULL
WHERE e.student_id = :s AND e.target_id = :t
"""


class _HistoryRow(NamedTuple):
    """A row of :data:`_HISTORY_SQL`, by name."""

    id: str
    supersedes: str | None
    task_id: str | None
    attachment_ids: str | None
    produced_on: str
    hlc: str
    status: str
    level: float | None
    not_yet: bool
    feedback: str
    evidence_type: str
    revision_of: str | None
    task_title: str | None  # None: no task, or a task this store does not hold
    plan_id: str | None  # None: no "not yet" plan on this row
    next_step: str
    due_on: str | None
    support: str
    state: str
    note: str


def cell_history(
    source: Source, student_id: str, target_id: str, scale: ScaleInfo
) -> list[HistoryItem]:
    """Every record for one student on one target, oldest first; withdrawn ones marked.

    Read as plain rows, in one query (the attachments' names in a second, when there are
    any): the side panel asks for it at every keystroke.
    """
    db = rows_of(source)
    records: dict[str, _HistoryRow] = {}
    plans: dict[str, list[RevisionPlan]] = defaultdict(list)
    for raw in db.all(_HISTORY_SQL, {"s": student_id, "t": target_id}):
        r = _HistoryRow._make(raw)
        records.setdefault(r.id, r)
        if r.plan_id is not None:
            plans[r.id].append(
                RevisionPlan(r.plan_id, r.next_step, r.due_on, r.support, r.state, r.note)
            )
    rows = list(records.values())
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    attached = {r.id: _attachment_ids(r.attachment_ids) for r in rows}
    attachment_ids = sorted({a for ids in attached.values() for a in ids})
    attachments: dict[str, AttachmentRef] = {}
    if attachment_ids:
        marks = ", ".join("?" * len(attachment_ids))
        attachments = {
            attachment_id: AttachmentRef(attachment_id, file_name, media_type, sha256)
            for attachment_id, file_name, media_type, sha256 in db.all(
                f"SELECT id, file_name, media_type, sha256 FROM attachment WHERE id IN ({marks})",
                attachment_ids,
            )
        }
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
                task_title=r.task_title if r.task_id and r.task_title is not None else outside,
                level=r.level,
                level_label=level.label if level else "",
                status=r.status,
                not_yet=bool(r.not_yet),
                feedback=r.feedback,
                evidence_type=r.evidence_type,
                standing=r.id in standing,
                supersedes=r.supersedes,
                revision_of=r.revision_of,
                attachments=tuple(attachments[a] for a in attached[r.id] if a in attachments),
                plans=tuple(plans.get(r.id, ())),
            )
        )
    return items


def _attachment_ids(stored: str | list | None) -> list[str]:
    """The attachment ids of a record, as stored (a JSON list; most records have none)."""
    if not stored or stored == "[]":
        return []
    return list(json_value(stored) or [])


def modified_targets(source: Source, student_ids: Iterable[str]) -> dict[tuple[str, str], str]:
    """(student id, target id) -> the note, for the targets modified for these students."""
    ids = list(dict.fromkeys(student_ids))
    if not ids:
        return {}
    marks = ", ".join(f":s{i}" for i in range(len(ids)))
    rows = rows_of(source).all(
        f"SELECT student_id, target_id, note FROM modified_target"
        f" WHERE student_id IN ({marks}) AND deleted_hlc IS NULL",
        {f"s{i}": student_id for i, student_id in enumerate(ids)},
    )
    return {(student_id, target_id): note for student_id, target_id, note in rows}
