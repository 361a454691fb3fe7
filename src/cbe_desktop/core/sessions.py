"""The store's SQLAlchemy side: its engines, write sessions and write transactions.

Loaded the first time the store is written or read through the ORM, never before the
window's first paint (:mod:`store` opens the file and :mod:`reads` reads the first view
through the driver). Every row a transaction writes keeps the store's rules
(:mod:`rules`) and carries its stamp (hlc, origin), see :class:`Tx`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, insert, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel

from cbe_desktop.core import (
    models,  # noqa: F401  (registers the tables)
    rules,
)
from cbe_desktop.core.db_settings import BUSY_TIMEOUT_MS, POSTGRES_SCHEMES, WRITE_TRY_MS
from cbe_desktop.core.errors import CbeError, HubError
from cbe_desktop.core.ids import HybridLogicalClock
from cbe_desktop.core.models import Synced
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP

_T = TypeVar("_T")


def _pragmas(read_only: bool):  # type: ignore[no-untyped-def]
    def set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite would defer it).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    return set_pragmas


def _begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Writers take the write lock at once, so two writers never deadlock mid-way. They ask
    # for it for a short moment at a time: Store.transaction waits between tries, so that
    # the window stays alive and says what it waits for.
    if conn.get_execution_options().get("immediate"):
        driver = conn.connection.driver_connection  # (the pragmas never fail: no wrapping)
        driver.execute(f"PRAGMA busy_timeout={WRITE_TRY_MS}")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # (a busy store: DBAPIError, then a wait)
        finally:
            driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    else:
        conn.connection.driver_connection.execute("BEGIN")  # (a read: never busy)


def make_pg_engine(url: str) -> Engine:
    """An engine on a PostgreSQL database, through psycopg 3 (``postgresql://`` accepted)."""
    for scheme in POSTGRES_SCHEMES:
        if url.startswith(scheme):
            url = "postgresql+psycopg://" + url[len(scheme) :]
            break
    # pool_pre_ping: a connection the network dropped is replaced, not handed out again.
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def make_engine(db_path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        uri = f"file:{db_path.as_posix()}?mode=ro&immutable=1"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
    else:
        engine = create_engine(
            f"sqlite:///{db_path}",
            connect_args={"check_same_thread": False},
        )
    event.listen(engine, "connect", _pragmas(read_only))
    event.listen(engine, "begin", _begin)
    return engine


class UnstampedRowError(RuntimeError):
    """A program error, never the teacher's: a synchronised row was about to be written
    without the stamp (hlc, origin) that lets it travel and merge; it must be added with
    ``Tx.add`` or changed with ``Tx.touch``, or come from a sync file with its own."""


class _WriteSession(Session):
    """A session that may write: in a transaction (:class:`Tx`), its rows keep the rules."""


def _keep_rules(session: Session, _context: object, _instances: object) -> None:
    """Refuse (RuleBroken, one sentence) a new or changed row that breaks a rule, and
    (UnstampedRowError) a synchronised row without its stamp."""
    if "replica" not in session.info:
        return  # (not a transaction's session: see Tx)
    for row in (*session.new, *session.dirty):
        if isinstance(row, Synced):
            if not (row.hlc and row.origin):
                raise UnstampedRowError(
                    f"a {row.__tablename__} row was written without its stamp (hlc, origin)"
                )
            rules.require(rules.row_problem(str(row.__tablename__), row.__dict__))
    _keep_archived_classes(session)


event.listen(_WriteSession, "before_flush", _keep_rules)


def _keep_archived_classes(session: Session) -> None:
    """An archived class is read-only: this laptop writes nothing into it (its tasks,
    scores, roster, targets, goals). A class archived in this same transaction (a new
    term, a roster whose class was withdrawn) may still have its rows closed; rows from
    another laptop's sync file are theirs and are kept as they come."""
    from cbe_desktop.core.models import SchoolClass

    replica = session.info.get("replica")
    closing: set[str] = session.info.setdefault("archiving", set())
    changed: dict[str, tuple[bool, str]] = {}  # classes written in this flush: as they are
    for row in (*session.new, *session.dirty):
        if isinstance(row, SchoolClass):
            changed[row.id] = (bool(row.archived), row.name)
            if row.archived:
                closing.add(row.id)
    for row in (*session.new, *session.dirty):
        class_id = getattr(row, "class_id", None)
        if not class_id or isinstance(row, SchoolClass) or class_id in closing:
            continue
        if not isinstance(row, Synced) or row.origin != replica:
            continue
        _refuse_archived(session, class_id, changed)


def run_statement(session: Session, sql: str, **params: object) -> list[tuple]:
    """One short statement (``:name`` parameters) in the session's transaction; on SQLite
    straight on the driver: SQLAlchemy's machinery costs more than such a statement, and a
    typed level's write runs a few."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        cursor = conn.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
        return cursor.fetchall() if cursor.description else []
    result = conn.execute(text(sql), params)
    return [tuple(r) for r in result] if result.returns_rows else []


def _refuse_archived(session: Session, class_id: str, changed: dict[str, tuple[bool, str]]) -> None:
    """Refuse (ArchivedClassError) a row of this laptop's written into an archived class.
    ``changed``: the classes written in this flush, as they are (the others are read)."""
    from cbe_desktop.core.errors import ArchivedClassError

    if class_id not in changed:  # as stored (this transaction's flushed rows included)
        found = run_statement(
            session, "SELECT archived, name FROM school_class WHERE id = :id", id=class_id
        )
        for archived_now, name_now in found:
            changed[class_id] = (bool(archived_now), name_now)
        changed.setdefault(class_id, (False, ""))
    archived, name = changed[class_id]
    if archived:
        raise ArchivedClassError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The class {name} is archived and read-only; restore it on the Classes "
                "page, or work in the class that continues it.",
            )(name=name)
        )


_SQLITE_INSERTS: dict[str, tuple[str, dict[str, Callable[[Any], Any] | None]]] = {}


def _sqlite_insert(table: Any, dialect: Any) -> tuple[str, dict[str, Callable[[Any], Any] | None]]:
    """The INSERT of every column of ``table`` (``:column`` parameters) and each column's
    conversion of a value, as SQLAlchemy's own statement would bind it (a JSON list as
    text, a flag as 0 or 1), made once per table."""
    made = _SQLITE_INSERTS.get(table.name)
    if made is None:
        names = [c.name for c in table.columns]
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join(f":{n}" for n in names)
        sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
        processors = {
            c.name: c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns
        }
        made = _SQLITE_INSERTS[table.name] = (sql, processors)
    return made


@dataclass
class Tx:
    """One open write transaction: an ORM session and the clock to stamp changes."""

    session: Session
    clock: HybridLogicalClock

    def __post_init__(self) -> None:
        # Every row the transaction writes keeps the store's rules (core/rules.py): what
        # an editor or an import writes, a sync file's reader will never refuse.
        # (The listener is the write session class's: listening on each session costs
        # as much as a typed level's INSERT.)
        self.session.info["replica"] = self.clock.replica
        if not isinstance(self.session, _WriteSession):
            event.listen(self.session, "before_flush", _keep_rules)

    @property
    def replica(self) -> str:
        return self.clock.replica

    def hlc(self) -> str:
        return self.clock.now()

    def add(self, row: Synced) -> Synced:
        """Stamp a new row with this change's clock and replica, and add it."""
        row.hlc = row.seen_hlc = self.hlc()
        row.origin = self.replica
        row.base_hlc = None
        self.session.add(row)
        return row

    def insert(self, table: type[Synced], values: dict[str, Any]) -> dict[str, Any]:
        """Stamp a new row and INSERT it at once, in one statement: the same row, stamps
        and rules as :meth:`add` and a flush, without the ORM's unit of work (a level typed
        in the grid is written so). ``values`` names every column but the stamps."""
        stamp = self.hlc()
        row = {**values, "hlc": stamp, "seen_hlc": stamp, "origin": self.replica, "base_hlc": None}
        columns = table.__table__.columns  # type: ignore[attr-defined]
        if set(row) != set(columns.keys()):
            raise TypeError(f"a {table.__tablename__} row needs every column: {sorted(row)}")
        rules.require(rules.row_problem(str(table.__tablename__), row))
        self.session.flush()  # the rows added before go first; the check below sees them
        class_id = row.get("class_id")
        closing = self.session.info.setdefault("archiving", set())
        if class_id and table.__tablename__ != "school_class" and class_id not in closing:
            _refuse_archived(self.session, class_id, {})
        conn = self.session.connection()
        if conn.dialect.name == "sqlite":  # straight on the driver, each value as SQLAlchemy
            sql, processors = _sqlite_insert(table.__table__, conn.dialect)  # type: ignore[attr-defined]
            values = {k: f(row[k]) if f else row[k] for k, f in processors.items()}
            conn.connection.driver_connection.execute(sql, values)  # type: ignore[union-attr]
        else:
            conn.execute(insert(table.__table__), row)  # type: ignore[attr-defined]
        return row

    def touch(self, row: Synced) -> Synced:
        """Stamp a changed row (remembering the other laptop's version it was edited from)."""
        if row.origin != self.replica:
            row.base_hlc = row.hlc
        row.hlc = row.seen_hlc = self.hlc()
        row.origin = self.replica
        self.session.add(row)
        return row

    def tombstone(self, row: Synced) -> Synced:
        """Mark a row deleted; the row stays, so the deletion can travel and be undone."""
        self.touch(row)
        row.deleted_hlc = row.hlc
        return row


@dataclass(frozen=True)
class Snapshot:
    """A consistent read of the store, and the stamp that separates it from later changes."""

    session: Session
    hlc: str


HUB_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Store",
    "The school hub {hub} cannot be reached or refused the connection ({problem}); "
    "check the network, the address and your password, or ask the school's IT person.",
)


def hub_failure(exc: BaseException, where: str) -> CbeError | None:
    """The sentence for a PostgreSQL failure that is not the program's fault, or None."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    if isinstance(exc, OperationalError | InterfaceError):
        problem = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
        return HubError(HUB_UNREACHABLE(hub=where, problem=problem[0] if problem else ""))
    return None


def _guarded_hub(engine: Engine, fn: Callable[[], _T]) -> _T:
    try:
        return fn()
    except CbeError:
        raise
    except DBAPIError as exc:
        where = engine.url.render_as_string(hide_password=True).replace(
            "postgresql+psycopg://", "postgresql://"
        )
        said = hub_failure(exc, where)
        if said is not None:
            raise said from None
        raise


__all__ = ["DBAPIError", "SQLModel"]
