"""What the teacher decides about term marks, kept as synced rows: a mark set instead of
the rules' (an override, with a reason), a term closed (its marks stored, so later
evidence changes nothing) or reopened, and targets modified for a student's individual
plan (IEP).

Every operation is one transaction and checks everything first: bad input (an unknown
class, student or period, a reason left empty) is refused in one sentence and changes
nothing. A mark's rows are found by what they are about (class, student, period and
which mark), and changed in place or brought back, so that two laptops changing the same
mark meet as two versions of one row: a conflict like any score (``sync.merge``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlmodel import Session, col, select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.gradebook import modified_targets  # noqa: F401  (re-exported)
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import (
    Enrollment,
    ModifiedTarget,
    SchoolClass,
    Student,
    Target,
    TermClosure,
    TermMarkRecord,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store, Tx
from cbe_desktop.core.term_marks import MARK_MAX, ClassMarks, class_marks, phrase_json

REASON_MAX = 1000
NOTE_MAX = 200


@dataclass(frozen=True)
class Override:
    """A mark the teacher set (what the window's undo puts back)."""

    mark: str
    reason: str
    set_by: str = ""
    set_on: str = ""


# ----- checks ----------------------------------------------------------------------------


def _class(session: Session, class_id: str) -> SchoolClass:
    cls = session.get(SchoolClass, class_id)
    if cls is None or cls.deleted_hlc is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "TermMarks", "There is no class with the id {id}; choose a class from the list."
            )(id=class_id[:40])
        )
    return cls


class _NamedTerm(Protocol):
    """What :func:`check_period` reads of a class (a row, or roster's ``ClassInfo``)."""

    @property
    def name(self) -> str: ...
    @property
    def term(self) -> str: ...


def check_period(cls: _NamedTerm, period: str | None) -> str:
    """The class's reporting period (its term); another one is refused in one sentence."""
    if period is None or period.strip() == cls.term:
        return cls.term
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "TermMarks",
            "{name} has no reporting period called {period}; its period is {term}.",
        )(name=cls.name, period=repr(period.strip()[:60]), term=repr(cls.term))
    )


def _student_in(session: Session, cls: SchoolClass, student_id: str) -> Student:
    student = session.get(Student, student_id)
    enrolled = session.exec(
        select(Enrollment.id).where(
            Enrollment.class_id == cls.id,
            Enrollment.student_id == student_id,
            Enrollment.deleted_hlc.is_(None),  # type: ignore[union-attr]
        )
    ).first()
    if student is None or student.deleted_hlc is not None or enrolled is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "TermMarks", "That student is not in {name}; choose a student of the class."
            )(name=cls.name)
        )
    return student


def _check_mark(mark: str) -> str:
    mark = " ".join(mark.split())
    if not mark:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("TermMarks", "The mark is empty; write the mark, such as B or 3.")()
        )
    if len(mark) > MARK_MAX:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "TermMarks",
                "The mark is longer than {limit} characters; write a shorter mark, such as A or 4.",
            )(limit=MARK_MAX)
        )
    return mark


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "TermMarks",
                "A mark set by the teacher needs a reason; write why, as the family and the "
                "school will read it.",
            )()
        )
    if len(reason) > REASON_MAX:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "TermMarks", "The reason is longer than {limit} characters; say it more briefly."
            )(limit=REASON_MAX)
        )
    return reason


def _check_subject(marks: ClassMarks, subject: str) -> str:
    known = {"course"}
    for student in marks.students[:1]:
        known |= {c.subject for c in student.competencies}
    if subject not in known:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "TermMarks",
                "{name} has no mark for {subject}; set the course mark or a competency's.",
            )(name=marks.class_name, subject=repr(subject[:60]))
        )
    return subject


def competency_subject(marks: ClassMarks, words: str | None) -> str:
    """The mark a teacher names: the course's (no words) or a competency's, by its code or
    title (as the command line is given it)."""
    if not words:
        return "course"
    wanted = words.strip().casefold()
    for student in marks.students[:1]:
        for comp in student.competencies:
            if wanted in (comp.code.casefold(), comp.title.casefold(), comp.key):
                return comp.subject
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "TermMarks", "{name} has no competency called {words}; the competencies are {known}."
        )(
            name=marks.class_name,
            words=repr(words[:60]),
            known=", ".join(c.code or c.title for s in marks.students[:1] for c in s.competencies)
            or "—",
        )
    )


def teacher_name(session: Session) -> str:
    return get_setting(session, "teacher").strip()


# ----- rows ------------------------------------------------------------------------------


def _record(tx: Tx, class_id: str, student_id: str, period: str, subject: str) -> TermMarkRecord:
    """The row of one mark: the live one, else one deleted (brought back), else a new one."""
    rows = tx.session.exec(
        select(TermMarkRecord).where(
            TermMarkRecord.class_id == class_id,
            TermMarkRecord.student_id == student_id,
            TermMarkRecord.period == period,
            TermMarkRecord.subject == subject,
        )
    ).all()
    live = sorted((r for r in rows if r.deleted_hlc is None), key=lambda r: r.hlc)
    if live:
        return live[-1]
    if rows:
        row = max(rows, key=lambda r: r.hlc)
        row.deleted_hlc = None
        return row
    return TermMarkRecord(
        id=new_id(),
        class_id=class_id,
        student_id=student_id,
        period=period,
        subject=subject,
    )


def _save(tx: Tx, row: TermMarkRecord) -> None:
    if row.hlc:
        tx.touch(row)
    else:
        tx.add(row)


def current_override(
    session: Session, class_id: str, student_id: str, subject: str, period: str
) -> Override | None:
    row = session.exec(
        select(TermMarkRecord)
        .where(
            TermMarkRecord.class_id == class_id,
            TermMarkRecord.student_id == student_id,
            TermMarkRecord.period == period,
            TermMarkRecord.subject == subject,
            TermMarkRecord.deleted_hlc.is_(None),  # type: ignore[union-attr]
        )
        .order_by(col(TermMarkRecord.hlc).desc())
    ).first()
    if row is None or not row.override_mark:
        return None
    return Override(row.override_mark, row.reason, row.set_by, row.set_on)


def override_term_mark(
    store: Store,
    class_id: str,
    student_id: str,
    subject: str,
    mark: str,
    reason: str,
    *,
    period: str | None = None,
    today: date | None = None,
    by: str | None = None,
) -> Changes:
    """The teacher sets a student's course or competency mark for the period, with why.

    Allowed in a closed term too (a correction after the report card): the mark shows
    that it was set, by whom, when and why, and every export and report card carries it.
    """
    mark, reason = _check_mark(mark), _check_reason(reason)
    with store.transaction() as tx:
        cls = _class(tx.session, class_id)
        period = check_period(cls, period)
        _student_in(tx.session, cls, student_id)
        _check_subject(class_marks(tx.session, class_id, live=True), subject)
        who = teacher_name(tx.session) if by is None else by.strip()
        row = _record(tx, class_id, student_id, period, subject)
        row.override_mark, row.reason = mark, reason
        row.set_by, row.set_on = who[:200], (today or date.today()).isoformat()
        _save(tx, row)
    return Changes(classes=frozenset({class_id}), students=frozenset({student_id}))


def remove_term_mark_override(
    store: Store, class_id: str, student_id: str, subject: str, *, period: str | None = None
) -> Changes:
    """Back to the rules' mark (or the one stored when the term closed)."""
    with store.transaction() as tx:
        cls = _class(tx.session, class_id)
        period = check_period(cls, period)
        _student_in(tx.session, cls, student_id)
        for row in tx.session.exec(
            select(TermMarkRecord).where(
                TermMarkRecord.class_id == class_id,
                TermMarkRecord.student_id == student_id,
                TermMarkRecord.period == period,
                TermMarkRecord.subject == subject,
                TermMarkRecord.deleted_hlc.is_(None),  # type: ignore[union-attr]
                TermMarkRecord.override_mark != "",
            )
        ).all():
            row.override_mark = row.reason = row.set_by = row.set_on = ""
            if row.stored:
                tx.touch(row)
            else:
                tx.tombstone(row)
    return Changes(classes=frozenset({class_id}), students=frozenset({student_id}))


def restore_override(
    store: Store,
    class_id: str,
    student_id: str,
    subject: str,
    previous: Override | None,
    *,
    period: str | None = None,
) -> Changes:
    """Put back the override there was before (the window's undo): ``None`` removes it."""
    if previous is None:
        return remove_term_mark_override(store, class_id, student_id, subject, period=period)
    when = date.fromisoformat(previous.set_on) if previous.set_on else None
    return override_term_mark(
        store,
        class_id,
        student_id,
        subject,
        previous.mark,
        previous.reason,
        period=period,
        today=when,
        by=previous.set_by,
    )


# ----- closing a term --------------------------------------------------------------------


def closure(session: Session, class_id: str, period: str) -> TermClosure | None:
    return session.exec(
        select(TermClosure).where(
            TermClosure.class_id == class_id,
            TermClosure.period == period,
            TermClosure.deleted_hlc.is_(None),  # type: ignore[union-attr]
        )
    ).first()


@dataclass(frozen=True)
class Closed:
    marks: int  # rows stored
    students: int
    changes: Changes


def close_term(
    store: Store,
    class_id: str,
    *,
    period: str | None = None,
    today: date | None = None,
    by: str | None = None,
) -> Closed:
    """Store every mark of the period (course, competencies, each target's level) with
    the words that say how it was reached; from now on they are the period's marks."""
    with store.transaction() as tx:
        cls = _class(tx.session, class_id)
        period = check_period(cls, period)
        if closure(tx.session, class_id, period) is not None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "TermMarks",
                    "{period} of {name} is closed already; reopen it first to store its marks "
                    "again.",
                )(period=period or cls.name, name=cls.name)
            )
        marks = class_marks(tx.session, class_id, live=True)
        # Every row the period has (live or deleted), read once: brought back or changed
        # in place, so that closing again after a reopening makes no second row.
        known: dict[tuple[str, str], TermMarkRecord] = {}
        for old_row in sorted(
            tx.session.exec(
                select(TermMarkRecord).where(
                    TermMarkRecord.class_id == class_id, TermMarkRecord.period == period
                )
            ).all(),
            key=lambda r: (r.deleted_hlc is None, r.hlc),
        ):
            known[(old_row.student_id, old_row.subject)] = old_row  # the live, newest last
        count = 0
        for student in marks.students:
            items: list[tuple[str, str, float | None, str]] = [
                ("course", student.course.mark, None, student.course.explanation)
            ]
            items += [
                (c.subject, c.mark.mark, None, c.mark.explanation) for c in student.competencies
            ]
            for tid, cell in student.cells.items():
                label = cell.level.label if cell.level is not None else ""
                items.append((f"target:{tid}", label, cell.estimate, cell.explanation))
            for subject, mark, score, words in items:
                row = known.get((student.student_id, subject)) or TermMarkRecord(
                    id=new_id(),
                    class_id=class_id,
                    student_id=student.student_id,
                    period=period,
                    subject=subject,
                )
                row.deleted_hlc = None
                row.stored, row.mark, row.score = True, mark[:MARK_MAX], score
                row.explanation, row.explanation_phrase = str(words), phrase_json(words)
                _save(tx, row)
                count += 1
        old = tx.session.exec(
            select(TermClosure).where(
                TermClosure.class_id == class_id, TermClosure.period == period
            )
        ).first()
        who = (teacher_name(tx.session) if by is None else by.strip())[:200]
        day = (today or date.today()).isoformat()
        if old is not None:
            old.deleted_hlc, old.closed_on, old.closed_by = None, day, who
            tx.touch(old)
        else:
            tx.add(
                TermClosure(
                    id=new_id(),
                    class_id=class_id,
                    period=period,
                    closed_on=day,
                    closed_by=who,
                )
            )
    ids = frozenset(s.student_id for s in marks.students)
    return Closed(count, len(ids), Changes(classes=frozenset({class_id}), students=ids))


def reopen_term(store: Store, class_id: str, *, period: str | None = None) -> Changes:
    """Open a closed period again: its marks follow the rules and the evidence again (the
    teacher's overrides stay). The window and the command line ask first."""
    with store.transaction() as tx:
        cls = _class(tx.session, class_id)
        period = check_period(cls, period)
        closed = closure(tx.session, class_id, period)
        if closed is None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "TermMarks", "{period} of {name} is not closed; there is nothing to reopen."
                )(period=period or cls.name, name=cls.name)
            )
        tx.tombstone(closed)
        for row in tx.session.exec(
            select(TermMarkRecord).where(
                TermMarkRecord.class_id == class_id,
                TermMarkRecord.period == period,
                TermMarkRecord.deleted_hlc.is_(None),  # type: ignore[union-attr]
            )
        ).all():
            if row.override_mark:
                row.stored, row.mark, row.score = False, "", None
                row.explanation = row.explanation_phrase = ""
                tx.touch(row)
            else:
                tx.tombstone(row)
    return Changes(classes=frozenset({class_id}))


# ----- targets modified for an individual plan (IEP) -------------------------------------


def _target(session: Session, target_id: str) -> Target:
    target = session.get(Target, target_id)
    if target is None or target.deleted_hlc is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "TermMarks", "There is no target with the id {id}; choose a target of the class."
            )(id=target_id[:40])
        )
    return target


def _check_note(note: str) -> str:
    note = " ".join(note.split())
    if len(note) > NOTE_MAX:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "TermMarks",
                "The note is longer than {limit} characters; keep it short (the plan itself "
                "says the rest).",
            )(limit=NOTE_MAX)
        )
    return note


def _set_modified(tx: Tx, student_id: str, target_id: str, note: str | None) -> None:
    """Modify (``note`` a string) or unmodify (None) one target for one student."""
    rows = tx.session.exec(
        select(ModifiedTarget).where(
            ModifiedTarget.student_id == student_id, ModifiedTarget.target_id == target_id
        )
    ).all()
    live = [r for r in rows if r.deleted_hlc is None]
    if note is None:
        for row in live:
            tx.tombstone(row)
        return
    if live:
        row = live[-1]
        if row.note != note:
            row.note = note
            tx.touch(row)
    elif rows:
        row = rows[-1]
        row.deleted_hlc, row.note = None, note
        tx.touch(row)
    else:
        tx.add(
            ModifiedTarget(
                id=new_id(), student_id=student_id, target_id=target_id,
                note=note,
            )
        )  # fmt: skip


def set_modified_targets(store: Store, student_id: str, wanted: dict[str, str | None]) -> Changes:
    """A student's targets modified for the individual plan, as the teacher checked them:
    target id -> the note (modified) or None (not modified). One transaction."""
    notes = {tid: (_check_note(n) if n is not None else None) for tid, n in wanted.items()}
    with store.transaction() as tx:
        student = tx.session.get(Student, student_id)
        if student is None or student.deleted_hlc is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("TermMarks", "There is no student with the id {id}.")(
                    id=student_id[:40]
                )
            )
        for tid, note in notes.items():
            _target(tx.session, tid)
            _set_modified(tx, student_id, tid, note)
    return Changes(students=frozenset({student_id}), targets=frozenset(notes))


def modify_target(store: Store, student_id: str, target_id: str, note: str = "") -> Changes:
    """A target modified for the student's individual plan: flagged and printed
    "modified" in the gradebook, the learner's record, the term marks and the report card."""
    return set_modified_targets(store, student_id, {target_id: note})


def unmodify_target(store: Store, student_id: str, target_id: str) -> Changes:
    """The target is no longer modified for the student (the row stays, deleted)."""
    return set_modified_targets(store, student_id, {target_id: None})


def find_class_target(session: Session, class_id: str, words: str) -> str:
    """A target the class teaches, by its code (or id), as the command line names it."""
    from cbe_desktop.core.models import ClassTarget

    wanted = words.strip().casefold()
    ids = session.exec(
        select(ClassTarget.target_id).where(
            ClassTarget.class_id == class_id,
            ClassTarget.deleted_hlc.is_(None),  # type: ignore[union-attr]
        )
    ).all()
    for tid in ids:
        target = session.get(Target, tid)
        if target is not None and wanted in (target.code.casefold(), target.id):
            return target.id
    raise NotFoundError(
        QT_TRANSLATE_NOOP(
            "TermMarks", "The class teaches no target with the code {code}; give a code it teaches."
        )(code=repr(words[:60]))
    )
