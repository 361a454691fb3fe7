"""This store's rows as a sync file writes them, made by SQLite (for a file received again).

A line of a sync file that is exactly, byte for byte, what this store would write for
one of its rows is a version the store holds already (see ``exchange._Merger._held``).
Reading each such row into Python and encoding it (``bundle.row_line``) to compare was
most of the work of importing a file received again; here SQLite writes the same text
itself, from the SQL expression :func:`line_sql` gives, in the statement that reads the
rows.

The expression gives a row's line exactly as ``row_line`` writes it, or NULL whenever it
cannot be sure to (a row with a value of an unexpected kind, a fraction finer than a
quarter): such a row is read and compared in Python, as before. So a line is taken for
one the store holds only when it is that row's line, byte for byte:

- text, by SQLite's ``json_object``: UTF-8 as it is, with ``"``, ``\\`` and control
  characters escaped exactly as Python's JSON encoder escapes them;
- whole numbers: their digits; booleans (stored as 0 or 1): ``true``, ``false``;
- numbers with a fraction: only multiples of a quarter under 10^13 (levels, settings),
  written from whole numbers (never through SQLite's own formatting of numbers), the
  way Python writes them: ``3.0``, ``2.5``, ``-0.75``;
- lists (of ids): their stored JSON with its spaces taken out (``json()``), when it is
  plain JSON;
- a table with an object column (conflicts' versions, a calibration rubric): no
  expression; its rows are compared in Python.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache

from cbe_desktop.sync.bundle import Column, columns

#: Under this, a multiple of a quarter has at most 15 significant digits: Python writes
#: it as its exact decimal, and so does :func:`_number`.
_NUMBER_LIMIT = "1e13"


def _number(name: str) -> str:
    """A REAL that is a multiple of a quarter, written as Python's ``repr`` writes it."""
    whole = f"CAST(CAST(abs({name}) AS INTEGER) AS TEXT)"
    quarters = f"CAST(abs({name}) * 4 AS INTEGER) % 4"
    return (
        f"json(CASE WHEN {name} < 0 THEN '-' ELSE '' END || {whole} || "
        f"CASE {quarters} WHEN 0 THEN '.0' WHEN 1 THEN '.25' WHEN 2 THEN '.5' ELSE '.75' END)"
    )


def _sure(column: Column, text: frozenset[str]) -> str | None:
    """When the column's value can be written here exactly as the file writes it (None:
    always; a column of text affinity holds only text, NULL, or a BLOB, which
    ``json_object`` refuses with an error, and then the rows are read in Python)."""
    name = column.name
    if column.kind == "str":
        return None if name in text else f"typeof({name}) IN ('text', 'null')"
    if column.kind == "int":
        return f"typeof({name}) IN ('integer', 'null')"
    if column.kind == "bool":
        return f"({name} IS NULL OR (typeof({name}) = 'integer' AND {name} IN (0, 1)))"
    if column.kind == "float":
        return (
            f"({name} IS NULL OR (typeof({name}) = 'real' AND abs({name}) < {_NUMBER_LIMIT} "
            f"AND abs({name}) * 4 = CAST(abs({name}) * 4 AS INTEGER)))"
        )
    assert column.kind == "list", column
    return f"({name} IS NULL OR {name} = '[]' OR (typeof({name}) = 'text' AND json_valid({name})))"


def _value(column: Column) -> str:
    """The column's value as ``json_object`` writes it (once :func:`_sure` holds)."""
    name = column.name
    if column.kind in ("str", "int"):
        return name
    if column.kind == "bool":
        return f"CASE {name} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END"
    if column.kind == "float":
        return f"CASE WHEN {name} IS NOT NULL THEN {_number(name)} END"
    return f"CASE WHEN {name} = '[]' THEN json('[]') WHEN {name} IS NOT NULL THEN json({name}) END"


@cache
def line_sql(table: str, text: frozenset[str] = frozenset()) -> str | None:
    """An SQLite expression over ``table``'s columns: the line the file writes for the
    row (``bundle.row_line``, text), or NULL when it cannot be sure to write exactly
    that. None for a table with an object column (its rows are compared in Python).

    ``text``: the columns the store declares with SQLite's text affinity (see
    :func:`text_columns`); any other is checked for the kind of its value first."""
    cols = columns(table)
    if any(c.kind not in ("str", "int", "bool", "float", "list") for c in cols):
        return None
    sure = " AND ".join(s for c in cols if (s := _sure(c, text)) is not None) or "1"
    # Keys as the file writes them (they are plain names: nothing to escape in SQL).
    pairs = ", ".join(f"{_key(c.name)}, {_value(c)}" for c in cols)
    return f"CASE WHEN {sure} THEN json_object({pairs}) END"


def text_columns(declared: Iterable[tuple[str, str]]) -> frozenset[str]:
    """Of a table's columns as ``PRAGMA table_info`` gives them (name, declared type), the
    ones of text affinity, by SQLite's rules: the declared type holds CHAR, CLOB or TEXT
    (and not INT). Such a column stores numbers given to it as text."""
    out = set()
    for name, declared_type in declared:
        kind = (declared_type or "").upper()
        if "INT" not in kind and any(word in kind for word in ("CHAR", "CLOB", "TEXT")):
            out.add(name)
    return frozenset(out)


def _key(name: str) -> str:
    assert json.dumps(name) == f'"{name}"' and "'" not in name, name
    return f"'{name}'"


__all__ = ["line_sql", "text_columns"]
