"""The School page: the principal presses a button and reads every class, one student,
who needs attention and equity by group, on a laptop's 1366×768 screen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from background_helpers import settle
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton

from cbe_desktop.core.store import Store
from cbe_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hub"))
from school_data import build_school


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CBE_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    store = Store.open(tmp_path / "school")
    build_school(store)
    win = MainWindow(store, demo=True)
    qtbot.addWidget(win)
    screen = next((s for s in QGuiApplication.screens() if s.size() == QSize(1366, 768)), None)
    if screen is not None:
        win.setScreen(screen)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    store.close()


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_a_store_of_several_classes_has_a_school_tab_whose_buttons_show_each_view(qtbot, window):
    page = window.school_page
    assert page is not None
    window.pages.setCurrentWidget(page)
    assert window.pages.tabText(window.pages.currentIndex()) == "School"

    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert _column(page.progress_table, 0) == ["Math 7 — P1 (Fall 2026)", "Math 7 — P2 (Fall 2026)"]
    assert _column(page.progress_table, 4) == ["36%", "50%"]
    assert page.status.text() == "2 classes shown."

    page.tabs.setCurrentIndex(1)
    page.student_box.setText("S020")
    qtbot.mouseClick(page.student_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.student_summary.text() == "Student20 Family: Math 7 — P2 (Fall 2026) — Ms. Rivera"
    assert _column(page.student_table, 1) == ["Proficient", "Not yet"]
    page.student_box.setText("Nobody Here")
    qtbot.mouseClick(page.student_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "no student called" in page.status.text() and page.student_table.rowCount() == 0

    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.attention_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.attention_table.rowCount() > 0
    assert set(_column(page.attention_table, 1)) == {"Math 7 — P1", "Math 7 — P2"}

    page.tabs.setCurrentIndex(3)
    qtbot.mouseClick(page.equity_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    shown = dict(zip(_column(page.equity_table, 0), _column(page.equity_table, 1), strict=True))
    assert shown["IEP: yes"] == "fewer than 11"
    assert shown["IEP: no"] == "not shown (protects a smaller group)"
    assert shown["Gender: male"] == "13"
    assert shown["English learner: not recorded"] == "fewer than 11"


def test_the_grade_filter_narrows_every_view(qtbot, window):
    page = window.school_page
    window.pages.setCurrentWidget(page)
    assert [page.grade.itemText(i) for i in range(page.grade.count())] == ["All grades", "7"]
    page.grade.setCurrentIndex(1)
    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.progress_table.rowCount() == 2


def test_the_school_page_fits_a_1366_by_768_screen(qtbot, window):
    page = window.school_page
    window.pages.setCurrentWidget(page)
    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    problems = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        frame = QRect(QPoint(0, 0), window.size())
        for widget in page.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text():
                continue
            corner = widget.mapTo(window, QPoint(0, 0))
            if not frame.contains(QRect(corner, widget.size())):
                problems.append(f"{widget.text()} lies outside the window")
            needed = widget.minimumSizeHint()
            if widget.width() < needed.width():
                problems.append(f"{widget.text()} is squeezed")
    assert window.size() == QSize(1366, 768) or window.width() <= 1366
    assert problems == []


def test_a_store_of_one_class_has_no_school_tab(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CBE_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    with Store.open(tmp_path / "one") as store:
        build_school(store, only="first")
        win = MainWindow(store, demo=True)
        qtbot.addWidget(win)
        assert win.school_page is None
        assert "School" not in [win.pages.tabText(i) for i in range(win.pages.count())]
        win.close()


def test_the_school_tab_comes_when_a_second_class_is_added_not_before(qtbot, tmp_path, monkeypatch):
    """One class: no School tab to clutter the window; the teacher adds a second class
    (or receives a colleague's in a sync file) and the tab is there without a restart."""
    from cbe_desktop.core.roster import create_class

    monkeypatch.setenv("CBE_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    store = Store.open(tmp_path / "one-class")
    create_class(store, "Math 7 — P1", term="Fall 2026")
    win = MainWindow(store)
    qtbot.addWidget(win)
    try:
        tabs = [win.pages.tabText(i) for i in range(win.pages.count())]
        assert win.school_page is None and "School" not in tabs
        assert win.operations.call(lambda: create_class(store, "Math 7 — P2", term="Fall 2026"))
        tabs = [win.pages.tabText(i) for i in range(win.pages.count())]
        assert win.school_page is not None and tabs.count("School") == 1
        assert win.operations.call(lambda: create_class(store, "Math 7 — P3", term="Fall 2026"))
        assert [win.pages.tabText(i) for i in range(win.pages.count())].count("School") == 1
    finally:
        win.close()
        store.close()
