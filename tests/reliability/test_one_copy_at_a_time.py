"""Issue 12, items 1 and 4: a restore never pulls the database from under a running copy,
and two copies that write at once wait for each other instead of losing work."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from reliability_helpers import ROOT, another_copy, cli, stats, writing_elsewhere

from cbe_desktop.core.backups import make_backup
from cbe_desktop.core.errors import StoreInUseError, StoreReplacedError
from cbe_desktop.core.evidence import EvidenceEntry, record_evidence
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.services.maintenance import restore_backup


def _score(store: Store):  # type: ignore[no-untyped-def]
    """One keystroke's work: a level 3 for the first student on the first target."""
    from sqlmodel import select

    from cbe_desktop.core.models import ClassTarget, Enrollment

    with store.read() as session:
        enrollment = session.exec(select(Enrollment)).first()
        aligned = session.exec(
            select(ClassTarget).where(ClassTarget.class_id == enrollment.class_id)
        ).first()
    entry = EvidenceEntry(
        student_id=enrollment.student_id,
        target_id=aligned.target_id,
        produced_on=date.today(),
        level=3.0,
        class_id=enrollment.class_id,
    )
    return lambda: record_evidence(store, entry)


def test_restore_on_the_command_line_is_refused_while_the_window_is_open(
    demo_folder: Path, tmp_path: Path
):
    friday = tmp_path / "friday.sqlite"
    make_backup(demo_folder / DB_FILE, friday)
    before = stats(demo_folder)
    with another_copy(demo_folder, "window"):
        done = cli(demo_folder, "restore", str(friday))
    assert done.returncode == 1
    assert "the window, open since" in done.stderr
    assert "nothing was changed" in done.stderr
    assert "unexpected" not in done.stderr
    assert stats(demo_folder) == before
    # Once the window is closed, the same restore goes through.
    again = cli(demo_folder, "restore", str(friday))
    assert again.returncode == 0, again.stderr


def test_restore_is_refused_while_a_sync_import_runs_and_names_it(
    demo_folder: Path, tmp_path: Path
):
    friday = tmp_path / "friday.sqlite"
    make_backup(demo_folder / DB_FILE, friday)
    with another_copy(demo_folder, "sync import"), pytest.raises(StoreInUseError) as refused:
        restore_backup(demo_folder, friday)
    assert "the command 'sync import'" in str(refused.value)


def test_restore_is_refused_while_this_process_still_has_the_store_open(
    demo_folder: Path, tmp_path: Path
):
    friday = tmp_path / "friday.sqlite"
    make_backup(demo_folder / DB_FILE, friday)
    with Store.open(demo_folder, what="window"), pytest.raises(StoreInUseError):
        restore_backup(demo_folder, friday)


def test_a_database_replaced_under_an_open_store_refuses_the_next_change(demo_folder: Path):
    store = Store.open(demo_folder, what="window")
    try:
        score = _score(store)
        copy = demo_folder.parent / "copy.sqlite"
        make_backup(store.db_path, copy)
        os.replace(copy, store.db_path)  # another program put a file in its place
        with pytest.raises(StoreReplacedError):
            score()
    finally:
        store.close()


def test_the_window_reopens_when_its_database_was_replaced(qtbot, demo_folder: Path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from cbe_desktop.ui.main_window import MainWindow

    # The window ends the event loop to reopen (app.run opens it again); with no loop
    # running here, Qt would instead make every later loop of the test run end at once.
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))

    store = Store.open(demo_folder, what="window")
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.operations.quiet = True
        score = _score(store)
        copy = demo_folder.parent / "copy.sqlite"
        make_backup(store.db_path, copy)
        os.replace(copy, store.db_path)
        ok = window.operations.call(score)
        assert not ok
        assert window.pending_reopen
        assert exits == [0]
    finally:
        store.close()


def test_a_command_that_writes_waits_for_another_copys_write_and_says_so(tmp_path: Path):
    folder = tmp_path / "data"
    Store.open(folder).close()
    with writing_elsewhere(folder, seconds=8):
        done = cli(folder, "demo")  # a writer: it must wait, then do its work
    assert done.returncode == 0, done.stderr
    assert "Waiting for another copy of cbe-desktop to finish writing" in done.stderr
    assert "unexpected" not in done.stderr
    assert stats(folder)["classes"] > 0


def test_two_imports_at_once_both_finish(tmp_path: Path):
    folder = tmp_path / "data"
    with Store.open(folder):
        pass
    files = []
    for n in range(2):
        path = tmp_path / f"targets{n}.csv"
        rows = "\n".join(f"F{n}.{i},Target {i} of framework {n}" for i in range(400))
        path.write_text(f"code,statement\n{rows}\n", encoding="utf-8")
        files.append(path)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cbe_desktop",
                "--data-dir",
                str(folder),
                "import",
                "targets",
                str(path),
                "--framework",
                f"Framework {n}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n, path in enumerate(files)
    ]
    outs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert stats(folder)["frameworks"] == 2
    assert stats(folder)["targets"] == 800


def test_a_keystroke_in_the_window_waits_for_another_copy_and_is_saved(qtbot, demo_folder: Path):
    from cbe_desktop.ui.main_window import MainWindow

    store = Store.open(demo_folder, what="window")
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.operations.quiet = True
        score = _score(store)
        seen_dialog: list[bool] = []

        def look() -> None:
            seen_dialog.append(store.waiter.showing)  # type: ignore[attr-defined]

        with store.read() as session:
            from cbe_desktop.core.stats import live_counts

            before = live_counts(session)["evidence"]
        with writing_elsewhere(demo_folder, seconds=2.0):
            started = time.monotonic()
            # While it waits, the window keeps painting and shows what it waits for.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(1000, look)
            ok = window.operations.call(score)
            waited = time.monotonic() - started
        assert ok
        assert waited >= 1.0
        assert seen_dialog == [True]
        assert not store.waiter.showing  # type: ignore[attr-defined]
        with store.read() as session:
            assert live_counts(session)["evidence"] == before + 1
    finally:
        store.close()


def test_giving_up_a_waiting_change_says_nothing_was_saved(qtbot, demo_folder: Path):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QProgressDialog

    from cbe_desktop.ui.main_window import MainWindow

    store = Store.open(demo_folder, what="window")
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.operations.quiet = True
        score = _score(store)
        failures: list[str] = []
        window.operations.failed.connect(failures.append)

        def give_up() -> None:  # the teacher presses "Give up this change"
            from PySide6.QtWidgets import QPushButton

            dialog = window.findChild(QProgressDialog, "busyWaiter")
            button = dialog.findChild(QPushButton)
            assert "Give up" in button.text()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        with writing_elsewhere(demo_folder, seconds=3.0):
            QTimer.singleShot(1000, give_up)
            ok = window.operations.call(score)
        assert not ok
        assert failures and "nothing was changed" in failures[0]
    finally:
        store.close()


def test_a_copy_killed_while_holding_the_folder_does_not_block_a_restore(
    demo_folder: Path, tmp_path: Path
):
    friday = tmp_path / "friday.sqlite"
    make_backup(demo_folder / DB_FILE, friday)
    with another_copy(demo_folder, "window", seconds=600):
        pass  # another_copy kills it (SIGKILL): no clean close
    done = cli(demo_folder, "restore", str(friday))
    assert done.returncode == 0, done.stderr


def test_the_data_folder_lock_is_the_only_new_file_a_store_leaves(tmp_path: Path):
    folder = tmp_path / "data"
    with Store.open(folder):
        pass
    names = sorted(p.name for p in folder.iterdir())
    assert names == [".cbe-desktop.lock", DB_FILE, "running"]
    assert not list((folder / "running").iterdir())
    shutil.rmtree(folder)
