"""Student voice: goals and reflections, written by the student or the teacher."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlmodel import Session, select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import AUTHORS, Goal, Reflection
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.store import Store, Tx


def _check(text: str, author: str) -> None:
    if not text.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Voice", "Write something first: the text is empty.")()
        )
    if author not in AUTHORS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Voice", "The author is the student or the teacher, not {author}.")(
                author=repr(author)
            )
        )


def add_goal(
    tx: Tx,
    student_id: str,
    text: str,
    on: date | str,
    *,
    class_id: str | None = None,
    author: str = "student",
) -> Goal:
    _check(text, author)
    row = Goal(
        id=new_id(),
        student_id=student_id,
        class_id=class_id,
        text=text.strip(),
        written_on=str(on),
        author=author,
    )
    tx.add(row)
    return row


def add_reflection(
    tx: Tx,
    student_id: str,
    text: str,
    on: date | str,
    *,
    class_id: str | None = None,
    author: str = "student",
) -> Reflection:
    _check(text, author)
    row = Reflection(
        id=new_id(),
        student_id=student_id,
        class_id=class_id,
        text=text.strip(),
        written_on=str(on),
        author=author,
    )
    tx.add(row)
    return row


# ----- the teacher's (and the student's) actions: one action, one transaction -----------

VOICE_KINDS = ("goal", "reflection")
_TABLES: dict[str, type[Goal] | type[Reflection]] = {"goal": Goal, "reflection": Reflection}


@dataclass(frozen=True)
class VoiceItem:
    """One goal or reflection, as the conference list shows it."""

    kind: str  # "goal" | "reflection"
    id: str
    student_id: str
    class_id: str | None
    text: str
    written_on: str
    author: str  # "student" | "teacher"

    @property
    def kind_words(self) -> str:
        if self.kind == "goal":
            return QT_TRANSLATE_NOOP("Voice", "Goal")()
        return QT_TRANSLATE_NOOP("Voice", "Reflection")()

    @property
    def author_words(self) -> str:
        if self.author == "student":
            return QT_TRANSLATE_NOOP("Voice", "written by the student")()
        return QT_TRANSLATE_NOOP("Voice", "written by the teacher")()

    @property
    def author_name(self) -> str:
        """Who wrote it, for a list's "Written by" column: "the student", "the teacher"."""
        if self.author == "student":
            return QT_TRANSLATE_NOOP("Voice", "the student")()
        return QT_TRANSLATE_NOOP("Voice", "the teacher")()


def student_voice(
    session: Session, student_id: str, *, class_id: str | None = None
) -> list[VoiceItem]:
    """A student's live goals and reflections, newest first (same day: last written first).

    With ``class_id``: those written in that class, and those tied to no class.
    """
    rows = [
        (kind, row)
        for kind, table in _TABLES.items()
        for row in session.exec(
            select(table).where(table.student_id == student_id, table.deleted_hlc.is_(None))
        )
        if class_id is None or row.class_id in (None, class_id)
    ]
    rows.sort(key=lambda kr: (kr[1].written_on, kr[1].hlc), reverse=True)
    return [
        VoiceItem(
            kind=kind,
            id=row.id,
            student_id=row.student_id,
            class_id=row.class_id,
            text=row.text,
            written_on=row.written_on,
            author=row.author,
        )
        for kind, row in rows
    ]


def write_goal(
    store: Store,
    student_id: str,
    text: str,
    *,
    class_id: str | None,
    author: str,
    on: date | str | None = None,
) -> tuple[str, Changes]:
    """Keep a goal the student set (typed by the student at the laptop, or by the teacher)."""
    with store.transaction() as tx:
        row = add_goal(tx, student_id, text, on or date.today(), class_id=class_id, author=author)
    return row.id, Changes(students=frozenset({student_id}))


def write_reflection(
    store: Store,
    student_id: str,
    text: str,
    *,
    class_id: str | None,
    author: str,
    on: date | str | None = None,
) -> tuple[str, Changes]:
    """Keep a reflection on the student's learning."""
    with store.transaction() as tx:
        row = add_reflection(
            tx, student_id, text, on or date.today(), class_id=class_id, author=author
        )
    return row.id, Changes(students=frozenset({student_id}))


def not_a_voice_kind(kind: str) -> str:
    """The refusal of a kind of voice that is neither a goal nor a reflection."""
    return QT_TRANSLATE_NOOP("Voice", "A student's voice is a goal or a reflection, not {kind}.")(
        kind=repr(kind)
    )


def voice_gone(kind: str) -> str:
    """'That goal no longer exists.' / 'That reflection no longer exists.'"""
    if kind == "goal":
        return QT_TRANSLATE_NOOP("Voice", "That goal no longer exists.")()
    return QT_TRANSLATE_NOOP("Voice", "That reflection no longer exists.")()


def _voice_row(tx: Tx, kind: str, row_id: str) -> Goal | Reflection:
    table = _TABLES.get(kind)
    if table is None:
        raise InvalidInputError(not_a_voice_kind(kind))
    row = cast(Goal | Reflection | None, tx.session.get(table, row_id))
    if row is None:
        raise NotFoundError(voice_gone(kind))
    return row


def delete_voice(store: Store, kind: str, row_id: str) -> Changes:
    """Remove a goal or reflection from the lists (a tombstone: it can come back)."""
    with store.transaction() as tx:
        row = _voice_row(tx, kind, row_id)
        if row.deleted_hlc is None:
            tx.tombstone(row)
    return Changes(students=frozenset({row.student_id}))


def restore_voice(store: Store, kind: str, row_id: str) -> Changes:
    """Bring back a deleted goal or reflection (the undo of a delete, or the redo of a write)."""
    with store.transaction() as tx:
        row = _voice_row(tx, kind, row_id)
        if row.deleted_hlc is not None:
            row.deleted_hlc = None
            tx.touch(row)
    return Changes(students=frozenset({row.student_id}))
