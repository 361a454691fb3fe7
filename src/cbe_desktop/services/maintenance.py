"""Keeping the store sound: checking it, and restoring a backup.

Checking: the integrity of the database file, its schema, and the attachments kept
beside it (``cbe-desktop check``).

Restoring a backup: with the data folder to itself, today's data kept, whole or not at all.

Order: check the backup; take the data folder alone (refused, in one sentence naming it,
while another copy of the program has it open, so nothing that copy writes can end up in
no file); keep what is there now (a checked backup, or a damaged store's bytes as they
are); copy the backup beside the database and make it durable; only then swap it in; open
it (migrating it if it is older) and give it a new replica id, since it is in effect a
copy. A failure before the swap (a full disk, a removed stick) leaves the store as it was
and no half-made file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from cbe_desktop.core import migrations
from cbe_desktop.core.backups import (
    auto_backup_path,
    make_backup,
    newest_sound_backup,
    validate_backup_file,
)
from cbe_desktop.core.errors import HubError, StoreDamagedError
from cbe_desktop.core.failures import explain
from cbe_desktop.core.folder_lock import Claim, tracking
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.safe_files import fsync_folder, partial_path, written_whole
from cbe_desktop.core.sqlite_file import CorruptFile, integrity_problems, read_schema_revision
from cbe_desktop.core.store import DB_FILE, Store, ensure_writable_folder

log = logging.getLogger(__name__)


HUB_BACKUPS = QT_TRANSLATE_NOOP(
    "Maintenance",
    "The school hub is backed up and restored on its server (pg_dump and pg_restore), "
    "not by cbe-desktop: ask the school's IT person.",
)


def refuse_on_hub() -> None:
    """A backup or a restore asked of the school hub: one sentence, nothing done (a
    laptop's file copy would copy nothing of the hub, or replace the laptop's data)."""
    raise HubError(HUB_BACKUPS())


def restore_backup(data_dir: Path, backup_file: Path) -> Path:
    """Replace the store in ``data_dir`` with ``backup_file``; returns where today's data is.

    Raises StoreInUseError while another copy has the folder open, and the true sentence
    for a full disk, a read-only folder or a backup that cannot be restored.
    """
    backup_file = Path(backup_file)
    validate_backup_file(backup_file)
    folder = Path(data_dir)
    ensure_writable_folder(folder)
    claim = Claim.take(folder, "restore", exclusive=True)
    try:
        db_path = folder / DB_FILE
        kept = db_path
        if db_path.exists() and db_path.stat().st_size:
            kept = _keep_what_is_there(db_path, folder / "backups")
        _swap_in(backup_file, db_path)
        store = Store.open(folder, claim=claim)
        try:
            store.take_new_replica_id()
        finally:
            store.close()
    finally:
        claim.release()
    log.info("restored %s into %s (today's data kept in %s)", backup_file, folder, kept)
    return kept


def _keep_what_is_there(db_path: Path, backups_dir: Path) -> Path:
    """A backup of the store about to be replaced; a damaged one is kept byte for byte."""
    try:
        return make_backup(
            db_path, auto_backup_path(backups_dir, "before-restore", prefix="safety-")
        )
    except StoreDamagedError:
        # Often why it is being restored: keep its bytes (and its -wal) as they are.
        dest = auto_backup_path(backups_dir, "before-restore", prefix="damaged-")
        wal = Path(f"{db_path}-wal")
        if wal.is_file():
            with written_whole(Path(f"{dest}-wal")) as staged:
                shutil.copyfile(wal, staged)
        with written_whole(dest) as staged:
            shutil.copyfile(db_path, staged)
        return dest


def _swap_in(backup_file: Path, db_path: Path) -> None:
    staged = partial_path(db_path)
    try:
        with tracking(staged):
            try:
                shutil.copyfile(backup_file, staged)
                with open(staged, "rb+") as fh:
                    os.fsync(fh.fileno())
                # The old store's write-ahead log belongs to the old file (it is in the
                # backup just made); left beside the new one, SQLite would replay it.
                for suffix in ("-wal", "-shm"):
                    Path(f"{db_path}{suffix}").unlink(missing_ok=True)
                os.replace(staged, db_path)
            except BaseException:
                with contextlib.suppress(OSError):
                    staged.unlink(missing_ok=True)
                raise
    except OSError as exc:
        said = explain(exc, db_path.parent, db_path)
        if said is None:
            raise
        raise said from None
    fsync_folder(db_path.parent)


@dataclass
class HealthReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _file_revision(store: Store, report: HealthReport) -> str | None:
    """The schema revision of the laptop's file, or its damage noted in ``report``."""
    for problem in integrity_problems(store.db_path):
        report.problems.append(QT_TRANSLATE_NOOP("Backups", "database: {problem}")(problem=problem))
    if report.problems:
        sound = newest_sound_backup(store.backups_dir)
        if sound is not None:
            report.notes.append(
                QT_TRANSLATE_NOOP("Backups", "the newest sound backup is {path}")(path=str(sound))
            )
        return None
    try:
        return read_schema_revision(store.db_path)
    except CorruptFile as exc:
        report.problems.append(
            QT_TRANSLATE_NOOP("Backups", "database: {problem}")(problem=exc.problem)
        )
        return None


def check(store: Store) -> HealthReport:
    """Integrity of the database (the laptop's file, or the hub's schema) and of the
    attachments kept beside it."""
    from sqlmodel import select

    from cbe_desktop.core.models import Attachment

    report = HealthReport()
    if store.is_hub:
        # The hub's files are the server's (it checks its own pages); its schema is read
        # over the connection, and the attachments below are checked as on a laptop.
        revision = migrations.current_revision(store.engine)
    else:
        revision = _file_revision(store, report)
        if not report.ok:
            return report  # a damaged database is not read any further
    if revision != migrations.head_revision():
        report.problems.append(
            QT_TRANSLATE_NOOP("Backups", "schema is at {revision}, expected {expected}")(
                revision=str(revision), expected=migrations.head_revision()
            )
        )
    with store.read() as session:
        attachments = session.exec(select(Attachment).where(Attachment.deleted_hlc.is_(None))).all()
    missing = damaged_blobs = 0
    for att in attachments:
        blob = store.blobs_dir / att.sha256
        if not blob.is_file():
            missing += 1
        elif hashlib.sha256(blob.read_bytes()).hexdigest() != att.sha256:
            damaged_blobs += 1
    if missing:
        report.problems.append(
            QT_TRANSLATE_NOOP("Backups", "{count} attachment file(s) are missing from {folder}")(
                count=missing, folder=str(store.blobs_dir)
            )
        )
    if damaged_blobs:
        report.problems.append(
            QT_TRANSLATE_NOOP("Backups", "{count} attachment file(s) do not match their checksum")(
                count=damaged_blobs
            )
        )
    report.notes.append(
        QT_TRANSLATE_NOOP("Backups", "{count} attachment(s) checked")(count=len(attachments))
    )
    return report
