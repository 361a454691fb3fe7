"""The store: one SQLite file in the data folder, its sessions, migrations and replica.

Opening a store, in order: make sure the data folder is writable; if a database is
already there, check (read-only) that it is an SQLite file of ours and not from a
newer version; if it needs migrating, back it up and check its integrity first;
then connect with WAL, full synchronous writes and foreign keys, and find out
whether this file is still at home or was copied from another laptop (a copy
takes a new replica id so that its changes never pass for the original's).
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlmodel import Session, SQLModel

from cbe_desktop.core import (
    models,  # noqa: F401  (registers the tables)
    rules,
)
from cbe_desktop.core.errors import DataFolderError, NewerSchemaError, NotADatabaseError
from cbe_desktop.core.ids import HybridLogicalClock, new_replica_id
from cbe_desktop.core.models import Replica, Synced
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DB_FILE = "cbe-desktop.sqlite"
ENV_DATA_DIR = "CBE_DESKTOP_DATA_DIR"
SQLITE_HEADER = b"SQLite format 3\x00"


def default_data_dir() -> Path:
    """The data folder: ``$CBE_DESKTOP_DATA_DIR``, else the platform's user data folder."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("cbe-desktop", appauthor=False))


def ensure_writable_folder(folder: Path) -> None:
    """Create ``folder`` if needed and prove it can be written, or raise DataFolderError."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataFolderError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The data folder {folder} cannot be written ({problem}); "
                "choose another folder with --data-dir or fix its permissions.",
            )(folder=str(folder), problem=str(exc.strerror or exc))
        ) from None


def read_schema_revision(db_path: Path) -> str | None:
    """The Alembic revision of a database file, read without changing it.

    Raises NotADatabaseError for a file that is not an SQLite database, or that is
    an SQLite database of another program.
    """
    with open(db_path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} is not a cbe-desktop database; move it away or choose another data folder.",
            )(path=str(db_path))
        )
    if not header:  # an empty file: SQLite treats it as an empty database
        return None
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables or not {"evidence", "replica"} <= tables:
                if tables:
                    raise NotADatabaseError(
                        QT_TRANSLATE_NOOP(
                            "Store",
                            "{path} is an SQLite database of another program, not of cbe-desktop.",
                        )(path=str(db_path))
                    )
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} is damaged or not a cbe-desktop database ({problem}); "
                "restore a backup with 'cbe-desktop restore FILE'.",
            )(path=str(db_path), problem=str(exc))
        ) from None


def integrity_problems(db_path: Path, *, quick: bool = False) -> list[str]:
    """What SQLite's integrity check reports (empty when the file is sound)."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite would defer it).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Writers take the write lock at once, so two writers never deadlock mid-way.
    if conn.get_execution_options().get("immediate"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def machine_token() -> str:
    """A random token naming this computer's user account, made once and kept.

    It lives outside the data folder (in the user's configuration folder), so a data
    folder copied to another laptop finds a different token there. Unlike the host
    name, it survives renaming the laptop or joining another network.
    """
    folder = Path(
        os.environ.get("CBE_DESKTOP_CONFIG_DIR")
        or platformdirs.user_config_dir("cbe-desktop", appauthor=False)
    )
    path = folder / "machine-id"
    try:
        token = path.read_text(encoding="ascii").strip()
        if len(token) == 32:
            return token
    except (OSError, UnicodeDecodeError):
        pass
    token = secrets.token_hex(16)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(token, encoding="ascii")
    except OSError:
        return f"host:{socket.gethostname()}"  # no config folder: the host name will do
    return token


def _home_of(db_path: Path) -> str:
    """Where this store lives: this computer and the folder. A copy elsewhere differs."""
    return f"{machine_token()}|{db_path.resolve()}"


def _keep_rules(session: Session, _context: object, _instances: object) -> None:
    """Refuse (RuleBroken, one sentence) a new or changed row that breaks a rule."""
    for row in (*session.new, *session.dirty):
        if isinstance(row, Synced):
            rules.require(rules.row_problem(row.__tablename__, row.__dict__))


@dataclass
class Tx:
    """One open write transaction: an ORM session and the clock to stamp changes."""

    session: Session
    clock: HybridLogicalClock

    def __post_init__(self) -> None:
        # Every row the transaction writes keeps the store's rules (core/rules.py): what
        # an editor or an import writes, a sync file's reader will never refuse.
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


class Store:
    """An open store. Create with :meth:`Store.open`; close when done."""

    def __init__(self, data_dir: Path, engine: Engine, clock: HybridLogicalClock) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.clock = clock
        self._write_lock = threading.RLock()
        self._writer = engine.execution_options(immediate=True)

    # ----- paths -------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def replica(self) -> str:
        return self.clock.replica

    # ----- opening -----------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, backup_on_start: bool = False) -> Store:
        """Open (creating or migrating as needed) the store in ``data_dir``."""
        from cbe_desktop.core import backups, migrations

        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        ensure_writable_folder(folder)
        db_path = folder / DB_FILE
        existed = db_path.exists() and db_path.stat().st_size > 0
        if existed:
            revision = read_schema_revision(db_path)
            if revision is not None and not migrations.is_known(revision):
                raise NewerSchemaError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "This data was saved by a newer version of cbe-desktop "
                        "(schema {revision}); update the program on this laptop to open it.",
                    )(revision=revision)
                )
            needs_migration = revision != migrations.head_revision()
            if needs_migration or backup_on_start:
                problems = integrity_problems(db_path, quick=not needs_migration)
                if problems:
                    raise NotADatabaseError(
                        QT_TRANSLATE_NOOP(
                            "Store",
                            "The database in {folder} is damaged ({problem}); "
                            "restore a backup with 'cbe-desktop restore FILE'.",
                        )(folder=str(folder), problem=problems[0])
                    )
                backups.make_backup(
                    db_path,
                    backups.auto_backup_path(
                        folder / "backups", "before-upgrade" if needs_migration else "start"
                    ),
                )
                backups.rotate(folder / "backups")
        engine = make_engine(db_path)
        try:
            migrations.upgrade(engine)
            clock = cls._load_replica(engine, db_path)
        except Exception:
            engine.dispose()
            raise
        store = cls(folder, engine, clock)
        log.info("opened store %s (replica %s)", db_path, clock.replica)
        return store

    @staticmethod
    def _load_replica(engine: Engine, db_path: Path) -> HybridLogicalClock:
        home = _home_of(db_path)
        with Session(engine.execution_options(immediate=True)) as session:
            replica = session.get(Replica, "self")
            if replica is None:
                replica = Replica(
                    replica_id=new_replica_id(),
                    home=home,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
                session.add(replica)
            elif replica.home != home:
                log.warning("store at %s was copied or moved; taking a new replica id", db_path)
                replica.replica_id = new_replica_id()
                replica.home = home
            session.commit()
            return HybridLogicalClock(replica.replica_id, last=replica.last_hlc or None)

    def close(self) -> None:
        self.save_clock()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- sessions ----------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One teacher action: BEGIN IMMEDIATE ... COMMIT, or nothing at all."""
        with self._write_lock, Session(self._writer, expire_on_commit=False) as session:
            tx = Tx(session=session, clock=self.clock)
            try:
                yield tx
                replica = session.get(Replica, "self")
                if replica is not None:
                    replica.last_hlc = self.clock.last
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (a consistent snapshot under WAL)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session  # closing ends the read transaction and keeps loaded rows usable

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """A read session pinned to one moment between two writes of this program.

        The read transaction starts while no write transaction of this store is half-way,
        and the clock is read at that moment: every change the snapshot holds is stamped
        at or before ``Snapshot.hlc``, and every change it cannot see is stamped after it.
        So "what changed after the snapshot" never skips a row (sync export relies on it).
        """
        with Session(self.engine, expire_on_commit=False) as session:
            with self._write_lock:
                # Any read starts SQLite's snapshot (WAL); it is then fixed until the end.
                session.connection().execute(text("SELECT 1 FROM replica LIMIT 1")).all()
                stamp = self.clock.now()
            yield Snapshot(session=session, hlc=stamp)

    def save_clock(self) -> None:
        with suppress(Exception), Session(self._writer) as session:
            replica = session.get(Replica, "self")
            if replica is not None and self.clock.last > replica.last_hlc:
                replica.last_hlc = self.clock.last
                session.commit()

    def take_new_replica_id(self) -> str:
        """Become a new replica (after a restore, or when found to be a copy)."""
        rid = new_replica_id()
        with self._write_lock, Session(self._writer) as session:
            replica = session.get(Replica, "self")
            if replica is not None:
                replica.replica_id = rid
                replica.home = _home_of(self.db_path)
                replica.last_hlc = self.clock.last
            session.commit()
        self.clock = HybridLogicalClock(rid, last=self.clock.last)
        return rid


__all__ = ["DB_FILE", "SQLModel", "Snapshot", "Store", "Tx", "default_data_dir"]
