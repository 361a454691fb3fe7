"""Backups of the store: automatic and rotating, manual, before big changes, and a health check.

Automatic backups go to ``<data folder>/backups/auto-<when>-<why>.sqlite``. Rotation
keeps the 10 newest, plus the newest of each day for the last 14 days. Backups the
teacher asks for by name are never deleted by the program.

A backup is whole or absent (it is made under a ``.partial`` name and renamed when
complete), and it is never made from a damaged database without saying so: every copy
is checked by SQLite before it takes its name, and a damaged one is thrown away with a
sentence that points to the newest sound backup. Restoring is in :mod:`restore`.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from cbe_desktop.core import migrations
from cbe_desktop.core.errors import CbeError, NewerSchemaError, NotADatabaseError, StoreError
from cbe_desktop.core.failures import damaged, explain, is_corrupt
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.safe_files import written_whole
from cbe_desktop.core.sqlite_file import (
    CorruptFile,
    integrity_problems,
    looks_whole,
    read_schema_revision,
)


class StoreFiles(Protocol):
    """What a backup needs of a store: where its database file and its backups are
    (``core.store.Store`` is one; the store imports this module, not the other way)."""

    @property
    def db_path(self) -> Path: ...

    @property
    def backups_dir(self) -> Path: ...

    #: A school hub's store (PostgreSQL): its server keeps its backups.
    is_hub: bool


log = logging.getLogger(__name__)

KEEP_NEWEST = 10
KEEP_DAYS = 14
_AUTO_PREFIX = "auto-"
_STAMP = "%Y%m%d-%H%M%S"


def auto_backup_path(
    folder: Path, reason: str, now: datetime | None = None, *, prefix: str = _AUTO_PREFIX
) -> Path:
    """A new file name in ``folder``: ``auto-<when>-<reason>.sqlite`` (or ``prefix``)."""
    when = (now or datetime.now()).strftime(_STAMP)
    path = folder / f"{prefix}{when}-{reason}.sqlite"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{prefix}{when}-{reason}-{n}.sqlite"
    return path


def manual_backup_path(folder: Path) -> Path:
    """Where ``cbe-desktop backup`` writes when no file is named (never rotated away)."""
    return auto_backup_path(folder, "backup", prefix="manual-")


def make_backup(db_path: Path, dest: Path, *, thorough: bool = False) -> Path:
    """Copy a live database consistently (SQLite's backup API) to ``dest``, checked.

    The copy is checked by SQLite (``quick_check``, or the full ``integrity_check`` when
    ``thorough``) before it takes its name: a damaged database gives no backup but a
    :class:`StoreDamagedError` naming the newest sound backup. A full disk, a read-only
    folder or a refused permission give their own sentence, and no file.
    """
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with written_whole(dest) as staged:
            _copy_with_sqlite(db_path, staged)
            problems = integrity_problems(staged, quick=not thorough, frozen=True)
            if problems:
                raise CorruptFile(db_path, problems[0])
    except CorruptFile as exc:
        log.error("no backup made: %s is damaged (%s)", db_path, exc.problem)
        raise damaged(
            db_path.parent, exc.problem, newest_sound_backup(db_path.parent / "backups")
        ) from None
    except (OSError, sqlite3.Error) as exc:
        said = explain(exc, dest.parent, dest)
        if said is not None:
            raise said from None
        if isinstance(exc, sqlite3.Error) and is_corrupt(exc):
            raise damaged(
                db_path.parent, str(exc), newest_sound_backup(db_path.parent / "backups")
            ) from None
        raise
    log.info("backed up %s to %s", db_path, dest)
    return dest


def _copy_with_sqlite(db_path: Path, dest: Path) -> None:
    from cbe_desktop.core.sqlite_file import connect_readonly

    src = connect_readonly(db_path)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
            # A backup is a file at rest: in rollback mode, looking at it later leaves
            # no -wal or -shm file beside it (the store turns WAL back on when restored).
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()


def backup_before(store: StoreFiles, reason: str) -> Path | None:
    """The backup made before a change of many rows (an import, a sync file, a restore).

    The one policy the window and the command line share: a thorough check of the copy
    (so a damaged store is found before anything is written into it), then rotation.
    On a school hub the server keeps the backups (``pg_dump``, see the README): None.
    """
    if store.is_hub:
        log.info("before %s: the hub's backups are the server's (pg_dump)", reason)
        return None
    made = make_backup(
        store.db_path, auto_backup_path(store.backups_dir, f"before-{reason}"), thorough=True
    )
    rotate(store.backups_dir)
    return made


class BackupBeforeWrite:
    """The backup an import makes before it changes the teacher's work: begun at its first
    write, in a thread, and kept (waited for) before anything is committed.

    Call :meth:`writing` before every write of the teacher's rows (the first call begins
    :func:`backup_before`'s copy and thorough check on a thread: SQLite copies and checks
    without holding Python's lock, so on two cores the backup costs the import nothing),
    :meth:`settle` once every incoming row has been read and checked (it waits for a
    backup begun; any write after it waits for the backup first), then :meth:`keep`
    before the commit, or :meth:`discard` when the input was refused.

    The import holds the store's write lock (``BEGIN IMMEDIATE``) before its first write,
    and its own rows stay uncommitted until after :meth:`keep`: no other connection can
    commit meanwhile, and a reader (the copy, the checks) sees the store exactly as it was
    when the import began, whenever the copy is begun. So a backup begun at the first
    write is the store as the import found it, as one begun at the start would be.

    An import that brings nothing new (a file received again) writes none of the
    teacher's rows: only its line in the sync history and the clock's stamp (``tables``:
    the tables those go to). Then no backup is made (restoring it would give back exactly
    what the store holds), and :meth:`keep` checks, before those two rows are written,
    what they could spread into or lean on: SQLite's ``quick_check`` of the whole file
    (every page's structure, every row's columns and the free list: the check made at
    every opening, whose damage can reach any write) and the full ``integrity_check`` of
    the tables written (their indexes agree with their rows). A damaged store is refused
    with the backup's sentence, and nothing is written. The one damage not looked for
    then is an index of another table that no longer matches its rows: nothing is
    written there, and the next import that brings anything (or a backup before a change
    of many rows, or ``cbe-desktop check``) finds it before writing.
    """

    def __init__(self, store: StoreFiles, reason: str, *, tables: tuple[str, ...]) -> None:
        self._store, self._reason, self._tables = store, reason, tables
        self._made: Path | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._quick: _QuickCheck | None = None
        self._settled = False
        #: keep() or discard() was called.
        self.done = False
        self._new_folder = not store.backups_dir.exists()

    @property
    def begun(self) -> bool:
        """Whether a write was announced (so a backup is being made, or was)."""
        return self._thread is not None

    def writing(self) -> None:
        """A write of the teacher's rows is next: the backup is begun if it is not yet
        (and, after :meth:`settle`, waited for: a damaged store raises here)."""
        if self._store.is_hub:
            return
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name=f"backup-before-{self._reason}", daemon=True
            )
            self._thread.start()
        if self._settled:
            self._wait()

    def idle(self) -> None:
        """Nothing written so far (a part of the input read): the store's quick check is
        begun on a thread, in case nothing is written at all (see :meth:`keep`)."""
        if self._store.is_hub or self._thread is not None or self._quick is not None:
            return
        self._quick = _QuickCheck(self._store.db_path)

    def settle(self) -> None:
        """Every incoming row is read and checked: a backup begun is waited for (a damaged
        store or a full disk raises here, before the commit), and any later write waits
        for its backup before it is made."""
        self._settled = True
        if self._thread is not None:
            self._wait()

    def keep(self) -> Path | None:
        """Before the commit: the backup, made and checked, then rotation; None when
        nothing of the teacher's work was written (the store checked instead, see the
        class) or on a school hub (its server keeps the backups)."""
        self.done = True
        if self._store.is_hub:
            log.info("before %s: the hub's backups are the server's (pg_dump)", self._reason)
            return None
        if self._thread is None:
            quick = self._quick or _QuickCheck(self._store.db_path)
            check_before_small_write(self._store, quick.result(), self._tables)
            log.info("before %s: nothing of the teacher's work changes, no backup", self._reason)
            return None
        self._wait()
        if self._quick is not None:  # begun before the first write; not needed now
            self._quick.thread.join()
        rotate(self._store.backups_dir)
        return self._made

    def discard(self) -> None:
        """Nothing is to be written: a copy begun is removed."""
        self.done = True
        if self._quick is not None:
            self._quick.thread.join()
        if self._thread is None:
            return
        self._thread.join()
        try:
            if self._made is not None:
                self._made.unlink(missing_ok=True)
            if self._new_folder:  # made for it: removed too, when nothing else is there
                self._store.backups_dir.rmdir()
        except OSError as exc:  # a backup too many, never a reason to fail
            log.warning("could not remove the unused backup %s: %s", self._made, exc)

    def _run(self) -> None:
        try:
            self._made = make_backup(
                self._store.db_path,
                auto_backup_path(self._store.backups_dir, f"before-{self._reason}"),
                thorough=True,
            )
        except BaseException as exc:  # raised in the caller's thread, by _wait()
            self._error = exc

    def _wait(self) -> None:
        assert self._thread is not None
        self._thread.join()
        if self._error is not None:
            raise self._error


class _QuickCheck:
    """SQLite's quick check of the live store, on a thread (its problems, or the error
    that stopped it, for the caller's thread)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.problems: list[str] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="quick check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.problems = integrity_problems(self.db_path, quick=True)
        except BaseException as exc:  # a full disk or a removed stick: said by result()
            self.error = exc

    def result(self) -> list[str]:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.problems


def check_before_small_write(
    store: StoreFiles, quick_problems: list[str], tables: tuple[str, ...]
) -> None:
    """Refuse (with the backup's sentence for a damaged store) to write a few rows into
    ``tables`` of a store whose quick check found ``quick_problems``, or whose full
    integrity check of those tables finds any (see :class:`BackupBeforeWrite`)."""
    db_path = store.db_path
    problems = list(quick_problems)
    if not problems:
        for table in tables:
            problems = integrity_problems(db_path, table=table)
            if problems:
                break
    if problems:
        log.error("not written: %s is damaged (%s)", db_path, problems[0])
        raise damaged(db_path.parent, problems[0], newest_sound_backup(store.backups_dir))


def _taken_at(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(_AUTO_PREFIX) :][:15], _STAMP)
    except ValueError:
        return None


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete automatic backups outside the keep rule; returns what was deleted."""
    if not folder.is_dir():
        return []
    now = now or datetime.now()
    dated = [(t, p) for p in folder.glob(f"{_AUTO_PREFIX}*.sqlite") if (t := _taken_at(p))]
    dated.sort(reverse=True)
    keep = {p for _, p in dated[:KEEP_NEWEST]}
    seen_days: set[str] = set()
    for taken, path in dated:
        day = taken.strftime("%Y%m%d")
        if now - taken <= timedelta(days=KEEP_DAYS) and day not in seen_days:
            seen_days.add(day)
            keep.add(path)
    removed = []
    for _, path in dated:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def list_backups(folder: Path) -> list[Path]:
    """Whole backups in the folder, newest first (a file cut short is never offered)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite") if p.is_file() and looks_whole(p)]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_sound_backup(folder: Path) -> Path | None:
    """The newest backup that SQLite finds sound and that this version can restore."""
    for path in list_backups(folder):
        if path.name.startswith("damaged-"):
            continue
        try:
            validate_backup_file(path, quick=True)
        except CbeError:
            continue
        return path
    return None


def validate_backup_file(path: Path, *, quick: bool = False) -> str | None:
    """Check a file can be restored; returns its schema revision. Raises StoreError."""
    if not path.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP("Backups", "There is no backup file at {path}.")(path=str(path))
        )
    try:
        revision = read_schema_revision(path, frozen=True)
    except CorruptFile as exc:
        problems = [exc.problem]
    else:
        if revision is None:
            raise NotADatabaseError(
                QT_TRANSLATE_NOOP("Backups", "{path} is not a cbe-desktop backup.")(path=str(path))
            )
        if not migrations.is_known(revision):
            raise NewerSchemaError(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{path} was made by a newer version of cbe-desktop (schema {revision}); "
                    "update the program on this laptop to restore it.",
                )(path=str(path), revision=revision)
            )
        problems = integrity_problems(path, quick=quick, frozen=True)
    if problems or not looks_whole(path):
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP("Backups", "{path} is damaged ({problem}) and cannot be restored.")(
                path=str(path), problem=problems[0] if problems else "cut short"
            )
        )
    return revision
