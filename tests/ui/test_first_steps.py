"""A teacher's first minutes: the welcome screen's three ways to begin (the demo, my own
class, the work of another laptop), and the window that stands empty until one is
chosen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from background_helpers import answer, settle
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget

from cbe_desktop import app as app_module
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.roster import class_summaries
from cbe_desktop.core.settings import get_setting, save_settings
from cbe_desktop.core.store import Store
from cbe_desktop.sync.exchange import export_bundle, preview_import
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.settings_dialog import SettingsDialog
from cbe_desktop.ui.welcome import WelcomeDialog

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interop"


@pytest.fixture
def first_laptop_file(tmp_path) -> Path:
    """What Ms. Rivera's laptop wrote with Sync → Send my work: her two demo classes."""
    with Store.open(tmp_path / "first-laptop") as first:
        build_demo(first)
        export_bundle(first, tmp_path / "from-ms-rivera.cbesync")
    return tmp_path / "from-ms-rivera.cbesync"


def labels_showing_an_ampersand(root: QWidget) -> list[str]:
    """Labels that show their "&" instead of underlining a shortcut letter."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.buddy() is None
        and "<" not in label.text()
        and re.search(r"(?<!&)&[^&\s]", label.text())
    ]


def test_after_set_up_my_class_what_i_type_goes_into_your_name(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    QTest.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.teacher, timeout=2000)
    QTest.keyClicks(QApplication.focusWidget(), "Ms. Rivera")
    assert dialog.teacher.text() == "Ms. Rivera"  # "Ms." not lost, the space typed
    assert dialog.result() != QDialog.DialogCode.Accepted  # and Start was not pressed
    assert dialog.error.text() == ""


def test_no_label_of_the_welcome_screen_or_the_settings_shows_an_ampersand(qtbot):
    welcome = WelcomeDialog()
    settings = SettingsDialog(None, {})
    for dialog in (welcome, settings):
        qtbot.addWidget(dialog)
    assert labels_showing_an_ampersand(welcome) == []
    assert labels_showing_an_ampersand(settings) == []


def test_the_welcome_screen_offers_to_receive_work_from_another_laptop(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.receive_button.isVisible()
    QTest.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.receive_teacher, timeout=2000)
    dialog.receive_finish.click()
    assert "Type your name" in dialog.receive_error.text()
    dialog.receive_teacher.setText("Mr. Okafor")
    dialog.receive_finish.click()
    assert "Choose the sync file" in dialog.receive_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_second_laptop_is_asked_its_teachers_name_and_receives_the_first_laptops_classes(
    qtbot, tmp_path, monkeypatch, first_laptop_file
):
    def receive(dialog: WelcomeDialog) -> int:
        dialog.receive_button.click()
        dialog.receive_teacher.setText("Mr. Okafor")
        dialog.receive_school.setText("Valle Verde Middle School")
        dialog._choose_sync.click()  # "Choose…": the file dialog answers below
        dialog.receive_finish.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", receive)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(first_laptop_file), "")
    )
    own = tmp_path / "second-laptop"
    store = Store.open(own)
    try:
        opened, demo, received = app_module._first_run(store, own)
        assert (opened, demo, received) == (store, False, first_laptop_file)
        with store.read() as session:
            assert get_setting(session, "teacher") == "Mr. Okafor"
            assert class_summaries(session) == []  # nothing changed before the preview
        window = MainWindow(store)
        window.operations.quiet = True
        qtbot.addWidget(window)
        window.receive_file(received)  # what the program does once the window is open
        settle(qtbot)  # the file is checked off the window's thread
        assert window.pages.currentWidget() is window.sync_page
        assert window.sync_page.pending is not None  # shown first, imported on Import
        assert answer(qtbot, window.sync_page.import_pending())
        with store.read() as session:
            assert len(class_summaries(session)) == 2
        # The work this laptop sends back carries its teacher's name.
        back = tmp_path / "from-mr-okafor.cbesync"
        export_bundle(store, back)
    finally:
        store.close()
    with Store.open(tmp_path / "first-laptop") as first:
        summary = preview_import(first, back)
    assert "Mr. Okafor" in str(summary.source)
    assert "A laptop" not in str(summary.source)


def test_closing_the_welcome_screen_leaves_a_window_that_offers_the_same_three_ways(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.start_panel.isVisible()
    assert not window.page.isVisible()
    buttons = window.start_panel.choices
    assert [b.text() for b in (buttons.demo_button, buttons.setup_button, buttons.receive_button)]
    words = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "cbe-desktop demo" not in words and "Run " not in words  # no command to type


def test_set_up_my_class_from_the_empty_window_makes_the_class_and_shows_its_gradebook(
    qtbot, store, monkeypatch
):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()

    def fill(dialog: WelcomeDialog) -> int:
        assert dialog.pages.currentIndex() == 1  # straight to "Set up my class"
        dialog.teacher.setText("Ms. Elena Rivera")
        dialog.class_name.setText("Math 6 — Period 1")
        dialog.finish_button.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", fill)
    window.start_panel.choices.setup_button.click()
    with store.read() as session:
        assert [c.name for c in class_summaries(session)] == ["Math 6 — Period 1"]
        assert get_setting(session, "teacher") == "Ms. Elena Rivera"
    assert window.page.isVisible() and not window.start_panel.isVisible()
    assert window.class_list.count() == 1


def test_a_name_already_in_the_settings_is_offered_on_set_up(qtbot, store, monkeypatch):
    save_settings(store, {"teacher": "Ms. Rivera", "school": "Valle Verde"})
    window = MainWindow(store)
    qtbot.addWidget(window)
    seen: list[str] = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda d: (seen.append(d.teacher.text()), 0)[1])
    window.begin("setup")
    assert seen == ["Ms. Rivera"]


def test_try_the_demo_class_in_the_empty_window_opens_the_window_again_on_the_demo(
    qtbot, tmp_path, monkeypatch
):
    """Through the program's start (app.run): the empty window, "Try the demo class",
    then the window on the demo's sandbox; the teacher's own data stays empty."""
    from cbe_desktop.ui.crash import CrashHandler

    monkeypatch.setattr(CrashHandler, "install", lambda self: None)
    monkeypatch.setattr(WelcomeDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
    monkeypatch.setenv("CBE_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    windows: list[MainWindow] = []

    def teacher_at_the_window(app) -> int:  # the event loop, as the teacher uses it
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.addWidget(window)
        windows.append(window)
        if len(windows) == 1:
            monkeypatch.setattr(QApplication, "exit", lambda *a: None)
            window.start_panel.choices.demo_button.click()
        else:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", teacher_at_the_window)
    own = tmp_path / "data"
    assert app_module.run(own) == 0
    assert [w.demo for w in windows] == [False, True]
    assert "DEMO" in windows[1].windowTitle()
    with Store.open(own) as mine, mine.read() as session:
        assert class_summaries(session) == []


def test_a_class_set_up_without_a_term_is_listed_without_a_stray_dot(qtbot, store):
    from cbe_desktop.core.roster import create_class

    create_class(store, "Math 6 — Period 1")
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.class_list.item(0).text() == "Math 6 — Period 1\n0 students · 0 targets"
