"""Attachments: files kept beside the database as ``blobs/<sha256>``, stored once each."""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from cbe_desktop.core import rules
from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import Attachment
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.store import Store, Tx

MAX_ATTACHMENT_BYTES = rules.ATTACHMENT_MAX_BYTES
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Attachments", "{name} is larger than {size} MB; attach a smaller photo or scan."
)


def _too_large(name: str) -> InvalidInputError:
    return InvalidInputError(_TOO_LARGE(name=name, size=str(MAX_ATTACHMENT_BYTES // (1024 * 1024))))


def write_blob(blobs_dir: Path, data: bytes) -> str:
    """Store bytes under their hash (once), atomically; returns the sha256."""
    digest = hashlib.sha256(data).hexdigest()
    blobs_dir.mkdir(parents=True, exist_ok=True)
    final = blobs_dir / digest
    if not final.exists():
        partial = blobs_dir / f".{digest}.{os.getpid()}.partial"
        with open(partial, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        partial.replace(final)
    return digest


def _fsync(path: Path, flags: int = os.O_RDWR) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobBatch:
    """Many files stored as :func:`write_blob` stores one (each whole under its hash, on
    the disk before it takes its name), made durable together: written first, then
    flushed side by side (the disk takes them in one go: a sync file's 500 photos in a
    twentieth of the time, one fsync after another took a second), then named.
    ``finish()`` when all are added; ``discard()`` always (it removes what was not named).
    """

    def __init__(self, blobs_dir: Path) -> None:
        self.blobs_dir = blobs_dir
        self._staged: dict[str, Path] = {}

    def add(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        if digest in self._staged or (self.blobs_dir / digest).exists():
            return digest
        self.blobs_dir.mkdir(parents=True, exist_ok=True)
        partial = self.blobs_dir / f".{digest}.{os.getpid()}.partial"
        self._staged[digest] = partial
        partial.write_bytes(data)
        return digest

    def finish(self) -> None:
        if not self._staged:
            return
        from concurrent.futures import ThreadPoolExecutor  # not on the start-up path

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(_fsync, self._staged.values()))
        for digest, partial in list(self._staged.items()):
            partial.replace(self.blobs_dir / digest)
            del self._staged[digest]
        if os.name == "posix":  # the names themselves on the disk too
            _fsync(self.blobs_dir, os.O_RDONLY)

    def discard(self) -> None:
        for partial in self._staged.values():
            with contextlib.suppress(OSError):
                partial.unlink()
        self._staged.clear()


def read_attachment_file(path: Path) -> tuple[bytes, str]:
    """Read a file the teacher chose to attach, refusing what cannot be one."""
    try:
        size = path.stat().st_size
    except OSError:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Attachments", "{path} cannot be read; choose another file.")(
                path=str(path)
            )
        ) from None
    if not path.is_file():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Attachments", "{path} is not a file.")(path=str(path))
        )
    if size > MAX_ATTACHMENT_BYTES:
        raise _too_large(path.name)
    return path.read_bytes(), path.name


def add_attachment(
    tx: Tx, store: Store, data: bytes, file_name: str, media_type: str | None = None
) -> Attachment:
    """Keep a file (once per content) and record it; returns the attachment row."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise _too_large(file_name)
    digest = write_blob(store.blobs_dir, data)
    existing = tx.session.exec(
        select(Attachment).where(Attachment.sha256 == digest, Attachment.deleted_hlc.is_(None))
    ).first()
    if existing is not None:
        return existing
    media = media_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    row = Attachment(
        id=new_id(),
        sha256=digest,
        file_name=file_name,
        media_type=media,
        size=len(data),
    )
    tx.add(row)
    return row


@dataclass(frozen=True)
class AttachmentInfo:
    """An attached file as the window opens it: its name, and its content's hash (the
    name of its blob, ``store.blobs_dir / sha256``)."""

    id: str
    file_name: str
    media_type: str
    size: int
    sha256: str


def attachments_info(session: Session, attachment_ids: Sequence[str]) -> list[AttachmentInfo]:
    """Attachments in the order of ``attachment_ids``; ids of no attachment, or of a
    removed one, are left out."""
    if not attachment_ids:
        return []
    rows = session.exec(
        select(Attachment).where(
            col(Attachment.id).in_(attachment_ids), Attachment.deleted_hlc.is_(None)
        )
    ).all()
    by_id = {r.id: AttachmentInfo(r.id, r.file_name, r.media_type, r.size, r.sha256) for r in rows}
    return [by_id[i] for i in dict.fromkeys(attachment_ids) if i in by_id]


def blob_path(store: Store, attachment: Attachment) -> Path:
    return store.blobs_dir / attachment.sha256


def store_files(store: Store, paths: list[Path]) -> list[str]:
    """Keep the files a teacher attaches (one transaction); returns their attachment ids."""
    files = [read_attachment_file(Path(p)) for p in paths]
    with store.transaction() as tx:
        return [add_attachment(tx, store, data, name).id for data, name in files]
