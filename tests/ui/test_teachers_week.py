"""A teacher's week (DOMAIN.md), played through the window from start to finish.

Monday a task is planned; in class a row of levels is typed; two pieces of work are
"not yet" with next steps; Thursday a revision comes in and is recorded from the
queue; a slip is undone and redone; Friday an estimate is overridden with a reason.
After each step both the grid and the stored evidence are checked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from cbe_desktop.core.evidence import standing_ids
from cbe_desktop.core.models import Evidence, Revision, Task
from cbe_desktop.ui.evidence_dialog import NotYetDialog
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.queue_page import RevisionDialog
from cbe_desktop.ui.task_dialog import TaskDialog


def _standing(store, student_id: str, target_id: str) -> list[Evidence]:
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


def test_a_teachers_week_in_the_gradebook(qtbot, demo_store, monkeypatch):
    window = MainWindow(demo_store)
    window.operations.quiet = True
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    page, view = window.page, window.gradebook
    grid = view.model.grid
    target = next(t for t in grid.targets if t.code == "7.EE.3")
    column = 1 + grid.targets.index(target)

    # Monday: plan a task aligned to 7.EE.3.
    def plan_task(dialog: TaskDialog) -> int:
        dialog.title.setText("Budget word problems")
        for i in range(dialog.targets.count()):
            item = dialog.targets.item(i)
            if item.text().startswith("7.EE.3"):
                item.setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TaskDialog, "exec", plan_task)
    page.new_task()
    task = page.current_task()
    assert task is not None and task.title == "Budget word problems"
    assert task.target_ids == (target.id,) and task.date == date.today().isoformat()

    # In class: a row of levels typed down the column, one key each.
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, column))
    for key in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(view.table, key)
    typed = [_standing(demo_store, grid.students[r].id, target.id)[-1] for r in range(4)]
    assert [e.level for e in typed] == [3.0, 4.0, 2.0, 3.0]
    assert {e.task_id for e in typed} == {task.id}
    assert [view.model.data(view.model.index(r, column)).split()[0] for r in range(4)] == [
        "3",
        "4",
        "2",
        "3",
    ]

    # Two pieces of work are "not yet", each with its next step.
    steps = iter(["Redo the budget with a table", "Check each step with estimation"])

    def not_yet(dialog: NotYetDialog) -> int:
        dialog.level.setCurrentIndex(dialog.level.findData(1.0))
        dialog.plan.next_step.setText(next(steps))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NotYetDialog, "exec", not_yet)
    view.table.setCurrentIndex(view.model.index(4, column))
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    for r in (4, 5):
        cell = view.model.cell_at(view.model.index(r, column))
        assert cell.status == "not_yet" and cell.open_not_yet == 1
        assert "⚑" in view.model.data(view.model.index(r, column))
    with demo_store.read() as session:
        plans = session.exec(
            select(Revision).where(Revision.target_id == target.id, Revision.state == "open")
        ).all()
    assert {p.next_step for p in plans} >= {
        "Redo the budget with a table",
        "Check each step with estimation",
    }

    # Thursday: the first revision comes in; it is recorded from the queue.
    queue = window.queue_page
    window.pages.setCurrentWidget(queue)
    student = grid.students[4]
    item = next(
        i for i in queue.model.items() if i.student_id == student.id and i.target_id == target.id
    )
    assert queue.select(item.revision_id)

    def revise(dialog: RevisionDialog) -> int:
        dialog.choose_level(3.0)
        dialog.feedback.setPlainText("Clear table this time; every step checked.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RevisionDialog, "exec", revise)
    queue.record_revision()
    revision = _standing(demo_store, student.id, target.id)[-1]
    first_attempt = _standing(demo_store, student.id, target.id)[-2]
    assert revision.level == 3.0 and revision.revision_of == first_attempt.id
    qtbot.waitUntil(lambda: item.revision_id not in {i.revision_id for i in queue.model.items()})
    window.pages.setCurrentIndex(0)
    cell = view.model.cell_at(view.model.index(4, column))
    assert (cell.status, cell.estimate) == ("proficient", 3.0)

    # A slip: undo the revision, then redo it. Each is one step and leaves a record.
    window.operations.undo_stack.undo()
    assert view.model.cell_at(view.model.index(4, column)).status == "not_yet"
    window.operations.undo_stack.redo()
    assert view.model.cell_at(view.model.index(4, column)).status == "proficient"
    with demo_store.read() as session:
        assert session.get(Revision, item.revision_id).state == "revised"

    # Friday: professional judgement on the second student, with a reason.
    view.table.setCurrentIndex(view.model.index(5, column))
    panel = page.panel
    panel.override_level.setCurrentIndex(panel.override_level.findData(3.0))
    panel.override_reason.setText("Explained the budget fully in our conference")
    panel.override_button.click()
    cell = view.model.cell_at(view.model.index(5, column))
    assert cell.overridden and cell.estimate == 3.0
    assert "conference" in panel.estimate.text()

    # Nothing was ever deleted: every evidence row of the week is still stored.
    with demo_store.read() as session:
        week = session.exec(select(Evidence).where(Evidence.target_id == target.id)).all()
        tasks = session.exec(select(Task).where(Task.title == "Budget word problems")).all()
    assert len(tasks) == 1
    assert {e.id for e in typed} <= {e.id for e in week}
