"""The day's start-up backup, made on a thread once the gradebook has painted: the window
answers meanwhile, the day's first change still comes after it, a failure is said in one
sentence, and the copy reaches the teacher's second backup folder."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from cbe_desktop.app import _start_backup
from cbe_desktop.core import backups
from cbe_desktop.core.errors import DiskFullError
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.settings import get_setting, save_settings
from cbe_desktop.core.store import BACKUP_BEFORE_FIRST_WRITE, Store
from cbe_desktop.ui.main_window import MainWindow


def _start_backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("auto-*-start*.sqlite"))


@pytest.fixture
def window_store(demo_store: Store, tmp_path: Path):
    """The demo store as the window opens it: its start-up backup put off until the paint."""
    save_settings(demo_store, {"backup_folder": str(tmp_path / "usb stick")})
    folder = demo_store.data_dir
    demo_store.close()
    for made in _start_backups(folder):
        made.unlink()
    store = Store.open(folder, backup_on_start=BACKUP_BEFORE_FIRST_WRITE, what="window")
    yield store
    store.close()


def _zoom_in(backup: Path) -> str | None:
    with sqlite3.connect(backup) as con:
        row = con.execute("SELECT value FROM setting WHERE key = 'zoom'").fetchone()
    return row[0] if row else None


def test_a_change_made_while_the_start_backup_is_copied_waits_and_comes_after_it(
    qtbot, window_store, monkeypatch
):
    copying, go_on = threading.Event(), threading.Event()
    real = backups.make_backup

    def slow_backup(*args, **kwargs):  # a big store on a slow disk
        copying.set()
        assert go_on.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "make_backup", slow_backup)
    window = MainWindow(window_store)
    qtbot.addWidget(window)
    thread = _start_backup(window, window_store)
    assert copying.wait(30)
    # The window answers: its event loop runs and reads work while the copy goes on.
    qtbot.wait(20)
    assert window.gradebook.model.rowCount() > 0
    changed = threading.Event()
    writer = threading.Thread(
        target=lambda: (save_settings(window_store, {"zoom": "125"}), changed.set())
    )
    writer.start()
    assert not changed.wait(0.3)  # the day's first change waits for the backup
    go_on.set()
    thread.join(30)
    writer.join(30)
    assert changed.is_set()
    [made] = _start_backups(window_store.data_dir)
    assert _zoom_in(made) != "125"  # the backup holds the day as it began
    with window_store.read() as session:
        assert get_setting(session, "zoom") == "125"


def test_the_start_backup_reaches_the_second_backup_folder(qtbot, window_store, tmp_path):
    window = MainWindow(window_store)
    qtbot.addWidget(window)
    _start_backup(window, window_store).join(30)
    [made] = _start_backups(window_store.data_dir)
    copy = tmp_path / "usb stick" / made.name
    assert copy.read_bytes() == made.read_bytes()


def test_a_full_disk_at_the_start_backup_is_said_in_one_sentence_and_changes_wait(
    qtbot, window_store, monkeypatch
):
    full = QT_TRANSLATE_NOOP("Test", "The disk is full: free some space, then try again.")

    def no_room(*args, **kwargs):
        raise DiskFullError(full())

    monkeypatch.setattr(backups, "make_backup", no_room)
    said: list[str] = []
    monkeypatch.setattr(
        "cbe_desktop.app.QMessageBox.warning", lambda parent, title, text: said.append(text)
    )
    window = MainWindow(window_store)
    qtbot.addWidget(window)
    _start_backup(window, window_store).join(30)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == ["The disk is full: free some space, then try again."]
    assert _start_backups(window_store.data_dir) == []
    # The day's first change tries the backup again first, and is refused with it.
    with pytest.raises(DiskFullError):
        save_settings(window_store, {"zoom": "125"})
    with window_store.read() as session:
        assert get_setting(session, "zoom") != "125"


def test_a_damage_found_after_the_paint_is_said_once_and_every_change_is_refused(
    qtbot, demo_store, monkeypatch
):
    """The window paints before the file's quick check has its verdict: a damaged file
    is then said in the opening's sentence, nothing is backed up, and no change goes in."""
    from cbe_desktop.core.errors import StoreDamagedError
    from cbe_desktop.core.sqlite_file import begin_quick_check

    folder = demo_store.data_dir
    demo_store.close()
    for made in _start_backups(folder):
        made.unlink()
    con = sqlite3.connect(folder / "cbe-desktop.sqlite")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray((folder / "cbe-desktop.sqlite").read_bytes())
    for start in range(len(raw) - 3 * page, len(raw), 97):  # the newest index pages
        raw[start : start + 5] = b"\xde\xad\xbe\xef\x00"
    (folder / "cbe-desktop.sqlite").write_bytes(bytes(raw))
    begin_quick_check(folder / "cbe-desktop.sqlite")
    store = Store.open(folder, backup_on_start=BACKUP_BEFORE_FIRST_WRITE, what="window")
    said: list[str] = []
    monkeypatch.setattr(
        "cbe_desktop.app.QMessageBox.warning", lambda parent, title, text: said.append(text)
    )
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        _start_backup(window, store).join(30)
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        with pytest.raises(StoreDamagedError) as refused:
            save_settings(store, {"zoom": "125"})
        assert said == [str(refused.value)] and "damaged" in said[0]
        assert not store.orm_loaded  # (the ORM is refused the file: not loaded for it)
    finally:
        store.close()
    assert _start_backups(folder) == []
    assert (folder / "cbe-desktop.sqlite").read_bytes() == bytes(raw)
