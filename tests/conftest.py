"""Shared test setup: Qt offscreen, one QApplication (pytest-qt), temporary stores."""

from __future__ import annotations

import logging
import os

# Before anything imports Qt: no screen is needed, on a laptop or in CI. Qt's offscreen
# platform is given the screens of school laptops (1366×768, the most common, and
# 1280×720) instead of its own 800×600, so windows open as they do for a teacher.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    "offscreen:configfile="
    + os.path.join(os.path.dirname(__file__), "fixtures", "laptop-screens.json"),
)
os.environ.pop("CBE_DESKTOP_DATA_DIR", None)
# The machine token lives in the user's configuration folder; tests keep their own.
os.environ.setdefault(
    "CBE_DESKTOP_CONFIG_DIR",
    os.path.join(os.environ.get("TMPDIR", "/tmp"), f"cbe-desktop-test-config-{os.getpid()}"),
)

from collections.abc import Iterator
from pathlib import Path

import pytest

from cbe_desktop.app import pin_singletons
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.store import Store

# PySide6 6.12.0 loses a reference to None on every Qt call that returns nothing, and one
# to True on every signal emit; before Python 3.12 the counts run down until the
# interpreter aborts ("Fatal Python error: none_dealloc"). The suite, like the program,
# pins them first (see cbe_desktop.app.pin_singletons). This hides no failure of ours.
pin_singletons()


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


@pytest.fixture
def cli_sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """For tests of the command line: never touch the user's real data folder, and undo
    the logging handlers the command line sets up."""
    monkeypatch.setenv("CBE_DESKTOP_DATA_DIR", str(tmp_path / "default-data-folder"))
    monkeypatch.delenv("CBE_DESKTOP_DEBUG", raising=False)
    logger = logging.getLogger("cbe_desktop")
    handlers, propagate, level = list(logger.handlers), logger.propagate, logger.level
    yield
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.propagate, logger.level = propagate, level
