"""Keyboard-first entry in the gradebook: type a level, N, M, X, Enter, Delete; undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from cbe_desktop.core.evidence import standing_ids
from cbe_desktop.core.models import Evidence, MasteryOverride, Revision
from cbe_desktop.ui.evidence_dialog import EvidenceDialog, NotYetDialog
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


def _goto(window, row: int, column: int):
    view = window.gradebook
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, column))
    return view


def _standing(store, student_id: str, target_id: str) -> list[Evidence]:
    with store.read() as session:
        rows = session.exec(
            select(Evidence).where(
                Evidence.student_id == student_id, Evidence.target_id == target_id
            )
        ).all()
    keep = standing_ids((r.id, r.supersedes) for r in rows)
    return [r for r in rows if r.id in keep and r.status != "retracted"]


def test_typing_a_level_records_it_on_the_task_and_moves_down(qtbot, window, demo_store):
    page = window.page
    task = page.current_task()
    assert task is not None
    column = 1 + next(
        i for i, t in enumerate(window.gradebook.model.grid.targets) if t.id in task.target_ids
    )
    view = _goto(window, 0, column)
    grid = view.model.grid
    student, target = grid.students[0], grid.targets[column - 1]
    before = len(_standing(demo_store, student.id, target.id))
    qtbot.keyClick(view.table, Qt.Key.Key_4)
    rows = _standing(demo_store, student.id, target.id)
    assert len(rows) == before + 1
    newest = max(rows, key=lambda r: r.hlc)
    assert (newest.level, newest.task_id, newest.produced_on) == (4.0, task.id, task.date)
    assert view.table.currentIndex().row() == 1  # moved down
    text = view.model.data(view.model.index(0, column))
    assert "4 Extending" in text  # the cell was redrawn from the new evidence


def test_a_row_of_levels_typed_down_a_column_then_undone_step_by_step(qtbot, window, demo_store):
    view = _goto(window, 0, 1)
    grid = view.model.grid
    target = grid.targets[0]
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(view.table, key)
    typed = [
        max(_standing(demo_store, grid.students[r].id, target.id), key=lambda e: e.hlc)
        for r in range(3)
    ]
    assert [e.level for e in typed] == [1.0, 2.0, 3.0]
    stack = window.operations.undo_stack
    assert stack.count() == 3  # one undo step per keypress
    stack.undo()  # the third entry is withdrawn (a new record), the others stay
    standing = {
        r: {e.id for e in _standing(demo_store, grid.students[r].id, target.id)} for r in range(3)
    }
    assert typed[2].id not in standing[2]
    assert typed[0].id in standing[0] and typed[1].id in standing[1]
    stack.redo()
    assert typed[2].id in {e.id for e in _standing(demo_store, grid.students[2].id, target.id)}
    # nothing is ever deleted: every step left a row behind
    with demo_store.read() as session:
        retractions = session.exec(select(Evidence).where(Evidence.status == "retracted")).all()
    assert len(retractions) == 2


def test_n_marks_not_yet_with_a_next_step_and_m_x_mark_missing_and_excused(
    qtbot, window, demo_store, monkeypatch
):
    def fill(dialog: NotYetDialog) -> int:
        dialog.plan.next_step.setText("Redo problem 4 with a ratio table")
        dialog.level.setCurrentIndex(dialog.level.findData(2.0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NotYetDialog, "exec", fill)
    view = _goto(window, 3, 2)
    grid = view.model.grid
    student, target = grid.students[3], grid.targets[1]
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    with demo_store.read() as session:
        plan = session.exec(
            select(Revision).where(
                Revision.student_id == student.id,
                Revision.target_id == target.id,
                Revision.state == "open",
            )
        ).one()
    assert plan.next_step == "Redo problem 4 with a ratio table"
    assert plan.due_on == (date.today() + timedelta(days=7)).isoformat()  # the default due date
    assert "⚑" in view.model.data(view.model.index(3, 2))
    assert view.model.cell_at(view.model.index(3, 2)).status == "not_yet"
    # M on the next student, X on the one after
    qtbot.keyClick(view.table, Qt.Key.Key_M)
    qtbot.keyClick(view.table, Qt.Key.Key_X)
    statuses = [
        max(_standing(demo_store, grid.students[r].id, target.id), key=lambda e: e.hlc).status
        for r in (4, 5)
    ]
    assert statuses == ["missing", "excused"]


def test_cancelling_the_not_yet_dialog_records_nothing(qtbot, window, demo_store, monkeypatch):
    monkeypatch.setattr(NotYetDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    with demo_store.read() as session:
        before = len(session.exec(select(Evidence)).all())
    view = _goto(window, 0, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    with demo_store.read() as session:
        assert len(session.exec(select(Evidence)).all()) == before
    assert window.operations.undo_stack.count() == 0


def test_enter_opens_the_evidence_dialog_and_saves_level_feedback_and_photo(
    qtbot, window, demo_store, monkeypatch, tmp_path
):
    photo = tmp_path / "work.png"
    from cbe_desktop.core.images import png_bytes

    photo.write_bytes(png_bytes(8, 8, lambda x, y: (200, 10 * x, 10 * y)))

    def fill(dialog: EvidenceDialog) -> int:
        dialog.choose_level(3.0)
        dialog.feedback.setPlainText("Clear ratio table; explain the last step in words.")
        dialog.add_file(str(photo))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDialog, "exec", fill)
    view = _goto(window, 6, 3)
    grid = view.model.grid
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    newest = max(
        _standing(demo_store, grid.students[6].id, grid.targets[2].id), key=lambda e: e.hlc
    )
    assert newest.level == 3.0
    assert newest.feedback.startswith("Clear ratio table")
    assert len(newest.attachment_ids) == 1
    timeline = window.page.panel.timeline.toPlainText()
    assert "3 Proficient" in timeline
    assert "work.png" in timeline and "Clear ratio table" in timeline


def test_delete_withdraws_the_newest_evidence_and_undo_brings_it_back(qtbot, window, demo_store):
    view = _goto(window, 2, 1)
    grid = view.model.grid
    student, target = grid.students[2], grid.targets[0]
    before = _standing(demo_store, student.id, target.id)
    newest = max(before, key=lambda e: e.hlc)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    after = _standing(demo_store, student.id, target.id)
    assert newest.id not in {e.id for e in after}
    assert len(after) == len(before) - 1
    window.operations.undo_stack.undo()
    assert newest.id in {e.id for e in _standing(demo_store, student.id, target.id)}


def test_override_needs_a_reason_wins_and_is_marked(qtbot, window, demo_store):
    view = _goto(window, 1, 1)
    panel = window.page.panel
    panel.override_level.setCurrentIndex(panel.override_level.findData(4.0))
    panel.override_reason.clear()
    panel.override_button.click()
    assert "reason" in panel.override_error.text()
    panel.override_reason.setText("Explained unit rates clearly in our conference")
    panel.override_button.click()
    cell = view.model.cell_at(view.model.index(1, 1))
    assert cell.overridden and cell.estimate == 4.0 and cell.status == "proficient"
    assert "✎" in view.model.data(view.model.index(1, 1))
    assert "conference" in cell.explanation
    window.operations.undo_stack.undo()
    assert not view.model.cell_at(view.model.index(1, 1)).overridden
    with demo_store.read() as session:
        assert all(o.deleted_hlc for o in session.exec(select(MasteryOverride)))


def test_filters_show_one_competency_and_students_with_open_not_yet(window):
    page = window.page
    view = window.gradebook
    page.competency.setCurrentIndex(1)
    shown = [c for c in range(1, view.model.target_count() + 1) if not view.table.isColumnHidden(c)]
    grid = view.model.grid
    assert {grid.targets[c - 1].competency_id for c in shown} == {page.competency.currentData()}
    page.competency.setCurrentIndex(0)
    page.only_not_yet.setChecked(True)
    rows = [r for r in range(view.model.rowCount()) if not view.table.isRowHidden(r)]
    assert rows and all(any(c.open_not_yet for c in grid.cells[r]) for r in rows)
    assert len(rows) < view.model.rowCount()


def test_a_target_can_use_another_method_and_the_grid_recomputes(window, demo_store):
    page = window.page
    target = window.gradebook.model.grid.targets[0]
    page.set_method(target.id, "highest")
    grid = window.gradebook.model.grid
    assert grid.targets[0].method == "highest"
    assert all(row[0].method == "highest" for row in grid.cells)
    assert grid.targets[1].method == "latest"


def test_typing_down_a_column_shows_each_next_student_and_a_rubric_edited_meanwhile(
    qtbot, window, demo_store
):
    """The side panel follows the keys: after each typed level it shows the next student
    on the same target with its rubric; a rubric edited between two keys (here on the
    Targets page's behalf) is the one shown at the next student."""
    from cbe_desktop.core.targets import rubric_for, save_rubric

    view = _goto(window, 0, 1)
    grid = view.model.grid
    target = grid.targets[0]
    panel = window.page.panel
    with demo_store.read() as session:
        before = rubric_for(session, target.id)
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert panel.title.text() == grid.students[1].name
    assert target.code in panel.target_words.text()
    assert before[3.0] in panel.rubric_area.accessibleDescription()
    new_words = "Finds the unit rate and explains it with a double number line."
    window.operations.call(lambda: save_rubric(demo_store, target.id, {3.0: new_words}))
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert panel.title.text() == grid.students[2].name
    assert new_words in panel.rubric_area.accessibleDescription()
    assert before[3.0] not in panel.rubric_area.accessibleDescription()


def test_the_panels_words_are_never_cut_when_the_next_cell_needs_more_lines(qtbot, window):
    """The panel's title and estimate keep their place at each key (no relayout of the
    panel), but grow, pushing the rest down, when new words need more lines."""
    from dataclasses import replace

    page = window.page
    panel = page.panel
    grid = window.gradebook.model.grid
    _goto(window, 0, 1)
    qtbot.wait(10)
    short_height = panel.target_words.height()
    long_target = replace(grid.targets[0], i_can="I can " + "compute unit rates " * 12)
    panel.show_cell(
        student=grid.students[0].name,
        target=long_target,
        cell=grid.cell(0, 0),
        scale=grid.scale,
        history=[],
        descriptors={},
        blob_dir=window.store.blobs_dir,
    )
    qtbot.waitUntil(lambda: panel.target_words.height() > short_height)
    for label in (panel.title, panel.target_words, panel.status_words, panel.estimate):
        assert label.height() >= label.heightForWidth(label.width())  # whole, not cut
    assert panel.estimate.mapTo(panel, panel.estimate.rect().topLeft()).y() >= (
        panel.target_words.mapTo(panel, panel.target_words.rect().bottomLeft()).y()
    )
    _goto(window, 1, 1)  # back to a short title: the room is given back
    qtbot.waitUntil(lambda: panel.target_words.height() == short_height)


def test_a_cells_words_change_with_its_evidence_and_come_back_with_undo(qtbot, window):
    """The grid words each cell once and keeps the words until the cell changes: a typed
    level, and its undo, are shown at once."""
    page = window.page
    task = page.current_task()
    assert task is not None
    column = 1 + next(
        i for i, t in enumerate(window.gradebook.model.grid.targets) if t.id in task.target_ids
    )
    view = _goto(window, 2, column)
    model = view.model
    shown = model.data(model.index(2, column))
    assert shown == model.data(model.index(2, column))  # asked twice, the same words

    qtbot.keyClick(view.table, Qt.Key.Key_1)
    typed = model.data(model.index(2, column))
    assert typed != shown
    assert typed == model.cell_text(model.grid.cell(2, column - 1))

    window.operations.undo_stack.undo()
    assert model.data(model.index(2, column)) == shown


def test_a_level_recorded_elsewhere_between_two_keys_is_in_the_next_students_panel(
    qtbot, window, demo_store
):
    """A typed entry reads the cell it wrote and the next student's panel in one read,
    begun after its write: what another copy of the program recorded meanwhile (here
    straight into the store, with no word to this window) and the entry itself are both
    there; at the bottom of the column the panel shows the cell just typed."""
    from cbe_desktop.core.evidence import EvidenceEntry, record_evidence

    view = _goto(window, 0, 1)
    grid = view.model.grid
    target = grid.targets[0]
    panel = window.page.panel
    elsewhere = EvidenceEntry(
        student_id=grid.students[1].id,
        target_id=target.id,
        produced_on=date.today(),
        level=2.0,
        class_id=grid.class_id,
        feedback="Recorded on the other laptop between two keys.",
    )
    record_evidence(demo_store, elsewhere)
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert panel.title.text() == grid.students[1].name
    assert "Recorded on the other laptop between two keys." in panel.timeline.toPlainText()
    assert "3 Proficient" in view.model.data(view.model.index(0, 1))  # the cell typed

    last = len(grid.students) - 1
    _goto(window, last, 1)
    count = grid.cell(last, 0).evidence_count
    shown = panel.timeline.toPlainText().count("4 Extending")
    qtbot.keyClick(view.table, Qt.Key.Key_4)
    assert view.table.currentIndex().row() == last  # nowhere to move: the cell stays
    assert grid.cell(last, 0).evidence_count == count + 1
    assert panel.title.text() == grid.students[last].name
    assert panel.timeline.toPlainText().count("4 Extending") == shown + 1


def test_the_panel_shows_each_targets_own_rubric_and_levels_and_again_after_it_was_cleared(
    qtbot, window, demo_store
):
    """The panel keeps the rubric and the override's levels while the keys move down one
    target; moving to another target shows that target's words, a rubric edited meanwhile
    shows its new words, and a panel cleared (no cell) shows them all again."""
    from cbe_desktop.core.targets import save_rubric

    view = _goto(window, 0, 1)
    grid = view.model.grid
    first, second = grid.targets[0], grid.targets[1]
    panel = window.page.panel
    words = "Compares two ratios and says which is greater, and why."
    window.operations.call(lambda: save_rubric(demo_store, second.id, {3.0: words}))
    qtbot.keyClick(view.table, Qt.Key.Key_3)  # down the first target's column
    assert panel.title.text() == grid.students[1].name
    assert words not in panel.rubric.text()
    assert words not in panel.rubric_area.accessibleDescription()

    _goto(window, 1, 2)  # the second target: its own rubric
    assert first.code not in panel.target_words.text() and second.code in panel.target_words.text()
    assert words in panel.rubric.text()
    assert words in panel.rubric_area.accessibleDescription()
    levels = [panel.override_level.itemText(i) for i in range(panel.override_level.count())]
    assert levels == [f"{lv.number} {lv.label}" for lv in grid.scale.levels]

    newer = "Compares two ratios with a table and explains the greater one."
    window.operations.call(lambda: save_rubric(demo_store, second.id, {3.0: newer}))
    qtbot.keyClick(view.table, Qt.Key.Key_3)  # the next student, the rubric just edited
    assert panel.title.text() == grid.students[2].name
    assert newer in panel.rubric.text() and words not in panel.rubric.text()
    assert newer in panel.rubric_area.accessibleDescription()

    panel.show_nothing()
    assert panel.rubric.text() == "" and panel.rubric_area.accessibleDescription() == ""
    _goto(window, 3, 2)  # the same target and words as before the panel was cleared
    assert newer in panel.rubric.text()
    assert newer in panel.rubric_area.accessibleDescription()
    assert panel.override_level.count() == len(grid.scale.levels)


def test_the_panels_words_follow_the_windows_text_size_and_the_name_stays_bold(qtbot, window):
    """The panel's words follow the text size the teacher chose, and the student's name
    stays bold."""
    from PySide6.QtWidgets import QApplication

    from cbe_desktop.ui.contrast import apply_zoom

    app = QApplication.instance()
    panel = window.page.panel
    _goto(window, 0, 1)
    try:
        apply_zoom(app, 150)
        app.processEvents()  # (the new size reaches the widgets by events)
        size = app.font().pointSizeF()
        for widget in (
            panel.title,
            panel.target_words,
            panel.estimate,
            panel.timeline,
            panel.rubric,
            panel.override_level,
        ):
            assert widget.font().pointSizeF() == size, widget
        assert panel.title.font().bold() and not panel.estimate.font().bold()
    finally:
        apply_zoom(app, 100)


def test_marks_typed_apart_from_their_letter_are_shaped_in_the_panel(qtbot, window, demo_store):
    """The timeline is laid out without kerning Latin text (cheaper at every key), except
    where a mark is typed apart from its letter ("Nguyễn" as e + ˆ + ˜, as a roster file
    may hold it): unshaped, the marks would collide. The name and the target's words are
    always shaped."""
    from datetime import date

    from PySide6.QtGui import QFont

    from cbe_desktop.core import evidence as ev

    unshaped = QFont.StyleStrategy.PreferNoShaping
    panel = window.page.panel
    grid = window.gradebook.model.grid
    _goto(window, 0, 1)
    assert panel.timeline.font().styleStrategy() & unshaped
    assert not panel.title.font().styleStrategy() & unshaped
    ev.record_evidence(
        demo_store,
        ev.EvidenceEntry(
            student_id=grid.students[1].id,
            target_id=grid.targets[0].id,
            class_id=grid.class_id,
            produced_on=date.today(),
            level=3.0,
            feedback="Nguye\u0302\u0303n explained it to the group.",
        ),
    )
    window.page.reload()
    _goto(window, 1, 1)
    assert "Nguye\u0302\u0303n" in panel.timeline.toPlainText()
    assert not panel.timeline.font().styleStrategy() & unshaped
    _goto(window, 0, 1)
    assert panel.timeline.font().styleStrategy() & unshaped
