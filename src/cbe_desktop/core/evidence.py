"""Tasks, evidence, "not yet" and revision, and the teacher's overrides.

Evidence is append-only. A correction is a new row that ``supersedes`` the old one;
retracting evidence is a row with status ``retracted`` that supersedes it; a revision
after "not yet" is a new row with ``revision_of`` pointing at the attempt it revises.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cbe_desktop.core.errors import InvalidInputError
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
from cbe_desktop.core.store import Tx


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
        raise InvalidInputError("A task needs a title.")
    if purpose not in PURPOSES:
        raise InvalidInputError(
            f"A task's purpose is one of {', '.join(PURPOSES)}, not {purpose!r}."
        )
    if task_type not in TASK_TYPES:
        raise InvalidInputError(f"{task_type!r} is not a task type.")
    task = Task(
        id=new_id(),
        class_id=class_id,
        title=title.strip(),
        date=str(on),
        purpose=purpose,
        task_type=task_type,
        target_ids=list(target_ids),
        notes=notes,
        hlc="",
        origin="",
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


def add_evidence(tx: Tx, entry: EvidenceEntry) -> Evidence:
    if entry.status not in EVIDENCE_STATUSES:
        raise InvalidInputError(f"{entry.status!r} is not a kind of evidence.")
    if entry.status == "scored" and entry.level is None and not entry.not_yet:
        raise InvalidInputError("Scored evidence needs a level.")
    row = Evidence(
        id=new_id(),
        student_id=entry.student_id,
        target_id=entry.target_id,
        class_id=entry.class_id,
        task_id=entry.task_id,
        produced_on=str(entry.produced_on),
        level=entry.level if entry.status == "scored" else None,
        status=entry.status,
        not_yet=entry.not_yet,
        feedback=entry.feedback,
        evidence_type=entry.evidence_type,
        supersedes=entry.supersedes,
        revision_of=entry.revision_of,
        attachment_ids=list(entry.attachment_ids),
        hlc="",
        origin="",
    )
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
        raise InvalidInputError("Marking work 'not yet' needs a next step for the student.")
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
        hlc="",
        origin="",
    )
    tx.add(revision)
    return revision


def resolve_revision(tx: Tx, revision: Revision, by: Evidence) -> Revision:
    """Close a revision because new evidence revised it."""
    revision.state = "revised"
    revision.resolved_by = by.id
    tx.touch(revision)
    return revision


def add_override(
    tx: Tx, student_id: str, target_id: str, level: float, reason: str, on: date | str
) -> MasteryOverride:
    if not reason.strip():
        raise InvalidInputError("Overriding an estimate needs a reason.")
    row = MasteryOverride(
        id=new_id(),
        student_id=student_id,
        target_id=target_id,
        level=level,
        reason=reason.strip(),
        date=str(on),
        hlc="",
        origin="",
    )
    tx.add(row)
    return row
