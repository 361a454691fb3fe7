"""Frozen values read off table rows: what the window and reports are handed instead of
rows they could load more from or change (see ARCHITECTURE.md, "How the window reads")."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Value = TypeVar("Value", bound="DataclassInstance")


def value_of(kind: type[Value], row: object, **given: Any) -> Value:
    """A ``kind`` (a frozen dataclass) whose fields are read off ``row`` under the same
    names; ``given`` supplies the fields read another way (a list made a tuple ...)."""
    read = {f.name: getattr(row, f.name) for f in fields(kind) if f.name not in given}
    return kind(**read, **given)
