"""Reading the store straight through its database driver, without the ORM.

The window's first view (the settings it opens with, the class list, the first class's
gradebook and its side panel) is read before SQLAlchemy and SQLModel are loaded:
importing them costs about three times as much as Qt's whole empty window, so the window
paints first and loads them after (see ARCHITECTURE.md, "How the window starts").

The functions that read for the first view take a :data:`Source`: a :class:`Rows`
(``Store.reads()``), or an ORM session (every other caller), which :func:`rows_of`
turns into a :class:`Rows` on the session's own connection and transaction. Their SQL is
written once, with ``:name`` parameters, and runs the same on SQLite and on the school
hub's PostgreSQL.
"""

from __future__ import annotations

import json
import re
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

if TYPE_CHECKING:
    from sqlmodel import Session

#: SQLite's "+column" (do not use this column's index) means nothing to PostgreSQL.
_INDEX_HINT = re.compile(r"(?<=\s)\+(?=[a-z_]+\.)")
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")

Params = Mapping[str, Any] | Sequence[Any]


class _Driver(Protocol):
    """A DB-API connection with ``execute`` (sqlite3's and psycopg's both have it)."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...


class Rows:
    """Reads on one database connection, in its current transaction.

    :meth:`all` gives plain tuples (by position: the fastest), :meth:`named` rows whose
    columns are attributes (``row.name``), :meth:`value` the first column of the first
    row. ``postgres``: the connection is psycopg's, whose parameters are written
    ``%(name)s`` / ``%s``; the SQL is rewritten for it once per statement.
    """

    def __init__(self, driver: _Driver, *, postgres: bool = False) -> None:
        self.driver = driver
        self.postgres = postgres
        self._shapes: dict[tuple[str, ...], Callable[..., Any]] = {}

    def _sql(self, sql: str, params: Params) -> str:
        if not self.postgres:
            return sql
        sql = _INDEX_HINT.sub("", sql.replace("%", "%%"))
        if isinstance(params, Mapping):
            return _NAMED.sub(r"%(\1)s", sql)
        return sql.replace("?", "%s")

    def cursor(self, sql: str, params: Params = ()) -> Any:
        return self.driver.execute(self._sql(sql, params), params)

    def all(self, sql: str, params: Params = ()) -> list[tuple]:
        rows = self.cursor(sql, params).fetchall()
        return [tuple(r) for r in rows] if self.postgres else rows

    def named(self, sql: str, params: Params = ()) -> list[Any]:
        cursor = self.cursor(sql, params)
        names = tuple(d[0] for d in cursor.description)
        shape = self._shapes.get(names)
        if shape is None:
            shape = self._shapes[names] = namedtuple("Row", names)._make  # type: ignore[misc]
        return [shape(r) for r in cursor.fetchall()]

    def value(self, sql: str, params: Params = (), default: Any = None) -> Any:
        row = self.cursor(sql, params).fetchone()
        return default if row is None else row[0]


def rows_of(source: Source) -> Rows:
    """``source`` as :class:`Rows`: itself, or an ORM session's connection (in the
    session's transaction, its pending changes flushed first, as the ORM's own queries
    do: a caller's own uncommitted writes are seen)."""
    if isinstance(source, Rows):
        return source
    # (A Session, duck-typed, so that this module loads no ORM; flushing a session with
    # nothing pending returns at once.)
    if source.autoflush:
        source.flush()
    conn = source.connection()
    driver = conn.connection.driver_connection
    assert driver is not None  # (a session's connection is open)
    return Rows(driver, postgres=conn.dialect.name == "postgresql")


def json_value(stored: Any) -> Any:
    """A JSON column's value as read by the driver: text on SQLite, already decoded by
    psycopg on PostgreSQL; None stays None."""
    return json.loads(stored) if isinstance(stored, str | bytes) else stored


#: What the read functions of the first view accept: Rows, or an ORM session.
Source: TypeAlias = "Rows | Session"
