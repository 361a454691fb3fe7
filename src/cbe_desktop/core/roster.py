"""Classes, students, enrolments, and the targets each class teaches."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import (
    ClassTarget,
    Enrollment,
    Framework,
    SchoolClass,
    Student,
    Target,
)
from cbe_desktop.core.store import Tx


def add_class(
    tx: Tx,
    name: str,
    *,
    term: str = "",
    subject: str = "",
    grade: str = "",
    scale_id: str | None = None,
    method: str = "latest",
    method_param: float | None = None,
    targets_per_week: float | None = None,
    source_id: str | None = None,
) -> SchoolClass:
    cls = SchoolClass(
        id=new_id(),
        name=name,
        term=term,
        subject=subject,
        grade=grade,
        scale_id=scale_id,
        method=method,
        method_param=method_param,
        targets_per_week=targets_per_week,
        source_id=source_id,
        hlc="",
        origin="",
    )
    tx.add(cls)
    return cls


def add_student(
    tx: Tx,
    given_name: str,
    family_name: str = "",
    *,
    preferred_name: str = "",
    student_number: str = "",
    grade: str = "",
    family_language: str = "en",
    source_id: str | None = None,
) -> Student:
    student = Student(
        id=new_id(),
        given_name=given_name,
        family_name=family_name,
        preferred_name=preferred_name,
        student_number=student_number,
        grade=grade,
        family_language=family_language,
        source_id=source_id,
        hlc="",
        origin="",
    )
    tx.add(student)
    return student


def enroll(tx: Tx, school_class: SchoolClass, student: Student) -> Enrollment:
    row = Enrollment(
        id=new_id(), class_id=school_class.id, student_id=student.id, hlc="", origin=""
    )
    tx.add(row)
    return row


def align_target(
    tx: Tx,
    school_class: SchoolClass,
    target: Target,
    *,
    position: int = 0,
    method: str | None = None,
    method_param: float | None = None,
) -> ClassTarget:
    row = ClassTarget(
        id=new_id(),
        class_id=school_class.id,
        target_id=target.id,
        position=position,
        method=method,
        method_param=method_param,
        hlc="",
        origin="",
    )
    tx.add(row)
    return row


@dataclass(frozen=True)
class ClassSummary:
    """A class as lists show it; ``targets`` counts academic targets (not habits)."""

    id: str
    name: str
    term: str
    subject: str
    grade: str
    students: int
    targets: int


def live_classes(session: Session, *, include_archived: bool = False) -> list[SchoolClass]:
    query = select(SchoolClass).where(SchoolClass.deleted_hlc.is_(None))
    if not include_archived:
        query = query.where(SchoolClass.archived.is_(False))
    return list(session.exec(query.order_by(SchoolClass.name, SchoolClass.term, SchoolClass.id)))


def class_summaries(session: Session) -> list[ClassSummary]:
    """Every live class with its number of enrolled students and of aligned targets."""
    students = dict(
        session.exec(
            select(Enrollment.class_id, func.count(func.distinct(Enrollment.student_id)))
            .join(Student, Student.id == Enrollment.student_id)
            .where(Enrollment.deleted_hlc.is_(None), Student.deleted_hlc.is_(None))
            .group_by(Enrollment.class_id)
        ).all()
    )
    targets = dict(
        session.exec(
            select(ClassTarget.class_id, func.count(func.distinct(ClassTarget.target_id)))
            .join(Target, Target.id == ClassTarget.target_id)
            .join(Framework, Framework.id == Target.framework_id)
            .where(
                ClassTarget.deleted_hlc.is_(None),
                Target.deleted_hlc.is_(None),
                Framework.kind == "academic",
            )
            .group_by(ClassTarget.class_id)
        ).all()
    )
    return [
        ClassSummary(
            id=c.id,
            name=c.name,
            term=c.term,
            subject=c.subject,
            grade=c.grade,
            students=int(students.get(c.id, 0)),
            targets=int(targets.get(c.id, 0)),
        )
        for c in live_classes(session)
    ]


def find_class(session: Session, name_or_id: str) -> SchoolClass:
    """A live class by id or by name (case-insensitive); a clear error otherwise."""
    classes = live_classes(session, include_archived=True)
    for c in classes:
        if c.id == name_or_id:
            return c
    wanted = name_or_id.strip().casefold()
    matches = [c for c in classes if c.name.casefold() == wanted]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(
            f"{len(matches)} classes are called {name_or_id!r}; name one by its id instead."
        )
    names = ", ".join(sorted(c.name for c in classes)) or "none yet"
    raise NotFoundError(f"There is no class called {name_or_id!r} (classes: {names}).")
