"""A teacher who presses everything: every page and every tab of the window, every menu
command and every enabled button that does not leave the program, answering each dialog
that opens (and pressing the buttons inside it), on the demo class and on an empty
store. Nothing may raise, write an error to the log or show an error message.

Files are given to file dialogs by monkeypatching QFileDialog; message boxes, input
dialogs and the colour dialog are answered the same way. The program's own dialogs are
shown, walked (their buttons pressed), then saved or cancelled; a watchdog closes any
other window that would wait for an answer, and the walk fails on it.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

from cbe_desktop import app as app_module
from cbe_desktop.core import conference
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.settings import save_settings
from cbe_desktop.core.store import Store
from cbe_desktop.sync.exchange import export_bundle
from cbe_desktop.ui import background
from cbe_desktop.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interop"

#: Messages a teacher may rightly get from a button that is enabled (one plain sentence
#: that says why nothing was done), by the words of the button.
EXPECTED = {
    "Enrol existing student…": "Every student in your data is already in this class.",
}
#: Buttons and commands that leave the program (or its data folder), never pressed.
LEAVES = (
    "Quit",
    "Restore a backup",
    "Close and remove the demo sandbox",
    "Try the demo class",
)
#: Buttons that end a dialog: pressed last, after everything else in it.
ENDS = ("Cancel", "Close", "OK", "Save", "Start", "Continue", "Import", "Back")
#: How deep dialogs opened from dialogs are walked (deeper ones are only answered).
DEPTH = 2


class Walk:
    """Presses things and keeps what went wrong, each with the step that caused it."""

    def __init__(self, qtbot, monkeypatch, tmp_path: Path, bundle: Path) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.tmp = tmp_path
        self.bundle = bundle
        self.step = "opening the window"
        self.problems: list[str] = []
        self.pressed: list[str] = []
        self.dialogs: list[str] = []
        self.depth = 0
        self.saved = 0
        self.slow: list[tuple[float, str]] = []
        self.opened: dict[str, int] = {}
        self._answer_all(monkeypatch)
        self._watch_the_log()
        self.watchdog = QTimer()
        self.watchdog.setInterval(250)
        self.watchdog.timeout.connect(self._close_strays)
        self.watchdog.start()

    # ----- what a teacher would see go wrong ---------------------------------
    def problem(self, what: str) -> None:
        last = self.step.rsplit(" → ", 1)[-1].strip("'")
        if EXPECTED.get(last) and what.endswith(EXPECTED[last]):
            return
        self.problems.append(f"{self.step}: {what}")

    def _watch_the_log(self) -> None:
        walk = self

        class Errors(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                walk.problem(f"logged {record.levelname}: {record.getMessage()}")

        self.log_handler = Errors(logging.ERROR)
        logging.getLogger("cbe_desktop").addHandler(self.log_handler)

    def finish(self) -> None:
        self.watchdog.stop()
        logging.getLogger("cbe_desktop").removeHandler(self.log_handler)

    def _close_strays(self) -> None:
        """A window that waits for an answer the walk does not give (opened by Qt itself)."""
        modal = QApplication.activeModalWidget()
        if modal is None or isinstance(modal, QProgressDialog) or modal in self._answering:
            return
        self.problem(f"an unexpected window waited for an answer: {modal.windowTitle()!r}")
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    # ----- answering ---------------------------------------------------------
    def _answer_all(self, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        self._answering: list[QWidget] = []
        walk = self

        def told(kind: str) -> Callable[..., QMessageBox.StandardButton]:
            def box(parent=None, title="", text="", *args, **kwargs):  # type: ignore[no-untyped-def]
                if kind in ("warning", "critical"):
                    walk.problem(f"{kind} message: {text}")
                return QMessageBox.StandardButton.Ok

            return box

        monkeypatch.setattr(QMessageBox, "warning", told("warning"))
        monkeypatch.setattr(QMessageBox, "critical", told("critical"))
        monkeypatch.setattr(QMessageBox, "information", told("information"))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

        def message_box_exec(box: QMessageBox) -> int:
            """A question is answered by doing what it asks; a warning is a problem."""
            if box.icon() in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
                walk.problem(f"{box.icon().name.lower()} message: {box.text()}")
            doing = (
                QMessageBox.ButtonRole.AcceptRole,
                QMessageBox.ButtonRole.YesRole,
                QMessageBox.ButtonRole.DestructiveRole,
            )
            answers = [b for b in box.buttons() if box.buttonRole(b) in doing]
            answer = answers[0] if answers else box.defaultButton()
            if answer is not None:
                answer.click()
            return box.result()

        monkeypatch.setattr(QMessageBox, "exec", message_box_exec)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open_file)
        monkeypatch.setattr(
            QFileDialog,
            "getOpenFileNames",
            lambda *a, **k: ([self._open_file(*a, **k)[0]], ""),
        )
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)
        monkeypatch.setattr(QInputDialog, "getText", self._text)
        monkeypatch.setattr(
            QInputDialog, "getMultiLineText", lambda *a, **k: ("A note from the walk", True)
        )
        monkeypatch.setattr(QInputDialog, "getItem", self._item)
        monkeypatch.setattr(
            QInputDialog, "getInt", lambda *a, **k: (a[3] if len(a) > 3 else 1, True)
        )
        monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#3366aa"))
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)  # another program
        monkeypatch.setattr(QPrintDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
        monkeypatch.setattr(QMenu, "exec", lambda *a, **k: None)
        monkeypatch.setattr(QDialog, "exec", lambda dialog: walk._answer(dialog))
        monkeypatch.setattr(QApplication, "exit", lambda *a: walk.problem("the program quit"))
        # The packets of two students are made where the class has 28: the buttons and
        # their windows are walked in seconds (the packets are tested in tests/reports).
        every_packet = conference.class_packets
        monkeypatch.setattr(conference, "class_packets", lambda *a, **k: every_packet(*a, **k)[:2])

    def _open_file(self, parent=None, caption="", folder="", filter="", *a, **k):  # type: ignore[no-untyped-def]
        caller = sys._getframe(1).f_code.co_name
        self.opened[caller] = self.opened.get(caller, 0) + 1
        if caller == "import_targets" and self.opened[caller] % 2 == 0:
            return str(FIXTURES / "case-1.1-grade6-math.json"), filter  # not a CSV
        chosen = {
            "import_targets": FIXTURES / "targets-google-sheets.csv",
            "import_roster": FIXTURES / "roster-google-sheets.csv",
            "choose_file": self.bundle,
            "_choose_sync_file": self.bundle,
            "add_file": FIXTURES.parent / "photo.png",
            "attach_exemplar": FIXTURES.parent / "photo.png",
        }.get(caller)
        if caller == "_choose":  # the welcome screen's standards or roster
            chosen = FIXTURES / (
                "roster-google-sheets.csv" if "roster" in caption.lower() else "targets-excel.csv"
            )
        if chosen is None:
            return "", ""
        if not chosen.exists():  # a picture of the walk's own making
            chosen = self._picture()
        return str(chosen), filter

    def _picture(self) -> Path:
        path = self.tmp / "photo.png"
        if not path.exists():
            from PySide6.QtGui import QImage

            image = QImage(40, 30, QImage.Format.Format_RGB32)
            image.fill(QColor("#88aa44"))
            image.save(str(path))
        return path

    def _save_file(self, parent=None, caption="", suggested="", filter="", *a, **k):  # type: ignore[no-untyped-def]
        self.saved += 1
        name = Path(suggested).name if suggested else f"saved-{self.saved}"
        folder = self.tmp / f"saved-{self.saved}"
        folder.mkdir(exist_ok=True)
        return str(folder / name), filter

    def _folder(self, *a, **k) -> str:  # type: ignore[no-untyped-def]
        self.saved += 1
        folder = self.tmp / f"folder-{self.saved}"
        folder.mkdir(exist_ok=True)
        return str(folder)

    def _text(self, parent=None, title="", label="", echo=None, text="", *a, **k):  # type: ignore[no-untyped-def]
        if "passphrase" in (label + title).lower():
            return "", False  # the walk's sync file is not locked
        return text or f"Walk {len(self.pressed)}", True

    def _item(self, parent=None, title="", label="", items=(), current=0, *a, **k):  # type: ignore[no-untyped-def]
        items = list(items)
        return (items[current] if items else ""), bool(items)

    def _answer(self, dialog: QDialog) -> int:
        """A dialog of the program's own: looked at, walked, then saved or cancelled."""
        name = f"{type(dialog).__name__} {dialog.windowTitle()!r}"
        self.dialogs.append(name)
        self._answering.append(dialog)
        outer = self.step
        self.depth += 1
        try:
            self.step = f"{outer} → {name}"
            dialog.show()
            self.settle()
            self.look_at(dialog)
            if self.depth <= DEPTH:
                for button in self.buttons_of(dialog, ending=False):
                    if not dialog.isVisible():
                        break
                    if button.isVisible() and button.isEnabled():
                        self.press(button)
            if dialog.isVisible():
                self.fill_in(dialog)
                self.end(dialog)
            if dialog.isVisible():
                dialog.reject()
            return dialog.result()
        finally:
            self.depth -= 1
            self.step = outer
            self._answering.remove(dialog)

    def end(self, dialog: QDialog) -> None:
        """Save (the default button, or the box's accepting one); what stays open is
        cancelled."""
        default = [
            b
            for b in dialog.findChildren(QPushButton)
            if b.isDefault() and b.isVisible() and b.isEnabled()
        ]
        for box in dialog.findChildren(QDialogButtonBox):
            default += [
                b
                for b in box.buttons()
                if box.buttonRole(b)
                in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
                and b.isEnabled()
                and b.isVisible()
            ]
        for button in default[:1]:
            self.press(button)

    # ----- looking -----------------------------------------------------------
    def look_at(self, window: QWidget) -> None:
        """What a teacher would see wrong at once: a window larger than the screen, a label
        showing a literal "&", a control sticking out of its dialog."""
        room = QGuiApplication.primaryScreen().availableGeometry()
        if window.isWindow() and (window.width() > room.width() or window.height() > room.height()):
            self.problem(f"{window.windowTitle()!r} is larger than the screen: {window.size()}")
        for label in window.findChildren(QLabel):
            text = label.text()
            if (
                label.isVisible()
                and label.buddy() is None
                and "<" not in text
                and re.search(r"(?<!&)&[^&\s]", text)
            ):
                self.problem(f"the label {text!r} shows its '&'")
        if isinstance(window, QDialog):
            self.problems += [f"{self.step}: {p}" for p in overlaps(window)]

    # ----- pressing ----------------------------------------------------------
    def settle(self) -> None:
        QApplication.processEvents()
        QApplication.processEvents()
        # work started through the background door ends before the next button
        self.qtbot.waitUntil(lambda: background.running() == 0, timeout=60_000)

    def words(self, button: QAbstractButton) -> str:
        return (button.text() or button.accessibleName() or button.toolTip()).replace("&", "")

    def buttons_of(self, root: QWidget, *, ending: bool) -> list[QAbstractButton]:
        """The visible, enabled buttons of ``root`` that end a dialog (``ending``) or do
        not; never one that leaves the program."""
        found = []
        for button in root.findChildren(QAbstractButton):
            words = self.words(button)
            if (
                button.isVisible()
                and button.isEnabled()
                and not isinstance(button.parentWidget(), QTabBar)
                and not any(words.startswith(w) for w in LEAVES)
                and self.ends(button) == ending
            ):
                found.append(button)
        # Ticks and choices last: they change what the other buttons would do.
        return sorted(found, key=lambda b: b.isCheckable())

    def ends(self, button: QAbstractButton) -> bool:
        words = self.words(button).rstrip("…. ")
        return (
            isinstance(button.parentWidget(), QDialogButtonBox)
            or words in ENDS
            or (isinstance(button, QPushButton) and button.isDefault())
        )

    def fill_in(self, dialog: QDialog) -> None:
        """Type something in every empty field, as a teacher answering the dialog would."""
        for edit in dialog.findChildren(QLineEdit):
            if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly() and not edit.text():
                if edit.echoMode() == QLineEdit.EchoMode.Password:
                    continue
                edit.setText("Walk")

    def press(self, button: QAbstractButton) -> None:
        words = self.words(button)
        self.pressed.append(words)
        begun = time.monotonic()
        outer = self.step
        self.step = f"{outer} → {words!r}"
        try:
            with self.qtbot.captureExceptions() as raised:
                button.click()
                self.settle()
            for kind, value, _tb in raised:
                self.problem(f"{kind.__name__}: {value}")
        finally:
            self.step = outer
            self.slow.append((time.monotonic() - begun, f"{outer} → {words}"))

    def key(
        self, widget: QWidget, key: Qt.Key, words: str, modifier=Qt.KeyboardModifier.NoModifier
    ) -> None:  # type: ignore[no-untyped-def]
        self.pressed.append(words)
        outer = self.step
        self.step = f"{outer} → {words}"
        try:
            with self.qtbot.captureExceptions() as raised:
                QTest.keyClick(widget, key, modifier)
                self.settle()
            for kind, value, _tb in raised:
                self.problem(f"{kind.__name__}: {value}")
        finally:
            self.step = outer

    def trigger(self, action: QAction) -> None:
        words = action.text().replace("&", "")
        self.pressed.append(words)
        outer = self.step
        self.step = f"menu {words!r}"
        try:
            with self.qtbot.captureExceptions() as raised:
                action.trigger()
                self.settle()
            for kind, value, _tb in raised:
                self.problem(f"{kind.__name__}: {value}")
        finally:
            self.step = outer


def overlaps(dialog: QDialog) -> list[str]:
    """Controls of a dialog that lie over one another (or stick out of it): a teacher
    cannot read what is under them."""
    found = []
    plain = (QDialog, QGroupBox, QFrame, QStackedWidget)
    for parent in [dialog, *dialog.findChildren(QWidget)]:
        if type(parent) not in (QWidget,) and not isinstance(parent, plain):
            continue  # a composite control (a table, a spin box) draws its own parts
        if isinstance(parent, (QAbstractScrollArea, QTabWidget)):
            continue
        children = [
            c
            for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if c.isVisible() and not c.isWindow()
        ]
        inside = QRect(QPoint(0, 0), parent.size())
        for index, child in enumerate(children):
            if not inside.contains(child.geometry()):
                found.append(f"{name_of(child)} sticks out of {name_of(parent)}")
            for other in children[index + 1 :]:
                if child.geometry().intersects(other.geometry()):
                    found.append(f"{name_of(child)} lies over {name_of(other)}")
    return found


def name_of(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)) else ""
    return (
        f"{type(widget).__name__} {(text or widget.accessibleName() or widget.objectName())[:40]!r}"
    )


# ----- the walk through the window -----------------------------------------------------------
def states(window: MainWindow) -> Iterator[str]:
    """Each page, and each tab inside it, in turn (a page is left as it was found)."""
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
                    window.pages.setCurrentIndex(index)
                    tabs.setCurrentIndex(tab)
                    yield f"{name} → {tabs.tabText(tab).replace('&', '')}"
            tabs.setCurrentIndex(0)


def walk_the_window(walk: Walk, window: MainWindow, *, budget: float) -> None:
    """Every page and tab, every button on it once (by its words), then every command."""
    started = time.monotonic()
    seen: set[tuple[str, str]] = set()
    for state in states(window):
        page_index = window.pages.currentIndex()
        walk.step = state
        walk.look_at(window)
        choose_first_rows(window.pages.currentWidget())
        if page_index == 0:
            type_in_the_grid(walk, window)
        for _round in range(3):  # buttons that appear after a press are pressed too
            page = window.pages.currentWidget()
            fresh = [
                b
                for b in walk.buttons_of(page, ending=False) + walk.buttons_of(page, ending=True)
                if (state, walk.words(b)) not in seen
            ]
            if not fresh:
                break
            for button in fresh:
                key = (state, walk.words(button))
                if key in seen:
                    continue
                seen.add(key)
                if window.pages.currentIndex() != page_index:
                    window.pages.setCurrentIndex(page_index)
                if not (button.isVisible() and button.isEnabled()):
                    continue
                walk.step = state
                walk.press(button)
                if time.monotonic() - started > budget:
                    walk.problem(f"the walk took longer than {budget} s")
                    return
    window.pages.setCurrentIndex(0)
    for action in window.findChildren(QAction):
        words = action.text().replace("&", "")
        if (
            not action.isEnabled()
            or action.menu() is not None
            or any(words.startswith(w) for w in LEAVES)
            or not words
        ):
            continue
        walk.trigger(action)


def choose_first_rows(page: QWidget) -> None:
    """A teacher chooses something before the buttons that act on it: the first row of
    every list and table in sight (so "Record revision…", "Edit…" and such are enabled)."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if (
            view.isVisible()
            and model is not None
            and model.rowCount()
            and (not view.currentIndex().isValid())
        ):
            view.setCurrentIndex(model.index(0, min(1, model.columnCount() - 1)))
    QApplication.processEvents()


def type_in_the_grid(walk: Walk, window: MainWindow) -> None:
    """The gradebook's own keys, on a cell: a level, not yet, missing, excused, the
    evidence dialog, withdraw, undo."""
    table = window.page.current_view().table
    model = table.model()
    if model is None or not model.rowCount() or model.columnCount() < 2:
        return
    table.setFocus()
    table.setCurrentIndex(model.index(min(2, model.rowCount() - 1), 1))
    for key, words in (
        (Qt.Key.Key_3, "typing 3"),
        (Qt.Key.Key_Up, "going back up"),
        (Qt.Key.Key_N, "typing N (not yet)"),
        (Qt.Key.Key_M, "typing M (missing)"),
        (Qt.Key.Key_X, "typing X (excused)"),
        (Qt.Key.Key_Up, "going back up"),
        (Qt.Key.Key_Return, "pressing Enter (the evidence dialog)"),
        (Qt.Key.Key_Delete, "pressing Delete (withdraw the newest)"),
    ):
        walk.key(table, key, words)
    walk.key(table, Qt.Key.Key_Z, "pressing Ctrl+Z", Qt.KeyboardModifier.ControlModifier)


@pytest.fixture(scope="module")
def other_laptop(tmp_path_factory) -> Path:
    """A sync file written by another laptop with the demo class on it."""
    folder = tmp_path_factory.mktemp("other-laptop")
    with Store.open(folder / "data") as other:
        build_demo(other)
        save_settings(other, {"teacher": "Mr. Okafor"})
        export_bundle(other, folder / "from-mr-okafor.cbesync")
    return folder / "from-mr-okafor.cbesync"


def open_window(qtbot, store: Store, *, demo: bool) -> MainWindow:  # type: ignore[no-untyped-def]
    app_module.application()
    window = MainWindow(store, demo=demo)
    qtbot.addWidget(window)
    window.operations.quiet = False  # refusals are shown, as in the program: the walk sees them
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def report(walk: Walk) -> str:
    return "\n".join(walk.problems)


def test_pressing_everything_in_the_demo_class_raises_nothing_and_shows_no_error(
    qtbot, monkeypatch, tmp_path, demo_store, other_laptop
):
    monkeypatch.setenv("CBE_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    window = open_window(qtbot, demo_store, demo=True)
    walk = Walk(qtbot, monkeypatch, tmp_path, other_laptop)
    started = time.monotonic()
    try:
        window.gradebook.table.setCurrentIndex(window.gradebook.model.index(0, 1))
        walk_the_window(walk, window, budget=60)
    finally:
        walk.finish()
    took = time.monotonic() - started
    assert walk.problems == [], report(walk)
    # it did walk: the pages' buttons, the menus, and the program's dialogs
    assert {"Whole class…", "New task…", "Write the file…", "Settings…"} <= set(walk.pressed)
    kinds = {d.split(" ")[0] for d in walk.dialogs}
    assert {
        "EvidenceDialog",
        "NotYetDialog",
        "BulkEntryDialog",
        "TaskDialog",
        "RevisionDialog",
        "VoiceDialog",
        "StudentDialog",
        "SettingsDialog",
        "ImportDialog",
    } <= kinds, kinds
    print("slowest:", sorted(walk.slow)[-5:])
    print(f"pressed {len(walk.pressed)}, {len(walk.dialogs)} dialogs, in {took:.0f} s")


def test_pressing_everything_on_an_empty_store_raises_nothing_and_shows_no_error(
    qtbot, monkeypatch, tmp_path, store, other_laptop
):
    monkeypatch.setenv("CBE_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    window = open_window(qtbot, store, demo=False)
    walk = Walk(qtbot, monkeypatch, tmp_path, other_laptop)
    try:
        walk_the_window(walk, window, budget=40)
    finally:
        walk.finish()
    assert walk.problems == [], report(walk)
    assert "Set up my class" in walk.pressed, walk.pressed
    assert "WelcomeDialog" in {d.split(" ")[0] for d in walk.dialogs}
