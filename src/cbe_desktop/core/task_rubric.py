"""A task's own rubric: what work at each level looks like for a target ON THIS TASK.

Optional. Where a task has no descriptor for a level of a target, the target's own rubric
(``targets.rubric_for``) is shown instead, level by level. The descriptors live in their
own table (``TaskRubricDescriptor``), so every reader of a target's rubric is unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlmodel import Session, select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import Evidence, Task, TaskRubricDescriptor
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.store import Store, Tx
from cbe_desktop.core.targets import rubric_for

#: {target_id: {level_value: text}}
TaskRubric = dict[str, dict[float, str]]


def _rows(session: Session, task_id: str) -> list[TaskRubricDescriptor]:
    """Every descriptor row of a task, deleted ones too, oldest change first."""
    return list(
        session.exec(
            select(TaskRubricDescriptor)
            .where(TaskRubricDescriptor.task_id == task_id)
            .order_by(TaskRubricDescriptor.hlc)
        )
    )


def task_rubric(session: Session, task_id: str | None) -> TaskRubric:
    """The task's written descriptors: {target_id: {level_value: text}} (empty: none).

    A deleted task's descriptors stop showing (they are kept, never cascaded into, and
    show again if the task is restored); so do rows received for a task this laptop
    does not have.
    """
    if not task_id:
        return {}
    task = session.get(Task, task_id)
    if task is None or task.deleted_hlc is not None:
        return {}
    out: TaskRubric = {}
    # Two laptops may each have written the same level: the newest change wins.
    for row in _rows(session, task_id):
        if row.deleted_hlc is None and row.text.strip():
            out.setdefault(row.target_id, {})[float(row.level_value)] = row.text
    return out


def descriptors_for(session: Session, task_id: str | None, target_id: str) -> dict[float, str]:
    """What to show for each level of a target on a task: the task's words where it has
    them, else the target's own rubric, level by level (no task: the target's rubric)."""
    shown = dict(rubric_for(session, target_id))
    shown.update(task_rubric(session, task_id).get(target_id, {}))
    return shown


def descriptors_for_revision(
    session: Session, evidence_id: str | None, target_id: str
) -> dict[float, str]:
    """The words a revision is judged by: those of the task the "not yet" work was done
    on (see :func:`descriptors_for`), or the target's own rubric for work outside a task."""
    first = session.get(Evidence, evidence_id) if evidence_id else None
    return descriptors_for(session, first.task_id if first is not None else None, target_id)


def set_task_rubric(where: Tx | Store, task_id: str, rubric: Mapping[str, Mapping]) -> Changes:
    """Write a task's descriptors for the targets named in ``rubric``, in one transaction.

    For each target named, the levels given replace what was there; a level left out or
    given empty text is removed (a tombstone, so the removal travels and can be undone).
    Targets not named keep their descriptors.
    """
    if isinstance(where, Store):
        with where.transaction() as tx:
            return set_task_rubric(tx, task_id, rubric)
    tx = where
    task = tx.session.get(Task, task_id)
    if task is None or task.deleted_hlc is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "That task no longer exists.")())
    by_key: dict[tuple[str, float], list[TaskRubricDescriptor]] = {}
    for row in _rows(tx.session, task_id):
        by_key.setdefault((row.target_id, float(row.level_value)), []).append(row)
    wanted = {
        (target_id, float(level)): str(text or "").strip()
        for target_id, levels in rubric.items()
        for level, text in levels.items()
    }
    named = set(rubric)
    for key in set(by_key) | set(wanted):
        if key[0] not in named:
            continue
        text = wanted.get(key, "")
        rows = by_key.get(key, [])
        live = [r for r in rows if r.deleted_hlc is None]
        keep = live[-1] if live else None
        for extra in live[:-1]:  # duplicates from two laptops: keep the newest
            tx.tombstone(extra)
        if not text:
            if keep is not None:
                tx.tombstone(keep)
            continue
        if keep is None and rows:  # revive the level's old row rather than add another
            keep = rows[-1]
            keep.deleted_hlc = None
            keep.text = text
            tx.touch(keep)
        elif keep is None:
            tx.add(
                TaskRubricDescriptor(
                    id=new_id(),
                    task_id=task_id,
                    target_id=key[0],
                    level_value=key[1],
                    text=text,
                )
            )
        elif keep.text != text:
            keep.text = text
            tx.touch(keep)
    return Changes(tasks=frozenset({task_id}))
