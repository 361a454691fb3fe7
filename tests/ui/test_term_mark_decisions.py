"""The end of Math 7's term in the window: Ms. Rivera sets Ana's mark with a reason and
undoes it with Edit → Undo, marks a target modified for Mateo's plan (the gradebook
flags it), closes the term (asked first; a later score changes nothing), reopens it only
when she says so, and prints the report cards."""

from __future__ import annotations

import pytest
from background_helpers import settle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cbe_desktop.ui.learner_dialogs import TermMarksDialog
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.term_mark_dialogs import ModifiedTargetsDialog, SetMarkDialog
from school_year import years


@pytest.fixture
def year(tmp_path):  # type: ignore[no-untyped-def]
    y = next(made := years(tmp_path))
    y.score(y.ana, y.rp1, y.math7, "2026-10-01", 4)
    y.score(y.ana, y.rp2, y.math7, "2026-10-02", 4)
    yield y
    made.close()


def test_a_term_ends_in_the_window(qtbot, monkeypatch, year, tmp_path):
    w = MainWindow(year.store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    dialog = TermMarksDialog(year.store, w.operations, year.math7, w)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    ana, mateo = rows["Ana García"], rows["Mateo Hernández"]
    assert "open" in dialog.state.text()

    # Ana's term mark, set with a reason: the cell shows it was set, the words say why.
    def set_b(d: SetMarkDialog) -> None:
        assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()  # no reason yet
        d.mark.setText("B")
        d.reason.setPlainText("The final project came in late.")
        d.accept()

    monkeypatch.setattr(SetMarkDialog, "exec", lambda d: (set_b(d), d.result())[1])
    dialog.table.setCurrentCell(ana, 1)
    qtbot.mouseClick(dialog.set_mark_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(ana, 1).text() == "B ✎"
    assert "The final project came in late." in dialog.explanation.text()
    assert "the school's rules give A" in dialog.explanation.text()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # one undo step
    assert dialog.table.item(ana, 1).text() == "A"

    # A target modified for Mateo's individual plan, flagged here and in the gradebook.
    def modify(d: ModifiedTargetsDialog) -> None:
        d.table.item(1, 0).setCheckState(Qt.CheckState.Checked)
        d.table.item(1, 1).setText("Fewer steps")
        d.save()

    monkeypatch.setattr(ModifiedTargetsDialog, "exec", lambda d: (modify(d), d.result())[1])
    dialog.table.setCurrentCell(mateo, 1)
    qtbot.mouseClick(dialog.modified_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(mateo, 0).text() == "Mateo Hernández (individual plan)"

    # Closing the term asks first; then a later score changes nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.close_term_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "closed on" in dialog.state.text()
    year.score(year.ana, year.rp1, year.math7, "2026-12-20", 1)
    dialog.refresh()
    assert dialog.table.item(ana, 1).text() == "A"
    assert dialog.explanation.text().startswith("Kept when the term was closed on")

    # Reopening: cancelled, nothing changes.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.close_term_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "closed on" in dialog.state.text()

    # The report cards, each in the family's language.
    out = tmp_path / "cards.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.report_cards_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.notes.text().startswith("Printed 3 report cards to")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Report card" in text and "Modified" in text


def test_the_gradebook_flags_a_modified_target_in_its_cell_and_row(qtbot, year):
    from cbe_desktop.core.term_records import modify_target
    from cbe_desktop.ui.gradebook_model import GradebookModel

    modify_target(year.store, year.ana, year.rp2, "Fewer steps")
    w = MainWindow(year.store)
    qtbot.addWidget(w)
    w.show_class(year.math7)
    model: GradebookModel = w.gradebook.model
    row, column = model.position_of(year.ana, year.rp2)
    assert model.index(row, 0).data() == "Ana García (individual plan)"
    cell = model.index(row, column + 1)
    assert cell.data().endswith("(M)")
    assert "Modified for the student's individual plan (IEP): Fewer steps" in cell.data(
        Qt.ItemDataRole.ToolTipRole
    )
    # and the learner's record says so too
    from cbe_desktop.ui.learner_dialogs import LearnerRecordDialog

    record = LearnerRecordDialog(year.store, w.operations, year.ana, w)
    qtbot.addWidget(record)
    where = [
        record.tree.topLevelItem(i).child(j).text(1)
        for i in range(record.tree.topLevelItemCount())
        for j in range(record.tree.topLevelItem(i).childCount())
    ]
    assert any(w.endswith("modified (individual plan): Fewer steps") for w in where)
