"""Classes and students: importing a roster from the page, and removing a student from a class.

Ms. Rivera starts the year with an empty class and presses "Import roster…" twice: once for
the spreadsheet her office sent, once for the district's OneRoster export. Later a student
moves to another period and she removes him from this one: she is told his evidence is kept
and that undo puts him back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from background_helpers import settle
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlmodel import select

from cbe_desktop.core.models import Evidence, Student
from cbe_desktop.core.roster import class_evidence_count, class_students, create_class, find_class
from cbe_desktop.ui.import_dialog import ImportDialog
from cbe_desktop.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interop"
MATH = "Math 7 — Period 2"


def make_window(qtbot, store) -> MainWindow:
    w = MainWindow(store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.pages.setCurrentWidget(w.roster_page)
    return w


def choose_file(monkeypatch, path: Path) -> list[str]:
    """The file dialog answers with ``path``; returns the titles it was opened with."""
    asked: list[str] = []

    def pick(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return asked


def press_import(monkeypatch, qtbot) -> list[str]:
    """The import preview opens; the teacher reads it and presses Import."""
    summaries: list[str] = []

    def answer(dialog: ImportDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        summaries.append(dialog.summary.text())
        assert dialog.import_button.isEnabled(), dialog.plan_text.toPlainText()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", answer)
    return summaries


def names_in(store, class_name: str) -> set[str]:
    with store.read() as session:
        school_class = find_class(session, class_name)
        return {f"{s.given_name} {s.family_name}" for s in class_students(session, school_class.id)}


def select_class(window: MainWindow, class_name: str) -> None:
    page = window.roster_page
    for row in range(page.classes.count()):
        if page.classes.item(row).text().startswith(class_name):
            page.classes.setCurrentRow(row)
            return
    raise AssertionError(class_name)


# ----- Import roster… -----------------------------------------------------------------------------


def test_import_roster_puts_a_spreadsheets_students_into_the_class_shown(qtbot, store, monkeypatch):
    create_class(store, MATH)
    window = make_window(qtbot, store)
    select_class(window, MATH)
    asked = choose_file(monkeypatch, FIXTURES / "roster-google-sheets.csv")
    summaries = press_import(monkeypatch, qtbot)
    qtbot.mouseClick(window.roster_page.import_roster_button, Qt.MouseButton.LeftButton)
    assert asked == ["Import a roster"] and len(summaries) == 1
    assert {"Ana Sofía García López", "Mateo Hernández", "Olivia Chen"} <= names_in(store, MATH)
    page = window.roster_page
    qtbot.waitUntil(lambda: page.students.rowCount() >= 5)  # the page shows them too
    assert "Ana Sofía García López" in {
        page.students.item(r, 0).text() for r in range(page.students.rowCount())
    }
    assert window.statusBar().currentMessage()  # what the import did, in a sentence


def test_import_roster_reads_a_oneroster_zip_into_its_classes_and_only_students(
    qtbot, store, monkeypatch
):
    window = make_window(qtbot, store)
    choose_file(monkeypatch, FIXTURES / "oneroster-1.1-export.zip")
    press_import(monkeypatch, qtbot)
    qtbot.mouseClick(window.roster_page.import_roster_button, Qt.MouseButton.LeftButton)
    assert names_in(store, "Math 7 - Period 2") == {
        "Ana Sofía García López",
        "Mateo Hernández",
        "Olivia Chen",
        "Liam O'Connor",
    }
    with store.read() as session:
        everyone = {s.given_name for s in session.exec(select(Student))}
    assert not everyone & {"Marisol", "Lucía", "Jun", "Ben"}  # teacher, parents, aide


def test_cancelling_the_file_dialog_imports_nothing(qtbot, store, monkeypatch):
    create_class(store, MATH)
    window = make_window(qtbot, store)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    opened = press_import(monkeypatch, qtbot)
    qtbot.mouseClick(window.roster_page.import_roster_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert names_in(store, MATH) == set()


# ----- Remove from class -----------------------------------------------------------------------


def answer_question(qtbot, button_text: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def select_student(window: MainWindow, name: str) -> str:
    table = window.roster_page.students
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == name:
            table.setCurrentCell(row, 0)
            return table.item(row, 0).data(Qt.ItemDataRole.UserRole + 30)
    raise AssertionError(name)


def evidence_rows(store) -> int:
    with store.read() as session:
        return len(session.exec(select(Evidence.id)).all())


@pytest.fixture
def demo_window(qtbot, demo_store):
    window = make_window(qtbot, demo_store)
    select_class(window, MATH)
    window.roster_page.tabs.setCurrentIndex(2)
    return window


def test_removing_a_student_with_evidence_asks_says_what_is_kept_and_undo_puts_him_back(
    qtbot, demo_window, demo_store
):
    window = demo_window
    student_id = select_student(window, "Mateo Hernández")
    with demo_store.read() as session:
        class_id = find_class(session, MATH).id
        kept = class_evidence_count(session, class_id, student_id)
    assert kept > 1
    rows = evidence_rows(demo_store)
    asked: list[str] = []

    answer_question(qtbot, "Keep in class", asked)
    qtbot.mouseClick(window.roster_page.remove_button, Qt.MouseButton.LeftButton)
    assert "Mateo Hernández" in names_in(demo_store, MATH)  # she changed her mind

    answer_question(qtbot, "Remove from class", asked)
    qtbot.mouseClick(window.roster_page.remove_button, Qt.MouseButton.LeftButton)
    question = (
        f"Remove Mateo Hernández from {MATH}? Their {kept} pieces of evidence are kept and come "
        "back if they are enrolled again; Edit → Undo (Ctrl+Z) puts them back at once."
    )
    assert asked == [question, question]
    assert "Mateo Hernández" not in names_in(demo_store, MATH)
    assert window.statusBar().currentMessage() == (
        f"Mateo Hernández was removed from {MATH}; their evidence is kept. Ctrl+Z puts them back."
    )
    assert evidence_rows(demo_store) == rows  # not one piece of evidence touched
    assert window.undo_action.text() == f"&Undo Remove Mateo Hernández from {MATH}"
    window.undo_action.trigger()
    assert "Mateo Hernández" in names_in(demo_store, MATH)
    with demo_store.read() as session:
        assert class_evidence_count(session, class_id, student_id) == kept


def test_removing_a_student_without_evidence_needs_no_question_but_says_so(
    qtbot, demo_window, demo_store, monkeypatch
):
    window = demo_window
    page = window.roster_page
    from cbe_desktop.core.roster import create_student

    with demo_store.read() as session:
        class_id = find_class(session, MATH).id
    create_student(demo_store, "Nuevo", "Estudiante", class_id=class_id)
    page.reload()
    select_student(window, "Nuevo Estudiante")
    questions: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: questions.append(box))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert questions == []
    assert "Nuevo Estudiante" not in names_in(demo_store, MATH)
    assert window.statusBar().currentMessage() == (
        f"Nuevo Estudiante was removed from {MATH}. Ctrl+Z puts them back."
    )
