"""True sentences for what the disk and SQLite refuse: full, read-only, busy, denied, damaged.

A failure while reading or writing the store, a backup or a file beside them is one of
a few kinds, and each kind needs its own advice. The worst mistake is to call a full
disk "damaged": a teacher who follows "restore a backup" then loses the day's work. So
the kinds are told apart by SQLite's result code and the operating system's error
number, never by the wording of a message, and "damaged" is said only when SQLite says
the file is corrupt (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) and the disk is not full.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from cbe_desktop.core.errors import (
    CbeError,
    DiskError,
    DiskFullError,
    PermissionDeniedError,
    ReadOnlyError,
    StoreBusyError,
    StoreDamagedError,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase

#: Below this much free space, an input/output error is taken for a full disk.
LOW_SPACE_BYTES = 8 * 1024 * 1024

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM}

DISK_FULL = QT_TRANSLATE_NOOP(
    "Failures",
    "There is no space left on the disk that holds {folder}, so nothing was changed "
    "(your data is not damaged); free some space, for example by emptying the trash "
    "or moving large files, and try again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Failures",
    "The folder {folder} is read-only, so nothing was changed; you can still look at "
    "your data and print, but to change it, make the folder writable (or unlock the "
    "USB stick) or choose another folder with --data-dir.",
)
DENIED = QT_TRANSLATE_NOOP(
    "Failures",
    "This computer account is not allowed to change {path}, so nothing was changed; "
    "ask whoever looks after the computer to give you access, or choose another folder.",
)
BUSY = QT_TRANSLATE_NOOP(
    "Failures",
    "Another copy of cbe-desktop kept the data in {folder} busy for too long, so nothing "
    "was changed; wait for it to finish (or close it) and try again.",
)
DISK_ERROR = QT_TRANSLATE_NOOP(
    "Failures",
    "The disk that holds {folder} could not be read or written ({problem}), so nothing "
    "was changed; if it is a USB stick, check that it is still plugged in, then try again.",
)
NO_SUCH_FOLDER = QT_TRANSLATE_NOOP(
    "Failures",
    "{path} cannot be written: the folder {folder} does not exist (or is not a folder), so "
    "nothing was written; choose another place.",
)
IS_A_FOLDER = QT_TRANSLATE_NOOP(
    "Failures", "{path} is a folder, so nothing was written there; give a file name instead."
)
DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "Failures",
    "The database in {folder} is damaged ({problem}), so cbe-desktop will not change it or "
    "copy it into a backup; restore the newest sound backup with: "
    'cbe-desktop restore "{backup}"',
)
DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "Failures",
    "The database in {folder} is damaged ({problem}) and there is no sound backup of it, so "
    "cbe-desktop will not change it; keep the folder as it is and ask for help, or restore "
    "a backup from another place with 'cbe-desktop restore FILE'.",
)


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error (also when SQLAlchemy wrapped it)."""
    for candidate in (exc, getattr(exc, "orig", None), exc.__cause__, exc.__context__):
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    return None


def os_errno(exc: BaseException) -> int | None:
    for candidate in (exc, exc.__cause__, exc.__context__):
        if isinstance(candidate, OSError) and candidate.errno is not None:
            return candidate.errno
    return None


def free_bytes(path: Path) -> int | None:
    """Free space on the disk holding ``path`` (its nearest existing folder)."""
    here = Path(path)
    while not here.exists() and here != here.parent:
        here = here.parent
    try:
        return shutil.disk_usage(here).free
    except OSError:
        return None


def disk_is_full(path: Path) -> bool:
    free = free_bytes(path)
    return free is not None and free < LOW_SPACE_BYTES


def folder_is_writable(folder: Path) -> bool:
    """Whether new files can be made in ``folder`` (asks the system; writes nothing)."""
    try:
        return os.access(folder, os.W_OK) and not _mounted_read_only(folder)
    except OSError:
        return False


def _mounted_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs
        return False


def damaged(folder: Path, problem: str, backup: Path | None) -> StoreDamagedError:
    """The sentence for a damaged store, pointing at the newest sound backup."""
    if backup is not None:
        return StoreDamagedError(
            DAMAGED_WITH_BACKUP(folder=str(folder), problem=problem, backup=str(backup))
        )
    return StoreDamagedError(DAMAGED_NO_BACKUP(folder=str(folder), problem=problem))


def explain(exc: BaseException, folder: Path, path: Path | None = None) -> CbeError | None:
    """The teacher's sentence for a disk or database failure, or None for anything else.

    ``folder`` is the folder the work was in (named in the sentence), ``path`` the file
    when it matters (for "not allowed to change"). A corrupt database is explained by
    :func:`damaged` instead (the caller knows where the backups are); here it is None.
    """
    if isinstance(exc, CbeError):
        return exc
    folder = Path(folder)
    code = sqlite_code(exc)
    number = os_errno(exc)
    where = {"folder": str(folder)}
    if code == SQLITE_FULL or number in _FULL_ERRNOS:
        return DiskFullError(DISK_FULL(**where))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreBusyError(BUSY(**where))
    if number in _READ_ONLY_ERRNOS or (
        code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH) and not folder_is_writable(folder)
    ):
        return ReadOnlyError(READ_ONLY(**where))
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH) or number in _DENIED_ERRNOS:
        if number in _DENIED_ERRNOS and not folder_is_writable(folder):
            return ReadOnlyError(READ_ONLY(**where))
        return PermissionDeniedError(DENIED(path=str(path or folder)))
    if number in (errno.ENOENT, errno.ENOTDIR) and not folder.is_dir():
        return DiskError(NO_SUCH_FOLDER(path=str(path or folder), folder=str(folder)))
    if number == errno.EISDIR and path is not None:
        return DiskError(IS_A_FOLDER(path=str(path)))
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_CORRUPT, SQLITE_NOTADB) or (
        isinstance(exc, OSError) and number is not None
    ):
        # Many I/O failures at a full disk come back as a plain I/O error (or even as
        # "file is not a database" when a header could not be read): look at the disk.
        if disk_is_full(folder):
            return DiskFullError(DISK_FULL(**where))
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return None
        if folder.exists() and not folder_is_writable(folder):
            return ReadOnlyError(READ_ONLY(**where))
        problem = _problem(exc)
        return DiskError(DISK_ERROR(folder=str(folder), problem=problem))
    return None


def _problem(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    inner = getattr(exc, "orig", exc)
    if isinstance(inner, sqlite3.Error):
        return str(inner)
    return str(exc) or type(exc).__name__


def is_corrupt(exc: BaseException) -> bool:
    """SQLite says the file is corrupt or not a database (and the disk has room)."""
    return sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


__all__ = [
    "DISK_FULL",
    "Phrase",
    "damaged",
    "disk_is_full",
    "explain",
    "folder_is_writable",
    "free_bytes",
    "is_corrupt",
    "sqlite_code",
]
