"""A teacher who uses only the keyboard, a screen reader, large text or high contrast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from cbe_desktop import app as app_module
from cbe_desktop.core.roster import target_method
from cbe_desktop.core.settings import all_settings
from cbe_desktop.ui.contrast import (
    FocusRing,
    apply_contrast,
    apply_zoom,
    contrast_ratio,
    fill_and_text,
    readable_on,
)
from cbe_desktop.ui.i18n import level_word
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.settings_dialog import SettingsDialog

PAGES = ("gradebook", "not-yet", "insights", "conferences", "targets", "classes", "scales", "sync")
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)
# The gradebook's frozen name column follows the grid's current row and never takes the
# focus itself: each cell of the grid already says the student's name to a screen reader.
# A table's corner button selects every cell, as Ctrl+A does.
NOT_A_TAB_STOP = {"gradebookNames", "qt_tableview_cornerbutton"}


# ----- helpers -------------------------------------------------------------------------------
def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def interactive_widgets(window: QWidget) -> list[QWidget]:
    """What a teacher can click or type into, as shown now (headers have their own test)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if widget.objectName() in NOT_A_TAB_STOP or isinstance(
            widget.parentWidget(), QAbstractSpinBox
        ):
            continue  # the spin box's own line edit takes the focus through the spin box
        found.append(widget)
    return found


def tab_through(window: QWidget, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back round; the focus stops, in order.

    A control may keep Tab for a few presses (a date's day, month and year; the links of
    the evidence timeline) but must let it go; a sheet that keeps Tab to move across its
    cells lets Ctrl+Tab go on, as Qt's text fields do.
    """
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    stops: list[QWidget] = []
    kept = 0
    for _ in range(500):
        focused = QApplication.focusWidget()
        assert focused is not None and window.isAncestorOf(focused), "the focus left the window"
        if stops and focused is stops[-1]:
            kept += 1
            assert kept < 14, f"Tab is trapped in {type(focused).__name__} {focused.objectName()}"
            if kept >= 12:
                QTest.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
                QApplication.processEvents()
                continue
        elif focused in stops:
            return stops
        else:
            kept = 0
            stops.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
    raise AssertionError("Tab never came back round")


def reached(widget: QWidget, stops: list[QWidget]) -> bool:
    """Tab stops at a widget (or inside it); for a group of choices, at its chosen one: the
    arrows move between the choices, as with any set of radio buttons."""
    return any(
        stop is widget or widget.isAncestorOf(stop) or same_group_of_choices(widget, stop)
        for stop in stops
    )


def same_group_of_choices(button: QWidget, other: QWidget) -> bool:
    if not isinstance(button, QAbstractButton) or not isinstance(other, QAbstractButton):
        return False
    group = button.group()
    if group is not None:
        return group.exclusive() and group is other.group()
    return (
        isinstance(button, QRadioButton)
        and button.autoExclusive()
        and isinstance(other, QRadioButton)
        and other.parentWidget() is button.parentWidget()
    )


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def every_tab_of_every_tab_widget(page: QWidget) -> Iterator[str]:
    """Shows, in turn, each tab of each tab widget on the page (the habits grid, Pace, ...)."""
    yield "first tabs"
    for tabs in page.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield tabs.tabText(index)
        tabs.setCurrentIndex(0)


def cell_colours(view) -> Iterator[tuple[str, QColor, QColor]]:  # type: ignore[no-untyped-def]
    """Every target cell's text with the colours it is painted in (the palette's if unset)."""
    model = view.model
    palette = view.table.palette()
    for row in range(model.rowCount()):
        for column in range(1, model.target_count() + 1):
            index = model.index(row, column)
            fill = model.data(index, Qt.ItemDataRole.BackgroundRole)
            ink = model.data(index, Qt.ItemDataRole.ForegroundRole)
            yield (
                model.data(index),
                fill.color() if fill is not None else palette.color(QPalette.ColorRole.Base),
                ink.color() if ink is not None else palette.color(QPalette.ColorRole.Text),
            )


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    w = MainWindow(demo_store, demo=True)
    qtbot.addWidget(w)
    w.resize(*app_module.SCREENSHOT_SIZE)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


@pytest.fixture
def high_contrast() -> Iterator[QApplication]:
    app = app_module.application()
    apply_contrast(app, "high")
    try:
        yield app
    finally:
        apply_contrast(app, "")


@pytest.fixture
def large_text() -> Iterator[QApplication]:
    app = app_module.application()
    apply_zoom(app, 150)
    try:
        yield app
    finally:
        apply_zoom(app, 100)


# ----- the keyboard --------------------------------------------------------------------------
@pytest.mark.parametrize("page_name", PAGES)
def test_a_teacher_using_only_the_keyboard_reaches_every_control_on_the_page(window, page_name):
    window.show_page(page_name)
    page = window.pages.currentWidget()
    for shown in every_tab_of_every_tab_widget(page):
        stops = tab_through(window, window.pages.tabBar())
        missed = [
            f"{type(w).__name__} {w.objectName() or accessible_name(w)!r}"
            for w in interactive_widgets(window)
            if not reached(w, stops)
        ]
        assert missed == [], f"{page_name} ({shown}): Tab never reaches {missed}"


@pytest.mark.parametrize("page_name", PAGES)
def test_a_screen_reader_says_what_every_control_on_the_page_is(window, page_name):
    window.show_page(page_name)
    page = window.pages.currentWidget()
    for shown in every_tab_of_every_tab_widget(page):
        stops = tab_through(window, window.pages.tabBar())
        nameless = [f"{type(w).__name__} {w.objectName()}" for w in stops if not accessible_name(w)]
        assert nameless == [], f"{page_name} ({shown}): no accessible name for {nameless}"


def test_tab_leaves_the_gradebook_grid_and_arrows_move_inside_it(window):
    table = window.gradebook.table
    table.setFocus()
    assert QApplication.focusWidget() is table
    start = table.currentIndex()
    QTest.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().column() == start.column() + 1
    QTest.keyClick(table, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not None and after is not table and window.isAncestorOf(after)
    assert table.currentIndex().column() == start.column() + 1
    QTest.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is table  # Shift+Tab comes back into the grid


def test_the_menu_key_on_a_cell_chooses_how_its_target_is_estimated(window, demo_store):
    """What a right-click on the column's heading does, without a mouse (Shift+F10)."""
    offered: list[str] = []
    waited: list[int] = []

    def choose_highest_with_arrows_and_enter() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None and len(waited) < 200:  # a loaded machine: the menu is not up yet
            waited.append(1)
            QTimer.singleShot(10, choose_highest_with_arrows_and_enter)
            return
        assert isinstance(menu, QMenu), "no menu opened"
        offered.extend(a.data() for a in menu.actions() if a.data() is not None)
        for _ in range(len(menu.actions())):
            QTest.keyClick(menu, Qt.Key.Key_Down)
            if menu.activeAction() is not None and menu.activeAction().data() == "highest":
                break
        QTest.keyClick(menu, Qt.Key.Key_Return)

    view = window.gradebook
    grid = view.model.grid
    view.table.setCurrentIndex(view.model.index(0, 3))
    view.table.setFocus()
    QTimer.singleShot(0, choose_highest_with_arrows_and_enter)
    QTest.keyClick(view.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert "highest" in offered and "latest" in offered
    with demo_store.read() as session:
        assert target_method(session, grid.class_id, grid.targets[2].id)[0] == "highest"
    tip = view.model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Shift+F10" in tip  # the heading says how


# ----- status in words -------------------------------------------------------------------------
def test_every_grid_cell_says_its_level_in_words_to_a_screen_reader(window):
    model = window.gradebook.model
    grid = model.grid
    checked = 0
    for row in range(model.rowCount()):
        for column in range(1, model.target_count() + 1):
            index = model.index(row, column)
            cell = model.cell_at(index)
            said = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
            assert said.startswith(f"{grid.students[row].name}, {grid.targets[column - 1].code}: ")
            if model.data(index, Qt.ItemDataRole.BackgroundRole) is not None:
                checked += 1  # a coloured cell: its colour is said in words too
                assert f"{cell.level.number} {level_word(cell.level.label)}" in said, said
            if cell.open_not_yet:
                assert "open “not yet”" in said, said
            if cell.overridden:
                assert "set by the teacher" in said, said
            if cell.estimate is None:
                assert said.split(": ", 1)[1][0].isalpha(), said  # "Not assessed yet", not "—"
    assert checked > 100


def test_the_legend_names_every_colour_it_shows(window):
    legend = window.gradebook.legend.text()
    for level in window.gradebook.model.grid.scale.levels:
        assert f"{level.number} {level_word(level.label)}" in legend
    assert "open “not yet”" in legend and "set by the teacher" in legend


# ----- contrast ----------------------------------------------------------------------------------
def test_the_contrast_arithmetic_is_wcags():
    black, white = QColor("#000000"), QColor("#FFFFFF")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, black) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # Published pairs: #767676 on white is the lightest grey to reach 4.5:1 (4.54).
    assert contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("#777777"), white) < 4.5
    assert contrast_ratio(QColor("#FF0000"), white) == pytest.approx(4.0, abs=0.01)


#: Status colours a teacher might pick: bright, mid-grey (the hardest for black or white
#: text), dark.
SOME_COLOURS = ("#FFFF00", "#808080", "#7F7F7F", "#3366FF", "#F4D35E", "#000080")


@pytest.mark.parametrize("colour", SOME_COLOURS)
def test_any_status_colour_gets_a_readable_text_colour(colour):
    fill, ink = fill_and_text(colour)
    assert contrast(fill, ink) >= 4.5, (colour, fill.name(), ink.name())
    app = app_module.application()
    apply_contrast(app, "high")
    try:
        fill, ink = fill_and_text(colour)
        assert contrast(fill, ink) >= 7, (colour, fill.name(), ink.name())
        line = readable_on(colour)
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        assert contrast(line, base) >= 7, (colour, line.name())
    finally:
        apply_contrast(app, "")


def test_every_grid_cell_reads_clearly_in_the_standard_colours(window):
    pairs = list(cell_colours(window.gradebook))
    assert pairs
    for text, fill, ink in pairs:
        assert contrast(fill, ink) >= 4.5, (text, fill.name(), ink.name())


def test_with_high_contrast_on_every_grid_cell_reads_at_seven_to_one(window, high_contrast):
    window.refresh()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("#FFFFFF")
    pairs = list(cell_colours(window.gradebook))
    assert pairs
    for text, fill, ink in pairs:
        assert contrast(fill, ink) >= 7, (text, fill.name(), ink.name())
    assert max(luminance(fill) for _t, fill, _i in pairs) < 0.2  # dark like the theme
    selected = contrast(
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.HighlightedText),
    )
    assert selected >= 7


def test_with_high_contrast_on_the_focus_has_a_strong_ring_around_it(window, high_contrast):
    window.show_page("not-yet")
    window.queue_page.table.setFocus()
    QApplication.processEvents()
    rings = [r for r in window.findChildren(FocusRing) if r.isVisible()]
    assert len(rings) == 1
    table = window.queue_page.table
    where = table.mapTo(window, table.rect().topLeft())
    assert rings[0].geometry().contains(where)
    assert rings[0].geometry().width() > table.width()


def test_high_contrast_chosen_in_settings_is_kept_and_applied_at_once(
    qtbot, window, demo_store, monkeypatch
):
    def choose(value: str):  # type: ignore[no-untyped-def]
        def change(dialog: SettingsDialog) -> int:
            dialog.contrast.setCurrentIndex(dialog.contrast.findData(value))
            return QDialog.DialogCode.Accepted

        return change

    try:
        monkeypatch.setattr(SettingsDialog, "exec", choose("high"))
        window.open_settings()
        with demo_store.read() as session:
            assert all_settings(session)["contrast"] == "high"
        assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor("#000000")
        fill = window.gradebook.model.data(
            window.gradebook.model.index(0, 1), Qt.ItemDataRole.BackgroundRole
        )
        assert luminance(fill.color()) < 0.2

        monkeypatch.setattr(SettingsDialog, "exec", choose("standard"))
        window.open_settings()
        with demo_store.read() as session:
            assert all_settings(session)["contrast"] == "standard"
        assert QApplication.palette().color(QPalette.ColorRole.Base) != QColor("#000000")
    finally:
        apply_contrast(app_module.application(), "")


# ----- text size ---------------------------------------------------------------------------------
@pytest.mark.parametrize("page_name", PAGES)
def test_at_150_percent_text_no_button_on_the_page_is_cut(qtbot, demo_store, large_text, page_name):
    window = MainWindow(demo_store, demo=True)
    qtbot.addWidget(window)
    window.resize(*app_module.SCREENSHOT_SIZE)
    window.show_page(page_name)
    window.show()
    qtbot.waitExposed(window)
    checked = 0
    for shown in every_tab_of_every_tab_widget(window.pages.currentWidget()):
        for button in window.findChildren(QPushButton):
            if not button.isVisibleTo(window):
                continue
            checked += 1
            words = button.text().replace("&", "")
            needed = button.fontMetrics().horizontalAdvance(words)
            assert button.width() >= needed, f"{shown}: {words!r} {button.width()} < {needed}"
            assert button.width() >= button.minimumSizeHint().width(), f"{shown}: {words!r}"
            scroll = scroll_area_of(button)
            if scroll is not None:  # on a 1366x768 screen: reached by scrolling to it
                scroll.ensureWidgetVisible(button)
            corner = button.mapTo(window, button.rect().bottomRight())
            assert window.rect().contains(corner), f"{shown}: {words!r} is outside the window"
    assert checked


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def test_at_150_percent_text_every_grid_cell_fits_its_column(qtbot, demo_store, large_text):
    window = MainWindow(demo_store, demo=True)
    qtbot.addWidget(window)
    view = window.gradebook
    metrics = view.table.fontMetrics()
    model = view.model
    for column in range(1, model.target_count() + 1):
        width = view.table.columnWidth(column)
        for row in range(model.rowCount()):
            text = model.data(model.index(row, column))
            assert metrics.horizontalAdvance(text) + 8 <= width, (text, width)
    height = view.table.verticalHeader().sectionSize(0)
    assert height >= metrics.height() + 4


# ----- dialogs -----------------------------------------------------------------------------------
def dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    from datetime import date

    from cbe_desktop.ui.bulk_entry import BulkEntryDialog
    from cbe_desktop.ui.evidence_dialog import EvidenceDialog, NotYetDialog
    from cbe_desktop.ui.roster_page import StudentDialog
    from cbe_desktop.ui.task_dialog import TaskDialog
    from cbe_desktop.ui.voice_dialog import VoiceDialog
    from cbe_desktop.ui.welcome import WelcomeDialog

    grid = window.gradebook.model.grid
    task = window.page.current_task()
    yield "settings", SettingsDialog(window, {"zoom": "100"})
    yield "new task", TaskDialog(window, grid.targets)
    yield "not yet", NotYetDialog(window, who="Ana — 7.RP.1", scale=grid.scale)
    yield (
        "evidence",
        EvidenceDialog(
            window,
            who="Ana — 7.RP.1",
            i_can="I can find a unit rate.",
            scale=grid.scale,
            descriptors={},
            evidence_type="observation",
            produced_on=date(2026, 10, 1),
            task_title="Warm-up",
        ),
    )
    yield "whole class", BulkEntryDialog(window, grid, task)
    yield "student", StudentDialog(window)
    yield "goal", VoiceDialog(window, "goal", "Ana")
    yield "welcome", WelcomeDialog(window)


def test_every_dialog_can_be_filled_in_with_the_keyboard_alone(qtbot, window):
    seen = 0
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        first = next(
            w for w in interactive_widgets(dialog) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        )
        stops = tab_through(dialog, first)
        missed = [
            f"{type(w).__name__} {w.objectName() or accessible_name(w)!r}"
            for w in interactive_widgets(dialog)
            if not reached(w, stops)
        ]
        nameless = [f"{type(w).__name__} {w.objectName()}" for w in stops if not accessible_name(w)]
        assert (missed, nameless) == ([], []), f"{name}: unreachable {missed}, unnamed {nameless}"
        dialog.close()
        seen += 1
    assert seen == 8


def test_a_photo_in_the_evidence_timeline_opens_with_tab_and_enter(qtbot, window):
    timeline = window.page.panel.timeline
    timeline.setHtml("<p>2026-10-01 · 3 Proficient<br><a href='attachment:abc'>📎 work.jpg</a></p>")
    timeline.setFocus()
    QTest.keyClick(timeline, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is timeline  # the link has the focus, not the next control
    with qtbot.waitSignal(timeline.anchorClicked) as opened:
        QTest.keyClick(timeline, Qt.Key.Key_Return)
    assert opened.args[0].toString() == "attachment:abc"
