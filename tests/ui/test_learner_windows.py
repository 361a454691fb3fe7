"""The Learners menu as Ms. Rivera uses it: Lucía's two records joined and parted, Math 7
going on into spring, the term marks explained, changed by the school's rules and sent to
the SIS, and the archived fall class refusing a score in one sentence."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from cbe_desktop.core.evidence import EvidenceEntry, record_evidence
from cbe_desktop.core.learner import learner_ids
from cbe_desktop.core.models import SchoolClass
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.stats import live_counts
from cbe_desktop.ui.learner_dialogs import LearnerRecordDialog, NewTermDialog, TermMarksDialog
from cbe_desktop.ui.main_window import MainWindow
from school_year import years


@pytest.fixture
def year(tmp_path):  # type: ignore[no-untyped-def]
    y = next(made := years(tmp_path))
    y.score(y.ana, y.rp1, y.math7, "2026-10-01", 4)
    y.score(y.ana, y.rp2, y.math7, "2026-10-02", 4)
    y.score(y.lucia_typed, y.matter, y.science, "2026-10-05", 3)
    yield y
    made.close()


def window(qtbot, store) -> MainWindow:
    w = MainWindow(store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    w.resize(1366, 768)
    return w


def choose_class(w: MainWindow, name: str) -> None:
    for row in range(w.class_list.count()):
        if w.class_list.item(row).text().startswith(name + "\n"):
            w.class_list.setCurrentRow(row)
            return
    raise AssertionError(name)


def run_dialog(monkeypatch, cls, answer):  # type: ignore[no-untyped-def]
    """The dialog opens; ``answer`` does what the teacher does in it."""
    seen = []

    def exec_(dialog):  # type: ignore[no-untyped-def]
        seen.append(dialog)
        answer(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def test_lucias_two_records_are_joined_from_her_record_and_parted_again(qtbot, monkeypatch, year):
    w = window(qtbot, year.store)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Lucia Diaz", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def teacher(dialog: LearnerRecordDialog) -> None:
        dialog.student.setCurrentIndex(dialog.student.findData(year.lucia))
        assert "Math 7 (2026-27 Fall)" in dialog.summary.text()
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        assert "Also recorded as: Lucia Diaz" in dialog.summary.text()
        codes = [
            dialog.tree.topLevelItem(i).child(j).text(0).split()[0]
            for i in range(dialog.tree.topLevelItemCount())
            for j in range(dialog.tree.topLevelItem(i).childCount())
        ]
        assert "MS-PS1-1" in codes  # science, from the record typed by hand
        assert dialog.unmerge_button.isEnabled()
        qtbot.mouseClick(dialog.unmerge_button, Qt.MouseButton.LeftButton)
        assert "Also recorded as" not in dialog.summary.text()

    run_dialog(monkeypatch, LearnerRecordDialog, teacher)
    w.findChild(type(w.print_action), "learnerRecordAction").trigger()
    with year.store.read() as session:
        assert learner_ids(session, year.lucia) == [year.lucia]


def test_the_record_prints_to_the_pdf_the_teacher_names(qtbot, monkeypatch, year, tmp_path):
    out = tmp_path / "ana.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = LearnerRecordDialog(year.store, window(qtbot, year.store).operations, year.ana)
    qtbot.addWidget(dialog)
    assert dialog.student.currentData() == year.ana
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.explanation.text() == f"Printed to {out}."


def test_math_7_goes_on_into_spring_and_the_fall_class_refuses_a_score_in_one_sentence(
    qtbot, monkeypatch, year
):
    w = window(qtbot, year.store)
    choose_class(w, "Math 7")

    def teacher(dialog: NewTermDialog) -> None:
        assert not dialog.start.isEnabled()  # no term typed yet
        qtbot.keyClicks(dialog.term, "2026-27 Spring")
        dialog.students.item(0).setCheckState(Qt.CheckState.Unchecked)  # Lucía moves away
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)

    seen = run_dialog(monkeypatch, NewTermDialog, teacher)
    w.findChild(type(w.print_action), "newTermAction").trigger()
    assert seen[0].result() == QDialog.DialogCode.Accepted
    assert w.class_list.currentItem().text().startswith("Math 7\n2026-27 Spring · 2 students")
    with year.store.read() as session:
        assert session.get(SchoolClass, year.math7).archived
        before = live_counts(session)
    told: list[str] = []
    w.operations.failed.connect(told.append)
    entry = EvidenceEntry(year.ana, year.rp1, "2026-12-01", 3, class_id=year.math7)
    assert not w.operations.call(lambda: record_evidence(year.store, entry))
    assert told == [
        "The class Math 7 is archived and read-only; restore it on the Classes page, or work "
        "in the class that continues it."
    ]
    with year.store.read() as session:
        assert live_counts(session) == before


def test_term_marks_are_explained_follow_the_rules_the_school_saves_and_go_to_the_sis(
    qtbot, monkeypatch, year, tmp_path
):
    w = window(qtbot, year.store)
    choose_class(w, "Math 7")
    out = tmp_path / "math7.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def teacher(dialog: TermMarksDialog) -> None:
        rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
        ana = rows["Ana García"]
        assert dialog.table.item(ana, 1).text() == "A"
        dialog.table.setCurrentCell(ana, 1)
        assert dialog.explanation.text().startswith(
            "A by the school's rule: no level below 2 (the lowest is 4)"
        )
        # A rule the program cannot read: refused, the old rules stay.
        told: list[str] = []
        dialog.operations.failed.connect(told.append)
        dialog.rules.setPlainText("A: mostly 4s")
        qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
        assert told and told[0].startswith("Line 1 of the rules says 'mostly 4s', which is not")
        dialog.preset.setCurrentIndex(dialog.preset.findData("levels"))
        dialog.rules.setPlainText("4: mean at least 3.5\n1: otherwise")
        qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
        assert dialog.table.item(ana, 1).text() == "4"
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        # Ana's course and competency marks and her two targets; Lucía has no evidence yet,
        # and Mateo, typed by hand, has no sourcedId for the SIS: the note says so.
        assert dialog.notes.text().startswith(f"Exported 4 marks of 2 students to {out}.")
        assert "were left out (Mateo Hernández)" in dialog.notes.text()

    run_dialog(monkeypatch, TermMarksDialog, teacher)
    w.findChild(type(w.print_action), "termMarksAction").trigger()
    with year.store.read() as session:
        assert get_setting(session, "term_mark_rules") == "4: mean at least 3.5\n1: otherwise"
    assert "results.csv" in zipfile.ZipFile(out).namelist()
