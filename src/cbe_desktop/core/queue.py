"""The "not yet" queue: open revision plans, oldest first, so none is forgotten."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlmodel import Session

from cbe_desktop.core.models import display_name

_QUEUE_SQL = """
SELECT r.id, r.student_id, r.target_id, r.next_step, r.due_on, r.support, r.opened_on,
       s.given_name, s.family_name, s.preferred_name, t.code, t.statement, e.level,
       e.produced_on, e.feedback,
       (SELECT {list_of_classes} FROM enrollment en
         WHERE en.student_id = r.student_id AND en.deleted_hlc IS NULL) AS classes,
       r.evidence_id, e.class_id
FROM revision r
JOIN student s ON s.id = r.student_id AND s.deleted_hlc IS NULL AND NOT s.archived
JOIN target t ON t.id = r.target_id AND t.deleted_hlc IS NULL
LEFT JOIN evidence e ON e.id = r.evidence_id
WHERE r.state = 'open' AND r.deleted_hlc IS NULL
ORDER BY r.opened_on, r.hlc
"""


@dataclass(frozen=True)
class QueueItem:
    revision_id: str
    student_id: str
    student: str
    target_id: str
    target_code: str
    target_statement: str
    next_step: str
    due_on: str | None
    support: str
    opened_on: str
    level: float | None
    feedback: str
    evidence_id: str = ""  # the "not yet" evidence the plan follows
    class_id: str | None = None  # the class that evidence was recorded in (its scale)

    def overdue(self, today: date | None = None) -> bool:
        if not self.due_on:
            return False
        return self.due_on < (today or date.today()).isoformat()

    def days_open(self, today: date | None = None) -> int:
        try:
            return ((today or date.today()) - date.fromisoformat(self.opened_on)).days
        except ValueError:
            return 0


def open_revisions(
    session: Session, *, class_id: str | None = None, target_id: str | None = None
) -> list[QueueItem]:
    """Open plans, oldest first; for one class (its students and targets) or all classes."""
    conn = session.connection()
    class_targets: set[str] | None = None
    if class_id is not None:
        class_targets = {
            r.target_id
            for r in conn.execute(
                text(
                    "SELECT target_id FROM class_target WHERE class_id = :c AND deleted_hlc IS NULL"
                ),
                {"c": class_id},
            )
        }
    items = []
    # SQLite's group_concat is PostgreSQL's string_agg (a school hub runs the same query).
    joined = (
        "string_agg(en.class_id, ',')"
        if conn.dialect.name == "postgresql"
        else "group_concat(en.class_id)"
    )
    for r in conn.execute(text(_QUEUE_SQL.format(list_of_classes=joined))):
        if class_id is not None and (
            class_id not in (r.classes or "").split(",")
            or r.target_id not in (class_targets or set())
        ):
            continue
        if target_id is not None and r.target_id != target_id:
            continue
        items.append(
            QueueItem(
                revision_id=r.id,
                student_id=r.student_id,
                student=display_name(r.given_name, r.family_name, r.preferred_name),
                target_id=r.target_id,
                target_code=r.code,
                target_statement=r.statement,
                next_step=r.next_step,
                due_on=r.due_on,
                support=r.support,
                opened_on=r.opened_on or r.produced_on or "",
                level=r.level,
                feedback=r.feedback or "",
                evidence_id=r.evidence_id,
                class_id=r.class_id,
            )
        )
    return items
