"""The classes as the window's list shows them: read through the driver (see
:mod:`reads`), so the window's first view needs no ORM. :mod:`roster` changes them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cbe_desktop.core.reads import Source, rows_of
from cbe_desktop.core.values import value_of


@dataclass(frozen=True)
class ClassInfo:
    """A class's own fields, read once: what the window shows and edits (field names are
    the columns', so ``update_class(store, info.id, **{f: getattr(info, f)})`` works)."""

    id: str
    name: str
    term: str
    subject: str
    grade: str
    scale_id: str | None
    method: str
    method_param: float | None
    targets_per_week: float | None
    archived: bool
    source_id: str | None

    @classmethod
    def of(cls, row: Any) -> ClassInfo:
        """The class's fields, read off its row (a table row, or a named row read by SQL)."""
        return value_of(cls, row, archived=bool(row.archived))


#: The columns of :class:`ClassInfo`, as :func:`live_classes` reads them.
_CLASS_COLUMNS = (
    "id, name, term, subject, grade, scale_id, method, method_param, targets_per_week,"
    " archived, source_id"
)


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
    source_id: str | None = None  # the SIS's sourcedId (OneRoster), which --class accepts


def live_classes(source: Source, *, include_archived: bool = False) -> list[ClassInfo]:
    """Every class not removed (archived ones only when asked), by name, then term."""
    archived = "" if include_archived else " AND NOT archived"
    rows = rows_of(source).named(
        f"SELECT {_CLASS_COLUMNS} FROM school_class WHERE deleted_hlc IS NULL{archived}"
        " ORDER BY name, term, id"
    )
    return [ClassInfo.of(row) for row in rows]


def is_school_store(source: Source) -> bool:
    """Whether the school-wide views mean something here: a hub, or several classes."""
    db = rows_of(source)
    return db.postgres or len(live_classes(db)) > 1


def class_summaries(source: Source) -> list[ClassSummary]:
    """Every live class with its number of enrolled students and of aligned targets."""
    db = rows_of(source)
    students = dict(db.all(_STUDENT_COUNTS))
    targets = dict(db.all(_TARGET_COUNTS))
    return [
        ClassSummary(
            id=c.id,
            name=c.name,
            term=c.term,
            subject=c.subject,
            grade=c.grade,
            students=int(students.get(c.id, 0)),
            targets=int(targets.get(c.id, 0)),
            source_id=c.source_id,
        )
        for c in live_classes(db)
    ]


_STUDENT_COUNTS = """
SELECT en.class_id, count(DISTINCT en.student_id) FROM enrollment en
JOIN student s ON s.id = en.student_id
WHERE en.deleted_hlc IS NULL AND s.deleted_hlc IS NULL
GROUP BY en.class_id
"""

_TARGET_COUNTS = """
SELECT ct.class_id, count(DISTINCT ct.target_id) FROM class_target ct
JOIN target t ON t.id = ct.target_id
JOIN framework f ON f.id = t.framework_id
WHERE ct.deleted_hlc IS NULL AND t.deleted_hlc IS NULL AND f.kind = 'academic'
GROUP BY ct.class_id
"""
