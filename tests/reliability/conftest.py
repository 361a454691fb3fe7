"""Setup for the reliability suite: real disks that fill up or refuse writes, real second
copies of the program in other processes, files damaged the way disks damage them.

A small disk is a tmpfs mounted for the test (this needs root, as on the project's CI
machines; elsewhere those tests are skipped, never faked). A read-only folder is a tmpfs
remounted read-only: root ignores file permissions, a read-only mount it cannot.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _mount(where: Path, size: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", f"cbe-test-{uuid.uuid4().hex[:8]}", where],
        capture_output=True,
    )
    return done.returncode == 0


def _unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", where], capture_output=True)


class SmallDisk:
    """A disk of its own for one test: fill it, free it, make it read-only."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler.bin"

    def free(self) -> int:
        return shutil.disk_usage(self.root).free

    def fill(self, leave: int = 0) -> None:
        """Take all the free space but ``leave`` bytes (0: the disk is full)."""
        self.filler.unlink(missing_ok=True)
        size = max(self.free() - leave, 0)
        with open(self.filler, "wb") as fh:
            if size:
                with contextlib.suppress(OSError):
                    os.posix_fallocate(fh.fileno(), 0, size)
        # Whatever rounding left, take it too (in small steps) when asked for a full disk.
        if leave == 0:
            with contextlib.suppress(OSError), open(self.filler, "ab", buffering=0) as fh:
                while True:
                    fh.write(b"\0" * 4096)

    def empty(self) -> None:
        self.filler.unlink(missing_ok=True)

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", self.root], check=True)

    def writable(self) -> None:
        subprocess.run(["mount", "-o", "remount,rw", self.root], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 48 MB disk of its own (a tmpfs), unmounted after the test."""
    where = tmp_path / "disk"
    if not _mount(where, "48m"):
        pytest.skip("mounting a small disk needs root (as on CI)")
    try:
        yield SmallDisk(where)
    finally:
        _unmount(where)


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    """A data folder holding the demo classes, closed cleanly."""
    folder = tmp_path / "demo-data"
    with Store.open(folder) as store:
        build_demo(store)
    return folder
