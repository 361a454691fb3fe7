"""The store: one SQLite file in the data folder (or a school hub's PostgreSQL
database), its sessions, migrations and replica.

Opening a store, in order: make sure the data folder can be written (a read-only
folder opens read-only: reading and printing work, changes are refused in one
sentence); claim the folder (:mod:`folder_lock`: any number of copies may have it open,
a restore needs it alone); if a database is already there, check (read-only) that it
is an SQLite file of ours, not from a newer version, and sound (``quick_check``: a
damaged store is refused, never written to or backed up, with a sentence that points
to the newest sound backup; the window's store opens before the check's verdict and
asks for it before anything is written or backed up, see :meth:`Store._settle_check`);
if it needs migrating, back it up first; then find out
whether this file is still at home or was copied from another laptop (a copy takes a
new replica id so that its changes never pass for the original's). All of that needs
only SQLite's own driver: SQLAlchemy's engine (WAL, full synchronous writes, foreign
keys; :mod:`sessions`) is made at the first read or write through the ORM, so the
window paints its first view, read with :meth:`Store.reads`, before it loads.

Every failure of the disk or of SQLite comes out as its true sentence
(:mod:`failures`): a full disk is never called damaged.

The school hub (:meth:`Store.open_database`, a ``postgresql://`` URL) is the same
schema and the same code on PostgreSQL. There the server owns the files, the locks and
the backups: a write transaction takes the hub's one ``replica`` row ``FOR UPDATE``
(writes are serialised, as SQLite's ``BEGIN IMMEDIATE`` serialises them, and every
process writing to the hub moves its clock past the newest stamp any other issued), and
a snapshot is pinned between two writes the same way, so "what changed after this
snapshot" never skips a row written by another connection.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import platformdirs

from cbe_desktop.core.db_settings import (  # noqa: F401  (re-exported)
    BUSY_TIMEOUT_MS,
    POSTGRES_SCHEMES,
    WRITE_TRY_MS,
)
from cbe_desktop.core.errors import (
    CbeError,
    DataFolderError,
    DiskFullError,
    NewerSchemaError,
    ReadOnlyError,
    StoreReplacedError,
)
from cbe_desktop.core.failures import (
    READ_ONLY,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    damaged,
    explain,
    folder_is_writable,
    is_corrupt,
    sqlite_code,
)
from cbe_desktop.core.folder_lock import Claim, RunningCopy
from cbe_desktop.core.ids import HybridLogicalClock, new_replica_id
from cbe_desktop.core.paths import DB_FILE, default_data_dir
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase, join
from cbe_desktop.core.reads import Rows, rows_of
from cbe_desktop.core.sqlite_file import (
    CorruptFile,
    _EarlyCheck,
    integrity_problems,
    read_schema_revision,
    take_early_check,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

    from cbe_desktop.core.sessions import Snapshot, Tx

log = logging.getLogger(__name__)
_T = TypeVar("_T")

#: ``Store.open(backup_on_start=...)``: back up after the window shows, before any write.
BACKUP_BEFORE_FIRST_WRITE = "before first write"
#: How long a command waits for another copy's write before it gives up, by default.
DEFAULT_WRITE_WAIT_SECONDS = 600.0

WAITING = QT_TRANSLATE_NOOP(
    "Store",
    "Waiting for another copy of cbe-desktop to finish writing ({others}); your change "
    "will be saved as soon as it is done.",
)
WAITING_UNKNOWN = QT_TRANSLATE_NOOP("Store", "another copy")
REPLACED = QT_TRANSLATE_NOOP(
    "Store",
    "The database in {folder} was replaced or removed by another program while cbe-desktop "
    "had it open, so this change was not saved; cbe-desktop opens the folder again.",
)

#: Called while a write waits for another copy: (seconds waited, the other copies).
#: Return False to give up (the write then fails with StoreBusyError, nothing written).
Waiter = Callable[[float, list[RunningCopy]], bool]


def waiting_sentence(others: list[RunningCopy]) -> Phrase:
    described = join("; ", [c.phrase() for c in others]) if others else WAITING_UNKNOWN()
    return WAITING(others=described)


def ensure_writable_folder(folder: Path) -> None:
    """Create ``folder`` if needed and prove it can be written, or raise the true sentence."""
    probe = folder / f".write-test-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        with suppress(OSError):
            probe.unlink(missing_ok=True)
        said = explain(exc, folder if folder.exists() else folder.parent, folder)
        if isinstance(said, DiskFullError | ReadOnlyError):
            raise said from None
        raise DataFolderError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The data folder {folder} cannot be written ({problem}); "
                "choose another folder with --data-dir or fix its permissions.",
            )(folder=str(folder), problem=str(exc.strerror or exc))
        ) from None


def is_database_url(value: str | None) -> bool:
    """True when ``value`` names a PostgreSQL database (a school hub) rather than a folder."""
    return bool(value) and str(value).startswith(POSTGRES_SCHEMES)


def machine_token() -> str:
    """A random token naming this computer's user account, made once and kept.

    It lives outside the data folder (in the user's configuration folder), so a data
    folder copied to another laptop finds a different token there. Unlike the host
    name, it survives renaming the laptop or joining another network.
    """
    folder = machine_token_folder()
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


def machine_token_folder() -> Path:
    """Where the machine token is kept: never inside the default data folder.

    On Linux the configuration folder (``~/.config/cbe-desktop``) is apart from the data;
    on Windows and macOS platformdirs gives one folder for both, and a token kept there
    would travel with a copied data folder, so the copy would pass for the original. There
    it lives in a folder of its own beside the data folder instead.
    """
    configured = os.environ.get("CBE_DESKTOP_CONFIG_DIR")
    if configured:
        return Path(configured)
    config = Path(platformdirs.user_config_dir("cbe-desktop", appauthor=False))
    data = Path(platformdirs.user_data_dir("cbe-desktop", appauthor=False))
    if config == data or data in config.parents:
        return config.parent / "cbe-desktop-machine"
    return config


def _home_of(db_path: Path) -> str:
    """Where this store lives: this computer and the folder. A copy elsewhere differs."""
    return f"{machine_token()}|{db_path.resolve()}"


class Store:
    """An open store. Create with :meth:`Store.open`; close when done."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine | None,
        clock: HybridLogicalClock,
        *,
        claim: Claim | None = None,
        read_only: bool = False,
    ) -> None:
        """``engine``: the hub's; for the data folder's SQLite file None, made the first
        time the store is written or read through the ORM (see :attr:`engine`)."""
        self.data_dir = data_dir
        self._engine = engine
        self._engine_lock = threading.Lock()
        self._writer_engine: Engine | None = None
        #: Each thread's driver connection for :meth:`reads`, and all of them (to close).
        self._readers = threading.local()
        self._reader_connections: list[sqlite3.Connection] = []
        self.clock = clock
        self.claim = claim
        self.read_only = read_only
        #: Sentences for the teacher found at opening (a lost ``-wal`` file).
        self.notices: list[Phrase] = list(claim.notices) if claim else []
        #: Runs while a write waits for another copy (the window shows it, a command says it).
        self.waiter: Waiter = self._default_waiter
        self.max_write_wait = DEFAULT_WRITE_WAIT_SECONDS
        self._said_waiting: Phrase | None = None
        self._owns_claim = True
        self._write_lock = threading.RLock()
        self.is_hub = engine is not None and engine.dialect.name == "postgresql"
        self._identity = None if self.is_hub else _file_identity(self.db_path)
        #: The start-up backup not made yet (``backup_on_start="before first write"``).
        self._start_backup_due = False
        #: The file's quick check, begun while the window loaded, whose verdict is asked
        #: for before the first write or backup (``backup_on_start="before first
        #: write"``); and the damage it found, which every later write is refused with.
        self._pending_check: _EarlyCheck | None = None
        self._damage: CbeError | None = None

    # ----- the ORM's engine ---------------------------------------------------
    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine on the store, made (and SQLAlchemy loaded) at first use.

        The window reads its first view through the driver (:meth:`reads`) and loads the
        ORM after it has painted (:meth:`load_orm`); commands make it at their first read.
        """
        engine = self._engine
        if engine is None:
            if self._pending_check is not None or self._damage is not None:
                # Its first connection turns WAL on (a file copied in may not have it):
                # that is a write, which never comes before the quick check's verdict.
                self._settle_check()
            with self._engine_lock:
                if self._engine is None:
                    from cbe_desktop.core.sessions import make_engine

                    self._engine = make_engine(self.db_path, read_only=self.read_only)
                engine = self._engine
        return engine

    @property
    def orm_loaded(self) -> bool:
        """Whether the engine (and with it SQLAlchemy and the tables) is loaded yet."""
        return self._engine is not None

    def load_orm(self) -> None:
        """Load SQLAlchemy, the tables and the store's engine and write machinery now (the
        window does it on a thread after its first paint, so the first typed level does
        not wait for them)."""
        from cbe_desktop.core import sessions  # noqa: F401  (the write sessions' rules)

        _ = self._writer

    @property
    def _writer(self) -> Engine:
        """The engine writes go through (on SQLite, one whose BEGIN is IMMEDIATE)."""
        writer = self._writer_engine
        if writer is None:
            engine = self.engine
            writer = engine if self.is_hub else engine.execution_options(immediate=True)
            self._writer_engine = writer
        return writer

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

    @property
    def where(self) -> str:
        """Where the store lives, for sentences: the folder, or the hub (no password)."""
        if self.is_hub:
            return self.engine.url.render_as_string(hide_password=True).replace(
                "postgresql+psycopg://", "postgresql://"
            )
        return str(self.data_dir)

    # ----- opening
    @classmethod
    def open_database(cls, url: str, data_dir: Path | str | None = None) -> Store:
        """Open (creating or migrating the schema as needed) a school hub's database.

        ``url`` is ``postgresql://user@host:port/database`` (the password comes from the
        URL, ``PGPASSWORD`` or the keyring, see :mod:`cbe_desktop.core.hub`). Attachment
        files are kept in ``data_dir`` (the local data folder by default).
        """
        from sqlalchemy import text

        from cbe_desktop.core import migrations
        from cbe_desktop.core.hub_tables import ensure_hub_tables
        from cbe_desktop.core.sessions import _guarded_hub, make_pg_engine

        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        engine = make_pg_engine(url)
        try:
            revision = _guarded_hub(engine, lambda: migrations.current_revision(engine))
            if revision is not None and not migrations.is_known(revision):
                raise NewerSchemaError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "This data was saved by a newer version of cbe-desktop "
                        "(schema {revision}); update the program on this laptop to open it.",
                    )(revision=revision)
                )
            if revision != migrations.head_revision():
                _guarded_hub(engine, lambda: migrations.upgrade(engine))
                with engine.begin() as conn:
                    ensure_hub_tables(conn)
            with engine.connect() as conn:
                can_write = conn.execute(
                    text("SELECT has_table_privilege(current_user, 'evidence', 'INSERT')")
                ).scalar_one()
            store = cls(folder, engine, HybridLogicalClock("-"), read_only=not can_write)
            store.clock = _guarded_hub(engine, store._load_replica)
        except BaseException:
            engine.dispose()
            raise
        log.info("opened the hub %s (replica %s)", store.where, store.clock.replica)
        return store

    @classmethod
    def open(
        cls,
        data_dir: Path | str | None = None,
        *,
        backup_on_start: bool | str = False,
        what: str = "cbe-desktop",
        claim: Claim | None = None,
        waiter: Waiter | None = None,
    ) -> Store:
        """Open (creating or migrating as needed) the store in ``data_dir``.

        ``backup_on_start``: True backs the store up before it opens; ``"before first
        write"`` (the window) leaves it to :meth:`make_start_backup`, which the window calls
        once it has painted, and which runs by itself before the first write and at
        :meth:`close` if nobody called it. A backup before an upgrade is never put off.
        ``what`` names this copy to others ("window", "sync import"). ``claim`` is given
        by a caller that already holds the folder (a restore holds it alone). ``waiter``
        runs while a write waits for another copy (see :attr:`waiter`), from the start.
        """
        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        db_path = folder / DB_FILE
        writable = _prepare_folder(folder, db_path)
        owns_claim = claim is None
        if claim is None:
            claim = _guarded(folder, lambda: Claim.take(folder, what))
        try:
            store = _guarded(
                folder,
                lambda: cls._open_claimed(folder, claim, writable, backup_on_start, waiter),
            )
        except BaseException:
            if owns_claim:
                claim.release()
            raise
        store._owns_claim = owns_claim
        log.info(
            "opened store %s (replica %s%s)",
            db_path,
            store.clock.replica,
            ", read-only" if store.read_only else "",
        )
        return store

    @classmethod
    def _open_claimed(
        cls,
        folder: Path,
        claim: Claim,
        writable: bool,
        backup_on_start: bool | str,
        waiter: Waiter | None,
    ) -> Store:
        from cbe_desktop.core import backups, migrations

        db_path = folder / DB_FILE
        existed = db_path.exists() and db_path.stat().st_size > 0
        needs_migration = not existed
        later = backup_on_start == BACKUP_BEFORE_FIRST_WRITE
        pending: _EarlyCheck | None = None
        if existed:
            try:
                revision = read_schema_revision(db_path)
                pending = take_early_check(db_path)
                at_head = revision == migrations.head_revision()
                if later and writable and at_head and pending is not None:
                    # The window opens without waiting for the early check's verdict,
                    # which comes before any write or backup (_settle_check).
                    problems: list[str] | None = []
                else:
                    problems = pending.verdict() if pending is not None else None
                    pending = None
                if problems is None:  # not begun early, or the file changed since
                    problems = integrity_problems(db_path, quick=True)
            except CorruptFile as exc:
                problems = [exc.problem]
            if problems:
                raise damaged(folder, problems[0], backups.newest_sound_backup(folder / "backups"))
            if revision is not None and not migrations.is_known(revision):
                raise NewerSchemaError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "This data was saved by a newer version of cbe-desktop "
                        "(schema {revision}); update the program on this laptop to open it.",
                    )(revision=revision)
                )
            needs_migration = revision != migrations.head_revision()
            if needs_migration and not writable:
                raise ReadOnlyError(READ_ONLY(folder=str(folder)))
            if writable and (needs_migration or (backup_on_start and not later)):
                backups.make_backup(
                    db_path,
                    backups.auto_backup_path(
                        folder / "backups", "before-upgrade" if needs_migration else "start"
                    ),
                )
                backups.rotate(folder / "backups")
        engine = None
        if needs_migration:  # (the ORM is loaded for it; an opening without leaves it)
            from cbe_desktop.core.sessions import make_engine

            engine = make_engine(db_path, read_only=not writable)
        try:
            if engine is not None:
                migrations.upgrade(engine)
            store = cls(
                folder, engine, HybridLogicalClock("-"), claim=claim, read_only=not writable
            )
            if waiter is not None:
                store.waiter = waiter
            store._start_backup_due = bool(later and existed and writable and not needs_migration)
            store._pending_check = pending
            store.clock = store._load_replica()
        except BaseException:
            if engine is not None:
                engine.dispose()
            raise
        return store

    def _load_replica(self) -> HybridLogicalClock:
        home = "hub" if self.is_hub else _home_of(self.db_path)
        if not self.is_hub:  # at home (most openings): read through the driver alone
            with self.reads() as db:
                found = db.all("SELECT replica_id, home, last_hlc FROM replica WHERE id = 'self'")
            for replica_id, at, last in found:
                if at == home or self.read_only:
                    return HybridLogicalClock(replica_id, last=last or None)
        from sqlmodel import Session

        from cbe_desktop.core.models import Replica

        with Session(self.engine) as session:
            replica = session.get(Replica, "self")
            if replica is not None and (replica.home == home or self.read_only):
                return HybridLogicalClock(replica.replica_id, last=replica.last_hlc or None)
            if self.read_only:  # a new store cannot be read-only; this is only a guard
                return HybridLogicalClock(new_replica_id())
        with self._write_session() as session:
            replica = session.get(Replica, "self")
            if replica is None:
                replica = Replica(
                    replica_id=new_replica_id(),
                    home=home,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
                session.add(replica)
            elif replica.home != home:
                log.warning(
                    "store at %s was copied or moved; taking a new replica id", self.db_path
                )
                replica.replica_id = new_replica_id()
                replica.home = home
            session.commit()
            return HybridLogicalClock(replica.replica_id, last=replica.last_hlc or None)

    def make_start_backup(self) -> Path | None:
        """The start-up backup put off by ``backup_on_start="before first write"``, if it
        is still due (then rotation); None when there was none to make. A damaged store
        raises StoreDamagedError here, as it would have at opening, and stays unwritten."""
        from cbe_desktop.core import backups

        with self._write_lock:
            self._settle_check()
            if not self._start_backup_due:
                return None
            made = backups.make_backup(
                self.db_path, backups.auto_backup_path(self.backups_dir, "start")
            )
            self._start_backup_due = False
            backups.rotate(self.backups_dir)
            return made

    def _settle_check(self) -> None:
        """The verdict of the quick check the window opened without waiting for: nothing
        is written or backed up before it. Damage is said with the sentence an opening
        says (StoreDamagedError), now and at every later write; nothing is changed."""
        with self._write_lock:
            if self._pending_check is not None:
                check, self._pending_check = self._pending_check, None
                try:
                    problems = check.verdict()
                    if problems is None:  # the check failed, or the file changed since
                        problems = integrity_problems(self.db_path, quick=True)
                except CorruptFile as exc:
                    problems = [exc.problem]
                if problems:
                    from cbe_desktop.core.backups import newest_sound_backup

                    self._damage = damaged(
                        self.data_dir, problems[0], newest_sound_backup(self.backups_dir)
                    )
                    log.error("the store at %s is damaged: %s", self.db_path, problems[0])
            if self._damage is not None:
                raise self._damage

    def close(self) -> None:
        # A file found damaged (or whose verdict cannot be had) keeps its bytes and its
        # write-ahead log as they are: a read-only connection held open until the others
        # have closed stops the last of them from folding the log into the file.
        guard = None
        if not self.is_hub and (self._pending_check is not None or self._damage is not None):
            try:
                self._settle_check()
            except (CbeError, sqlite3.Error, OSError):
                with suppress(sqlite3.Error, OSError):
                    guard = self._driver_connection()
                    guard.execute("SELECT count(*) FROM sqlite_master").fetchall()
        if (
            self._start_backup_due
            and not self.is_hub
            and _file_identity(self.db_path) == self._identity
        ):
            with suppress(CbeError):  # said in the log; closing goes on
                self.make_start_backup()
        if not self.read_only and (self.is_hub or _file_identity(self.db_path) == self._identity):
            self.save_clock()  # (never into a file that replaced ours)
        with self._engine_lock:
            readers, self._reader_connections = self._reader_connections, []
        for con in readers:
            with suppress(sqlite3.Error):
                con.close()
        if self._engine is not None:
            self._engine.dispose()
        if guard is not None:
            guard.close()
        if self.claim is not None and self._owns_claim:
            self.claim.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- sessions ----------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One teacher action: BEGIN IMMEDIATE ... COMMIT, or nothing at all.

        When another copy is writing, waits for it (``waiter`` says so); a failure of the
        disk or of SQLite comes out as its true sentence, and nothing is written.
        """
        from cbe_desktop.core.sessions import DBAPIError, Tx, run_statement

        with self._write_lock, self._write_session() as session:
            tx = Tx(session=session, clock=self.clock)
            try:
                yield tx
                # The clock's last stamp, in one statement (reading the row through the
                # ORM would flush the action's rows twice, rules and all).
                run_statement(
                    session,
                    "UPDATE replica SET last_hlc = :last WHERE id = 'self'",
                    last=self.clock.last,
                )
                session.commit()
            except BaseException as exc:
                with suppress(Exception):
                    session.rollback()
                if isinstance(exc, DBAPIError | sqlite3.Error | OSError):
                    raise self._explained(exc) from None
                raise

    @contextmanager
    def _write_session(self) -> Iterator[Session]:
        """A session that holds SQLite's write lock, after waiting for it if need be."""
        from cbe_desktop.core.sessions import DBAPIError, _WriteSession

        if self.read_only and self.is_hub:
            raise ReadOnlyError(HUB_READ_ONLY(hub=self.where))
        if self.read_only:
            raise ReadOnlyError(READ_ONLY(folder=str(self.data_dir)))
        if self.is_hub:
            with self._hub_write_session() as session:
                yield session
            return
        if _file_identity(self.db_path) != self._identity:
            raise StoreReplacedError(REPLACED(folder=str(self.data_dir)))
        self._settle_check()  # (a damaged file is never written to)
        if self._start_backup_due:
            self.make_start_backup()  # the day's first change never goes in unbacked
        started = time.monotonic()
        waited = False
        while True:
            session = _WriteSession(self._writer, expire_on_commit=False)
            try:
                session.connection()  # BEGIN IMMEDIATE, trying for WRITE_TRY_MS
                break
            except DBAPIError as exc:
                session.close()
                if sqlite_code(exc) not in (SQLITE_BUSY, SQLITE_LOCKED):
                    raise self._explained(exc) from None
                waited = True
                others = self.claim.others() if self.claim is not None else []
                if not self.waiter(time.monotonic() - started, others):
                    raise self._explained(exc) from None
        if waited:
            log.info("waited %.1f s for another copy to finish writing", time.monotonic() - started)
            done = getattr(self.waiter, "done", None)
            if done is not None:
                done()
        try:
            yield session
        finally:
            session.close()

    @contextmanager
    def _hub_write_session(self) -> Iterator[Session]:
        """A session holding the hub's write turn: its replica row, locked until commit.

        The clock moves past the newest stamp any process wrote there, so two copies of
        the program writing to one hub never issue the same stamp or one out of order.
        """
        from sqlalchemy import text

        from cbe_desktop.core.sessions import DBAPIError, _WriteSession

        session = _WriteSession(self._writer, expire_on_commit=False)
        try:
            try:
                last = session.execute(
                    text("SELECT last_hlc FROM replica WHERE id = 'self' FOR UPDATE")
                ).scalar_one_or_none()
            except DBAPIError as exc:
                raise self._explained(exc) from None
            if last:
                self.clock.observe(last, force=True)
            yield session
        finally:
            session.close()

    def _default_waiter(self, waited: float, others: list[RunningCopy]) -> bool:
        if waited >= 1.0 and self._said_waiting is None:
            self._said_waiting = waiting_sentence(others)
            log.info("%s", self._said_waiting)
        return waited < self.max_write_wait

    def _explained(self, exc: BaseException) -> BaseException:
        """The teacher's sentence for a failure while writing (or ``exc`` itself)."""
        if self.is_hub:
            from cbe_desktop.core.sessions import hub_failure

            return hub_failure(exc, self.where) or exc
        said = explain(exc, self.data_dir, self.db_path)
        if said is not None:
            return said
        if is_corrupt(exc):
            from cbe_desktop.core.backups import newest_sound_backup

            return damaged(self.data_dir, str(exc), newest_sound_backup(self.backups_dir))
        return exc

    @contextmanager
    def reads(self) -> Iterator[Rows]:
        """A read through the database driver, without the ORM (see :mod:`reads`): one
        read transaction (a consistent snapshot under WAL), on a connection that cannot
        write (``query_only``). On the hub, on an ORM session's connection.

        Each thread keeps its own connection (a typed level reads through one, and a new
        connection would parse the schema again); a read begun inside another on the same
        thread shares the outer one's snapshot."""
        if self.is_hub:
            with self.read() as session:
                yield rows_of(session)
            return
        con = self._readers.__dict__.get("connection")
        if con is None or con not in self._reader_connections:  # (none yet, or closed)
            try:
                con = self._driver_connection()
            except (sqlite3.Error, OSError) as exc:
                raise self._explained(exc) from None
            self._readers.connection = con
            with self._engine_lock:
                self._reader_connections.append(con)
        if con.in_transaction:  # (inside another read of this thread: its snapshot)
            yield Rows(con)
            return
        con.execute("BEGIN")
        try:
            yield Rows(con)
        except sqlite3.DatabaseError as exc:  # a full disk, a damaged page: its sentence
            said = self._explained(exc)
            if said is exc:
                raise
            raise said from None
        finally:
            try:
                con.execute("ROLLBACK")
            except sqlite3.Error:  # (never left in a read: the next one would share it)
                self._drop_reader(con)

    def _drop_reader(self, con: sqlite3.Connection) -> None:
        with self._engine_lock:
            if con in self._reader_connections:
                self._reader_connections.remove(con)
        self._readers.__dict__.pop("connection", None)
        with suppress(sqlite3.Error):
            con.close()

    def _driver_connection(self) -> sqlite3.Connection:
        """A read-only connection of SQLite's own on the store's file, for :meth:`reads`
        (and to guard a damaged file at :meth:`close`); in a read-only folder, immutable
        (as the engine's). Read-only, not only ``query_only``: a read-write connection
        closing last folds the write-ahead log into the file, and a file whose verdict is
        damage, or not known yet, must keep both exactly as they are."""
        path = self.db_path.as_posix()
        uri = f"file:{path}?mode=ro&immutable=1" if self.read_only else f"file:{path}?mode=ro"
        con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        con.isolation_level = None  # (BEGIN and ROLLBACK are the reader's own)
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        con.execute("PRAGMA query_only=1")
        return con

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (a consistent snapshot under WAL)."""
        from sqlmodel import Session

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
        from sqlalchemy import text
        from sqlmodel import Session

        from cbe_desktop.core.sessions import Snapshot

        if self.is_hub:
            with self._hub_snapshot() as snapshot:
                yield snapshot
            return
        with Session(self.engine, expire_on_commit=False) as session:
            with self._write_lock:
                # Any read starts SQLite's snapshot (WAL); it is then fixed until the end.
                session.connection().execute(text("SELECT 1 FROM replica LIMIT 1")).all()
                stamp = self.clock.now()
            yield Snapshot(session=session, hlc=stamp)

    @contextmanager
    def _hub_snapshot(self) -> Iterator[Snapshot]:
        """On the hub: wait for the write turn, start a repeatable read, stamp, let go.

        Holding the replica row, no write is half-way; the snapshot then sees every
        committed write, and the stamp written back into the row makes every later write
        (by any process) stamp after it.
        """
        from sqlalchemy import text
        from sqlmodel import Session

        from cbe_desktop.core.sessions import Snapshot

        reader = self.engine.execution_options(isolation_level="REPEATABLE READ")
        with Session(reader, expire_on_commit=False) as session:
            with self._write_lock, self._hub_write_session() as turn:
                session.connection().execute(text("SELECT 1 FROM replica LIMIT 1")).all()
                stamp = self.clock.now()
                turn.execute(
                    text("UPDATE replica SET last_hlc = :s WHERE id = 'self'"), {"s": stamp}
                )
                turn.commit()
            yield Snapshot(session=session, hlc=stamp)

    def save_clock(self) -> None:
        if self._engine is None:
            return  # nothing was written through this store (every write loads the engine)
        try:
            self._settle_check()
        except CbeError:
            return  # a damaged file is never written to
        from sqlmodel import Session

        from cbe_desktop.core.models import Replica

        with suppress(Exception), Session(self._writer) as session:
            replica = session.get(Replica, "self")
            if replica is not None and self.clock.last > replica.last_hlc:
                replica.last_hlc = self.clock.last
                session.commit()

    def take_new_replica_id(self) -> str:
        """Become a new replica (after a restore, or when found to be a copy)."""
        from cbe_desktop.core.models import Replica

        rid = new_replica_id()
        with self._write_lock, self._write_session() as session:
            replica = session.get(Replica, "self")
            if replica is not None:
                replica.replica_id = rid
                replica.home = _home_of(self.db_path)
                replica.last_hlc = self.clock.last
            session.commit()
        self.clock = HybridLogicalClock(rid, last=self.clock.last)
        return rid


HUB_READ_ONLY = QT_TRANSLATE_NOOP(
    "Store",
    "Your login on the school hub {hub} may read but not change the records; "
    "changes are made on the teachers' laptops, or ask the school's IT person.",
)


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _prepare_folder(folder: Path, db_path: Path) -> bool:
    """Whether the store in ``folder`` can be written; a read-only folder with a store
    in it opens read-only, one without a store cannot be used at all."""
    if folder.is_dir() and not folder_is_writable(folder) and db_path.is_file():
        return False
    ensure_writable_folder(folder)
    return True


def _database_errors() -> tuple[type[BaseException], ...]:
    """What a step of opening may raise from the database: SQLAlchemy's errors only once
    it is loaded (before, nothing could have raised one)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    if loaded is None:
        return (sqlite3.Error, OSError)
    return (loaded.DBAPIError, sqlite3.Error, OSError)


def _guarded(folder: Path, fn: Callable[[], _T]) -> _T:
    """Run a step of opening; a failure of the disk or SQLite becomes its true sentence."""
    try:
        return fn()
    except CbeError:
        raise
    except _database_errors() as exc:
        said = explain(exc, folder, folder / DB_FILE)
        if said is not None:
            raise said from None
        if is_corrupt(exc):
            from cbe_desktop.core.backups import newest_sound_backup

            raise damaged(folder, str(exc), newest_sound_backup(folder / "backups")) from None
        raise


#: Names that moved to :mod:`sessions` (the ORM's side), still importable from here:
#: importing one loads SQLAlchemy, so the modules of the window's first view never do.
_IN_SESSIONS = frozenset(
    {
        "SQLModel",
        "Snapshot",
        "Tx",
        "UnstampedRowError",
        "hub_failure",
        "make_engine",
        "make_pg_engine",
        "run_statement",
    }
)


def __getattr__(name: str) -> Any:
    if name in _IN_SESSIONS:
        from cbe_desktop.core import sessions

        return getattr(sessions, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DB_FILE",
    "Store",
    "default_data_dir",
    "is_database_url",
]
