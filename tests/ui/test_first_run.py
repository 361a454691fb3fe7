"""The first run, settings, the crash dialog, and one running copy per data folder."""

from __future__ import annotations

import logging
from pathlib import Path

from background_helpers import answer
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlmodel import select

from cbe_desktop import app as app_module
from cbe_desktop.core.models import SchoolClass
from cbe_desktop.core.roster import class_summaries
from cbe_desktop.core.settings import all_settings, get_setting
from cbe_desktop.core.store import Store
from cbe_desktop.ui.contrast import apply_zoom
from cbe_desktop.ui.crash import CrashHandler
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.settings_dialog import SettingsDialog
from cbe_desktop.ui.single_instance import SingleInstance, ask_running_copy
from cbe_desktop.ui.welcome import WelcomeDialog

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interop"


def test_the_welcome_screen_offers_the_demo_or_my_own_class(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.pages.currentIndex() == 0
    assert "demo" in dialog.demo_button.text().lower()
    dialog.setup_button.click()
    assert dialog.pages.currentIndex() == 1
    dialog.finish_button.click()  # no class name yet
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "name" in dialog.error.text()


def test_try_the_demo_opens_a_separate_labelled_sandbox(qtbot, tmp_path, monkeypatch):
    def choose_demo(dialog: WelcomeDialog) -> int:
        dialog.demo_button.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    own = tmp_path / "data"
    store = Store.open(own)
    opened, demo, _received = app_module._first_run(store, own)
    try:
        assert demo is True
        assert opened.data_dir == app_module.demo_sandbox_dir(own)
        with opened.read() as session:
            assert any("Math" in c.name for c in class_summaries(session))
        window = MainWindow(opened, demo=True)
        qtbot.addWidget(window)
        assert "DEMO" in window.windowTitle()
    finally:
        opened.close()
    with Store.open(own) as mine, mine.read() as session:
        assert class_summaries(session) == []  # the teacher's own data stays empty


def test_try_the_demo_in_spanish_builds_the_demo_class_in_spanish(tmp_path, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "exec", lambda d: (d.demo_button.click(), d.result())[1])
    own = tmp_path / "data"
    opened, demo, _received = app_module._first_run(Store.open(own), own, "es")
    try:
        assert demo is True
        with opened.read() as session:
            names = sorted(c.name for c in class_summaries(session))
            assert names == ["Matemáticas 7 — Periodo 2", "Química 7 — Periodo 5"]
            assert get_setting(session, "school") == "Escuela Secundaria Valle Verde"
    finally:
        opened.close()


def test_set_up_my_class_saves_me_my_school_my_class_and_its_standards(
    qtbot, tmp_path, monkeypatch
):
    from cbe_desktop.ui.import_dialog import ImportDialog

    def fill(dialog: WelcomeDialog) -> int:
        dialog.setup_button.click()
        dialog.teacher.setText("Ms. Elena Rivera")
        dialog.school.setText("Valle Verde Middle School")
        dialog.class_name.setText("Math 6 — Period 1")
        dialog.term.setText("Fall 2026")
        dialog.targets_file.setText(str(FIXTURES / "case-1.1-grade6-math.json"))
        dialog.finish_button.click()
        return dialog.result()

    def accept_import(dialog: ImportDialog) -> int:
        answer(qtbot, dialog.run(valid_rows=False))
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", fill)
    monkeypatch.setattr(ImportDialog, "exec", accept_import)
    own = tmp_path / "data"
    store = Store.open(own)
    opened, demo, _received = app_module._first_run(store, own)
    try:
        assert opened is store and demo is False
        with store.read() as session:
            assert get_setting(session, "teacher") == "Ms. Elena Rivera"
            assert get_setting(session, "school") == "Valle Verde Middle School"
            summary = next(c for c in class_summaries(session) if c.name == "Math 6 — Period 1")
            assert summary.term == "Fall 2026"
            assert summary.targets > 0  # the imported standards are the class's targets
        # the next start goes straight to the window
        monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 1 / 0)
        assert app_module._first_run(store, own) == (store, False, None)
    finally:
        store.close()


def test_settings_are_saved_and_the_text_size_follows(qtbot, store, monkeypatch):
    window = MainWindow(store)
    qtbot.addWidget(window)

    def change(dialog: SettingsDialog) -> int:
        dialog.teacher.setText("Mr. Daniel Okafor")
        dialog.zoom.setValue(130)
        dialog.method.setCurrentIndex(dialog.method.findData("decaying_average"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", change)
    app = app_module.application()
    base = app.font().pointSizeF()
    window.open_settings()
    with store.read() as session:
        values = all_settings(session)
    assert values["teacher"] == "Mr. Daniel Okafor"
    assert values["zoom"] == "130" and values["default_method"] == "decaying_average"
    assert app.font().pointSizeF() > base
    apply_zoom(app, 100)


def test_an_unexpected_error_shows_copyable_details_and_is_logged(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(CrashHandler, "show", lambda self, details: shown.append(details))
    handler = CrashHandler(tmp_path / "cbe-desktop.log")
    records: list[logging.LogRecord] = []
    catcher = logging.Handler()
    catcher.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("cbe_desktop.ui.crash").addHandler(catcher)
    try:
        try:
            raise KeyError("boom")
        except KeyError as exc:
            handler(type(exc), exc, exc.__traceback__)
    finally:
        logging.getLogger("cbe_desktop.ui.crash").removeHandler(catcher)
    assert shown and "KeyError" in shown[0]
    assert any("KeyError" in r.getMessage() for r in records)


def test_a_second_start_on_the_same_data_folder_brings_the_first_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    received: list[str] = []
    first.message_received.connect(received.append)
    assert ask_running_copy(tmp_path, "show")
    qtbot.waitUntil(lambda: received == ["show"], timeout=3000)
    assert not ask_running_copy(tmp_path / "other-folder", "show", timeout_ms=100)
    first.server.close()


def test_restoring_a_backup_from_the_window_asks_then_hands_over(
    qtbot, demo_store, tmp_path, monkeypatch
):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    backup = tmp_path / "copy.sqlite"
    window.backup_now(str(backup))
    assert backup.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(app_module.QApplication, "exit", lambda *a: None)
    window.restore_backup(str(backup))
    assert window.pending_restore == backup
    with demo_store.read() as session:
        assert session.exec(select(SchoolClass)).first() is not None
