"""A task's own rubric, written in the task dialog and shown when evidence is recorded.

Ms. Rivera edits the demo's current task and writes what level 3 of its first target looks
like on this task; the evidence dialog on that task then shows her words for level 3 and the
target's own rubric for the levels she left empty. Undo takes the words away again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cbe_desktop.core.targets import rubric_for
from cbe_desktop.core.task_rubric import task_rubric
from cbe_desktop.ui.bulk_entry import BulkEntryDialog
from cbe_desktop.ui.evidence_dialog import EvidenceDialog
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.task_dialog import TaskDialog

WORDS = "Completes the table and explains the unit rate."


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def _aligned(window):
    """The current task, and the grid column of its first aligned target."""
    task = window.page.current_task()
    assert task is not None
    grid = window.gradebook.model.grid
    index = next(i for i, t in enumerate(grid.targets) if t.id in task.target_ids)
    return task, grid.targets[index], 1 + index


def _level_column(grid, value: float) -> int:
    return [lv.value for lv in grid.scale.levels].index(value)


def _write_level_3(window, qtbot, monkeypatch) -> None:
    _task, target, _column = _aligned(window)
    grid = window.gradebook.model.grid

    def write(dialog: TaskDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.rubric_section is not None
        assert not dialog.rubric.isVisibleTo(dialog)  # collapsed until asked for
        dialog.rubric_toggle.setFocus()
        qtbot.keyClick(dialog.rubric_toggle, Qt.Key.Key_Space)
        assert dialog.rubric.isVisibleTo(dialog)
        row = dialog._rubric_rows.index(target.id)
        dialog.rubric.item(row, _level_column(grid, 3.0)).setText(WORDS)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TaskDialog, "exec", write)
    window.page.edit_task()


def test_the_task_dialog_writes_a_task_rubric_as_one_undo_step(
    qtbot, window, demo_store, monkeypatch
):
    task, target, _column = _aligned(window)
    steps = window.operations.undo_stack.count()
    _write_level_3(window, qtbot, monkeypatch)
    with demo_store.read() as session:
        assert task_rubric(session, task.id) == {target.id: {3.0: WORDS}}
        own = rubric_for(session, target.id)
    assert own.get(3.0) != WORDS  # the target's own rubric is unchanged
    assert window.operations.undo_stack.count() == steps + 1
    window.operations.undo_stack.undo()
    with demo_store.read() as session:
        assert task_rubric(session, task.id) == {}
    window.operations.undo_stack.redo()
    with demo_store.read() as session:
        assert task_rubric(session, task.id) == {target.id: {3.0: WORDS}}


def test_the_evidence_dialog_on_that_task_shows_the_tasks_words_then_the_targets(
    qtbot, window, demo_store, monkeypatch
):
    _task, target, column = _aligned(window)
    _write_level_3(window, qtbot, monkeypatch)
    grid = window.gradebook.model.grid
    with demo_store.read() as session:
        own = rubric_for(session, target.id)
    assert own.get(2.0)  # the demo's targets have their own rubric
    seen: dict[float, str] = {}

    def look(dialog: EvidenceDialog) -> int:
        for i, lv in enumerate(grid.scale.levels):
            seen[lv.value] = dialog.levels.button(i).description()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EvidenceDialog, "exec", look)
    view = window.gradebook
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, column))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen[3.0] == WORDS
    assert seen[2.0] == own[2.0]


def test_the_whole_class_sheet_hints_with_the_tasks_words(qtbot, window, monkeypatch):
    _task, target, _column = _aligned(window)
    _write_level_3(window, qtbot, monkeypatch)
    shown: list[str] = []

    def look(dialog: BulkEntryDialog) -> int:
        c = [t.id for t in dialog.columns].index(target.id)
        dialog.sheet.setCurrentCell(0, c)
        shown.append(dialog.level_hint.text())
        shown.append(dialog.sheet.horizontalHeaderItem(c).toolTip())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BulkEntryDialog, "exec", look)
    window.page.bulk_entry()
    assert len(shown) == 2 and all(WORDS in words for words in shown)


def test_the_rubric_grid_is_named_and_reached_with_tab(qtbot, window):
    task, target, _column = _aligned(window)
    page = window.page
    grid = window.gradebook.model.grid
    dialog = TaskDialog(window, grid.targets, task, **page._task_rubric_arguments(task))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.rubric_toggle.accessibleName() and dialog.rubric.accessibleName()
    dialog.rubric_toggle.setChecked(True)
    dialog.rubric_toggle.setFocus()
    qtbot.keyClick(dialog.rubric_toggle, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.rubric
    item = dialog.rubric.item(dialog._rubric_rows.index(target.id), 0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(target.code)
    # Without task descriptors nothing is written.
    assert all(not text for levels in dialog.task_rubric().values() for text in levels.values())


def test_undo_of_a_second_edit_brings_back_the_first_rubric_exactly(
    qtbot, window, demo_store, monkeypatch
):
    task, target, _column = _aligned(window)
    grid = window.gradebook.model.grid
    _write_level_3(window, qtbot, monkeypatch)
    first = {target.id: {3.0: WORDS}}

    def rewrite(dialog: TaskDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.rubric.isVisibleTo(dialog)  # open: the task has words of its own
        row = dialog._rubric_rows.index(target.id)
        assert dialog.rubric.item(row, _level_column(grid, 3.0)).text() == WORDS
        dialog.rubric.item(row, _level_column(grid, 3.0)).setText("")
        dialog.rubric.item(row, _level_column(grid, 2.0)).setText("Fills in the table.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TaskDialog, "exec", rewrite)
    window.page.edit_task()
    second = {target.id: {2.0: "Fills in the table."}}
    stack = window.operations.undo_stack

    def rubric() -> dict:
        with demo_store.read() as session:
            return task_rubric(session, task.id)

    assert rubric() == second
    stack.undo()
    assert rubric() == first
    stack.undo()
    assert rubric() == {}
    stack.redo()
    assert rubric() == first
    stack.redo()
    assert rubric() == second
