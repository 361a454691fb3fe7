"""Tasks, evidence, "not yet" and revision, and the teacher's overrides.

Evidence is append-only. A correction is a new row that ``supersedes`` the old one;
retracting evidence is a row with status ``retracted`` that supersedes it; a revision
after "not yet" is a new row with ``revision_of`` pointing at the attempt it revises.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, select

from cbe_desktop.core import rules
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.gradebook import (  # noqa: F401  (re-exported)
    _RETRACTED_NOTE,
    RETRACTED_NOTE,
    note_words,
)
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import (
    EVIDENCE_STATUSES,
    PURPOSES,
    TASK_TYPES,
    Evidence,
    MasteryOverride,
    Revision,
    Task,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.standing import standing_ids
from cbe_desktop.core.store import Store, Tx, run_statement
from cbe_desktop.core.task_list import TaskInfo, class_tasks  # noqa: F401  (re-exported)
from cbe_desktop.core.task_rubric import set_task_rubric
from cbe_desktop.core.values import value_of


def _not_a_task_type(task_type: object) -> str:
    return QT_TRANSLATE_NOOP("Evidence", "{kind} is not a task type.")(kind=repr(task_type))


def add_task(
    tx: Tx,
    title: str,
    on: date | str,
    *,
    class_id: str | None,
    target_ids: list[str],
    purpose: str = "formative",
    task_type: str = "product",
    notes: str = "",
) -> Task:
    if not title.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Evidence", "A task needs a title.")())
    if purpose not in PURPOSES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Evidence", "A task's purpose is one of {purposes}, not {purpose}.")(
                purposes=", ".join(PURPOSES), purpose=repr(purpose)
            )
        )
    if task_type not in TASK_TYPES:
        raise InvalidInputError(_not_a_task_type(task_type))
    task = Task(
        id=new_id(),
        class_id=class_id,
        title=title.strip(),
        date=str(on),
        purpose=purpose,
        task_type=task_type,
        target_ids=list(target_ids),
        notes=notes,
    )
    tx.add(task)
    return task


@dataclass
class EvidenceEntry:
    """What the teacher records for one student on one target."""

    student_id: str
    target_id: str
    produced_on: date | str
    level: float | None = None
    status: str = "scored"
    class_id: str | None = None
    task_id: str | None = None
    feedback: str = ""
    evidence_type: str = ""
    not_yet: bool = False
    supersedes: str | None = None
    revision_of: str | None = None
    attachment_ids: list[str] = field(default_factory=list)


def _evidence_values(entry: EvidenceEntry) -> dict[str, Any]:
    """The columns of the evidence row ``entry`` makes, all but the stamps; or refused."""
    if entry.status not in EVIDENCE_STATUSES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Evidence", "{status} is not a kind of evidence.")(
                status=repr(entry.status)
            )
        )
    if entry.status == "scored" and entry.level is None and not entry.not_yet:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Evidence", "Scored evidence needs a level.")())
    return {
        "id": new_id(),
        "student_id": entry.student_id,
        "target_id": entry.target_id,
        "class_id": entry.class_id,
        "task_id": entry.task_id,
        "produced_on": str(entry.produced_on),
        "level": entry.level if entry.status == "scored" else None,
        "status": entry.status,
        "not_yet": entry.not_yet,
        "feedback": entry.feedback,
        "evidence_type": entry.evidence_type,
        "supersedes": entry.supersedes,
        "revision_of": entry.revision_of,
        "attachment_ids": list(entry.attachment_ids),
        "deleted_hlc": None,
    }


def add_evidence(tx: Tx, entry: EvidenceEntry) -> Evidence:
    row = Evidence(**_evidence_values(entry))
    tx.add(row)
    return row


def open_revision(
    tx: Tx,
    not_yet: Evidence,
    next_step: str,
    *,
    due_on: date | str | None = None,
    support: str = "",
    opened_on: date | str | None = None,
) -> Revision:
    """The plan after a "not yet": what the student will do next, by when, with what help."""
    if not next_step.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Evidence", "Marking work 'not yet' needs a next step for the student."
            )()
        )
    revision = Revision(
        id=new_id(),
        evidence_id=not_yet.id,
        student_id=not_yet.student_id,
        target_id=not_yet.target_id,
        next_step=next_step.strip(),
        due_on=str(due_on) if due_on else None,
        support=support,
        state="open",
        opened_on=str(opened_on or not_yet.produced_on),
    )
    tx.add(revision)
    return revision


def resolve_revision(tx: Tx, revision: Revision, by: Evidence) -> Revision:
    """Close a revision because new evidence revised it."""
    revision.state = "revised"
    revision.resolved_by = by.id
    tx.touch(revision)
    return revision


def _check_reason(reason: str) -> None:
    if not reason.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Evidence", "Overriding an estimate needs a reason.")()
        )


def add_override(
    tx: Tx, student_id: str, target_id: str, level: float, reason: str, on: date | str
) -> MasteryOverride:
    _check_reason(reason)
    row = MasteryOverride(
        id=new_id(),
        student_id=student_id,
        target_id=target_id,
        level=level,
        reason=reason.strip(),
        date=str(on),
    )
    tx.add(row)
    return row


# ----- the teacher's actions on evidence (one action = one transaction) -----------------


@dataclass(frozen=True)
class Recorded:
    """What an action wrote: the evidence row (if any) and what views must refresh."""

    evidence_id: str | None
    changes: Changes
    revision_id: str | None = None
    retractions: dict[str, str] = field(default_factory=dict)


def _pair_changes(student_id: str, target_id: str, *ids: str | None) -> Changes:
    return Changes(
        students=frozenset({student_id}),
        targets=frozenset({target_id}),
        evidence=frozenset(i for i in ids if i),
    )


#: The levels of the scale a target is scored with in a class (see :func:`check_level`).
_SCALE_LEVELS_SQL = (
    "SELECT chosen.id AS scale_id, s.id AS live_id, l.value AS level_value "
    "FROM (SELECT CASE WHEN f.kind = 'habits' "
    "AND coalesce(f.scale_id, '') != '' THEN f.scale_id ELSE (SELECT c.scale_id "
    "FROM school_class c WHERE c.id = :c) END AS id FROM (SELECT 1) AS one "
    "LEFT JOIN target t ON t.id = :t LEFT JOIN framework f ON f.id = t.framework_id"
    ") AS chosen LEFT JOIN scale s ON s.id = chosen.id AND s.deleted_hlc IS NULL "
    "LEFT JOIN scale_level l ON l.scale_id = s.id AND l.deleted_hlc IS NULL"
)


def check_level(
    session: Session, class_id: str | None, target_id: str, level: float | None
) -> None:
    """Refuse a level that is not on the scale the target is scored with."""
    if level is None:
        return
    from cbe_desktop.core.scales import load_scale

    # One query, straight from the driver (a keystroke in the grid comes here): the live
    # levels of the habits' own scale, else of the class's scale; a scale that is gone is
    # loaded as load_scale says.
    rows = run_statement(session, _SCALE_LEVELS_SQL, t=target_id, c=class_id)
    scale_id, live_id, _value = rows[0]
    if live_id is not None:
        levels = [value for _scale, _live, value in rows if value is not None]
    else:
        levels = [lv.value for lv in load_scale(session, scale_id).levels]
    rules.require(rules.level_problem(level, levels))


def _as_date(value: date | str) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def future_date_problem(
    produced_on: date | str, *, today: date | None = None, task: Task | TaskInfo | None = None
) -> str | None:
    """Why evidence cannot be dated ``produced_on`` (a phrase), or None when it can.

    Evidence is dated the day the work was done, so never after today. It is refused in
    words, never moved to today in silence; when the date is the task's, the teacher is
    told to change the task's date.
    """
    today = today or date.today()
    on = _as_date(produced_on)
    if on is None:
        return QT_TRANSLATE_NOOP("Evidence", "{date} is not a date; write it as YYYY-MM-DD.")(
            date=repr(str(produced_on))
        )
    if on <= today:
        return None
    if task is not None and task.date == on.isoformat():
        return QT_TRANSLATE_NOOP(
            "Evidence",
            "The task {task} is dated {date}, after today; change the task's date to the "
            "day the work was done, then record it.",
        )(task=f"“{task.title}”", date=on.isoformat())
    return QT_TRANSLATE_NOOP(
        "Evidence",
        "{date} is after today; evidence is dated the day the work was done, so choose that day.",
    )(date=on.isoformat())


def revision_date_problem(
    produced_on: date | str, *, revises_on: date | str | None, today: date | None = None
) -> str | None:
    """Why a revision cannot be dated ``produced_on``: after today, or before the work
    it revises. None when it can."""
    problem = future_date_problem(produced_on, today=today)
    if problem is None and revises_on and str(produced_on) < str(revises_on):
        problem = QT_TRANSLATE_NOOP(
            "Evidence", "A revision cannot be dated before the work it revises ({date})."
        )(date=str(revises_on))
    return problem


def check_produced_on(
    session: Session,
    produced_on: date | str,
    *,
    task_id: str | None = None,
    today: date | None = None,
) -> None:
    """Refuse evidence dated after today (see :func:`future_date_problem`)."""
    if future_date_problem(produced_on, today=today) is None:
        return  # (the task only words a refusal: not read at every keystroke)
    task = session.get(Task, task_id) if task_id else None
    problem = future_date_problem(produced_on, today=today, task=task)
    if problem is not None:
        raise InvalidInputError(problem)


@dataclass(frozen=True)
class Placement:
    """Where a level typed in the gradebook goes: on the chosen task, or outside it.

    ``note`` is empty when the evidence goes where the teacher would expect; otherwise it
    says in a sentence that it was recorded outside the task (the window shows it).
    """

    task_id: str | None
    produced_on: date
    note: str = ""


def place_evidence(
    task: Task | None, target_id: str, target_code: str, *, today: date | None = None
) -> Placement:
    """A task that covers the target gives its id and date; a target it does not cover
    (or no task) is evidence outside a task, observed today, and a task that does not
    cover the target says so."""
    today = today or date.today()
    if task is None:
        return Placement(None, today)
    if target_id in (task.target_ids or []):
        return Placement(task.id, _as_date(task.date) or today)
    return Placement(
        None,
        today,
        QT_TRANSLATE_NOOP(
            "Evidence",
            "{task} does not cover {code}, so this was recorded outside the task, dated "
            "today; add {code} to the task (Edit…) to record it there.",
        )(task=f"“{task.title}”", code=target_code),
    )


def level_shown(
    session: Session, student_id: str, target_id: str, task_id: str | None, on: date | str
) -> float | None:
    """The level the newest standing evidence of this work showed (on this task, or
    outside a task on that day): what a "not yet" of the same work starts from."""
    rows = _pair_rows(session, student_id, target_id)
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    same = [
        r
        for r in rows
        if r.id in standing
        and r.status == "scored"
        and r.level is not None
        and r.task_id == task_id
        and (task_id is not None or r.produced_on == str(on))
    ]
    newest = max(same, key=lambda r: r.hlc, default=None)
    return newest.level if newest else None


def record_evidence(store: Store, entry: EvidenceEntry, *, today: date | None = None) -> Recorded:
    """Store one scored (or missing / excused) demonstration of one target."""
    with store.transaction() as tx:
        check_produced_on(tx.session, entry.produced_on, task_id=entry.task_id, today=today)
        check_level(tx.session, entry.class_id, entry.target_id, entry.level)
        # One INSERT, not the ORM's unit of work: the same row as add_evidence (a keystroke).
        row = tx.insert(Evidence, _evidence_values(entry))
    return Recorded(row["id"], _pair_changes(entry.student_id, entry.target_id, row["id"]))


def mark_not_yet(
    store: Store,
    entry: EvidenceEntry,
    next_step: str,
    *,
    due_on: date | str | None = None,
    support: str = "",
    today: date | None = None,
) -> Recorded:
    """Record work as "not yet" and plan its revision: the next step is required."""
    if not next_step.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Evidence", "Marking work 'not yet' needs a next step for the student."
            )()
        )
    entry = EvidenceEntry(**{**entry.__dict__, "not_yet": True})
    with store.transaction() as tx:
        check_produced_on(tx.session, entry.produced_on, task_id=entry.task_id, today=today)
        check_level(tx.session, entry.class_id, entry.target_id, entry.level)
        row = add_evidence(tx, entry)
        revision = open_revision(tx, row, next_step, due_on=due_on, support=support)
    return Recorded(
        row.id, _pair_changes(entry.student_id, entry.target_id, row.id), revision_id=revision.id
    )


def record_revision(
    store: Store,
    revision_id: str,
    *,
    level: float | None,
    produced_on: date | str,
    feedback: str = "",
    evidence_type: str = "",
    attachment_ids: list[str] | None = None,
    not_yet_again: str | None = None,
    due_on: date | str | None = None,
    support: str = "",
    today: date | None = None,
) -> Recorded:
    """The student revised: new evidence linked back by ``revision_of``; the plan is done.

    With ``not_yet_again`` (a new next step), the revision is itself "not yet" and a
    new plan opens, so every attempt stays in the history.
    """
    with store.transaction() as tx:
        session = tx.session
        revision = session.get(Revision, revision_id)
        if revision is None or revision.deleted_hlc is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "That revision no longer exists.")())
        if revision.state != "open":
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Evidence", "That revision is already done or closed.")()
            )
        first = session.get(Evidence, revision.evidence_id)
        problem = revision_date_problem(
            produced_on, revises_on=first.produced_on if first else None, today=today
        )
        if problem is not None:
            raise InvalidInputError(problem)
        check_level(session, first.class_id if first else None, revision.target_id, level)
        row = add_evidence(
            tx,
            EvidenceEntry(
                student_id=revision.student_id,
                target_id=revision.target_id,
                produced_on=produced_on,
                level=level,
                class_id=first.class_id if first else None,
                task_id=first.task_id if first else None,
                feedback=feedback,
                evidence_type=evidence_type or (first.evidence_type if first else ""),
                not_yet=bool(not_yet_again),
                revision_of=revision.evidence_id,
                attachment_ids=list(attachment_ids or []),
            ),
        )
        resolve_revision(tx, revision, row)
        new_revision = None
        if not_yet_again:
            new_revision = open_revision(tx, row, not_yet_again, due_on=due_on, support=support)
    return Recorded(
        row.id,
        _pair_changes(revision.student_id, revision.target_id, row.id),
        revision_id=new_revision.id if new_revision else None,
    )


def close_revision(store: Store, revision_id: str, note: str) -> Changes:
    """Close a "not yet" plan without a revision (the teacher says why)."""
    if not note.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Evidence", "Say in a few words why the revision is closed.")()
        )
    with store.transaction() as tx:
        revision = tx.session.get(Revision, revision_id)
        if revision is None or revision.deleted_hlc is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "That revision no longer exists.")())
        if revision.state != "open":
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Evidence", "That revision is already done or closed.")()
            )
        revision.state, revision.note = "closed", note.strip()
        tx.touch(revision)
    return _pair_changes(revision.student_id, revision.target_id)


def reopen_revision(store: Store, revision_id: str) -> Changes:
    with store.transaction() as tx:
        revision = tx.session.get(Revision, revision_id)
        if revision is None or revision.deleted_hlc is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "That revision no longer exists.")())
        if revision.state != "closed":
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Evidence", "Only a closed revision can be reopened.")()
            )
        revision.state, revision.note = "open", ""
        tx.touch(revision)
    return _pair_changes(revision.student_id, revision.target_id)


def _pair_rows(session: Session, student_id: str, target_id: str) -> list[Evidence]:
    return list(
        session.exec(
            select(Evidence).where(
                Evidence.student_id == student_id, Evidence.target_id == target_id
            )
        )
    )


def retract_evidence(store: Store, evidence_id: str) -> Recorded:
    """Withdraw a piece of evidence by a new record that supersedes it (never a delete).

    Retracting a retraction brings the original back (that is how undo and redo work).
    "Not yet" plans follow: a retracted "not yet" closes its plan, a retracted revision
    reopens the plan it had resolved, and both come back when the retraction is undone.
    """
    with store.transaction() as tx:
        withdrawn, retraction = withdraw(tx, evidence_id)
    return Recorded(
        retraction.id,
        _pair_changes(withdrawn.student_id, withdrawn.target_id, evidence_id, retraction.id),
    )


def withdraw(tx: Tx, evidence_id: str) -> tuple[Evidence, Evidence]:
    """Withdraw one standing piece of evidence inside ``tx``, as "withdraw evidence" does:
    a new ``retracted`` record that supersedes it (withdrawing a retraction brings its
    piece back). Returns (the piece withdrawn, the new retraction).

    The one door for every undo-by-withdrawal (the evidence actions, sync conflicts):
    it refuses a missing or already withdrawn piece and keeps "not yet" plans in step.
    """
    session = tx.session
    target_row = session.get(Evidence, evidence_id)
    if target_row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "That evidence no longer exists.")())
    rows = _pair_rows(session, target_row.student_id, target_row.target_id)
    before = standing_ids((r.id, r.supersedes) for r in rows)
    if evidence_id not in before:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Evidence", "That evidence was already withdrawn.")()
        )
    retraction = add_evidence(
        tx,
        EvidenceEntry(
            student_id=target_row.student_id,
            target_id=target_row.target_id,
            produced_on=target_row.produced_on,
            status="retracted",
            class_id=target_row.class_id,
            task_id=target_row.task_id,
            supersedes=evidence_id,
        ),
    )
    session.flush()
    rows.append(retraction)
    after = standing_ids((r.id, r.supersedes) for r in rows)
    by_id = {r.id: r for r in rows}
    for flipped in (before ^ after) - {retraction.id}:
        _follow_revisions(tx, by_id[flipped], stands=flipped in after)
    return target_row, retraction


#: ``withdraw`` under another name, for the sheet whose ``withdraw`` argument hides it.
_withdraw_one = withdraw


def _follow_revisions(tx: Tx, row: Evidence, *, stands: bool) -> None:
    """Keep "not yet" plans in step with evidence that was withdrawn or came back."""
    session = tx.session
    if row.status == "retracted":
        return
    if row.not_yet:
        for revision in session.exec(select(Revision).where(Revision.evidence_id == row.id)):
            if not stands and revision.state == "open":
                revision.state, revision.note = "closed", RETRACTED_NOTE
                tx.touch(revision)
            elif stands and revision.state == "closed" and revision.note == RETRACTED_NOTE:
                revision.state, revision.note = "open", ""
                tx.touch(revision)
    if row.revision_of:
        for revision in session.exec(
            select(Revision).where(Revision.evidence_id == row.revision_of)
        ):
            if not stands and revision.resolved_by == row.id:
                revision.state, revision.resolved_by = "open", None
                tx.touch(revision)
            elif stands and revision.state == "open":
                revision.state, revision.resolved_by = "revised", row.id
                tx.touch(revision)


@dataclass(frozen=True)
class EvidenceInfo:
    """One piece of evidence as the window reads it (a plain value, not the stored row)."""

    id: str
    student_id: str
    target_id: str
    task_id: str | None
    produced_on: str
    level: float | None
    status: str
    not_yet: bool
    supersedes: str | None  # the record this one corrects
    revision_of: str | None
    feedback: str
    hlc: str  # orders the records of one cell: the greater, the more recently recorded

    @classmethod
    def of(cls, row: Evidence) -> EvidenceInfo:
        return value_of(cls, row)


def newest_standing(session: Session, student_id: str, target_id: str) -> EvidenceInfo | None:
    """The most recently recorded evidence that still stands (what Delete withdraws)."""
    rows = _pair_rows(session, student_id, target_id)
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    candidates = [r for r in rows if r.id in standing and r.status != "retracted"]
    newest = max(candidates, key=lambda r: r.hlc, default=None)
    return EvidenceInfo.of(newest) if newest is not None else None


def override_estimate(
    store: Store, student_id: str, target_id: str, level: float, reason: str
) -> Changes:
    """The teacher's professional judgement replaces the calculated estimate.

    A cell has one override row, changed in place (or brought back after a removal), so
    that two laptops changing or removing the same override meet as two versions of one
    row (a conflict for the teacher to choose), not as two overrides.
    """
    _check_reason(reason)
    with store.transaction() as tx:
        rows = _overrides(tx.session, student_id, target_id)
        if not rows:
            add_override(tx, student_id, target_id, level, reason, date.today())
            return _pair_changes(student_id, target_id)
        live = [r for r in rows if r.deleted_hlc is None]
        row = live[-1] if live else rows[-1]
        for extra in live[:-1]:  # two overrides of one cell (from an older version)
            tx.tombstone(extra)
        wanted = (float(level), reason.strip(), str(date.today()))
        if row.deleted_hlc is not None or (row.level, row.reason, row.date) != wanted:
            row.level, row.reason, row.date = wanted
            row.deleted_hlc = None
            tx.touch(row)
    return _pair_changes(student_id, target_id)


def remove_override(store: Store, student_id: str, target_id: str) -> Changes:
    """Go back to the calculated estimate."""
    with store.transaction() as tx:
        for old in _live_overrides(tx.session, student_id, target_id):
            tx.tombstone(old)
    return _pair_changes(student_id, target_id)


@dataclass(frozen=True)
class EstimateOverride:
    """The teacher's judgement standing on a cell (what the window's undo puts back)."""

    level: float
    reason: str
    date: str  # ISO date it was set


def current_override(session: Session, student_id: str, target_id: str) -> EstimateOverride | None:
    """The override standing on one cell, or None when the calculated estimate stands."""
    rows = _live_overrides(session, student_id, target_id)
    row = max(rows, key=lambda r: (r.date, r.hlc), default=None)
    return EstimateOverride(row.level, row.reason, row.date) if row is not None else None


def _live_overrides(session: Session, student_id: str, target_id: str) -> list[MasteryOverride]:
    return [r for r in _overrides(session, student_id, target_id) if r.deleted_hlc is None]


def _overrides(session: Session, student_id: str, target_id: str) -> list[MasteryOverride]:
    """Every override row of one cell, removed ones too, the latest change last."""
    return list(
        session.exec(
            select(MasteryOverride)
            .where(
                MasteryOverride.student_id == student_id,
                MasteryOverride.target_id == target_id,
            )
            .order_by(MasteryOverride.hlc)  # type: ignore[arg-type]
        )
    )


def record_many(
    store: Store, entries: list[EvidenceEntry], *, today: date | None = None
) -> Recorded:
    """A whole sheet of evidence (one task x the class) in one transaction, one undo step."""
    with store.transaction() as tx:
        for e in entries:
            check_produced_on(tx.session, e.produced_on, task_id=e.task_id, today=today)
            check_level(tx.session, e.class_id, e.target_id, e.level)
        rows = [add_evidence(tx, e) for e in entries]
    return Recorded(
        None,
        Changes(
            students=frozenset(e.student_id for e in entries),
            targets=frozenset(e.target_id for e in entries),
            evidence=frozenset(r.id for r in rows),
        ),
    )


def retract_many(store: Store, evidence_ids: list[str]) -> Recorded:
    """Withdraw many records at once (undoing a sheet): one transaction, all or nothing.

    The retraction ids come back in ``changes.evidence`` beside the withdrawn ones;
    ``retractions`` maps each withdrawn id to the record that withdrew it.
    """
    retractions: dict[str, str] = {}
    with store.transaction() as tx:
        for evidence_id in evidence_ids:
            _row, retraction = withdraw(tx, evidence_id)
            retractions[evidence_id] = retraction.id
    touched = set(retractions) | set(retractions.values())
    return Recorded(None, Changes(evidence=frozenset(touched)), retractions=retractions)


# ----- the whole-class sheet of one task -------------------------------------------------


@dataclass(frozen=True)
class SheetScore:
    """What the whole-class sheet holds for one student on one target of its task."""

    student_id: str
    target_id: str
    status: str  # scored | missing | excused
    level: float | None = None
    feedback: str = ""


def sheet_locked(row: Evidence | EvidenceInfo) -> bool:
    """A "not yet" (it has a plan) or a revision is changed from the gradebook or the
    Not yet page, never by retyping it in the sheet."""
    return bool(row.not_yet or row.revision_of)


def task_scores(session: Session, task_id: str) -> dict[tuple[str, str], EvidenceInfo]:
    """The evidence standing on a task, the newest per (student, target): what the
    whole-class sheet opens with."""
    return {key: EvidenceInfo.of(row) for key, row in _task_rows(session, task_id).items()}


def _task_rows(session: Session, task_id: str) -> dict[tuple[str, str], Evidence]:
    """:func:`task_scores` as stored rows (what a sheet's correction supersedes)."""
    on_task = list(session.exec(select(Evidence).where(Evidence.task_id == task_id)))
    pairs = {(r.student_id, r.target_id) for r in on_task}
    if not pairs:
        return {}
    students = {p[0] for p in pairs}
    targets = {p[1] for p in pairs}
    rows = [
        r
        for r in session.exec(
            select(Evidence).where(
                Evidence.student_id.in_(students), Evidence.target_id.in_(targets)
            )
        )
        if (r.student_id, r.target_id) in pairs
    ]
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    found: dict[tuple[str, str], Evidence] = {}
    for r in rows:
        if r.id not in standing or r.status == "retracted" or r.task_id != task_id:
            continue
        key = (r.student_id, r.target_id)
        if key not in found or r.hlc > found[key].hlc:
            found[key] = r
    return found


@dataclass(frozen=True)
class SheetRecorded:
    """What saving a sheet did: ``written`` are the new records (new scores,
    corrections, withdrawals), newest state first to undo."""

    changes: Changes
    written: tuple[str, ...] = ()
    recorded: int = 0
    corrected: int = 0
    withdrawn: int = 0


_LOCKED = QT_TRANSLATE_NOOP(
    "Evidence",
    "A 'not yet' or a revision cannot be changed in the whole-class sheet; change it from "
    "the gradebook or the Not yet page.",
)


def record_task_sheet(
    store: Store,
    task_id: str,
    class_id: str | None,
    scores: Iterable[SheetScore],
    withdraw: Iterable[tuple[str, str]] = (),
    *,
    today: date | None = None,
) -> SheetRecorded:
    """Save a task's whole-class sheet as one transaction (one undo step).

    A score where the task had none is new evidence on the task; a changed score (or
    changed feedback) is a correction that supersedes what it replaces, keeping its
    date, kind and attachments; an unchanged one writes nothing; a cleared one is
    withdrawn (a retraction, as Delete in the gradebook). Nothing is written when any
    part is refused.
    """
    scores = list(scores)
    withdraw = list(withdraw)
    written: list[str] = []
    counts = {"recorded": 0, "corrected": 0, "withdrawn": 0}
    pairs: set[tuple[str, str]] = set()
    with store.transaction() as tx:
        session = tx.session
        task = session.get(Task, task_id)
        if task is None or task.deleted_hlc is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "That task no longer exists.")())
        existing = _task_rows(session, task_id)
        for score in scores:
            old = existing.get((score.student_id, score.target_id))
            if old is not None:
                same = (old.status, old.level, old.feedback) == (
                    score.status,
                    score.level if score.status == "scored" else None,
                    score.feedback,
                )
                if same:
                    continue
                if sheet_locked(old):
                    raise InvalidInputError(_LOCKED())
            else:
                check_produced_on(session, task.date, task_id=task_id, today=today)
            check_level(session, class_id, score.target_id, score.level)
            row = add_evidence(
                tx,
                EvidenceEntry(
                    student_id=score.student_id,
                    target_id=score.target_id,
                    produced_on=old.produced_on if old else task.date,
                    level=score.level,
                    status=score.status,
                    class_id=class_id,
                    task_id=task_id,
                    feedback=score.feedback,
                    evidence_type=old.evidence_type if old else task.task_type,
                    supersedes=old.id if old else None,
                    attachment_ids=list(old.attachment_ids) if old else [],
                ),
            )
            written.append(row.id)
            pairs.add((score.student_id, score.target_id))
            counts["corrected" if old else "recorded"] += 1
        for student_id, target_id in withdraw:
            old = existing.get((student_id, target_id))
            if old is None:
                continue
            if sheet_locked(old):
                raise InvalidInputError(_LOCKED())
            _row, retraction = _withdraw_one(tx, old.id)
            written.append(retraction.id)
            pairs.add((student_id, target_id))
            counts["withdrawn"] += 1
    return SheetRecorded(
        Changes(
            students=frozenset(p[0] for p in pairs),
            targets=frozenset(p[1] for p in pairs),
            evidence=frozenset(written),
        ),
        tuple(written),
        **counts,
    )


# ----- tasks -------------------------------------------------------------------------


def create_task(
    store: Store,
    class_id: str | None,
    title: str,
    on: date | str,
    *,
    target_ids: list[str],
    purpose: str = "formative",
    task_type: str = "product",
    notes: str = "",
    rubric: Mapping[str, Mapping] | None = None,
) -> tuple[str, Changes]:
    """Plan a task; ``rubric`` ({target_id: {level: text}}) is its optional own rubric."""
    if not target_ids:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Evidence", "Choose at least one target the task gives evidence for."
            )()
        )
    with store.transaction() as tx:
        task = add_task(
            tx,
            title,
            on,
            class_id=class_id,
            target_ids=target_ids,
            purpose=purpose,
            task_type=task_type,
            notes=notes,
        )
        if rubric:
            tx.session.flush()
            set_task_rubric(tx, task.id, rubric)
    return task.id, Changes(tasks=frozenset({task.id}))


def update_task(
    store: Store, task_id: str, *, rubric: Mapping[str, Mapping] | None = None, **fields: object
) -> Changes:
    """Change a task's fields and, when ``rubric`` is given, its own rubric, in one step."""
    allowed = {"title", "date", "purpose", "task_type", "target_ids", "notes"}
    if set(fields) - allowed:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Evidence", "A task has no field {field}.")(
                field=repr(sorted(set(fields) - allowed)[0])
            )
        )
    if "title" in fields:
        fields["title"] = str(fields["title"]).strip()
        if not fields["title"]:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Evidence", "A task needs a title.")())
    if "target_ids" in fields and not fields["target_ids"]:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Evidence", "Choose at least one target the task gives evidence for."
            )()
        )
    if "purpose" in fields and fields["purpose"] not in PURPOSES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Evidence", "A task's purpose is one of {purposes}.")(
                purposes=", ".join(PURPOSES)
            )
        )
    if "task_type" in fields and fields["task_type"] not in TASK_TYPES:
        raise InvalidInputError(_not_a_task_type(fields["task_type"]))
    with store.transaction() as tx:
        task = tx.session.get(Task, task_id)
        if task is None or task.deleted_hlc is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "That task no longer exists.")())
        for name, value in fields.items():
            setattr(task, name, str(value) if name == "date" else value)
        if fields or rubric is None:
            tx.touch(task)
        if rubric is not None:
            tx.session.flush()
            set_task_rubric(tx, task_id, rubric)
    return Changes(tasks=frozenset({task_id}))


def delete_task(store: Store, task_id: str) -> Changes:
    """Remove a task from the lists; the evidence recorded on it is kept."""
    with store.transaction() as tx:
        task = tx.session.get(Task, task_id)
        if task is None or task.deleted_hlc is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "That task no longer exists.")())
        tx.tombstone(task)
    return Changes(tasks=frozenset({task_id}))


def restore_task(store: Store, task_id: str) -> Changes:
    with store.transaction() as tx:
        task = tx.session.get(Task, task_id)
        if task is not None and task.deleted_hlc is not None:
            task.deleted_hlc = None
            tx.touch(task)
    return Changes(tasks=frozenset({task_id}))
