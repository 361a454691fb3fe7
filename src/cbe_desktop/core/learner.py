"""One learner across classes, terms and years.

A student is one ``Student`` row enrolled in many classes: rosters from OneRoster or a
CSV find the same row again by its SIS ``sourcedId`` or student number (``imports``).
Two rows typed by hand for one person are joined by a merge the teacher confirms
(:func:`merge_students`): the second row's ``merged_into`` names the first, nothing
else changes, and :func:`unmerge_students` undoes it; both travel in sync files as any
change of a student does.

A target is the same target across classes when it comes from the same framework item:
the same row, or rows with the same CASE identifier (``source_id``), or else the same
code (:func:`target_key`).

Whether evidence from another class or an earlier year counts toward a learner's
estimate is the school's setting ``earlier_evidence`` (:data:`EARLIER_EVIDENCE`):
- ``this_class``: only the class's own evidence counts (the earlier is shown, not counted);
- ``all_evidence``: every piece counts, in the order it was produced;
- ``proficient_stays``: the class's own evidence counts, and a target reached in an
  earlier class stays proficient ("proficient stays proficient").
Every estimate made so says so in its explanation.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple, Protocol, TypeVar

from sqlmodel import Session, select

from cbe_desktop.core import mastery
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import standing_ids
from cbe_desktop.core.gradebook import Cell, compute_cell, fetch_rows
from cbe_desktop.core.mastery import Method
from cbe_desktop.core.models import (
    ClassTarget,
    Enrollment,
    ModifiedTarget,
    Revision,
    SchoolClass,
    Student,
    Target,
    sort_key,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.core.scales import ScaleInfo, format_number, load_scale, program_word
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.status import Status
from cbe_desktop.core.store import Store

#: The school's choices for evidence from another class or an earlier year.
EARLIER_EVIDENCE = ("this_class", "all_evidence", "proficient_stays")
EARLIER_EVIDENCE_WORDS = {
    "this_class": QT_TRANSLATE_NOOP("Learner", "only the class's own evidence counts"),
    "all_evidence": QT_TRANSLATE_NOOP(
        "Learner", "evidence from earlier classes and years counts too"
    ),
    "proficient_stays": QT_TRANSLATE_NOOP(
        "Learner", "a target reached in an earlier class stays proficient"
    ),
}


def earlier_evidence_rule(session: Session) -> str:
    value = get_setting(session, "earlier_evidence")
    return value if value in EARLIER_EVIDENCE else "all_evidence"


def target_key(target: Target) -> str:
    """What makes two targets of two classes the same framework item."""
    return framework_item_key(target.id, target.source_id, target.code)


def framework_item_key(target_id: str, source_id: str | None, code: str) -> str:
    """:func:`target_key` from a target's columns (rows read without the ORM)."""
    if source_id:
        return f"case:{source_id.strip().casefold()}"
    if code.strip():
        return f"code:{code.strip().casefold()}"
    return f"id:{target_id}"


def target_keys(session: Session, target_ids: Iterable[str]) -> dict[str, str]:
    """:func:`target_key` of each of these targets that exists, deleted or not, in one
    query (a class's term marks key every piece of evidence of thirty histories)."""
    ids = sorted(set(target_ids))
    if not ids:
        return {}
    rows = session.exec(
        select(Target.id, Target.source_id, Target.code).where(
            Target.id.in_(ids)  # type: ignore[attr-defined]
        )
    ).all()
    return {row.id: framework_item_key(row.id, row.source_id, row.code) for row in rows}


# ----- one learner, many student records ----------------------------------------------


def find_student(session: Session, name_or_id: str) -> Student:
    """A live student by id, SIS sourcedId, student number or name (case-insensitive)."""
    wanted = name_or_id.strip()
    row = session.get(Student, wanted)
    if row is not None and row.deleted_hlc is None:
        return row
    students = session.exec(select(Student).where(Student.deleted_hlc.is_(None))).all()
    folded = wanted.casefold()
    for pick in (
        lambda s: (s.source_id or "").casefold() == folded,
        lambda s: s.student_number.strip().casefold() == folded,
        lambda s: (
            s.display_name.casefold() == folded
            or f"{s.given_name} {s.family_name}".strip().casefold() == folded
        ),
    ):
        found = [s for s in students if pick(s)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Learner",
                    "{count} students are called {name}; name one by its id instead ({ids}).",
                )(count=len(found), name=repr(name_or_id), ids=", ".join(s.id for s in found))
            )
    raise NotFoundError(
        QT_TRANSLATE_NOOP(
            "Learner",
            "There is no student called {name}; give a name, a student number or an id.",
        )(name=repr(name_or_id))
    )


def learner_of(session: Session, student_id: str) -> Student:
    """The student record that stands for this learner (following merges)."""
    row = session.get(Student, student_id)
    seen: set[str] = set()
    while row is not None and row.merged_into and row.id not in seen:
        seen.add(row.id)
        nxt = session.get(Student, row.merged_into)
        if nxt is None or nxt.deleted_hlc is not None:
            break
        row = nxt
    if row is None or row.deleted_hlc is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Learner", "That student no longer exists.")())
    return row


def learner_id(session: Session, student_id: str) -> str:
    """The id of the student record that stands for this learner (following merges), for
    the window; raises ``NotFoundError`` as :func:`learner_of` does."""
    return learner_of(session, student_id).id


def learner_ids(session: Session, student_id: str) -> list[str]:
    """Every student record of one learner: the one that stands, then those merged into it."""
    head = learner_of(session, student_id)
    ids = [head.id]
    frontier = [head.id]
    while frontier:
        rows = session.exec(
            select(Student.id).where(
                Student.merged_into.in_(frontier),  # type: ignore[union-attr]
                Student.deleted_hlc.is_(None),
            )
        ).all()
        frontier = [r for r in rows if r not in ids]
        ids.extend(frontier)
    return ids


def learner_groups(session: Session, student_ids: Iterable[str]) -> dict[str, list[str]]:
    """:func:`learner_ids` of many student records at once: for each, every record of its
    learner (the one that stands first), in a few queries instead of a few per student.

    Raises ``NotFoundError`` as :func:`learner_of` does when one of them no longer exists.
    """
    wanted = list(dict.fromkeys(student_ids))
    # Each record asked for, and the records its merges lead to (a chain, rarely two long).
    merged_into: dict[str, str | None] = {}
    deleted: set[str] = set()
    asked: set[str] = set()
    frontier = set(wanted)
    while frontier:
        asked |= frontier
        rows = session.exec(
            select(Student.id, Student.merged_into, Student.deleted_hlc).where(
                Student.id.in_(sorted(frontier))  # type: ignore[attr-defined]
            )
        ).all()
        for row in rows:
            merged_into[row.id] = row.merged_into
            if row.deleted_hlc is not None:
                deleted.add(row.id)
        frontier = {row.merged_into for row in rows if row.merged_into} - asked
    heads: dict[str, str] = {}
    for student_id in wanted:
        head = student_id if student_id in merged_into else None
        seen: set[str] = set()
        while head is not None and merged_into[head] and head not in seen:  # as learner_of
            seen.add(head)
            nxt = merged_into[head]
            if nxt not in merged_into or nxt in deleted:
                break
            head = nxt
        if head is None or head in deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Learner", "That student no longer exists.")())
        heads[student_id] = head
    # The records merged into each head, level by level for all heads at once.
    children: dict[str, list[str]] = defaultdict(list)
    expanded: set[str] = set()
    frontier = set(heads.values())
    while frontier:
        expanded |= frontier
        kids = session.exec(
            select(Student.id, Student.merged_into).where(
                Student.merged_into.in_(sorted(frontier)),  # type: ignore[union-attr]
                Student.deleted_hlc.is_(None),
            )
        ).all()
        for kid in kids:
            if kid.merged_into:
                children[kid.merged_into].append(kid.id)
        frontier = {kid.id for kid in kids} - expanded
    groups: dict[str, list[str]] = {}
    for student_id, head in heads.items():
        ids = [head]
        level = [head]
        while level:  # as learner_ids: each level, those not met yet
            level = [c for parent in level for c in children.get(parent, ()) if c not in ids]
            level = list(dict.fromkeys(level))
            ids.extend(level)
        groups[student_id] = ids
    return groups


def merge_students(store: Store, keep_id: str, merged_id: str) -> Changes:
    """The teacher confirms that two student records are one learner: ``merged_id``'s
    evidence, classes and years count as ``keep_id``'s. Undone by :func:`unmerge_students`."""
    with store.transaction() as tx:
        session = tx.session
        keep = learner_of(session, keep_id)
        merged = learner_of(session, merged_id)
        if keep.id == merged.id:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Learner", "{name} is already one learner; choose two different students."
                )(name=keep.display_name)
            )
        if keep.source_id and merged.source_id and keep.source_id != merged.source_id:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Learner",
                    "{first} and {second} have different identifiers from the school's "
                    "information system, so they are two people; nothing was merged.",
                )(first=keep.display_name, second=merged.display_name)
            )
        merged.merged_into = keep.id
        tx.touch(merged)
    return Changes(students=frozenset({keep.id, merged.id}), everything=True)


def unmerge_students(store: Store, merged_id: str) -> Changes:
    """Undo a merge: the record is its own learner again (nothing else changed)."""
    with store.transaction() as tx:
        row = tx.session.get(Student, merged_id)
        if row is None or row.deleted_hlc is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Learner", "That student no longer exists.")())
        if not row.merged_into:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Learner", "{name} was not merged into another student; nothing to undo."
                )(name=row.display_name)
            )
        kept = row.merged_into
        row.merged_into = None
        tx.touch(row)
    return Changes(students=frozenset({merged_id, kept}), everything=True)


# ----- the evidence of one learner ----------------------------------------------------


class Piece(NamedTuple):
    """One piece of evidence that stands, as the learner's record shows it (a named
    tuple: a class's term marks make a hundred thousand of them)."""

    evidence_id: str
    produced_on: str
    level: float | None
    status: str
    not_yet: bool
    feedback: str
    class_id: str | None
    class_label: str
    task_title: str
    target_id: str


def _class_label(cls: SchoolClass | None) -> str:
    if cls is None:
        return ""
    return f"{cls.name} ({cls.term})" if cls.term else cls.name


# Cell by cell (record, target, then oldest first): a class's rows grouped as they come.
_ROWS_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes,
       e.class_id, e.hlc
FROM evidence e
WHERE e.student_id IN ({ids})
ORDER BY e.student_id, e.target_id, e.produced_on, e.hlc
"""


class PieceRow(NamedTuple):
    """A row of :data:`_ROWS_SQL`: a piece of evidence as read, standing or not, with
    what counting it needs (:func:`pieces_of` reads the rest: its words)."""

    id: str
    student_id: str
    target_id: str
    produced_on: str
    level: float | None
    status: str
    supersedes: str | None
    class_id: str | None
    hlc: str


def _piece_rows(session: Session, ids: Iterable[str]) -> list[PieceRow]:
    """Every evidence row of these student records, cell by cell, in one query."""
    params = {f"s{i}": sid for i, sid in enumerate(ids)}
    if not params:
        return []
    sql = _ROWS_SQL.format(ids=", ".join(f":{name}" for name in params))
    # (Each row made a PieceRow in C: ``_make`` is a Python call per row, of a hundred
    # thousand for a school's term marks; the query gives every field, in order.)
    return list(map(partial(tuple.__new__, PieceRow), fetch_rows(session, sql, params)))


class _Linked(Protocol):
    """What deciding whether evidence stands reads of a row."""

    @property
    def id(self) -> str: ...
    @property
    def supersedes(self) -> str | None: ...
    @property
    def status(self) -> str: ...


Row = TypeVar("Row", bound=_Linked)


def standing_rows(rows: list[Row]) -> list[Row]:
    """The rows that stand, as ``gradebook.effective_evidence`` says: not superseded by a
    standing row, and not a retraction. Only the rows a correction or retraction links
    are walked (``standing_ids``); a row nothing supersedes, superseding nothing, stands."""
    superseded = {row.supersedes for row in rows if row.supersedes}
    if not superseded:
        return [row for row in rows if row.status != "retracted"]
    linked = [row for row in rows if row.supersedes or row.id in superseded]
    standing = standing_ids((row.id, row.supersedes) for row in linked)
    fallen = {row.id for row in linked if row.id not in standing}
    return [row for row in rows if row.id not in fallen and row.status != "retracted"]


_PIECES_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes,
       e.not_yet, e.feedback, e.class_id, c.name AS class_name, c.term AS class_term,
       t.title AS task_title
FROM evidence e
LEFT JOIN school_class c ON c.id = e.class_id
LEFT JOIN task t ON t.id = e.task_id
WHERE e.{column} IN ({ids})
ORDER BY e.produced_on, e.hlc
"""


class PieceRecord(NamedTuple):
    """A row of :data:`_PIECES_SQL`: a piece of evidence with its words."""

    id: str
    student_id: str
    target_id: str
    produced_on: str
    level: float | None
    status: str
    supersedes: str | None
    not_yet: bool | int | None
    feedback: str | None
    class_id: str | None
    class_name: str | None
    class_term: str | None
    task_title: str | None

    def piece(self) -> Piece:
        name, term = self.class_name, self.class_term
        return Piece(
            evidence_id=self.id,
            produced_on=self.produced_on,
            level=self.level,
            status=self.status,
            not_yet=bool(self.not_yet),
            feedback=self.feedback or "",
            class_id=self.class_id,
            class_label=f"{name} ({term})" if name and term else (name or ""),
            task_title=self.task_title or "",
            target_id=self.target_id,
        )


def _records(session: Session, column: str, ids: Iterable[str]) -> list[PieceRecord]:
    params = {f"s{i}": value for i, value in enumerate(ids)}
    if not params:
        return []
    sql = _PIECES_SQL.format(column=column, ids=", ".join(f":{name}" for name in params))
    return list(map(partial(tuple.__new__, PieceRecord), fetch_rows(session, sql, params)))


_LOOKUP_CHUNK = 500  # evidence ids per query of pieces_of


def pieces_of(session: Session, rows: list[PieceRow]) -> list[Piece]:
    """These rows as the learner's record shows them: with their feedback, their task's
    title and their class's name and term (read by id, a few hundred at a time)."""
    ids = sorted({row.id for row in rows})
    found: dict[str, Piece] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        for record in _records(session, "id", ids[start : start + _LOOKUP_CHUNK]):
            found[record.id] = record.piece()
    return [found[row.id] for row in rows]


def learner_pieces(session: Session, ids: Iterable[str]) -> list[Piece]:
    """Every piece of evidence that stands for these student records, oldest first
    (one query: a class of 32 learners' whole history reads in well under a second)."""
    return [record.piece() for record in standing_rows(_records(session, "student_id", ids))]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a class's evidence is read and counted.

    The collector starts each time some hundreds of objects have been made, and now and
    then walks every object of the program; reading a class's hundred thousand rows of
    evidence would start it hundreds of times for nothing (rows, pieces and cells make
    no reference cycles), a third of the time a class's term marks take. Mercurial's
    ``util.nogc`` does the same when it builds big dictionaries. The collector is started
    again after (unless it was off before), and collects then what it would have.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@dataclass(frozen=True)
class History:
    """One learner's evidence, read for a class's term marks.

    ``rows``: every row of their records, standing or not; ``standing``: those that
    stand (the rows of the pieces :func:`learner_pieces` gives; :func:`pieces_of` makes
    them pieces); ``by_target``: the standing rows of each target, oldest first."""

    ids: tuple[str, ...]
    rows: list[PieceRow]
    standing: list[PieceRow]
    by_target: dict[str, list[PieceRow]]


def chronological(rows: Iterable[PieceRow]) -> list[PieceRow]:
    """Rows in the order they were produced (and typed in, for one day), oldest first."""
    return sorted(rows, key=attrgetter("produced_on", "hlc"))


def learner_histories(session: Session, student_ids: Iterable[str]) -> dict[str, History]:
    """The history of the learner of each of these student records (a class's roster),
    read in one query (and a few to find the records merged into one learner), not a few
    per student. The rows come cell by cell (record, target, then oldest first), so that
    they are grouped without a dictionary lookup for each of them."""
    groups = learner_groups(session, student_ids)
    every_id = sorted({i for ids in groups.values() for i in ids})
    rows = _piece_rows(session, every_id)
    by_record = {sid: list(mine) for sid, mine in groupby(rows, key=attrgetter("student_id"))}
    made: dict[tuple[str, ...], History] = {}
    for ids in groups.values():
        key = tuple(ids)
        if key in made:
            continue
        mine = [row for i in ids for row in by_record.get(i, ())]
        standing = standing_rows(mine)
        cells = standing
        if len(ids) > 1:  # records merged into one learner: each target's rows together
            cells = sorted(standing, key=attrgetter("target_id", "produced_on", "hlc"))
        by_target = {
            target_id: list(cell) for target_id, cell in groupby(cells, attrgetter("target_id"))
        }
        made[key] = History(key, mine, standing, by_target)
    return {student_id: made[tuple(ids)] for student_id, ids in groups.items()}


def reached_on(
    pieces: list[Piece], method: str, param: float | None, scale: ScaleInfo
) -> Piece | None:
    """The piece of evidence with which the estimate first reached proficient."""
    method, param, _ = mastery.settle(method, param)
    scores: list[float] = []
    for piece in pieces:
        if piece.status != "scored" or piece.level is None:
            continue
        scores.append(float(piece.level))
        estimate = mastery.calculate(
            method,
            scores,
            param=param,
            mastery_threshold=scale.proficient_value,
            scale_min=scale.min_value,
            scale_max=scale.max_value,
        )
        if estimate is not None and estimate >= scale.proficient_value - 1e-9:
            return piece
    return None


class Scored(Protocol):
    """What counting a piece of evidence reads: a :class:`Piece`, or its row as read."""

    @property
    def produced_on(self) -> str: ...
    @property
    def level(self) -> float | None: ...
    @property
    def status(self) -> str: ...


def count_scores(pieces: Sequence[Scored]) -> tuple[list[float], int, int]:
    """Scores (in order), missing and excused counts of these pieces, as
    ``gradebook.tally`` counts the rows of a cell."""
    scores: list[float] = []
    add = scores.append
    missing = excused = 0
    for piece in pieces:
        status = piece.status
        if status == "scored":
            if piece.level is not None:
                try:
                    add(float(piece.level))
                except (TypeError, ValueError):  # only a store written by hand holds such
                    continue
        elif status == "missing":
            missing += 1
        elif status == "excused":
            excused += 1
    return scores, missing, excused


def estimate_with_earlier(
    *,
    own: Sequence[Scored],
    earlier: list[Piece],
    rule: str,
    method: str,
    param: float | None,
    scale: ScaleInfo,
    open_not_yet: int = 0,
    override: tuple[float, str] | None = None,
) -> Cell:
    """A learner's estimate on one target of a class, counting ``earlier`` evidence (from
    other classes and years, same framework item) as the school's ``rule`` says.

    ``own``: the class's pieces, or their rows as read (only their dates, levels and
    statuses count)."""
    counted = own
    if rule == "all_evidence" and earlier:
        counted = sorted([*own, *earlier], key=lambda p: p.produced_on)
    scores, missing, excused = count_scores(counted)
    cell = compute_cell(
        scores,
        method,
        param,
        scale,
        open_not_yet=open_not_yet,
        missing=missing,
        excused=excused,
        override=override,
    )
    if not earlier or cell.overridden:
        return cell
    if rule == "all_evidence":
        return replace(
            cell,
            told=QT_TRANSLATE_NOOP(
                "Learner", "{explanation} ({count} from earlier classes or years count too)"
            )(explanation=cell.explanation, count=len(earlier)),
        )
    if rule == "proficient_stays" and cell.status != Status.PROFICIENT:
        first = reached_on(earlier, method, param, scale)
        if first is not None:
            e_scores, _, _ = count_scores(earlier)
            best = mastery.calculate(
                mastery.settle(method, param)[0],
                e_scores,
                param=mastery.settle(method, param)[1],
                mastery_threshold=scale.proficient_value,
                scale_min=scale.min_value,
                scale_max=scale.max_value,
            )
            value = max(
                scale.proficient_value,
                best if best is not None else scale.proficient_value,
                cell.estimate if cell.estimate is not None else scale.min_value,
            )
            level = scale.level_at(value)
            return replace(
                cell,
                estimate=value,
                level=level,
                status=Status.PROFICIENT,
                told=QT_TRANSLATE_NOOP(
                    "Learner",
                    "Proficient since {date} in {klass}; proficient stays proficient "
                    "(the school's setting) — {level}",
                )(
                    date=first.produced_on,
                    klass=first.class_label or "—",
                    level=program_word(level.label) if level else format_number(value),
                ),
            )
    if rule == "this_class":
        return replace(
            cell,
            told=QT_TRANSLATE_NOOP(
                "Learner",
                "{explanation} ({count} from earlier classes or years shown, not counted: "
                "the school's setting)",
            )(explanation=cell.explanation, count=len(earlier)),
        )
    return cell


# ----- the learner's record -----------------------------------------------------------


@dataclass(frozen=True)
class RecordTarget:
    key: str
    code: str
    statement: str
    status: Status
    estimate: float | None
    level_label: str
    explanation: str
    reached_on: str  # "" when not reached
    reached_in: str
    pieces: tuple[Piece, ...]
    open_not_yet: tuple[str, ...]  # the next steps still open
    #: Modified for the learner's individual plan (IEP): the note (None: not modified).
    modified: str | None = None


@dataclass(frozen=True)
class RecordCompetency:
    code: str
    title: str
    targets: tuple[RecordTarget, ...]

    @property
    def reached(self) -> int:
        return sum(1 for t in self.targets if t.status == Status.PROFICIENT)


@dataclass(frozen=True)
class RecordClass:
    id: str
    label: str
    archived: bool


@dataclass
class LearnerRecord:
    student_id: str
    name: str
    student_number: str
    source_id: str
    merged_names: list[str]
    rule: str
    rule_words: Phrase
    classes: list[RecordClass] = field(default_factory=list)
    competencies: list[RecordCompetency] = field(default_factory=list)

    @property
    def open_not_yet(self) -> int:
        return sum(len(t.open_not_yet) for c in self.competencies for t in c.targets)


def _class_order(cls: SchoolClass) -> tuple[str, str, str]:
    """Classes in the order of their terms (as schools write them, "2026-27 Fall"), then
    by name: the same on every laptop and every run."""
    return (sort_key(cls.term), sort_key(cls.name), cls.id)


def _target_order(
    target: Target, aligned: dict[str, str], classes: dict[str, SchoolClass]
) -> tuple[str, str, str]:
    """Targets of one framework item, the one the newest class teaches last."""
    return _class_order(classes[aligned[target.id]]) if target.id in aligned else ("", "", "")


def learner_record(session: Session, student_id: str) -> LearnerRecord:
    """One student across every class and year: each competency and target, when it was
    reached, the evidence behind it, and the "not yet" still open."""
    head = learner_of(session, student_id)
    ids = learner_ids(session, head.id)
    rule = earlier_evidence_rule(session)
    merged_names = [
        s.display_name for s in (session.get(Student, i) for i in ids[1:]) if s is not None
    ]
    class_ids = set(
        session.exec(
            select(Enrollment.class_id).where(
                Enrollment.student_id.in_(ids),  # type: ignore[attr-defined]
                Enrollment.deleted_hlc.is_(None),
            )
        ).all()
    )
    pieces = learner_pieces(session, ids)
    class_ids |= {p.class_id for p in pieces if p.class_id}
    classes = [
        c
        for c in (session.get(SchoolClass, i) for i in class_ids)
        if c is not None and c.deleted_hlc is None
    ]
    classes.sort(key=_class_order)
    record = LearnerRecord(
        student_id=head.id,
        name=head.display_name,
        student_number=head.student_number,
        source_id=head.source_id or "",
        merged_names=merged_names,
        rule=rule,
        rule_words=EARLIER_EVIDENCE_WORDS[rule](),
        classes=[RecordClass(c.id, _class_label(c), c.archived) for c in classes],
    )
    # The targets the classes teach, and those the learner has evidence on.
    aligned: dict[str, str] = {}  # target id -> class id (the newest class teaching it)
    for cls in classes:
        for tid in session.exec(
            select(ClassTarget.target_id).where(
                ClassTarget.class_id == cls.id, ClassTarget.deleted_hlc.is_(None)
            )
        ).all():
            aligned[tid] = cls.id
    target_ids = set(aligned) | {p.target_id for p in pieces}
    targets = {
        t.id: t
        for t in (session.get(Target, i) for i in target_ids)
        if t is not None and t.deleted_hlc is None
    }
    by_key: dict[str, list[Target]] = defaultdict(list)
    for t in targets.values():
        by_key[target_key(t)].append(t)
    pieces_by_key: dict[str, list[Piece]] = defaultdict(list)
    for p in pieces:
        if p.target_id in targets:
            pieces_by_key[target_key(targets[p.target_id])].append(p)
    open_steps: dict[str, list[str]] = defaultdict(list)
    for rev in session.exec(
        select(Revision).where(
            Revision.student_id.in_(ids),  # type: ignore[attr-defined]
            Revision.state == "open",
            Revision.deleted_hlc.is_(None),
        )
    ).all():
        if rev.target_id in targets:
            open_steps[target_key(targets[rev.target_id])].append(rev.next_step)
    modified: dict[str, str] = {}
    for row in session.exec(
        select(ModifiedTarget).where(
            ModifiedTarget.student_id.in_(ids),  # type: ignore[attr-defined]
            ModifiedTarget.deleted_hlc.is_(None),
        )
    ).all():
        if row.target_id in targets:
            modified[target_key(targets[row.target_id])] = row.note
    class_by_id = {c.id: c for c in classes}
    groups: dict[tuple[str, str], list[RecordTarget]] = defaultdict(list)
    order: dict[tuple[str, str], tuple] = {}
    for key, rows in by_key.items():
        rows.sort(
            key=lambda t: _class_order(class_by_id[aligned[t.id]]) if t.id in aligned else ("", "")
        )
        newest = rows[-1]
        newest_class = class_by_id.get(aligned.get(newest.id, ""))
        scale = load_scale(session, newest_class.scale_id if newest_class else None)
        method, param = (cls.method, cls.method_param) if cls else (Method.LATEST, None)
        ct = (
            session.exec(
                select(ClassTarget).where(
                    ClassTarget.class_id == cls.id,
                    ClassTarget.target_id == newest.id,
                    ClassTarget.deleted_hlc.is_(None),
                )
            ).first()
            if cls
            else None
        )
        if ct is not None and ct.method:
            method, param = ct.method, ct.method_param
        mine = pieces_by_key.get(key, [])
        own = [p for p in mine if cls is None or p.class_id in (cls.id, None)]
        earlier = [p for p in mine if p not in own]
        cell = estimate_with_earlier(
            own=own,
            earlier=earlier,
            rule=rule,
            method=method,
            param=param,
            scale=scale,
            open_not_yet=len(open_steps.get(key, [])),
        )
        counted = sorted([*own, *earlier], key=lambda p: p.produced_on)
        first = reached_on(counted if rule != "this_class" else own, method, param, scale)
        if first is None and rule == "proficient_stays":
            first = reached_on(earlier, method, param, scale)
        parent = targets.get(newest.parent_id or "") or (
            session.get(Target, newest.parent_id) if newest.parent_id else None
        )
        group = (parent.code if parent else "", parent.statement if parent else "")
        order.setdefault(group, (parent.position if parent else 10**6, group))
        groups[group].append(
            RecordTarget(
                key=key,
                code=newest.code,
                statement=newest.statement,
                status=cell.status,
                estimate=cell.estimate,
                level_label=program_word(cell.level.label) if cell.level else "",
                explanation=cell.explanation,
                reached_on=first.produced_on if first and cell.status == Status.PROFICIENT else "",
                reached_in=first.class_label if first and cell.status == Status.PROFICIENT else "",
                pieces=tuple(mine),
                open_not_yet=tuple(open_steps.get(key, [])),
                modified=modified.get(key),
            )
        )
    for group in sorted(groups, key=lambda g: order[g]):
        items = sorted(groups[group], key=lambda t: (t.code, t.statement))
        record.competencies.append(RecordCompetency(group[0], group[1], tuple(items)))
    return record
