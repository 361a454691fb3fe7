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
        return bool(self.due_on) and self.due_on < (today or date.today()).isoformat()

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
            r[0]
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
            class_id not in (r[15] or "").split(",") or r[2] not in (class_targets or set())
        ):
            continue
        if target_id is not None and r[2] != target_id:
            continue
        items.append(
            QueueItem(
                revision_id=r[0],
                student_id=r[1],
                student=display_name(r[7], r[8], r[9]),
                target_id=r[2],
                target_code=r[10],
                target_statement=r[11],
                next_step=r[3],
                due_on=r[4],
                support=r[5],
                opened_on=r[6] or r[13] or "",
                level=r[12],
                feedback=r[14] or "",
                evidence_id=r[16],
                class_id=r[17],
            )
        )
    return items
