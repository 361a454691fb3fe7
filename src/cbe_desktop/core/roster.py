"""Classes, students, enrolments, and the targets each class teaches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from cbe_desktop.core import rules
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.class_list import (  # noqa: F401  (re-exported)
    ClassInfo,
    ClassSummary,
    class_summaries,
    live_classes,
)
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import standing_ids
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.languages import Language
from cbe_desktop.core.mastery import Method
from cbe_desktop.core.models import (
    NAME_ORDERS,
    ClassTarget,
    Enrollment,
    Evidence,
    SchoolClass,
    Student,
    Target,
    display_name,
    sort_key,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.store import Store, Tx
from cbe_desktop.core.values import in_order_of, value_of


def add_class(
    tx: Tx,
    name: str,
    *,
    term: str = "",
    subject: str = "",
    grade: str = "",
    scale_id: str | None = None,
    method: str = Method.LATEST,
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
    family_language: str = Language.EN,
    source_id: str | None = None,
    name_order: str = "given_first",
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
        name_order=name_order,
    )
    tx.add(student)
    return student


def enroll(tx: Tx, school_class: SchoolClass, student: Student) -> Enrollment:
    row = Enrollment(id=new_id(), class_id=school_class.id, student_id=student.id)
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
    )
    tx.add(row)
    return row


def find_class(session: Session, name_or_id: str) -> ClassInfo:
    """A live class by id, by the SIS's sourcedId (a OneRoster class code), or by name
    (case-insensitive); a clear error otherwise. Two classes of one name are told apart
    by the error, which names each one's sourcedId (or id)."""
    classes = live_classes(session, include_archived=True)
    for c in classes:
        if c.id == name_or_id:
            return c
    wanted = name_or_id.strip().casefold()
    for field in ("source_id", "name"):
        matches = [c for c in classes if (getattr(c, field) or "").strip().casefold() == wanted]
        if len(matches) == 1:
            return matches[0]
        live = [c for c in matches if not c.archived]
        if len(matches) > 1 and len(live) == 1:
            return live[0]  # a class and the archived terms it continues
        if len(matches) > 1:
            choices = ", ".join(c.source_id or c.id for c in matches)
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Roster",
                    "{count} classes are called {name}; name one by its sourcedId or id "
                    "instead ({choices}; 'cbe-desktop classes' lists them).",
                )(count=len(matches), name=repr(name_or_id), choices=choices)
            )
    names = ", ".join(sorted(c.name for c in classes)) or QT_TRANSLATE_NOOP("Roster", "none yet")()
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Roster", "There is no class called {name} (classes: {names}).")(
            name=repr(name_or_id), names=names
        )
    )


# ----- the classes and roster editor's operations ----------------------------------------

CLASS_FIELDS = (
    "name",
    "term",
    "subject",
    "grade",
    "scale_id",
    "method",
    "method_param",
    "targets_per_week",
)
STUDENT_FIELDS = (
    "given_name",
    "family_name",
    "preferred_name",
    "student_number",
    "grade",
    "family_language",
    "name_order",
)


def _check_name_order(fields: dict[str, object]) -> None:
    if "name_order" in fields and fields["name_order"] not in NAME_ORDERS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Roster", "A name is written given name first or family name first."
            )()
        )


def _check_method(method: str | None, param: float | None) -> None:
    """A method the engine knows with a setting in range (None: the class's own method)."""
    rules.require(rules.method_problem(method, param, optional=True))


def create_class(store: Store, name: str, **fields: object) -> tuple[str, Changes]:
    if not name.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Roster", "A class needs a name.")())
    unknown = set(fields) - set(CLASS_FIELDS)
    if unknown:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Roster", "A class has no field {field}.")(
                field=repr(sorted(unknown)[0])
            )
        )
    _check_method(fields.get("method"), fields.get("method_param"))  # type: ignore[arg-type]
    with store.transaction() as tx:
        if not fields.get("scale_id"):
            from cbe_desktop.core.scales import create_default_scale, default_scale_id

            fields["scale_id"] = default_scale_id(tx.session) or create_default_scale(tx).id
        row = add_class(tx, name.strip(), **fields)  # type: ignore[arg-type]
    return row.id, Changes(classes=frozenset({row.id}), everything=True)


def update_class(store: Store, class_id: str, **fields: object) -> Changes:
    unknown = set(fields) - set(CLASS_FIELDS)
    if unknown:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Roster", "A class has no field {field}.")(
                field=repr(sorted(unknown)[0])
            )
        )
    if "name" in fields and not str(fields["name"]).strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Roster", "A class needs a name.")())
    with store.transaction() as tx:
        row = _live_class(tx.session, class_id)
        _check_method(
            fields.get("method", row.method),  # type: ignore[arg-type]
            fields.get("method_param", row.method_param),  # type: ignore[arg-type]
        )
        if _assign(row, fields):
            tx.touch(row)
    return Changes(classes=frozenset({class_id}), everything=True)


def archive_class(store: Store, class_id: str, archived: bool = True) -> Changes:
    with store.transaction() as tx:
        row = _live_class(tx.session, class_id)
        row.archived = archived
        tx.touch(row)
    return Changes(classes=frozenset({class_id}), everything=True)


def set_class_targets(store: Store, class_id: str, target_ids: list[str]) -> Changes:
    """The class teaches exactly these targets, in this order (from any framework)."""
    with store.transaction() as tx:
        session = tx.session
        _live_class(session, class_id)
        rows = session.exec(select(ClassTarget).where(ClassTarget.class_id == class_id)).all()
        by_target: dict[str, ClassTarget] = {}
        for row in sorted(rows, key=lambda r: r.deleted_hlc is None):
            by_target[row.target_id] = row  # a live row wins over a tombstoned one
        wanted = list(dict.fromkeys(target_ids))
        for position, target_id in enumerate(wanted):
            kept = by_target.pop(target_id, None)
            if kept is None:
                target = session.get(Target, target_id)
                if target is None or target.deleted_hlc:
                    continue
                align_target(
                    tx,
                    _live_class(session, class_id),
                    target,
                    position=position,
                    method=target.method,
                    method_param=target.method_param,
                )
            elif kept.deleted_hlc is not None or kept.position != position:
                kept.deleted_hlc = None
                kept.position = position
                tx.touch(kept)
        for row in by_target.values():
            if row.deleted_hlc is None:
                tx.tombstone(row)
    return Changes(classes=frozenset({class_id}), targets=frozenset(target_ids), everything=True)


def set_target_method(
    store: Store, class_id: str, target_id: str, method: str | None, param: float | None = None
) -> Changes:
    """Use another method for one target of a class (None: the class's own method)."""
    _check_method(method, param)
    with store.transaction() as tx:
        row = tx.session.exec(
            select(ClassTarget).where(
                ClassTarget.class_id == class_id,
                ClassTarget.target_id == target_id,
                ClassTarget.deleted_hlc.is_(None),
            )
        ).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Roster", "That target is not taught in this class.")()
            )
        row.method, row.method_param = method, param if method else None
        tx.touch(row)
    return Changes(classes=frozenset({class_id}), targets=frozenset({target_id}))


def target_method(
    session: Session, class_id: str | None, target_id: str
) -> tuple[str | None, float | None]:
    """The per-target method override of a class (None, None: the class's own method)."""
    row = session.exec(
        select(ClassTarget).where(
            ClassTarget.class_id == class_id,
            ClassTarget.target_id == target_id,
            ClassTarget.deleted_hlc.is_(None),
        )
    ).first()
    return (row.method, row.method_param) if row else (None, None)


def class_target_ids(session: Session, class_id: str) -> list[str]:
    rows = session.exec(
        select(ClassTarget.target_id)
        .where(ClassTarget.class_id == class_id, ClassTarget.deleted_hlc.is_(None))
        .order_by(col(ClassTarget.position))
    ).all()
    return list(rows)


def create_student(
    store: Store,
    given_name: str,
    family_name: str = "",
    *,
    class_id: str | None = None,
    **fields: object,
) -> tuple[str, Changes]:
    if not given_name.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Roster", "A student needs a given name.")())
    unknown = set(fields) - set(STUDENT_FIELDS)
    if unknown:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Roster", "A student has no field {field}.")(
                field=repr(sorted(unknown)[0])
            )
        )
    _check_name_order(fields)
    with store.transaction() as tx:
        student = add_student(tx, given_name.strip(), family_name.strip(), **fields)  # type: ignore[arg-type]
        if class_id:
            enroll(tx, _live_class(tx.session, class_id), student)
    return student.id, Changes(students=frozenset({student.id}), everything=True)


def update_student(store: Store, student_id: str, **fields: object) -> Changes:
    unknown = set(fields) - set(STUDENT_FIELDS)
    if unknown:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Roster", "A student has no field {field}.")(
                field=repr(sorted(unknown)[0])
            )
        )
    if "given_name" in fields and not str(fields["given_name"]).strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Roster", "A student needs a given name.")())
    _check_name_order(fields)
    with store.transaction() as tx:
        row = _live_student(tx.session, student_id)
        if _assign(row, fields):
            tx.touch(row)
    return Changes(students=frozenset({student_id}), everything=True)


def archive_student(store: Store, student_id: str, archived: bool = True) -> Changes:
    """Archive (hide) a student who left; their evidence stays, and they can come back."""
    with store.transaction() as tx:
        row = _live_student(tx.session, student_id)
        row.archived = archived
        tx.touch(row)
    return Changes(students=frozenset({student_id}), everything=True)


def enroll_students(store: Store, class_id: str, student_ids: list[str]) -> Changes:
    with store.transaction() as tx:
        school_class = _live_class(tx.session, class_id)
        enrolled = set(
            tx.session.exec(
                select(Enrollment.student_id).where(
                    Enrollment.class_id == class_id, Enrollment.deleted_hlc.is_(None)
                )
            ).all()
        )
        for sid in dict.fromkeys(student_ids):
            if sid not in enrolled:
                enroll(tx, school_class, _live_student(tx.session, sid))
    return Changes(classes=frozenset({class_id}), students=frozenset(student_ids), everything=True)


def unenroll_student(store: Store, class_id: str, student_id: str) -> Changes:
    with store.transaction() as tx:
        for row in tx.session.exec(
            select(Enrollment).where(
                Enrollment.class_id == class_id,
                Enrollment.student_id == student_id,
                Enrollment.deleted_hlc.is_(None),
            )
        ):
            tx.tombstone(row)
    return Changes(classes=frozenset({class_id}), students=frozenset({student_id}), everything=True)


def class_evidence_count(session: Session, class_id: str, student_id: str) -> int:
    """How many pieces of a student's evidence in a class stand (withdrawn ones and
    corrected versions not counted): what removing them from the class keeps."""
    rows = session.exec(
        select(Evidence.id, Evidence.supersedes, Evidence.status, Evidence.class_id).where(
            Evidence.student_id == student_id
        )
    ).all()
    standing = standing_ids((piece, supersedes) for piece, supersedes, _, _ in rows)
    return sum(
        1
        for piece, _, status, in_class in rows
        if piece in standing and status != "retracted" and in_class == class_id
    )


def class_students(
    session: Session, class_id: str, *, include_archived: bool = True
) -> list[StudentInfo]:
    """The students enrolled in a class (not removed ones), by family name then given name."""
    query = (
        select(Student)
        .join(Enrollment, col(Enrollment.student_id) == col(Student.id))
        .where(
            Enrollment.class_id == class_id,
            Enrollment.deleted_hlc.is_(None),
            Student.deleted_hlc.is_(None),
        )
    )
    if not include_archived:
        query = query.where(Student.archived.is_(False))
    rows = {s.id: s for s in session.exec(query)}
    ordered = sorted(rows.values(), key=lambda s: (sort_key(s.family_name), sort_key(s.given_name)))
    return [StudentInfo.of(s) for s in ordered]


def all_students(session: Session) -> list[StudentInfo]:
    """Every student not removed (archived ones too), by family name then given name."""
    rows = session.exec(select(Student).where(Student.deleted_hlc.is_(None))).all()
    ordered = sorted(rows, key=lambda s: (sort_key(s.family_name), sort_key(s.given_name)))
    return [StudentInfo.of(s) for s in ordered]


# ----- one class, one student, as the window reads them -----------------------------------


@dataclass(frozen=True)
class StudentInfo:
    """A student's own fields, read once (field names are the columns', as for
    ``update_student``); ``merged_into`` names the record this one is the same learner as."""

    id: str
    given_name: str
    family_name: str
    preferred_name: str
    student_number: str
    grade: str
    family_language: str
    name_order: str
    archived: bool
    source_id: str | None
    merged_into: str | None

    @property
    def display_name(self) -> str:
        return display_name(self.given_name, self.family_name, self.preferred_name)

    @classmethod
    def of(cls, row: Student) -> StudentInfo:
        """The student's fields, read off its row."""
        return value_of(cls, row)


def class_info(session: Session, class_id: str | None) -> ClassInfo | None:
    """A class (archived ones too); None when there is no class of that id or it was
    removed (on another laptop, say)."""
    row = session.get(SchoolClass, class_id) if class_id else None
    return None if row is None or row.deleted_hlc is not None else ClassInfo.of(row)


def student_info(session: Session, student_id: str | None) -> StudentInfo | None:
    """A student (archived ones too); None when there is none of that id or it was removed."""
    row = session.get(Student, student_id) if student_id else None
    return None if row is None or row.deleted_hlc is not None else StudentInfo.of(row)


def students_info(session: Session, student_ids: Sequence[str]) -> list[StudentInfo]:
    """Students in the order of ``student_ids``; ids of no student, or of a removed one,
    are left out."""
    if not student_ids:
        return []
    rows = session.exec(
        select(Student).where(col(Student.id).in_(student_ids), Student.deleted_hlc.is_(None))
    ).all()
    return [StudentInfo.of(row) for row in in_order_of(student_ids, rows)]


def _assign(row: object, fields: dict[str, object]) -> bool:
    changed = False
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip()
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _live_class(session: Session, class_id: str) -> SchoolClass:
    row = session.get(SchoolClass, class_id)
    if row is None or row.deleted_hlc is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Roster", "That class no longer exists.")())
    return row


def _live_student(session: Session, student_id: str) -> Student:
    row = session.get(Student, student_id)
    if row is None or row.deleted_hlc is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Roster", "That student no longer exists.")())
    return row
