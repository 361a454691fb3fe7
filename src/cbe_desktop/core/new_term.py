"""Start a new term or year from a class: nothing retyped, nothing lost.

:func:`start_new_term` makes the class that continues another: the same subject, grade,
scale and calculation method, the same targets in the same order (with their method
overrides), the same tasks (with their task rubrics), and the students the teacher
keeps; then it archives the old class, which stays whole and read-only (see
``store._keep_archived_classes``). It is one transaction: all of it, or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import (
    ClassTarget,
    Enrollment,
    SchoolClass,
    Student,
    Task,
    TaskRubricDescriptor,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.roster import add_class, enroll
from cbe_desktop.core.store import Store


@dataclass(frozen=True)
class NewTerm:
    class_id: str
    targets: int
    tasks: int
    students: int
    changes: Changes


def start_new_term(
    store: Store,
    class_id: str,
    *,
    name: str,
    term: str,
    student_ids: list[str] | None = None,
    tasks_on: str | None = None,
    archive_old: bool = True,
) -> NewTerm:
    """A new class continuing ``class_id`` for ``term``.

    ``student_ids``: who moves on to it (None: every student of the old class; students
    of other classes may be added, to re-roster). ``tasks_on``: the date the copied
    tasks carry (None: their old dates).
    """
    name, term = name.strip(), term.strip()
    if not name:
        raise InvalidInputError(QT_TRANSLATE_NOOP("NewTerm", "The new class needs a name.")())
    with store.transaction() as tx:
        session = tx.session
        old = session.get(SchoolClass, class_id)
        if old is None or old.deleted_hlc is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("NewTerm", "That class no longer exists.")())
        if old.archived:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "NewTerm",
                    "The class {name} is already archived; start the new term from the class "
                    "that continues it.",
                )(name=old.name)
            )
        if name.casefold() == old.name.casefold() and term.casefold() == old.term.casefold():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "NewTerm",
                    "The new class has the old one's name and term; give it the new term "
                    "(for example Spring 2027).",
                )()
            )
        new = add_class(
            tx,
            name,
            term=term,
            subject=old.subject,
            grade=old.grade,
            scale_id=old.scale_id,
            method=old.method,
            method_param=old.method_param,
            targets_per_week=old.targets_per_week,
        )
        aligned = session.exec(
            select(ClassTarget)
            .where(ClassTarget.class_id == old.id, ClassTarget.deleted_hlc.is_(None))
            .order_by(col(ClassTarget.position))
        ).all()
        for ct in aligned:
            tx.add(
                ClassTarget(
                    id=new_id(),
                    class_id=new.id,
                    target_id=ct.target_id,
                    position=ct.position,
                    method=ct.method,
                    method_param=ct.method_param,
                )
            )
        tasks = session.exec(
            select(Task)
            .where(Task.class_id == old.id, Task.deleted_hlc.is_(None))
            .order_by(Task.date, Task.id)
        ).all()
        for task in tasks:
            copy = Task(
                id=new_id(),
                class_id=new.id,
                title=task.title,
                date=tasks_on or task.date,
                purpose=task.purpose,
                task_type=task.task_type,
                target_ids=list(task.target_ids),
                notes=task.notes,
            )
            tx.add(copy)
            for d in session.exec(
                select(TaskRubricDescriptor).where(
                    TaskRubricDescriptor.task_id == task.id,
                    TaskRubricDescriptor.deleted_hlc.is_(None),
                )
            ).all():
                tx.add(
                    TaskRubricDescriptor(
                        id=new_id(),
                        task_id=copy.id,
                        target_id=d.target_id,
                        level_value=d.level_value,
                        text=d.text,
                    )
                )
        if student_ids is None:
            student_ids = list(
                session.exec(
                    select(Enrollment.student_id).where(
                        Enrollment.class_id == old.id, Enrollment.deleted_hlc.is_(None)
                    )
                ).all()
            )
        moved = 0
        for sid in dict.fromkeys(student_ids):
            student = session.get(Student, sid)
            if student is None or student.deleted_hlc is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "NewTerm", "A student chosen for the new class no longer exists."
                    )()
                )
            enroll(tx, new, student)
            moved += 1
        if archive_old:
            old.archived = True
            tx.touch(old)
    return NewTerm(
        class_id=new.id,
        targets=len(aligned),
        tasks=len(tasks),
        students=moved,
        changes=Changes(classes=frozenset({old.id, new.id}), everything=True),
    )
