"""Who has a data folder open, and what a copy that did not close cleanly left behind.

Every copy of the program that opens the store (the window, each command) holds a
*shared* claim on its data folder for as long as the store is open. Replacing the
database (a restore) needs the *exclusive* claim, so it can never pull the file from
under a running copy: it is refused in one sentence that says which copy is open. The
claims are a read-write lock on ``<data folder>/.cbe-desktop.lock`` (filelock's
``ReadWriteLock``, made of SQLite's own file locks: it works on Windows too, and the
claim of a killed copy ends with it).

Each copy also keeps a note, ``<data folder>/running/<id>.json``: what it is ("the
window", "sync import"), since when, and the half-made files it is writing (a backup, a
sync file, packets) until each is whole. A clean close removes the note. A copy that
opens the folder and finds itself alone (it can take the exclusive claim for a moment)
knows that every note left there is from a copy that did not close cleanly: it removes
the half-made files those notes name and the program's other leftovers, and says so
when the database's write-ahead log (``-wal``) is missing, because after an unclean exit
that file holds the latest saved changes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from filelock import ReadWriteLock, Timeout

from cbe_desktop.core.errors import StoreInUseError
from cbe_desktop.core.failures import folder_is_writable
from cbe_desktop.core.paths import DB_FILE
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase, join

log = logging.getLogger(__name__)

LOCK_FILE = ".cbe-desktop.lock"
NOTES_FOLDER = "running"
#: How long a copy opening the folder waits for a restore that is under way.
RESTORE_WAIT_SECONDS = 120.0

THE_WINDOW = QT_TRANSLATE_NOOP("FolderLock", "the window")
A_COMMAND = QT_TRANSLATE_NOOP("FolderLock", "the command '{command}'")
COPY_SINCE = QT_TRANSLATE_NOOP("FolderLock", "{what}, open since {when}")
IN_USE = QT_TRANSLATE_NOOP(
    "FolderLock",
    "cbe-desktop is open on the data folder {folder} ({others}), so the backup was not "
    "restored and nothing was changed; close it (or wait for it to finish), then restore "
    "again, or restore from the window with File → Restore a backup.",
)
IN_USE_UNKNOWN = QT_TRANSLATE_NOOP("FolderLock", "another copy")
RESTORING = QT_TRANSLATE_NOOP(
    "FolderLock",
    "A backup is being restored into {folder} and it is taking long; wait for it to "
    "finish, then try again.",
)
LOST_WAL = QT_TRANSLATE_NOOP(
    "FolderLock",
    "cbe-desktop ({what}) did not close properly, and the file that held its latest saved "
    "changes ({wal}) is gone, so changes made shortly before it stopped may be missing; "
    "check your most recent work.",
)


def describe(what: str) -> Phrase:
    """How a copy is named in sentences: the window, or the command it runs."""
    if what == "window":
        return THE_WINDOW()
    return A_COMMAND(command=what)


@dataclass(frozen=True)
class RunningCopy:
    """What another copy's note says about it."""

    pid: int
    what: str
    since: str

    def phrase(self) -> Phrase:
        try:
            when = datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = self.since
        return COPY_SINCE(what=describe(self.what), when=when)


@dataclass
class Claim:
    """This copy's hold on a data folder; release it when the store closes."""

    folder: Path
    what: str
    lock: ReadWriteLock | None = None
    note: Path | None = None
    exclusive: bool = False
    #: Sentences for the teacher found while taking the claim (a lost -wal file).
    notices: list[Phrase] = field(default_factory=list)
    _partials: set[str] = field(default_factory=set)
    _mutex: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def take(cls, folder: Path, what: str, *, exclusive: bool = False) -> Claim:
        """Claim ``folder``: shared (any number of copies), or exclusive (alone, at once).

        A read-only folder gets an empty claim: nobody can write there, so there is
        nothing to keep apart and nothing left over to clean.
        """
        folder = Path(folder)
        claim = cls(folder=folder, what=what, exclusive=exclusive)
        if not folder_is_writable(folder):
            return claim
        lock = ReadWriteLock(folder / LOCK_FILE, is_singleton=False)
        try:
            lock.acquire_write(blocking=False)
        except Timeout:
            if exclusive:
                others = running_copies(folder)
                lock.close()
                raise StoreInUseError(in_use_sentence(folder, others)) from None
        else:
            # Alone: every note left is from a copy that stopped without closing.
            claim.notices = _tidy_after_unclean_exits(folder)
            if not exclusive:
                lock.release()
        if not exclusive:
            try:
                lock.acquire_read(timeout=RESTORE_WAIT_SECONDS)
            except Timeout:
                lock.close()
                raise StoreInUseError(RESTORING(folder=str(folder))) from None
        claim.lock = lock
        claim._write_note()
        _ACTIVE.add(claim)
        return claim

    # ----- the note ------------------------------------------------------------
    def _write_note(self) -> None:
        notes = self.folder / NOTES_FOLDER
        if self.note is None:
            self.note = notes / f"{os.getpid()}-{secrets.token_hex(4)}.json"
        body = {
            "pid": os.getpid(),
            "what": self.what,
            "since": datetime.now().isoformat(timespec="seconds"),
            "partials": sorted(self._partials),
        }
        staged = self.note.with_suffix(".tmp")
        try:
            notes.mkdir(exist_ok=True)
            staged.write_text(json.dumps(body), encoding="utf-8")
            os.replace(staged, self.note)
        except OSError as exc:  # a full disk: the note is a help, not a condition
            log.warning("could not write the running note %s: %s", self.note, exc)
            with contextlib.suppress(OSError):
                staged.unlink(missing_ok=True)

    def track(self, path: Path) -> None:
        """Name a half-made file, so a later start removes it if this copy is killed."""
        with self._mutex:
            self._partials.add(str(Path(path).resolve()))
            self._write_note()

    def untrack(self, path: Path) -> None:
        with self._mutex:
            self._partials.discard(str(Path(path).resolve()))
            self._write_note()

    def others(self) -> list[RunningCopy]:
        """The other copies open on this folder, as their notes say."""
        mine = self.note.name if self.note else None
        return [c for n, c in _notes(self.folder) if n.name != mine and _alive(c.pid)]

    def release(self) -> None:
        """Let go: the note goes first, then the claim (so no live copy looks stale)."""
        _ACTIVE.discard(self)
        if self.note is not None:
            with contextlib.suppress(OSError):
                self.note.unlink(missing_ok=True)
        if self.lock is not None:
            with contextlib.suppress(Exception):
                self.lock.close()
            self.lock = None

    __hash__ = object.__hash__


#: The claims this process holds (usually one), for :func:`tracking`.
_ACTIVE: set[Claim] = set()


def track(path: Path) -> None:
    """Name ``path`` as a half-made file in every claim of this process (see :func:`tracking`)."""
    for claim in list(_ACTIVE):
        claim.track(path)


def untrack(path: Path) -> None:
    for claim in list(_ACTIVE):
        claim.untrack(path)


@contextlib.contextmanager
def tracking(path: Path) -> Iterator[None]:
    """While the block runs, ``path`` is a half-made file every claim of this process names,
    so that if this copy is killed, the next start removes it."""
    track(path)
    try:
        yield
    finally:
        untrack(path)


def in_use_sentence(folder: Path, others: list[RunningCopy]) -> Phrase:
    described = join("; ", [c.phrase() for c in others]) if others else IN_USE_UNKNOWN()
    return IN_USE(folder=str(folder), others=described)


def running_copies(folder: Path) -> list[RunningCopy]:
    """The copies whose notes are in ``folder`` and whose process is still there."""
    return [copy for _, copy in _notes(folder) if _alive(copy.pid)]


def _notes(folder: Path) -> list[tuple[Path, RunningCopy]]:
    found = []
    for path in sorted((folder / NOTES_FOLDER).glob("*.json")):
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            found.append((path, RunningCopy(int(body["pid"]), str(body["what"]), body["since"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap test; the note may be stale, the sentence says "open since"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: What the program itself writes into the data folder for a moment, and renames or
#: removes when done: the restore's staged copy, the folder test, decrypted sync files,
#: half-made backups.
_LEFTOVER_PATTERNS = (
    f"{DB_FILE}.restoring",
    ".write-test-*",
    ".sync-*",
    "*.partial",
    "*.partial-journal",
    f"{NOTES_FOLDER}/*.tmp",
    "backups/*.partial",
    # SQLite's own companions of a half-made backup (its journal while it was written).
    "backups/*.partial-journal",
    "backups/*.partial-wal",
    "backups/*.partial-shm",
)


def _tidy_after_unclean_exits(folder: Path) -> list[Phrase]:
    """Alone in ``folder``: remove what stopped copies left; say what may be lost."""
    notices: list[Phrase] = []
    stale = _notes(folder)
    db = folder / DB_FILE
    wal = folder / f"{DB_FILE}-wal"
    for path, copy in stale:
        log.warning("cbe-desktop (%s, pid %s) did not close cleanly", copy.what, copy.pid)
        try:
            partials = json.loads(path.read_text(encoding="utf-8")).get("partials", [])
        except (OSError, ValueError):
            partials = []
        for name in partials:
            if isinstance(name, str) and name.endswith(".partial"):
                for companion in ("", "-journal", "-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        Path(name + companion).unlink(missing_ok=True)
                log.info("removed %s, left half-made by a copy that stopped", name)
        with contextlib.suppress(OSError):
            path.unlink()
    if stale and db.is_file() and db.stat().st_size and not wal.exists():
        notices.append(LOST_WAL(what=describe(stale[-1][1].what), wal=str(wal)))
    for pattern in _LEFTOVER_PATTERNS:
        for path in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if path.is_file():
                    path.unlink()
                    log.info("removed the leftover %s", path)
    return notices
