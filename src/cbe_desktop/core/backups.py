"""Backups of the store: automatic and rotating, manual, restore, and a health check.

Automatic backups go to ``<data folder>/backups/auto-<when>-<why>.sqlite``. Rotation
keeps the 10 newest, plus the newest of each day for the last 14 days. Backups the
teacher asks for by name are never deleted by the program.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from cbe_desktop.core.errors import NewerSchemaError, NotADatabaseError, StoreError
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP

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


def make_backup(db_path: Path, dest: Path) -> Path:
    """Copy a live database consistently (SQLite's backup API) to ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(partial)
        try:
            src.backup(out)
        finally:
            out.close()
    except BaseException:
        partial.unlink(missing_ok=True)  # no half-made backup is left behind
        raise
    finally:
        src.close()
    partial.replace(dest)  # a backup is either whole or absent
    log.info("backed up %s to %s", db_path, dest)
    return dest


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
    """Backups in the folder, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)


def validate_backup_file(path: Path) -> str | None:
    """Check a file can be restored; returns its schema revision. Raises StoreError."""
    from cbe_desktop.core import migrations
    from cbe_desktop.core.store import integrity_problems, read_schema_revision

    if not path.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP("Backups", "There is no backup file at {path}.")(path=str(path))
        )
    revision = read_schema_revision(path)
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
    problems = integrity_problems(path)
    if problems:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP("Backups", "{path} is damaged ({problem}) and cannot be restored.")(
                path=str(path), problem=problems[0]
            )
        )
    return revision


def _copy_damaged(db_path: Path, folder: Path) -> Path:
    """Copy a store SQLite cannot read, byte for byte (with its -wal), out of harm's way."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = auto_backup_path(folder, "before-restore", prefix="damaged-")
    wal = Path(str(db_path) + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, Path(str(dest) + "-wal"))
    shutil.copyfile(db_path, dest)
    return dest


def restore(data_dir: Path, backup_file: Path) -> Path:
    """Replace the store in ``data_dir`` with a backup; the current one is backed up first.

    Returns the path of the safety backup of what was there before. The restored
    store takes a new replica id (it is, in effect, a copy), and is migrated if it
    comes from an older version.
    """
    from cbe_desktop.core.store import DB_FILE, Store, ensure_writable_folder

    validate_backup_file(backup_file)
    ensure_writable_folder(data_dir)
    db_path = data_dir / DB_FILE
    safety = None
    if db_path.exists() and db_path.stat().st_size:
        try:
            safety = make_backup(
                db_path, auto_backup_path(data_dir / "backups", "before-restore", prefix="safety-")
            )
        except sqlite3.DatabaseError:
            # A damaged store (often why it is being restored): keep its bytes as they are.
            safety = _copy_damaged(db_path, data_dir / "backups")
    staged = db_path.with_name(DB_FILE + ".restoring")
    shutil.copyfile(backup_file, staged)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    staged.replace(db_path)
    store = Store.open(data_dir)
    try:
        store.take_new_replica_id()
    finally:
        store.close()
    return safety or db_path


@dataclass
class HealthReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store) -> HealthReport:  # type: ignore[no-untyped-def]
    """Integrity of the database file and of the attachments kept beside it."""
    from sqlmodel import select

    from cbe_desktop.core import migrations
    from cbe_desktop.core.models import Attachment
    from cbe_desktop.core.store import integrity_problems, read_schema_revision

    report = HealthReport()
    for problem in integrity_problems(store.db_path):
        report.problems.append(QT_TRANSLATE_NOOP("Backups", "database: {problem}")(problem=problem))
    revision = read_schema_revision(store.db_path)
    if revision != migrations.head_revision():
        report.problems.append(
            QT_TRANSLATE_NOOP("Backups", "schema is at {revision}, expected {expected}")(
                revision=str(revision), expected=migrations.head_revision()
            )
        )
    with store.read() as session:
        attachments = session.exec(select(Attachment).where(Attachment.deleted_hlc.is_(None))).all()
    missing = damaged = 0
    for att in attachments:
        blob = store.blobs_dir / att.sha256
        if not blob.is_file():
            missing += 1
        elif hashlib.sha256(blob.read_bytes()).hexdigest() != att.sha256:
            damaged += 1
    if missing:
        report.problems.append(
            QT_TRANSLATE_NOOP("Backups", "{count} attachment file(s) are missing from {folder}")(
                count=missing, folder=str(store.blobs_dir)
            )
        )
    if damaged:
        report.problems.append(
            QT_TRANSLATE_NOOP("Backups", "{count} attachment file(s) do not match their checksum")(
                count=damaged
            )
        )
    report.notes.append(
        QT_TRANSLATE_NOOP("Backups", "{count} attachment(s) checked")(count=len(attachments))
    )
    return report
