"""Insights for one class: who needs attention, flexible groups, and pace over the weeks.

Everything is derived from the evidence, as the gradebook derives it: the same grid
(:func:`cbe_desktop.core.gradebook.class_grid`), the same evidence that stands
(:func:`~cbe_desktop.core.gradebook.effective_evidence`) and the same estimate and
status (:func:`~cbe_desktop.core.gradebook.compute_cell`). A class costs a handful
of queries (the grid's, one more for the evidence with its dates and "not yet"
marks, one for the overrides' dates); the rest is arithmetic in memory.

Habits of work never enter here: only the class's academic targets are read.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Row, text
from sqlmodel import Session

from cbe_desktop.core import phrases
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.gradebook import (
    Cell,
    ClassGrid,
    class_grid,
    compute_cell,
    effective_evidence,
)
from cbe_desktop.core.models import SchoolClass
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.core.scales import format_number, program_word, reaches
from cbe_desktop.core.status import Status

KINDS = ("repeated_not_yet", "no_recent_evidence", "estimate_fell")
NOT_PROFICIENT = (Status.NOT_YET, Status.IN_PROGRESS, Status.NO_EVIDENCE)
_MONTHS = (
    QT_TRANSLATE_NOOP("Insights", "Jan"),
    QT_TRANSLATE_NOOP("Insights", "Feb"),
    QT_TRANSLATE_NOOP("Insights", "Mar"),
    QT_TRANSLATE_NOOP("Insights", "Apr"),
    QT_TRANSLATE_NOOP("Insights", "May"),
    QT_TRANSLATE_NOOP("Insights", "Jun"),
    QT_TRANSLATE_NOOP("Insights", "Jul"),
    QT_TRANSLATE_NOOP("Insights", "Aug"),
    QT_TRANSLATE_NOOP("Insights", "Sep"),
    QT_TRANSLATE_NOOP("Insights", "Oct"),
    QT_TRANSLATE_NOOP("Insights", "Nov"),
    QT_TRANSLATE_NOOP("Insights", "Dec"),
)

# Same shape as the grid's evidence rows ([0] id, [5] status, [6] supersedes), plus [7].
_EVIDENCE_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes,
       e.not_yet
FROM evidence e
WHERE e.student_id IN (SELECT en.student_id FROM enrollment en
                       WHERE en.class_id = :c AND en.deleted_hlc IS NULL)
  AND e.target_id IN (SELECT ct.target_id FROM class_target ct
                      WHERE ct.class_id = :c AND ct.deleted_hlc IS NULL)
ORDER BY e.produced_on, e.hlc
"""

_OVERRIDES_SQL = """
SELECT o.student_id, o.target_id, o.level, o.reason, o.date
FROM mastery_override o
WHERE o.deleted_hlc IS NULL
  AND o.student_id IN (SELECT en.student_id FROM enrollment en
                       WHERE en.class_id = :c AND en.deleted_hlc IS NULL)
ORDER BY o.date, o.hlc
"""


class Piece(NamedTuple):
    """One piece of evidence that stands, as insights read it (a tuple: there are many)."""

    produced_on: str
    level: float | None
    status: str
    not_yet: bool
    scored: bool  # a level was given (not missing, excused or withdrawn)


@dataclass
class ClassEvidence:
    """A class's academic grid and the standing evidence behind each of its cells.

    Load it once with :func:`load_class_evidence` and pass it as ``data=`` to the
    functions below to answer several questions from one read.
    """

    grid: ClassGrid
    targets_per_week: float | None
    #: (student id, target id) -> standing evidence, oldest first
    pieces: dict[tuple[str, str], list[Piece]]
    #: (student id, target id) -> (date, level, reason) of the override in force
    overrides: dict[tuple[str, str], tuple[str, float, str]]

    def cell(self, student_id: str, target_id: str) -> Cell:
        row = self._rows[student_id]
        column = self._columns[target_id]
        return self.grid.cell(row, column)

    def __post_init__(self) -> None:
        self._rows = {s.id: i for i, s in enumerate(self.grid.students)}
        self._columns = {t.id: i for i, t in enumerate(self.grid.targets)}


def load_class_evidence(session: Session, class_id: str) -> ClassEvidence:
    """Read one class: its academic grid, standing evidence per cell, overrides with dates."""
    grid = class_grid(session, class_id)
    school_class = session.get(SchoolClass, class_id)
    conn = session.connection()
    params = {"c": class_id}
    students = {s.id for s in grid.students}
    targets = {t.id for t in grid.targets}
    rows: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in conn.execute(text(_EVIDENCE_SQL), params):
        if r.student_id in students and r.target_id in targets:
            rows[(r.student_id, r.target_id)].append(r)
    pieces = {
        pair: [
            Piece(
                r.produced_on,
                float(r.level) if r.level is not None else None,
                r.status,
                bool(r.not_yet),
                r.status == "scored" and r.level is not None,
            )
            for r in effective_evidence(found)
        ]
        for pair, found in rows.items()
    }
    overrides = {
        (r.student_id, r.target_id): (str(r.date or ""), float(r.level), r.reason)
        for r in conn.execute(text(_OVERRIDES_SQL), params)
        if r.student_id in students and r.target_id in targets
    }
    return ClassEvidence(
        grid=grid,
        targets_per_week=school_class.targets_per_week if school_class else None,
        pieces=pieces,
        overrides=overrides,
    )


def _data(session: Session, class_id: str, data: ClassEvidence | None) -> ClassEvidence:
    if data is not None and data.grid.class_id == class_id:
        return data
    return load_class_evidence(session, class_id)


# ----- needs attention --------------------------------------------------------------------


@dataclass(frozen=True)
class Attention:
    """One thing a teacher may want to look at: a student, a target, and why."""

    student_id: str
    student: str
    target_id: str
    target_code: str
    kind: str  # one of KINDS
    reason: str  # one sentence the teacher reads (a translatable phrase)
    count: int = 0  # repeated_not_yet: how many "not yet"
    weeks: int = 0  # no_recent_evidence: weeks without evidence
    estimate_before: float | None = None  # estimate_fell: before the newest piece
    estimate_now: float | None = None  # estimate_fell: now


def needs_attention(
    session: Session,
    class_id: str,
    *,
    weeks_without_evidence: int = 3,
    today: date | None = None,
    data: ClassEvidence | None = None,
) -> list[Attention]:
    """Students and targets worth a look, in roster order, then target order.

    - ``repeated_not_yet``: two or more "not yet" on one target (evidence that stands);
    - ``no_recent_evidence``: a student not yet proficient whose newest scored evidence
      on a target is more than ``weeks_without_evidence`` weeks old, or who has none
      on a target the class began that long ago (a proficient student needs no more);
    - ``estimate_fell``: the estimate now is lower than it was before the newest piece,
      and below proficient (a fall from 4 to 3 is still proficient: not flagged)
      (by the target's own method; an estimate the teacher set is left alone).
    """
    data = _data(session, class_id, data)
    grid = data.grid
    today = today or date.today()
    limit_days = 7 * max(0, weeks_without_evidence)
    class_began: dict[str, str] = {}
    for (_student, target_id), pieces in data.pieces.items():
        scored = [p.produced_on for p in pieces if p.scored]
        if scored and (target_id not in class_began or scored[0] < class_began[target_id]):
            class_began[target_id] = scored[0]

    found: list[Attention] = []
    for row, student in enumerate(grid.students):
        for column, target in enumerate(grid.targets):
            pair = (student.id, target.id)
            pieces = data.pieces.get(pair, [])
            cell = grid.cell(row, column)

            who: dict[str, Any] = {
                "student_id": student.id,
                "student": student.name,
                "target_id": target.id,
                "target_code": target.code,
            }

            not_yet = sum(1 for p in pieces if p.not_yet)
            if not_yet >= 2:
                reason = QT_TRANSLATE_NOOP("Insights", "{count} 'not yet' on {target}")(
                    count=not_yet, target=target.code
                )
                found.append(
                    Attention(**who, kind="repeated_not_yet", reason=reason, count=not_yet)
                )

            if cell.status != Status.PROFICIENT and target.id in class_began:
                scored = [p.produced_on for p in pieces if p.scored]
                since = scored[-1] if scored else class_began[target.id]
                days = _days_since(since, today)
                if days is not None and days > limit_days:
                    weeks = days // 7
                    reason = _no_recent_reason(target.code, weeks, scored=bool(scored))
                    found.append(
                        Attention(**who, kind="no_recent_evidence", reason=reason, weeks=weeks)
                    )

            if not cell.overridden:
                scores = [p.level for p in pieces if p.scored and p.level is not None]
                if len(scores) >= 2:
                    now = compute_cell(scores, target.method, target.method_param, grid.scale)
                    before = compute_cell(
                        scores[:-1], target.method, target.method_param, grid.scale
                    )
                    if (
                        now.estimate is not None
                        and before.estimate is not None
                        and not reaches(now.estimate, before.estimate)
                        # a fall within proficient (4 to 3) needs no one's attention
                        and not reaches(now.estimate, grid.scale.proficient_value)
                    ):
                        reason = QT_TRANSLATE_NOOP(
                            "Insights", "Estimate on {target} fell from {before} to {now}"
                        )(
                            target=target.code,
                            before=format_number(before.estimate),
                            now=format_number(now.estimate),
                        )
                        found.append(
                            Attention(
                                **who,
                                kind="estimate_fell",
                                reason=reason,
                                estimate_before=before.estimate,
                                estimate_now=now.estimate,
                            )
                        )
    return found


def _no_recent_reason(code: str, weeks: int, *, scored: bool) -> Phrase:
    """Why a student with no recent evidence on a target needs a look (one week or many)."""
    if scored:
        template = (
            QT_TRANSLATE_NOOP("Insights", "No evidence on {target} for 1 week")
            if weeks == 1
            else QT_TRANSLATE_NOOP("Insights", "No evidence on {target} for {weeks} weeks")
        )
    else:
        template = (
            QT_TRANSLATE_NOOP(
                "Insights", "No evidence yet on {target}, which the class began 1 week ago"
            )
            if weeks == 1
            else QT_TRANSLATE_NOOP(
                "Insights", "No evidence yet on {target}, which the class began {weeks} weeks ago"
            )
        )
    return template(target=code, weeks=weeks)


def _days_since(iso: str, today: date) -> int | None:
    try:
        return (today - date.fromisoformat(iso[:10])).days
    except ValueError:
        return None


# ----- flexible groups --------------------------------------------------------------------


@dataclass(frozen=True)
class GroupMember:
    """A student not yet proficient on the chosen target."""

    student_id: str
    name: str
    status: Status  # not proficient: not yet, in progress or no evidence
    estimate: float | None
    level_label: str

    @property
    def status_words(self) -> str:
        """What the list says beside the name: "2 Developing", "Not yet (1 Beginning)"."""
        number = format_number(self.estimate)
        level: str = number
        if self.level_label:
            level = (
                QT_TRANSLATE_NOOP("Insights", "{number} {level}")(
                    number=number, level=program_word(self.level_label)
                )
                if number
                else program_word(self.level_label)
            )
        if self.status == Status.NOT_YET:
            if level:
                return QT_TRANSLATE_NOOP("Insights", "Not yet, revision open ({level})")(
                    level=level
                )
            return QT_TRANSLATE_NOOP("Insights", "Not yet, revision open")()
        if self.status == Status.NO_EVIDENCE:
            return QT_TRANSLATE_NOOP("Insights", "No evidence yet")()
        return level or QT_TRANSLATE_NOOP("Insights", "Evidence, no estimate yet")()


def flexible_group(
    session: Session, class_id: str, target_id: str, *, data: ClassEvidence | None = None
) -> list[GroupMember]:
    """The students not yet proficient on one target, in roster order."""
    data = _data(session, class_id, data)
    grid = data.grid
    columns = [t.id for t in grid.targets]
    if target_id not in columns:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Insights", "That target is not one of this class's learning targets."
            )()
        )
    column = columns.index(target_id)
    members = []
    for row, student in enumerate(grid.students):
        cell = grid.cell(row, column)
        if cell.status in NOT_PROFICIENT:
            members.append(
                GroupMember(
                    student_id=student.id,
                    name=student.name,
                    status=cell.status,
                    estimate=cell.estimate,
                    level_label=cell.level.label if cell.level else "",
                )
            )
    return members


def group_as_text(members: list[GroupMember], target_code: str) -> str:
    """A list to paste into a message or a plan: a heading line, then one line a student."""
    lines: list[str] = [
        QT_TRANSLATE_NOOP("Insights", "{target} — not yet proficient ({count}):")(
            target=target_code, count=len(members)
        )
    ]
    lines += [
        QT_TRANSLATE_NOOP("Insights", "{name} — {status}")(name=m.name, status=m.status_words)
        for m in members
    ]
    return phrases.join("\n", lines)


# ----- pace -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StudentPace:
    student_id: str
    name: str
    counts: tuple[int, ...]  # targets proficient at the end of each week


@dataclass(frozen=True)
class PaceSeries:
    """Targets proficient per student, week by week, against the class's plan."""

    class_id: str
    target_count: int
    targets_per_week: float | None
    week_ends: tuple[date, ...]  # the Sunday that ends each week, week 1 first
    planned: tuple[float, ...] | None  # targets_per_week x week, at most target_count
    median: tuple[float, ...]
    students: tuple[StudentPace, ...]

    @property
    def weeks(self) -> int:
        return len(self.week_ends)

    def student(self, student_id: str | None) -> StudentPace | None:
        return next((s for s in self.students if s.student_id == student_id), None)

    def summary(self, week: int | None = None, student_id: str | None = None) -> str:
        """One sentence for a week (1-based; the latest by default), for every reader."""
        if not self.week_ends:
            return QT_TRANSLATE_NOOP(
                "Insights", "No evidence yet in this class, so there is no pace to show."
            )()
        week = self.weeks if week is None else max(1, min(week, self.weeks))
        i = week - 1
        monday = self.week_ends[i] - timedelta(days=6)
        median = QT_TRANSLATE_NOOP(
            "Insights",
            "Week {week} (from {day} {month}): median {median} of {total} targets proficient",
        )(
            week=week,
            day=monday.day,
            month=_MONTHS[monday.month - 1](),
            median=format_number(self.median[i]),
            total=self.target_count,
        )
        plan = (
            QT_TRANSLATE_NOOP("Insights", "plan {planned}")(planned=format_number(self.planned[i]))
            if self.planned is not None
            else QT_TRANSLATE_NOOP("Insights", "no plan set for the class")()
        )
        pace = self.student(student_id)
        if pace is None:
            return QT_TRANSLATE_NOOP("Insights", "{median}, {plan}.")(median=median, plan=plan)
        return QT_TRANSLATE_NOOP("Insights", "{median}, {plan}, {student} {count}.")(
            median=median, plan=plan, student=pace.name, count=pace.counts[i]
        )


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def pace(
    session: Session,
    class_id: str,
    *,
    today: date | None = None,
    data: ClassEvidence | None = None,
) -> PaceSeries:
    """Week by week from the class's first evidence to today: targets each student had
    reached (the estimate from the evidence produced by the week's end, by the target's
    method; an override counts from its date), the class median, and the plan."""
    data = _data(session, class_id, data)
    grid = data.grid
    today = today or date.today()
    dates = [p.produced_on for pieces in data.pieces.values() for p in pieces if p.scored]
    first = min(dates, default=None)
    week_ends: list[date] = []
    if first is not None:
        try:
            start = _monday(date.fromisoformat(first[:10]))
        except ValueError:
            start = _monday(today)
        end = _monday(max(today, start)) + timedelta(days=6)
        week_end = start + timedelta(days=6)
        while week_end <= end:
            week_ends.append(week_end)
            week_end += timedelta(weeks=1)
    ends = [d.isoformat() for d in week_ends]
    target_count = len(grid.targets)

    students = []
    for student in grid.students:
        counts = [0] * len(ends)
        for target in grid.targets:
            pair = (student.id, target.id)
            scored = [p for p in data.pieces.get(pair, []) if p.scored]
            override = data.overrides.get(pair)
            used = -1
            overridden = False
            reached = False
            for i, end_iso in enumerate(ends):
                # the scores produced by the week's end (dates are ISO, so strings compare)
                n = used if used >= 0 else 0
                while n < len(scored) and scored[n].produced_on[:10] <= end_iso:
                    n += 1
                in_force = override is not None and override[0][:10] <= end_iso
                if n != used or in_force != overridden:
                    used, overridden = n, in_force
                    cell = compute_cell(
                        [p.level for p in scored[:n]],  # type: ignore[misc]
                        target.method,
                        target.method_param,
                        grid.scale,
                        override=(override[1], override[2]) if in_force and override else None,
                    )
                    reached = cell.status == Status.PROFICIENT
                if reached:
                    counts[i] += 1
        students.append(StudentPace(student.id, student.name, tuple(counts)))

    median = tuple(
        float(statistics.median(s.counts[i] for s in students)) if students else 0.0
        for i in range(len(ends))
    )
    planned = None
    if data.targets_per_week:
        planned = tuple(
            round(min(float(target_count), data.targets_per_week * (i + 1)), 2)
            for i in range(len(ends))
        )
    return PaceSeries(
        class_id=class_id,
        target_count=target_count,
        targets_per_week=data.targets_per_week,
        week_ends=tuple(week_ends),
        planned=planned,
        median=median,
        students=tuple(students),
    )
