"""A class's tasks as the gradebook's task list shows them: read through the driver (see
:mod:`reads`), as part of the window's first view. :mod:`evidence` changes them."""

from __future__ import annotations

from dataclasses import dataclass

from cbe_desktop.core.reads import Source, json_value, rows_of


@dataclass(frozen=True)
class TaskInfo:
    """A task as the window reads it (a plain value, not the stored row)."""

    id: str
    class_id: str | None
    title: str
    date: str  # ISO date
    purpose: str
    task_type: str
    target_ids: tuple[str, ...]
    notes: str


def class_tasks(source: Source, class_id: str) -> list[TaskInfo]:
    """The class's live tasks, newest first."""
    rows = rows_of(source).all(
        "SELECT id, class_id, title, date, purpose, task_type, target_ids, notes FROM task"
        " WHERE class_id = :c AND deleted_hlc IS NULL ORDER BY date DESC, hlc DESC",
        {"c": class_id},
    )
    return [
        TaskInfo(
            id=task_id,
            class_id=cid,
            title=title,
            date=day,
            purpose=purpose,
            task_type=task_type,
            target_ids=tuple(json_value(target_ids) or ()),
            notes=notes,
        )
        for task_id, cid, title, day, purpose, task_type, target_ids, notes in rows
    ]
