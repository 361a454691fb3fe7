"""A stack of marked work entered in one sheet, and habits of work scored on their own."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem
from sqlmodel import select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.evidence import create_task, standing_ids
from cbe_desktop.core.models import Evidence
from cbe_desktop.ui.bulk_entry import BulkEntryDialog
from cbe_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def _count(store) -> int:
    with store.read() as session:
        rows = session.exec(select(Evidence.id, Evidence.supersedes, Evidence.status)).all()
    keep = standing_ids((r[0], r[1]) for r in rows)
    return sum(1 for r in rows if r[0] in keep and r[2] != "retracted")


def test_a_whole_class_sheet_is_typed_by_keyboard_saved_as_one_step_and_undone(
    qtbot, window, demo_store, monkeypatch
):
    page = window.page
    grid = window.gradebook.model.grid
    # A new task with nothing recorded on it yet (the demo's tasks already have scores).
    task_id, _ = create_task(
        demo_store, grid.class_id, "Exit ticket", date.today(), target_ids=[grid.targets[0].id]
    )
    window.operations.changed.emit(Changes(tasks=frozenset({task_id})))
    page.task_box.setCurrentIndex(page.task_box.findData(task_id))
    task = page.current_task()
    before = _count(demo_store)

    def type_sheet(dialog: BulkEntryDialog) -> int:
        sheet = dialog.sheet
        sheet.setFocus()
        sheet.setCurrentCell(0, 0)
        for key in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_M, Qt.Key.Key_4):
            qtbot.keyClick(sheet, key)
        assert sheet.item(0, 0).text().startswith("3")
        assert sheet.item(2, 0).text() == "Missing"
        sheet.setItem(0, sheet.columnCount() - 1, QTableWidgetItem("Clear work, well done."))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(BulkEntryDialog, "exec", type_sheet)
    page.bulk_entry()
    assert _count(demo_store) == before + 4
    target_id = next(t.id for t in grid.targets if t.id in task.target_ids)
    with demo_store.read() as session:
        first = session.exec(
            select(Evidence)
            .where(Evidence.student_id == grid.students[0].id, Evidence.target_id == target_id)
            .order_by(Evidence.hlc.desc())
        ).first()
    assert (first.level, first.task_id, first.feedback) == (3.0, task.id, "Clear work, well done.")
    assert window.operations.undo_stack.count() == 1  # the whole sheet is one step
    window.operations.undo_stack.undo()
    assert _count(demo_store) == before
    window.operations.undo_stack.redo()
    assert _count(demo_store) == before + 4


def test_a_level_that_is_not_on_the_scale_is_refused_in_the_sheet(qtbot, window, monkeypatch):
    def type_nonsense(dialog: BulkEntryDialog) -> int:
        dialog.sheet.setItem(0, 0, QTableWidgetItem("7"))
        dialog._accept()
        assert "not a level" in dialog.error.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BulkEntryDialog, "exec", type_nonsense)
    window.page.bulk_entry()
    assert window.operations.undo_stack.count() == 0


def test_habits_are_typed_on_their_own_grid_and_scale_and_stay_out_of_academics(
    qtbot, window, demo_store
):
    page = window.page
    academic_before = [[c.estimate for c in row] for row in window.gradebook.model.grid.cells]
    page.tabs.setCurrentIndex(1)
    habits = window.habits
    habits.table.setFocus()
    habits.table.setCurrentIndex(habits.model.index(0, 1))
    qtbot.keyClick(habits.table, Qt.Key.Key_4)
    cell = habits.model.cell_at(habits.model.index(0, 1))
    assert cell.estimate == 4.0 and cell.level.label == "Consistently"
    assert "4 Consistently" in habits.model.data(habits.model.index(0, 1))
    page.tabs.setCurrentIndex(0)
    academic_after = [[c.estimate for c in row] for row in window.gradebook.model.grid.cells]
    assert academic_after == academic_before
    habit_ids = {t.id for t in habits.model.grid.targets}
    assert habit_ids.isdisjoint({t.id for t in window.gradebook.model.grid.targets})
