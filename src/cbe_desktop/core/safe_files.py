"""Writing a file whole or not at all: a ``.partial`` beside it, renamed only when complete.

Every file the program writes for the teacher (a backup, a packet, an export, a sync
file) is made under a temporary name in the same folder, flushed to the disk, and only
then renamed to its real name, so a full disk, a removed USB stick or a killed program
never leaves a file with a normal-looking name and half its contents. On an error the
half-made file is removed at once; if the program is killed, the running copy's note
names it (:mod:`folder_lock`) and the next start removes it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.failures import explain
from cbe_desktop.core.folder_lock import tracking

PARTIAL_SUFFIX = ".partial"


def partial_path(dest: Path) -> Path:
    return dest.with_name(f"{dest.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def written_whole(dest: Path) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends well it becomes ``dest``.

    Disk failures come out as the teacher's sentence (full, read-only, not allowed).
    """
    dest = Path(dest)
    staged = partial_path(dest)
    try:
        with tracking(staged):
            try:
                yield staged
                with open(staged, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(staged, dest)
            except BaseException:
                for companion in ("", "-journal", "-wal", "-shm"):  # SQLite's, for a backup
                    with contextlib.suppress(OSError):
                        Path(f"{staged}{companion}").unlink(missing_ok=True)
                raise
    except OSError as exc:
        said = explain(exc, dest.parent, dest)
        if said is None or not isinstance(said, CbeError):
            raise
        raise said from None
    fsync_folder(dest.parent)


def write_bytes_whole(dest: Path, data: bytes) -> None:
    """``dest.write_bytes(data)``, whole or not at all."""
    with written_whole(dest) as staged:
        staged.write_bytes(data)
