"""Python's cycle collector rests while the window starts and works again once the
gradebook has painted, with nothing left uncollected; a picture or a failed start never
leaves it off."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtGui import QImage

from cbe_desktop import start_gc
from cbe_desktop.app import after_first_paint
from cbe_desktop.ui.main_window import MainWindow


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_made_while_the_window_starts_are_freed_once_it_has_painted(qtbot, demo_store):
    frozen_before = gc.get_freeze_count()
    start_gc.pause()
    try:
        assert not gc.isenabled()
        garbage = _Cycle()
        gone = weakref.ref(garbage)
        del garbage
        window = MainWindow(demo_store)
        qtbot.addWidget(window)
        after_first_paint(window, start_gc.resume)
        window.show()
        assert gone() is not None  # nobody collects while the window starts

        qtbot.waitUntil(gc.isenabled, timeout=5000)

        assert gone() is None  # the one collection after the first paint freed it
        assert gc.get_freeze_count() > frozen_before  # what lives on is out of the way
    finally:
        gc.unfreeze()  # (this test process goes on as it was)
        gc.enable()


def test_resuming_without_a_pause_changes_nothing():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()

    start_gc.resume()

    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_picture_from_the_command_line_leaves_the_collector_on(qtbot, tmp_path, cli_sandbox):
    from cbe_desktop.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    frozen = gc.get_freeze_count()
    shot = tmp_path / "shot.png"

    assert main(["--data-dir", str(data), "--screenshot", str(shot)]) == 0

    assert QImage(str(shot)).size().toTuple() == (1366, 768)
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_window_that_cannot_open_leaves_the_collector_on(qtbot, tmp_path: Path, cli_sandbox):
    from cbe_desktop.cli import main

    data = tmp_path / "data"
    data.mkdir()
    (data / "cbe-desktop.sqlite").write_bytes(b"this is a letter to the family, not a database")

    assert main(["--data-dir", str(data), "--screenshot", str(tmp_path / "shot.png")]) != 0

    assert gc.isenabled()


def test_the_collector_works_while_the_welcome_screen_waits_for_the_teacher(
    qtbot, store, tmp_path, monkeypatch
):
    """On a new store the welcome screen may stay open for minutes and receive a sync
    file: the collector does not rest through that."""
    from PySide6.QtWidgets import QDialog

    from cbe_desktop import app
    from cbe_desktop.ui import welcome

    seen: list[bool] = []

    def shown(_dialog: QDialog) -> int:
        seen.append(gc.isenabled())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(welcome.WelcomeDialog, "exec", shown)
    start_gc.pause()
    try:
        app._first_run(store, tmp_path)
    finally:
        start_gc.resume(freeze=False)

    assert seen == [True]
    assert gc.isenabled()
