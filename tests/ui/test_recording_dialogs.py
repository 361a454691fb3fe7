"""Recording evidence in the dialogs, as a teacher does it with the keyboard (issue 13).

Ms. Rivera opens the demo class on a 1366x768 school laptop. She presses Enter on a cell
and reads each level's words; she types 3 and Enter; she marks work "not yet" with N and
the level the work showed; she records a revision from the queue; she types a level in a
column the task does not cover; she tries a task dated next week. The dialogs are real
widgets driven by real key presses: only ``exec`` is replaced, so that the test can press
the keys while the dialog is open, as she would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
)
from sqlmodel import select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.evidence import create_task, standing_ids
from cbe_desktop.core.models import Evidence, Revision
from cbe_desktop.core.task_rubric import descriptors_for
from cbe_desktop.ui import level_choice
from cbe_desktop.ui.evidence_dialog import EvidenceDialog, NotYetDialog
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.queue_page import COLUMNS, LEVEL_THEN, RevisionDialog

TODAY = date.today()
ROOM_AT_768 = 768 - level_choice.TITLE_BAR  # what a 1366x768 screen leaves a dialog


@pytest.fixture
def window(qtbot, demo_store, monkeypatch):
    monkeypatch.setattr(level_choice, "screen_room", lambda _widget, _default: ROOM_AT_768)
    w = MainWindow(demo_store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def teacher_answers(monkeypatch, qtbot, cls: type[QDialog], answer: Callable) -> list[QDialog]:
    """``cls.exec``: the dialog opens for real and the teacher's keys go to it."""
    seen: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        QApplication.processEvents()
        answer(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def press(qtbot, dialog: QDialog, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is (as on a keyboard)."""
    qtbot.keyClick(dialog.focusWidget() or dialog, key, modifier)
    QApplication.processEvents()


def on_task(window) -> tuple[int, int]:
    """A grid row and column of the current task's first target."""
    task = window.page.current_task()
    grid = window.gradebook.model.grid
    column = next(i for i, t in enumerate(grid.targets) if t.id in task.target_ids)
    return 0, column + 1


def goto(window, row: int, column: int):
    view = window.gradebook
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, column))
    return view


def standing(store, student_id: str, target_id: str) -> list[Evidence]:
    with store.read() as session:
        rows = session.exec(
            select(Evidence).where(
                Evidence.student_id == student_id, Evidence.target_id == target_id
            )
        ).all()
    keep = standing_ids((r.id, r.supersedes) for r in rows)
    return sorted(
        (r for r in rows if r.id in keep and r.status != "retracted"), key=lambda r: r.hlc
    )


def evidence_count(store) -> int:
    with store.read() as session:
        return len(session.exec(select(Evidence.id)).all())


def new_task(window, store, title: str, on: date, target_index: int = 0) -> str:
    """A task with nothing recorded on it yet, chosen in the task box."""
    grid = window.gradebook.model.grid
    task_id, _ = create_task(
        store, grid.class_id, title, on, target_ids=[grid.targets[target_index].id]
    )
    window.operations.changed.emit(Changes(tasks=frozenset({task_id})))
    window.page.task_box.setCurrentIndex(window.page.task_box.findData(task_id))
    return task_id


def levels_shown_in_full(dialog) -> list[str]:
    """The levels whose words are squeezed (drawn shorter than they need), by name."""
    return [
        b.text()
        for b in dialog.levels.buttons()
        if b.height() < b.heightForWidth(b.width()) or not b.description()
    ]


# ----- the evidence dialog shows the rubric words ------------------------------------------


def test_the_evidence_dialog_shows_every_levels_words_in_full_at_1366x768(
    qtbot, window, demo_store, monkeypatch
):
    row, column = on_task(window)
    grid = window.gradebook.model.grid
    task = window.page.current_task()
    target = grid.targets[column - 1]
    with demo_store.read() as session:
        words = descriptors_for(session, task.id, target.id)
    seen: dict[str, object] = {}

    def look(dialog: EvidenceDialog) -> None:
        seen["descriptions"] = [b.description() for b in dialog.levels.buttons()]
        seen["squeezed"] = levels_shown_in_full(dialog)
        seen["height"] = dialog.height()
        seen["scrolls"] = dialog.scroll.verticalScrollBar().maximum()
        dialog.not_yet.click()  # the plan opens below, its next step in view and in focus
        next_step = dialog.plan.next_step
        qtbot.waitUntil(lambda: dialog.focusWidget() is next_step)
        QApplication.processEvents()
        viewport = dialog.scroll.viewport()
        where = next_step.mapTo(viewport, next_step.rect().bottomRight())
        seen["with plan"] = (
            levels_shown_in_full(dialog),
            dialog.height() <= ROOM_AT_768,
            viewport.rect().contains(where),
        )
        dialog.reject()

    teacher_answers(monkeypatch, qtbot, EvidenceDialog, look)
    view = goto(window, row, column)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen["descriptions"] == [words[lv.value] for lv in grid.scale.levels]
    assert seen["squeezed"] == []
    assert seen["height"] <= ROOM_AT_768 and seen["scrolls"] == 0
    # with a wide font the plan may need the body to scroll: the words never shrink
    assert seen["with plan"] == ([], True, True)


def test_on_a_short_screen_the_dialog_scrolls_rather_than_squeeze_the_words(
    qtbot, window, monkeypatch
):
    monkeypatch.setattr(level_choice, "screen_room", lambda _widget, _default: 420)
    seen: dict[str, object] = {}

    def look(dialog: EvidenceDialog) -> None:
        seen["squeezed"] = levels_shown_in_full(dialog)
        seen["height"] = dialog.height()
        seen["scrolls"] = dialog.scroll.verticalScrollBar().maximum() > 0
        dialog.reject()

    teacher_answers(monkeypatch, qtbot, EvidenceDialog, look)
    view = goto(window, *on_task(window))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen == {"squeezed": [], "height": 420, "scrolls": True}


# ----- keys and focus in the evidence dialog ----------------------------------------------------


def test_in_the_evidence_dialog_the_focus_starts_on_the_level_and_3_then_enter_saves(
    qtbot, window, demo_store, monkeypatch
):
    row, column = on_task(window)
    grid = window.gradebook.model.grid
    student, target = grid.students[row], grid.targets[column - 1]
    before = standing(demo_store, student.id, target.id)
    seen: dict[str, object] = {}

    def type_3_then_2_then_enter(dialog: EvidenceDialog) -> None:
        first = dialog.focusWidget()
        seen["first focus"] = (type(first).__name__, first.text())
        press(qtbot, dialog, Qt.Key.Key_3)
        seen["after 3"] = dialog.level_choice.chosen.text()
        press(qtbot, dialog, Qt.Key.Key_2)  # changed her mind
        seen["after 2"] = dialog.level_choice.chosen.text()
        press(qtbot, dialog, Qt.Key.Key_Return)

    teacher_answers(monkeypatch, qtbot, EvidenceDialog, type_3_then_2_then_enter)
    view = goto(window, row, column)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen == {
        "first focus": ("QCommandLinkButton", "1 Beginning"),
        "after 3": "Chosen: 3 Proficient",
        "after 2": "Chosen: 2 Developing",
    }
    after = standing(demo_store, student.id, target.id)
    assert len(after) == len(before) + 1
    task = window.page.current_task()
    assert (after[-1].level, after[-1].task_id, after[-1].produced_on) == (2.0, task.id, task.date)


def test_tab_then_space_from_where_the_dialog_opens_does_not_cancel_it(
    qtbot, window, demo_store, monkeypatch
):
    before = evidence_count(demo_store)
    seen: dict[str, object] = {}

    def tab_space(dialog: EvidenceDialog) -> None:
        press(qtbot, dialog, Qt.Key.Key_Tab)
        press(qtbot, dialog, Qt.Key.Key_Space)
        seen["open"] = dialog.isVisible()
        seen["focus"] = dialog.focusWidget().text()
        # Save and Cancel come last in the Tab order, after every field
        buttons = dialog.buttons.buttons()
        stops = 1
        while dialog.focusWidget() not in buttons and stops < 30:
            press(qtbot, dialog, Qt.Key.Key_Tab)
            stops += 1
        seen["tabs to the buttons"] = stops
        seen["first button"] = dialog.buttons.buttonRole(dialog.focusWidget())
        press(qtbot, dialog, Qt.Key.Key_Escape)

    teacher_answers(monkeypatch, qtbot, EvidenceDialog, tab_space)
    view = goto(window, *on_task(window))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen["open"] is True
    assert seen["focus"] == "&Missing (not handed in)"  # Space chose Missing, it did not cancel
    assert seen["tabs to the buttons"] >= 6
    assert seen["first button"] == QDialogButtonBox.ButtonRole.AcceptRole  # Save, then Cancel
    assert evidence_count(demo_store) == before  # Escape: nothing recorded


def test_enter_in_the_one_line_next_step_saves_the_not_yet(qtbot, window, demo_store, monkeypatch):
    row, column = on_task(window)
    grid = window.gradebook.model.grid
    student, target = grid.students[row], grid.targets[column - 1]

    def not_yet(dialog: EvidenceDialog) -> None:
        press(qtbot, dialog, Qt.Key.Key_1)
        dialog.not_yet.click()
        dialog.plan.next_step.setFocus()
        qtbot.keyClicks(dialog.plan.next_step, "Redo problem 4 with a ratio table")
        press(qtbot, dialog, Qt.Key.Key_Return)

    teacher_answers(monkeypatch, qtbot, EvidenceDialog, not_yet)
    view = goto(window, row, column)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    newest = standing(demo_store, student.id, target.id)[-1]
    assert (newest.level, newest.not_yet) == (1.0, True)
    with demo_store.read() as session:
        plan = session.exec(select(Revision).where(Revision.evidence_id == newest.id)).one()
    assert plan.next_step == "Redo problem 4 with a ratio table"  # one line, no newline


# ----- "not yet" with N: the level the work showed --------------------------------------------


def queue_level_then(window, student_id: str, target_id: str) -> str:
    queue = window.queue_page
    queue.refresh()
    row = next(
        r
        for r, item in enumerate(queue.model.items())
        if item.student_id == student_id and item.target_id == target_id
    )
    assert COLUMNS[LEVEL_THEN] == "Level then"
    return queue.model.data(queue.model.index(row, LEVEL_THEN))


def test_n_after_typing_2_starts_from_2_and_the_queue_says_level_then_2(
    qtbot, window, demo_store, monkeypatch
):
    new_task(window, demo_store, "Exit ticket", TODAY)
    grid = window.gradebook.model.grid
    student, target = grid.students[3], grid.targets[0]
    view = goto(window, 3, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_2)  # the work showed 2 Developing
    seen: dict[str, object] = {}

    def not_yet(dialog: NotYetDialog) -> None:
        seen["level"] = dialog.level.currentText()
        seen["focus"] = dialog.focusWidget() is dialog.plan.next_step
        qtbot.keyClicks(dialog.plan.next_step, "Label the units in each row")
        press(qtbot, dialog, Qt.Key.Key_Return)

    teacher_answers(monkeypatch, qtbot, NotYetDialog, not_yet)
    goto(window, 3, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    assert seen == {"level": "2 Developing", "focus": True}
    assert queue_level_then(window, student.id, target.id) == "2 Developing"


def test_n_on_untouched_work_asks_for_the_level_and_never_saves_no_level_by_default(
    qtbot, window, demo_store, monkeypatch
):
    new_task(window, demo_store, "Exit ticket", TODAY)
    grid = window.gradebook.model.grid
    student, target = grid.students[5], grid.targets[0]
    seen: dict[str, object] = {}

    def not_yet(dialog: NotYetDialog) -> None:
        seen["asks"] = (dialog.level.currentIndex(), dialog.focusWidget() is dialog.level)
        press(qtbot, dialog, Qt.Key.Key_Return)  # Enter with no level chosen
        seen["refused"] = (dialog.isVisible(), dialog.error.text())
        dialog.level.setFocus()
        press(qtbot, dialog, Qt.Key.Key_1)  # the key of the level, in the level box
        seen["chosen"] = dialog.level.currentText()
        dialog.plan.next_step.setFocus()
        qtbot.keyClicks(dialog.plan.next_step, "Start from the diagram")
        press(qtbot, dialog, Qt.Key.Key_Return)

    teacher_answers(monkeypatch, qtbot, NotYetDialog, not_yet)
    view = goto(window, 5, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    assert seen["asks"] == (-1, True)
    assert seen["refused"] == (
        True,
        "Choose the level the work showed (or “No level” if it was not assessed).",
    )
    assert seen["chosen"] == "1 Beginning"
    assert queue_level_then(window, student.id, target.id) == "1 Beginning"


# ----- the revision dialog ---------------------------------------------------------------------


def test_in_the_revision_dialog_3_then_enter_records_the_revision(
    qtbot, window, demo_store, monkeypatch
):
    queue = window.queue_page
    window.pages.setCurrentWidget(queue)
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0)
    queue.table.setFocus()
    queue.table.setCurrentIndex(queue.model.index(0, 0))
    item = queue.current_item()
    seen: dict[str, object] = {}

    def revise(dialog: RevisionDialog) -> None:
        first = dialog.focusWidget()
        seen["focus on a level"] = isinstance(first, QCommandLinkButton)
        seen["squeezed"] = levels_shown_in_full(dialog)
        press(qtbot, dialog, Qt.Key.Key_3)
        seen["chosen"] = dialog.chosen.text()
        press(qtbot, dialog, Qt.Key.Key_Return)

    teacher_answers(monkeypatch, qtbot, RevisionDialog, revise)
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert seen == {"focus on a level": True, "squeezed": [], "chosen": "Chosen: 3 Proficient"}
    newest = standing(demo_store, item.student_id, item.target_id)[-1]
    assert (newest.level, newest.revision_of) == (3.0, item.evidence_id)


# ----- a level typed where the task does not reach ---------------------------------------------


def test_a_level_typed_in_a_column_the_task_does_not_cover_says_it_went_outside_the_task(
    qtbot, window, demo_store
):
    task = window.page.current_task()
    grid = window.gradebook.model.grid
    column = next(i for i, t in enumerate(grid.targets) if t.id not in task.target_ids)
    student, target = grid.students[2], grid.targets[column]
    view = goto(window, 2, column + 1)
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    newest = standing(demo_store, student.id, target.id)[-1]
    assert (newest.level, newest.task_id, newest.produced_on) == (3.0, None, TODAY.isoformat())
    assert window.statusBar().currentMessage() == (
        f"“{task.title}” does not cover {target.code}, so this was recorded outside the task, "
        f"dated today; add {target.code} to the task (Edit…) to record it there."
    )


# ----- a task dated next week ---------------------------------------------------------------


def test_a_level_typed_on_a_task_dated_next_week_is_refused_in_words_and_not_moved_to_today(
    qtbot, window, demo_store
):
    next_week = TODAY + timedelta(days=7)
    new_task(window, demo_store, "Unit test", next_week)
    before = evidence_count(demo_store)
    said: list[str] = []
    window.operations.failed.connect(said.append)
    view = goto(window, 0, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert said == [
        f"The task “Unit test” is dated {next_week.isoformat()}, after today; change the "
        "task's date to the day the work was done, then record it."
    ]
    assert evidence_count(demo_store) == before
    assert view.table.currentIndex().row() == 0  # nothing recorded, so the cursor stays


def test_the_evidence_dialog_keeps_a_future_date_and_questions_it_until_changed(
    qtbot, window, demo_store, monkeypatch
):
    next_week = TODAY + timedelta(days=7)
    new_task(window, demo_store, "Unit test", next_week)
    grid = window.gradebook.model.grid
    student, target = grid.students[0], grid.targets[0]
    before = evidence_count(demo_store)
    seen: dict[str, object] = {}

    def fix_the_date(dialog: EvidenceDialog) -> None:
        seen["date shown"] = dialog.date.date().toPython()
        seen["said"] = dialog.error.text()
        press(qtbot, dialog, Qt.Key.Key_3)
        press(qtbot, dialog, Qt.Key.Key_Return)
        seen["still open"] = dialog.isVisible()
        dialog.date.setDate(TODAY)
        seen["after the change"] = dialog.error.text()
        dialog.level_choice.focus_level()
        press(qtbot, dialog, Qt.Key.Key_Return)

    teacher_answers(monkeypatch, qtbot, EvidenceDialog, fix_the_date)
    view = goto(window, 0, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen["date shown"] == next_week  # never snapped to today
    assert seen["said"] == (
        f"The task “Unit test” is dated {next_week.isoformat()}, after today; change the "
        "task's date to the day the work was done, then record it."
    )
    assert seen["still open"] is True and seen["after the change"] == ""
    assert evidence_count(demo_store) == before + 1
    newest = standing(demo_store, student.id, target.id)[-1]
    assert (newest.level, newest.produced_on) == (3.0, TODAY.isoformat())


def test_in_the_feedback_enter_starts_a_line_digits_are_text_and_ctrl_enter_saves(
    qtbot, window, demo_store, monkeypatch
):
    row, column = on_task(window)
    grid = window.gradebook.model.grid
    student, target = grid.students[row], grid.targets[column - 1]
    seen: dict[str, object] = {}

    def write_feedback(dialog: EvidenceDialog) -> None:
        press(qtbot, dialog, Qt.Key.Key_4)
        dialog.feedback.setFocus()
        qtbot.keyClicks(dialog.feedback, "Step 3 is right.")
        press(qtbot, dialog, Qt.Key.Key_Return)  # a paragraph: a new line, not Save
        qtbot.keyClicks(dialog.feedback, "Now explain step 2.")
        seen["open"] = dialog.isVisible()
        seen["chosen"] = dialog.level_choice.chosen.text()  # the digits were text
        press(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    teacher_answers(monkeypatch, qtbot, EvidenceDialog, write_feedback)
    view = goto(window, row, column)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen == {"open": True, "chosen": "Chosen: 4 Extending"}
    newest = standing(demo_store, student.id, target.id)[-1]
    assert (newest.level, newest.feedback) == (4.0, "Step 3 is right.\nNow explain step 2.")


def test_the_evidence_dialog_on_a_column_the_task_does_not_cover_says_so_before_saving(
    qtbot, window, demo_store, monkeypatch
):
    task = window.page.current_task()
    grid = window.gradebook.model.grid
    column = next(i for i, t in enumerate(grid.targets) if t.id not in task.target_ids)
    target = grid.targets[column]
    seen: dict[str, str] = {}

    def read_then_save(dialog: EvidenceDialog) -> None:
        seen["heading"] = next(
            label.text() for label in dialog.findChildren(QLabel) if "<b>" in label.text()
        )
        press(qtbot, dialog, Qt.Key.Key_2)
        press(qtbot, dialog, Qt.Key.Key_Return)

    teacher_answers(monkeypatch, qtbot, EvidenceDialog, read_then_save)
    view = goto(window, 1, column + 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen["heading"].endswith(f"Outside a task (“{task.title}” does not cover {target.code})")
    newest = standing(demo_store, grid.students[1].id, target.id)[-1]
    assert (newest.level, newest.task_id, newest.produced_on) == (2.0, None, TODAY.isoformat())
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(
            f"“{task.title}” does not cover {target.code}, so this was recorded outside the task"
        )
    )
