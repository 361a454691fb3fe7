"""Frozen values read off table rows: what the window and reports are handed instead of
rows they could load more from or change (see ARCHITECTURE.md, "How the window reads")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Value = TypeVar("Value", bound="DataclassInstance")


def value_of(kind: type[Value], row: object, **given: Any) -> Value:
    """A ``kind`` (a frozen dataclass) whose fields are read off ``row`` under the same
    names; ``given`` supplies the fields read another way (a list made a tuple ...)."""
    read = {f.name: getattr(row, f.name) for f in fields(kind) if f.name not in given}
    return kind(**read, **given)


class _WithId(Protocol):
    @property
    def id(self) -> str: ...


Keyed = TypeVar("Keyed", bound=_WithId)


def in_order_of(ids: Sequence[str], rows: Iterable[Keyed]) -> list[Keyed]:
    """``rows`` in the order of ``ids``, once each (an id given twice counts once); ids
    with no row among them are left out."""
    by_id = {row.id: row for row in rows}
    return [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
