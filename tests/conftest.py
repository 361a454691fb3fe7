"""Shared test setup: Qt offscreen, one QApplication (pytest-qt), temporary stores."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen is needed, on a laptop or in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CBE_DESKTOP_DATA_DIR", None)
# The machine token lives in the user's configuration folder; tests keep their own.
os.environ.setdefault(
    "CBE_DESKTOP_CONFIG_DIR",
    os.path.join(os.environ.get("TMPDIR", "/tmp"), f"cbe-desktop-test-config-{os.getpid()}"),
)

from collections.abc import Iterator
from pathlib import Path

import pytest

from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.store import Store

# A C extension in this stack drops references to None (seen as "Fatal Python error:
# none_dealloc" in a long, randomly ordered run that builds hundreds of windows and
# stores in one process). None is not immortal before Python 3.12, so its count can
# reach zero and the interpreter aborts. Until the extension is found and fixed (an open
# item, see the session note), the suite holds extra references so the count never
# runs out. This hides no failure of ours: a test that misbehaves still fails.
_NONE_BALLAST = [None] * 5_000_000


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in a temporary data folder."""
    s = Store.open(tmp_path / "data")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """A store holding the demo classes."""
    s = Store.open(tmp_path / "demo")
    build_demo(s)
    try:
        yield s
    finally:
        s.close()
