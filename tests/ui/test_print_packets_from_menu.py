"""Printing every conference packet from the gradebook in three clicks (issue 13).

Ms. Rivera is in the gradebook of Science 7 the evening before conferences. File, then
"Print conference packets…", then Print in the printer's dialog: every student's packet
comes out (here the printer is a PDF file, read back as a family would read it). Ctrl+P
does the same in two steps.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from background_helpers import settle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cbe_desktop.reports.labels import LABELS
from cbe_desktop.ui.conferences import printing
from cbe_desktop.ui.main_window import MainWindow

SCIENCE = "Science 7 — Period 5"


@pytest.fixture
def window(qtbot, demo_store):
    if printing.load_qtpdf() is None:
        pytest.skip("printing needs Qt PDF (PySide6-Pdf)")
    w = MainWindow(demo_store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    for row in range(w.class_list.count()):
        if w.class_list.item(row).text().startswith(SCIENCE):
            w.class_list.setCurrentRow(row)
    w.pages.setCurrentIndex(0)  # the gradebook
    return w


@pytest.fixture
def printer(monkeypatch, tmp_path) -> dict[str, object]:
    """The print dialog: the teacher presses Print (the printer writes a PDF file)."""
    seen: dict[str, object] = {"asked": 0, "out": tmp_path / "printed.pdf"}

    def press_print(dialog: QPrintDialog) -> QDialog.DialogCode:
        seen["asked"] = int(seen["asked"]) + 1
        seen["title"] = dialog.windowTitle()
        dialog.printer().setOutputFileName(str(seen["out"]))
        dialog.printer().setResolution(72)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", press_print)
    # no other question may come between the menu and the printer
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(box.text()))
    return seen


def every_packet(page, tmp_path: Path) -> Path:
    """The packets of every student of the class, made as the page makes them, to compare:
    a printer receives pictures of pages, so the printed file is counted, not read."""
    out = tmp_path / "every-packet.pdf"
    ids = [s.student_id for s in page.students]
    page.packets_work(out, ids)(lambda *_args: None, lambda: False)
    return out


def covers(path: Path) -> list[str]:
    """The cover page of each packet, with the student's name on it."""
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(path).pages]
    titles = (LABELS["en"]["cover_title"], LABELS["es"]["cover_title"])
    return [t for t in pages if any(c in t for c in titles) and re.search(r"(Page|Página) 1 ", t)]


def test_file_print_conference_packets_then_print_sends_every_students_packet(
    qtbot, window, printer, tmp_path
):
    menubar = window.menuBar()
    # click 1: File
    qtbot.mouseClick(
        menubar,
        Qt.MouseButton.LeftButton,
        pos=menubar.actionGeometry(window.file_menu.menuAction()).center(),
    )
    qtbot.waitUntil(window.file_menu.isVisible)
    action = window.print_action
    assert window.file_menu.actions()[0] is action
    assert action.text() == "&Print conference packets…"
    # click 2: Print conference packets…
    qtbot.mouseClick(
        window.file_menu,
        Qt.MouseButton.LeftButton,
        pos=window.file_menu.actionGeometry(action).center(),
    )
    # click 3 was the print dialog's Print (answered above)
    qtbot.waitUntil(lambda: printer["asked"] == 1, timeout=60_000)
    settle(qtbot)  # the pages go to the printer after the dialog
    page = window.conferences_page
    names = [s.name for s in page.students]
    assert len(names) == 16 and page.class_name == SCIENCE
    reference = every_packet(page, tmp_path)
    made = covers(reference)
    assert len(made) == 16 and all(any(n in cover for cover in made) for n in names)
    pages = len(PdfReader(reference).pages)
    assert len(PdfReader(printer["out"]).pages) == pages  # every page of every packet
    assert printer["title"] == f"Print {pages} pages: Conference packets — {SCIENCE}"
    assert window.pages.currentWidget() is page  # the print settings are in view after
    assert page.tabs.currentWidget() is page.print_tab
    assert window.statusBar().currentMessage().startswith("Sent ")


def test_ctrl_p_in_the_gradebook_asks_the_printer_at_once(qtbot, window, printer, tmp_path):
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.gradebook.table.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(window.gradebook.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: printer["asked"] == 1, timeout=60_000)
    settle(qtbot)  # the pages go to the printer after the dialog
    reference = every_packet(window.conferences_page, tmp_path)
    assert len(PdfReader(printer["out"]).pages) == len(PdfReader(reference).pages)


def test_with_no_class_the_menu_says_to_choose_one_and_prints_nothing(qtbot, store, printer):
    w = MainWindow(store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    assert w.current_class_id() is None
    w.print_action.trigger()
    assert printer["asked"] == 0
    assert w.statusBar().currentMessage() == (
        "Choose a class first: its packets are the ones printed."
    )
