"""Looking at an SQLite file without changing it: is it ours, which schema, is it sound.

Used before the store opens (by :mod:`store`) and on backups (by :mod:`backups`), so it
depends on neither. Every read here is read-only: a damaged or foreign file is left
exactly as it was found.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from pathlib import Path

from cbe_desktop.core.errors import NotADatabaseError
from cbe_desktop.core.failures import explain, folder_is_writable, is_corrupt
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
#: The smallest whole SQLite file: one page of the smallest size.
MIN_SQLITE_BYTES = 512

NOT_OURS = QT_TRANSLATE_NOOP(
    "Store", "{path} is not a cbe-desktop database; move it away or choose another data folder."
)
ANOTHER_PROGRAM = QT_TRANSLATE_NOOP(
    "Store", "{path} is an SQLite database of another program, not of cbe-desktop."
)


class CorruptFile(Exception):
    """SQLite found ``path`` corrupt; ``problem`` is what it said (for a sentence)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(problem)
        self.path = path
        self.problem = problem


def connect_readonly(path: Path, *, frozen: bool = False) -> sqlite3.Connection:
    """A read-only connection; in a read-only folder, one that needs no ``-shm`` file.

    A database in WAL mode needs a shared-memory file beside it even to be read; in a
    folder nobody can write, nobody can be writing the database either, so it is opened
    as immutable instead. ``frozen`` files (backups: nothing writes them) are always
    opened as immutable, so looking at them leaves no ``-wal`` or ``-shm`` beside them.
    """
    uri = f"file:{Path(path).as_posix()}?mode=ro"
    if frozen:
        return sqlite3.connect(uri + "&immutable=1", uri=True)
    try:
        con = sqlite3.connect(uri, uri=True)
        con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return con
    except sqlite3.OperationalError:
        if folder_is_writable(Path(path).parent):
            raise
    con = sqlite3.connect(uri + "&immutable=1", uri=True)
    return con


def read_schema_revision(db_path: Path, *, frozen: bool = False) -> str | None:
    """The Alembic revision of a database file, read without changing it.

    Raises NotADatabaseError for a file that is not an SQLite database, or that is an
    SQLite database of another program; :class:`CorruptFile` when SQLite finds it corrupt;
    and the true sentence (disk full, read-only, ...) for other failures to read it.
    """
    try:
        with open(db_path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise explain(exc, db_path.parent, db_path) or exc from None
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(NOT_OURS(path=str(db_path)))
    if not header:  # an empty file: SQLite treats it as an empty database
        return None
    try:
        con = connect_readonly(db_path, frozen=frozen)
        try:
            tables = {
                name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables or not {"evidence", "replica"} <= tables:
                if tables:
                    raise NotADatabaseError(ANOTHER_PROGRAM(path=str(db_path)))
                return None
            found = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if found is None:
                return None
            (version,) = found
            return version
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        said = explain(exc, db_path.parent, db_path)
        if said is not None:
            raise said from None
        if is_corrupt(exc) or isinstance(exc, sqlite3.DatabaseError):
            raise CorruptFile(db_path, str(exc)) from None
        raise


def integrity_problems(
    db_path: Path, *, quick: bool = False, frozen: bool = False, table: str | None = None
) -> list[str]:
    """What SQLite's integrity check reports (empty when the file is sound).

    ``quick`` runs ``PRAGMA quick_check`` (the structure of every page, in about a tenth
    of a second for a year of a teacher's work), else the full ``integrity_check`` (also
    that every index agrees with its table); ``table``: the full check of that table and
    its indexes only. A failure to read that is not corruption (a full disk, a removed USB
    stick) raises its own sentence instead of passing for damage.
    """
    try:
        con = connect_readonly(db_path, frozen=frozen)
    except sqlite3.DatabaseError as exc:
        said = explain(exc, db_path.parent, db_path)
        if said is not None:
            raise said from None
        return [str(exc)]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        if table is not None:
            pragma = 'integrity_check("' + table.replace('"', '""') + '")'
        rows = [_tidy(problem) for (problem,) in con.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        said = explain(exc, db_path.parent, db_path)
        if said is not None:
            raise said from None
        return [str(exc)]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


#: A file's identity and state: (inode, size, modification time) of the database and of
#: its write-ahead log (None where there is none, or it is empty: reading a file in WAL
#: mode may leave an empty log, which holds nothing).
_FileStamp = tuple[tuple[int, int, int] | None, tuple[int, int, int] | None]


def _stamp(db_path: Path) -> _FileStamp:
    def one(path: Path, *, empty_is_none: bool = False) -> tuple[int, int, int] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        if empty_is_none and st.st_size == 0:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    return one(db_path), one(db_path.with_name(db_path.name + "-wal"), empty_is_none=True)


class _EarlyCheck:
    """A quick check begun on a thread, with the file's stamp from before it began."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.stamp = _stamp(db_path)
        self.problems: list[str] | None = None
        self.thread = threading.Thread(target=self._run, name="quick check", daemon=True)

    def _run(self) -> None:
        # Behind the window's own work on a one-core laptop (the window opens without
        # waiting for the verdict, which comes before anything is written); where the
        # system cannot lower one thread's priority, the check runs as it is.
        if sys.platform.startswith("linux"):  # (a thread's id is a process id elsewhere)
            with contextlib.suppress(AttributeError, OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        try:
            self.problems = integrity_problems(self.db_path, quick=True)
        except Exception:  # the check at opening runs again and says what it finds
            log.debug("the early quick check of %s failed", self.db_path, exc_info=True)

    def verdict(self) -> list[str] | None:
        """``[]`` when the file was found sound and neither it nor its log has changed
        since the check began; None otherwise (damage, a failed read or a change: the
        caller checks the file itself)."""
        self.thread.join()
        if self.problems != [] or _stamp(self.db_path) != self.stamp:
            log.debug("the early quick check of %s is not used: checking again", self.db_path)
            return None
        return []


_early: dict[Path, _EarlyCheck] = {}


def begin_quick_check(db_path: Path) -> None:
    """Begin SQLite's quick check of ``db_path`` on a thread, while the program loads.

    The check reads the file (SQLite does it without holding Python's lock), so on a
    laptop with two cores it costs the start nothing; :func:`early_quick_check` gives its
    verdict to the store when it opens. Nothing happens when there is no file yet.
    """
    key = Path(os.path.abspath(db_path))
    if not key.is_file() or key in _early:
        return
    check = _EarlyCheck(key)
    _early[key] = check
    check.thread.start()


def early_quick_check(db_path: Path) -> list[str] | None:
    """``[]`` when a check begun by :func:`begin_quick_check` found ``db_path`` sound and
    neither the file nor its log has changed since it began; None otherwise (a damaged
    file, a failed read, a change, or no early check: the caller checks it now)."""
    check = take_early_check(db_path)
    return None if check is None else check.verdict()


def take_early_check(db_path: Path) -> _EarlyCheck | None:
    """The check begun by :func:`begin_quick_check` for ``db_path``, still running or
    done, for a caller that asks for its :meth:`~_EarlyCheck.verdict` later (the window,
    before its first write); None when none was begun."""
    return _early.pop(Path(os.path.abspath(db_path)), None)


def _tidy(problem: str) -> str:
    """One line of SQLite's report, fit for a sentence (no banner, no line breaks)."""
    lines = [line.strip() for line in str(problem).splitlines()]
    return "; ".join(line for line in lines if line and not line.startswith("***"))


def looks_whole(path: Path) -> bool:
    """A cheap look (no SQLite): the file starts like SQLite and is as long as it says.

    A backup cut short by a full disk or a killed copy fails this; a sound one passes.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = fh.seek(0, 2)
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if page_size < MIN_SQLITE_BYTES or size % page_size:
        return False
    # The page count in the header is valid for files written by SQLite 3.7.0 or later.
    return pages == 0 or size >= pages * page_size
