"""The whole-class sheet of a task: it opens with what is recorded, and asks before losing work.

Ms. Rivera opens "Whole class…" on the demo's check-in, which she has already scored. The
sheet shows those scores; she changes one (a correction that keeps the first in the
history), clears one (withdrawn), and presses Escape with typed scores (she is asked).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlmodel import select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.evidence import EvidenceEntry, create_task, mark_not_yet, task_scores
from cbe_desktop.core.models import Evidence
from cbe_desktop.ui.bulk_entry import BulkEntryDialog, LockedRole
from cbe_desktop.ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def teacher_answers(monkeypatch, qtbot, answer: Callable[[BulkEntryDialog], None]) -> None:
    def exec_(dialog: BulkEntryDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        QApplication.processEvents()
        answer(dialog)
        return dialog.result()

    monkeypatch.setattr(BulkEntryDialog, "exec", exec_)


def answer_question(qtbot, button_text: str, seen: list[str]) -> None:
    """When the question box opens, read it and press ``button_text``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def rows(store) -> int:
    with store.read() as session:
        return len(session.exec(select(Evidence.id)).all())


def on_task(store, task_id: str) -> dict[tuple[str, str], Evidence]:
    with store.read() as session:
        return task_scores(session, task_id)


def test_the_sheet_opens_with_the_scores_already_recorded_on_the_task(
    qtbot, window, demo_store, monkeypatch
):
    task = window.page.current_task()
    recorded = on_task(demo_store, task.id)
    assert recorded, "the demo has scored its current task"
    seen: dict[tuple[int, int], str] = {}
    expected: dict[tuple[int, int], str] = {}

    def look(dialog: BulkEntryDialog) -> None:
        for r, student in enumerate(dialog.grid.students):
            for c, target in enumerate(dialog.columns):
                row = recorded.get((student.id, target.id))
                if row is None:
                    continue
                item = dialog.sheet.item(r, c)
                seen[(r, c)] = item.text() if item else ""
                expected[(r, c)] = dialog._words((row.status, row.level))
        words = dialog.recorded_words.text()
        assert words.startswith(f"{len(recorded)} scores are already recorded on this task")
        dialog.reject()  # nothing typed: closes without a question

    teacher_answers(monkeypatch, qtbot, look)
    qtbot.mouseClick(window.page.bulk_button, Qt.MouseButton.LeftButton)
    assert seen == expected and len(seen) == len(recorded)
    assert any(text.startswith("3 Proficient") for text in seen.values())


def test_a_changed_score_is_a_correction_a_cleared_one_is_withdrawn_and_undo_brings_both_back(
    qtbot, window, demo_store, monkeypatch
):
    task = window.page.current_task()
    before = on_task(demo_store, task.id)
    count = rows(demo_store)
    changed: dict[str, tuple[str, str]] = {}

    def change_one_clear_one(dialog: BulkEntryDialog) -> None:
        sheet = dialog.sheet
        scored = [
            (r, c)
            for (r, c), value in dialog._initial.items()
            if value is not None
            and value[0] == "scored"
            and value[1] != 1.0
            and not sheet.item(r, c).data(LockedRole)
        ]
        (r1, c1), (r2, c2) = scored[0], scored[1]
        changed["corrected"] = (dialog.grid.students[r1].id, dialog.columns[c1].id)
        changed["cleared"] = (dialog.grid.students[r2].id, dialog.columns[c2].id)
        sheet.setFocus()
        sheet.setCurrentCell(r1, c1)
        qtbot.keyClick(sheet, Qt.Key.Key_1)
        sheet.setCurrentCell(r2, c2)
        qtbot.keyClick(sheet, Qt.Key.Key_Delete)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    teacher_answers(monkeypatch, qtbot, change_one_clear_one)
    qtbot.mouseClick(window.page.bulk_button, Qt.MouseButton.LeftButton)
    after = on_task(demo_store, task.id)
    old = before[changed["corrected"]]
    new = after[changed["corrected"]]
    assert (new.level, new.supersedes, new.produced_on) == (1.0, old.id, old.produced_on)
    assert changed["cleared"] not in after
    assert rows(demo_store) == count + 2  # a correction and a withdrawal; nothing deleted
    assert window.statusBar().currentMessage() == (
        f"Whole class, {task.title}: 0 new, 1 corrected, 1 withdrawn. "
        "Ctrl+Z undoes the whole sheet."
    )
    window.operations.undo_stack.undo()
    assert {k: v.id for k, v in on_task(demo_store, task.id).items()} == {
        k: v.id for k, v in before.items()
    }


def test_escape_with_typed_scores_asks_before_discarding_them(
    qtbot, window, demo_store, monkeypatch
):
    grid = window.gradebook.model.grid
    task_id, _ = create_task(
        demo_store, grid.class_id, "Exit ticket", TODAY, target_ids=[grid.targets[0].id]
    )
    window.operations.changed.emit(Changes(tasks=frozenset({task_id})))
    window.page.task_box.setCurrentIndex(window.page.task_box.findData(task_id))
    count = rows(demo_store)
    asked: list[str] = []
    seen: dict[str, object] = {}

    def type_then_escape(dialog: BulkEntryDialog) -> None:
        sheet = dialog.sheet
        sheet.setFocus()
        sheet.setCurrentCell(0, 0)
        qtbot.keyClick(sheet, Qt.Key.Key_3)
        qtbot.keyClick(sheet, Qt.Key.Key_2)
        answer_question(qtbot, "Keep typing", asked)
        qtbot.keyClick(sheet, Qt.Key.Key_Escape)
        seen["kept"] = (dialog.isVisible(), sheet.item(0, 0).text(), sheet.item(1, 0).text())
        answer_question(qtbot, "Discard", asked)
        qtbot.keyClick(sheet, Qt.Key.Key_Escape)
        seen["closed"] = not dialog.isVisible()

    teacher_answers(monkeypatch, qtbot, type_then_escape)
    qtbot.mouseClick(window.page.bulk_button, Qt.MouseButton.LeftButton)
    assert asked == ["Discard 2 scores you typed? They are not saved yet."] * 2
    assert seen == {"kept": (True, "3 Proficient", "2 Developing"), "closed": True}
    assert rows(demo_store) == count
    assert window.operations.undo_stack.count() == 0


def test_a_not_yet_on_the_task_is_not_retyped_in_the_sheet(qtbot, window, demo_store, monkeypatch):
    grid = window.gradebook.model.grid
    target = grid.targets[0]
    task_id, _ = create_task(
        demo_store, grid.class_id, "Exit ticket", TODAY, target_ids=[target.id]
    )
    mark_not_yet(
        demo_store,
        EvidenceEntry(
            grid.students[0].id, target.id, TODAY, level=1, class_id=grid.class_id, task_id=task_id
        ),
        "Redo problem 4.",
    )
    window.operations.changed.emit(Changes(tasks=frozenset({task_id})))
    window.page.task_box.setCurrentIndex(window.page.task_box.findData(task_id))
    seen: dict[str, str] = {}

    def retype(dialog: BulkEntryDialog) -> None:
        sheet = dialog.sheet
        sheet.setFocus()
        sheet.setCurrentCell(0, 0)
        seen["shown"] = sheet.item(0, 0).text()
        qtbot.keyClick(sheet, Qt.Key.Key_4)
        seen["after 4"] = sheet.item(0, 0).text()
        seen["said"] = dialog.error.text()
        dialog.reject()

    teacher_answers(monkeypatch, qtbot, retype)
    qtbot.mouseClick(window.page.bulk_button, Qt.MouseButton.LeftButton)
    assert seen == {
        "shown": "1 Beginning · not yet",
        "after 4": "1 Beginning · not yet",
        "said": "“Not yet” with a plan open: change it from the gradebook or the Not yet page.",
    }


def test_a_task_dated_next_week_is_questioned_before_the_sheet_opens(
    qtbot, window, demo_store, monkeypatch
):
    grid = window.gradebook.model.grid
    next_week = TODAY + timedelta(days=7)
    task_id, _ = create_task(
        demo_store, grid.class_id, "Unit test", next_week, target_ids=[grid.targets[0].id]
    )
    window.operations.changed.emit(Changes(tasks=frozenset({task_id})))
    window.page.task_box.setCurrentIndex(window.page.task_box.findData(task_id))
    opened: list[BulkEntryDialog] = []
    teacher_answers(monkeypatch, qtbot, opened.append)
    said: list[str] = []
    window.operations.failed.connect(said.append)
    qtbot.mouseClick(window.page.bulk_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert said == [
        f"The task “Unit test” is dated {next_week.isoformat()}, after today; change the "
        "task's date to the day the work was done, then record it."
    ]
