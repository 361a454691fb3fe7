"""The window on a school laptop's screen: it opens inside the screen (1366×768, the most
common, and 1280×720), every page fits with no control outside the window or cut off
by its neighbours, and it comes back where the teacher left it.

The screens are Qt's offscreen platform's, set up in tests/conftest.py. A QScreen is
looked up each time it is needed and never kept: PySide invalidates the Python wrapper of
a screen when a widget that handed it out goes away.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from cbe_desktop import app as app_module
from cbe_desktop.ui import window_place
from cbe_desktop.ui.main_window import MainWindow

SIZES = {"1366x768": QSize(1366, 768), "1280x720": QSize(1280, 720)}


def screen_of(size: str) -> QScreen:
    for screen in QGuiApplication.screens():
        if screen.size() == SIZES[size]:
            return screen
    pytest.skip(f"no {size} screen: run the tests with the screens of tests/conftest.py")


@pytest.fixture
def own_config(tmp_path, monkeypatch):
    """A configuration folder of this test's own: no remembered window place."""
    monkeypatch.setenv("CBE_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config"


def available(size: str) -> QRect:
    return QRect(screen_of(size).availableGeometry())


def open_window(qtbot, store, size: str) -> MainWindow:
    app_module.application()
    window = MainWindow(store, demo=True)
    qtbot.addWidget(window)
    window_place.place_window(window, screen_of(size))
    window.show()
    qtbot.waitExposed(window)
    name = screen_of(size).name()
    qtbot.waitUntil(lambda: window.screen().name() == name, timeout=2000)
    qtbot.wait(50)  # a maximized window takes the whole screen once shown
    return window


def where(widget: QWidget) -> str:
    """A widget as a teacher would find it: its text or name, and its page."""
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text().replace("&", "")[:40]
    name = text or widget.accessibleName() or widget.objectName() or ""
    return f"{type(widget).__name__} {name!r}"


def scrolled(widget: QWidget) -> bool:
    """Inside a scrolled area (a table's cells, a scroll area's contents): reached by
    scrolling, so it may lie outside what is shown."""
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and widget.isWindow() is False and not scrolled(widget):
            yield widget


def every_state(window: MainWindow) -> Iterator[str]:
    """Each page of the window, and each tab inside it, in turn."""
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        page = window.pages.widget(index)
        name = window.pages.tabText(index)
        yield name
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for tab in range(1, tabs.count()):
                if tabs.isTabEnabled(tab):
                    tabs.setCurrentIndex(tab)
                    yield f"{name} → {tabs.tabText(tab).replace('&', '')}"
            tabs.setCurrentIndex(0)
    window.pages.setCurrentIndex(0)


def out_of_place(window: QMainWindow) -> list[str]:
    """Controls not wholly inside their parent (so partly hidden), or squeezed below the
    size they need to show their words."""
    found = []
    for widget in visible_widgets(window):
        parent = widget.parentWidget()
        if parent is None or isinstance(parent, QScrollArea):
            continue
        inside = QRect(QPoint(0, 0), parent.size())
        if not inside.contains(widget.geometry()):
            found.append(f"{where(widget)} sticks out of {where(parent)}")
        if isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint()
            if widget.width() < needed.width() or widget.height() < needed.height():
                found.append(f"{where(widget)} is squeezed to {widget.size().toTuple()}")
    return found


@pytest.mark.parametrize("size", SIZES)
def test_the_window_opens_inside_the_laptops_screen(qtbot, demo_store, own_config, size):
    window = open_window(qtbot, demo_store, size)
    room = available(size)
    assert room.contains(window.frameGeometry()), (window.frameGeometry(), room)
    # it uses the room there is: at least most of the screen
    assert window.width() >= 0.9 * room.width()


@pytest.mark.parametrize("size", SIZES)
def test_every_page_fits_with_no_control_outside_the_window(qtbot, demo_store, own_config, size):
    window = open_window(qtbot, demo_store, size)
    problems = []
    for state in every_state(window):
        qtbot.wait(20)
        frame = QRect(QPoint(0, 0), window.size())
        for widget in visible_widgets(window):
            corner = widget.mapTo(window, QPoint(0, 0))
            if not frame.contains(QRect(corner, widget.size())):
                problems.append(f"{state}: {where(widget)} lies outside the window")
        problems += [f"{state}: {p}" for p in out_of_place(window)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES)
def test_whole_class_override_and_the_status_bar_are_in_sight(qtbot, demo_store, own_config, size):
    window = open_window(qtbot, demo_store, size)
    window.gradebook.table.setCurrentIndex(window.gradebook.model.index(0, 1))
    qtbot.wait(20)
    override = next(
        b
        for b in window.page.panel.findChildren(QAbstractButton)
        if b.text().replace("&", "") == "Override"
    )
    frame = QRect(QPoint(0, 0), window.size())
    room = available(size)
    for control in (window.page.bulk_button, override, window.statusBar()):
        assert control.isVisible(), where(control)
        corner = control.mapTo(window, QPoint(0, 0))
        assert frame.contains(QRect(corner, control.size())), where(control)
        on_screen = QRect(control.mapToGlobal(QPoint(0, 0)), control.size())
        assert room.contains(on_screen), f"{where(control)} is off the screen: {on_screen}"
        assert control.width() >= control.minimumSizeHint().width(), where(control)
    assert window.statusBar().currentMessage()  # and it says something


def test_the_window_comes_back_at_the_size_and_place_it_was_left(qtbot, demo_store, own_config):
    first = open_window(qtbot, demo_store, "1366x768")
    first.showNormal()
    first.setGeometry(QRect(60, 40, 1100, 640))
    qtbot.wait(50)
    left = first.geometry()
    first.close()
    assert (own_config / "window.ini").exists()

    again = open_window(qtbot, demo_store, "1366x768")
    assert again.geometry() == left
    assert not again.isMaximized()


def test_a_window_left_maximized_opens_maximized(qtbot, demo_store, own_config):
    first = open_window(qtbot, demo_store, "1280x720")
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    again = open_window(qtbot, demo_store, "1280x720")
    assert again.isMaximized()
    assert available("1280x720").contains(again.frameGeometry())


def test_a_remembered_place_that_no_longer_fits_the_screen_is_fitted_again(
    qtbot, demo_store, own_config
):
    """A window left large on the 1366×768 screen, then opened on a 1280×720 one."""
    first = open_window(qtbot, demo_store, "1366x768")
    first.showNormal()
    first.setGeometry(QRect(10, 30, 1340, 720))
    qtbot.wait(50)
    first.close()
    assert window_place.window_settings().value(window_place.GEOMETRY_KEY)
    again = open_window(qtbot, demo_store, "1280x720")
    assert available("1280x720").contains(again.frameGeometry())


def test_a_dialog_taller_than_the_screen_is_made_to_fit(qtbot, own_config):
    app_module.application()
    room = available("1280x720")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setGeometry(QRect(room.x() + 100, -20, 600, 900))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.height() < 720, timeout=2000)
    assert room.contains(dialog.frameGeometry())


def test_a_dialog_moved_aside_stays_where_the_teacher_put_it_when_they_come_back(qtbot, own_config):
    """Fitted once per showing, not each time it becomes the active window again: a
    dialog the teacher pushed half off the screen (to read what is behind it) does not
    jump back when they click back into it."""
    app_module.application()
    room = available("1280x720")
    main = QWidget()
    qtbot.addWidget(main)
    main.resize(400, 300)
    main.show()
    dialog = QDialog(main)
    dialog.resize(300, 200)
    dialog.show()
    dialog.activateWindow()
    qtbot.wait(300)  # (fitted, twice: at once and once framed)
    aside = QRect(room.x() + 100, room.y() - 60, 300, 200)  # its title bar above the top
    dialog.move(aside.topLeft())
    qtbot.wait(50)
    put = dialog.pos()  # (where the platform let it go)
    assert put.y() < room.y()
    main.activateWindow()
    qtbot.wait(50)
    dialog.activateWindow()
    qtbot.wait(300)
    assert dialog.pos() == put
    dialog.hide()  # shown again: fitted again
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: room.contains(dialog.frameGeometry()), timeout=2000)


@pytest.mark.parametrize("size", SIZES)
def test_an_anchor_paper_in_the_cell_panel_is_reached_whole_and_not_squeezed(
    qtbot, demo_store, own_config, size
):
    """The rubric under the cell panel lists the group's anchor paper under its level: in
    sight once the rubric is scrolled to it, inside the window and the screen, its words
    whole."""
    from anchor_helpers import add_anchor_paper

    anchor = add_anchor_paper(demo_store)
    window = open_window(qtbot, demo_store, size)
    targets = window.gradebook.model.grid.targets
    column = 1 + next(i for i, t in enumerate(targets) if t.id == anchor.target_id)
    window.gradebook.table.setCurrentIndex(window.gradebook.model.index(0, column))
    qtbot.wait(20)
    panel = window.page.panel
    (button,) = panel.rubric.exemplar_buttons
    qtbot.waitUntil(lambda: button.isVisible() and button.y() > 0, timeout=2000)
    qtbot.wait(50)  # the wrapped words settle their heights
    panel.rubric_area.ensureWidgetVisible(button, 0, 0)
    qtbot.wait(20)
    viewport = panel.rubric_area.viewport()
    shown = QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
    assert QRect(QPoint(0, 0), viewport.size()).contains(shown), (shown, viewport.size())
    corner = button.mapTo(window, QPoint(0, 0))
    assert QRect(QPoint(0, 0), window.size()).contains(QRect(corner, button.size()))
    on_screen = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
    assert available(size).contains(on_screen), on_screen
    assert button.width() >= button.minimumSizeHint().width(), where(button)
    assert out_of_place(window) == []
