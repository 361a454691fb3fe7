"""Where sync files go: their file-dialog filter and the USB stick to offer first.
Shared by the Sync page and the first-run panel."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStorageInfo

FILE_FILTER = QT_TRANSLATE_NOOP("Words", "cbe-desktop sync files (*.cbesync)")


def looks_removable(path: Path) -> bool:
    """True when ``path`` seems to be on a USB stick or another removable drive.

    Linux mounts them under /media or /run/media, macOS under /Volumes; on Windows any
    drive other than the system's counts. The file is read back and checked either
    way; this only decides whether to say the drive may be removed.
    """
    folder = Path(path).expanduser().absolute().parent
    text = folder.as_posix()
    if sys.platform.startswith("linux"):
        return text.startswith(("/media/", "/run/media/"))
    if sys.platform == "darwin":
        return text.startswith("/Volumes/")
    if sys.platform == "win32":
        storage = QStorageInfo(str(folder))
        system = QStorageInfo.root()
        return storage.isValid() and storage.rootPath() != system.rootPath()
    return False


def removable_folder() -> Path | None:
    """A mounted removable drive, to offer as where to write (the first one found)."""
    for volume in QStorageInfo.mountedVolumes():
        if volume.isValid() and volume.isReady() and not volume.isReadOnly():
            root = Path(volume.rootPath())
            if root != Path(QStorageInfo.root().rootPath()) and looks_removable(root / "x"):
                return root
    return None
