"""Student voice: goals and reflections, written by the student or the teacher."""

from __future__ import annotations

from datetime import date

from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import AUTHORS, Goal, Reflection
from cbe_desktop.core.store import Tx


def _check(text: str, author: str) -> None:
    if not text.strip():
        raise InvalidInputError("Write something first: the text is empty.")
    if author not in AUTHORS:
        raise InvalidInputError(f"The author is the student or the teacher, not {author!r}.")


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
        hlc="",
        origin="",
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
        hlc="",
        origin="",
    )
    tx.add(row)
    return row
