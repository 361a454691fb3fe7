"""The "not yet" queue: a teacher works through the open revisions so that none is forgotten."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QInputDialog
from sqlmodel import select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.evidence import (
    RETRACTED_NOTE,
    EvidenceEntry,
    close_revision,
    mark_not_yet,
)
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.models import Evidence, Revision
from cbe_desktop.core.queue import open_revisions
from cbe_desktop.core.roster import find_class
from cbe_desktop.core.targets import rubric_for
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.queue_page import (
    COLUMNS,
    DUE,
    EMPTY_TEXT,
    LEVEL_THEN,
    SUPPORT,
    TARGET,
    OverdueRole,
    QueuePage,
    RevisionChoice,
    RevisionDialog,
)

TODAY = date.today()


@dataclass
class Pair:
    """One student on one target of the demo Math class, with nothing open on it."""

    student_id: str
    student: str
    target_id: str
    code: str


@pytest.fixture
def math_id(demo_store) -> str:
    with demo_store.read() as session:
        return find_class(session, "Math 7 — Period 2").id


@pytest.fixture
def science_id(demo_store) -> str:
    with demo_store.read() as session:
        return find_class(session, "Science 7 — Period 5").id


@pytest.fixture
def operations(demo_store) -> Operations:
    ops = Operations(demo_store)
    ops.quiet = True
    return ops


@pytest.fixture
def page(qtbot, demo_store, operations, math_id) -> QueuePage:
    page = QueuePage(demo_store, operations)
    qtbot.addWidget(page)
    page.set_class(math_id)
    page.resize(1100, 500)
    page.show()
    return page


def _quiet_pair(store, class_id: str, skip: int = 0) -> Pair:
    """A student x target of the class with no open 'not yet' (skip a few to get others)."""
    with store.read() as session:
        grid = class_grid(session, class_id)
    found = []
    for r, student in enumerate(grid.students):
        for c, target in enumerate(grid.targets):
            if grid.cell(r, c).open_not_yet == 0:
                found.append(Pair(student.id, student.name, target.id, target.code))
    return found[skip]


def _not_yet(store, class_id: str, pair: Pair, *, due: date | None, level: float = 1) -> str:
    """The teacher marks today's work 'not yet'; returns the plan's id."""
    recorded = mark_not_yet(
        store,
        EvidenceEntry(
            student_id=pair.student_id,
            target_id=pair.target_id,
            produced_on=TODAY,
            level=level,
            class_id=class_id,
            feedback="Check the units in every step.",
        ),
        "Redo problems 3-5 with a ratio table.",
        due_on=due,
        support="small_group",
    )
    assert recorded.revision_id is not None
    return recorded.revision_id


def _estimate(store, class_id: str, pair: Pair):
    with store.read() as session:
        grid = class_grid(session, class_id)
    row = [s.id for s in grid.students].index(pair.student_id)
    column = [t.id for t in grid.targets].index(pair.target_id)
    return grid.cell(row, column)


def _plan(store, revision_id: str) -> Revision:
    with store.read() as session:
        return session.get(Revision, revision_id)


def _shown(page: QueuePage) -> list[str]:
    return [item.revision_id for item in page.model.items()]


def _text(page: QueuePage, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def _answer_revision(monkeypatch, level: float | None, **more) -> list[RevisionDialog]:
    """RevisionDialog.exec: the teacher clicks a level, types feedback, and saves."""
    seen: list[RevisionDialog] = []

    def fake_exec(dialog: RevisionDialog) -> int:
        seen.append(dialog)
        if level is not None:
            dialog.choose_level(level)
        dialog.feedback.setPlainText(more.get("feedback", "You fixed the units: well done."))
        if "produced_on" in more:
            dialog.date.setDate(more["produced_on"])
        if more.get("again"):
            dialog.still_not_yet.setChecked(True)
            dialog.plan.next_step.setText(more["again"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RevisionDialog, "exec", fake_exec)
    return seen


# ----------------------------------------------------------------------------- the list


def test_the_math_queue_lists_its_open_revisions_oldest_first(page, demo_store, math_id):
    with demo_store.read() as session:
        expected = open_revisions(session, class_id=math_id)
    assert expected, "the demo class has open revisions"
    assert _shown(page) == [i.revision_id for i in expected]
    opened = [_text(page, row, COLUMNS.index("Opened")) for row in range(page.model.rowCount())]
    assert opened == sorted(opened)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == [
        "Student",
        "Target",
        "Opened",
        "Due",
        "Days open",
        "Next step",
        "Support planned",
        "Level then",
    ]
    assert page.stack.currentWidget() is page.table
    assert page.summary.text().startswith(f"{len(expected)} open revisions")


def test_support_and_level_are_said_in_words(page):
    supports = {_text(page, r, SUPPORT) for r in range(page.model.rowCount())}
    assert supports <= {"Flex time", "Small group", "Conference", "Other", "None planned yet"}
    assert not any("_" in s for s in supports)
    levels = [_text(page, r, LEVEL_THEN) for r in range(page.model.rowCount())]
    assert all(level.split(" ", 1)[1] in {"Beginning", "Developing"} for level in levels), levels


def test_a_not_yet_marked_in_the_gradebook_joins_the_end_of_the_queue(
    qtbot, page, demo_store, math_id
):
    pair = _quiet_pair(demo_store, math_id)
    plans: list[str] = []
    # the gradebook marks work "not yet" through the same operations the page listens to
    page.operations.call(
        lambda: (
            plans.append(_not_yet(demo_store, math_id, pair, due=TODAY + timedelta(days=7)))
            or _pair_changed(pair.student_id, pair.target_id)
        )
    )
    qtbot.waitUntil(lambda: plans[0] in _shown(page))
    assert _shown(page)[-1] == plans[0]  # opened today: the newest, so last
    row = page.model.rowCount() - 1
    assert _text(page, row, COLUMNS.index("Student")) == pair.student
    assert _text(page, row, TARGET) == pair.code
    assert _text(page, row, SUPPORT) == "Small group"
    assert _text(page, row, LEVEL_THEN) == "1 Beginning"
    assert _text(page, row, COLUMNS.index("Days open")) == "0"


def _pair_changed(student_id: str, target_id: str) -> Changes:
    return Changes(students=frozenset({student_id}), targets=frozenset({target_id}))


# ----------------------------------------------------------------------------- overdue


def test_overdue_revisions_say_overdue_in_words_and_stand_out_in_grey(
    qtbot, page, demo_store, math_id
):
    late = _quiet_pair(demo_store, math_id, skip=0)
    on_time = _quiet_pair(demo_store, math_id, skip=1)
    late_plan = _not_yet(demo_store, math_id, late, due=TODAY - timedelta(days=3))
    on_time_plan = _not_yet(demo_store, math_id, on_time, due=TODAY + timedelta(days=5))
    page.refresh()
    late_row = page.model.row_of(late_plan)
    on_time_row = page.model.row_of(on_time_plan)

    due = _text(page, late_row, DUE)
    assert due.startswith("Overdue")
    assert (TODAY - timedelta(days=3)).isoformat() in due
    index = page.model.index(late_row, DUE)
    assert page.model.data(index, OverdueRole) is True
    assert page.model.data(index, Qt.ItemDataRole.FontRole).bold()
    fill = page.model.data(index, Qt.ItemDataRole.BackgroundRole).color()
    ink = page.model.data(index, Qt.ItemDataRole.ForegroundRole).color()
    # never colour alone: the shade differs from white in grey scale, and the text reads on it
    assert _luminance(fill) < 0.85
    assert _contrast(fill, ink) >= 7
    assert "overdue" in page.model.data(
        page.model.index(late_row, 0), Qt.ItemDataRole.AccessibleTextRole
    )

    assert _text(page, on_time_row, DUE) == (TODAY + timedelta(days=5)).isoformat()
    plain = page.model.index(on_time_row, DUE)
    assert page.model.data(plain, OverdueRole) is False
    assert page.model.data(plain, Qt.ItemDataRole.FontRole) is None
    assert page.model.data(plain, Qt.ItemDataRole.BackgroundRole) is None


def test_the_demo_classes_old_revisions_are_overdue(page):
    # The demo's open plans were due a week or so after work done weeks ago.
    assert page.model.rowCount() > 0
    for row in range(page.model.rowCount()):
        assert _text(page, row, DUE).startswith("Overdue")
    assert page.summary.text().endswith(f"{page.model.rowCount()} overdue")


def test_a_plan_without_a_due_date_says_so(page, demo_store, math_id):
    plan = _not_yet(demo_store, math_id, _quiet_pair(demo_store, math_id), due=None)
    page.refresh()
    assert _text(page, page.model.row_of(plan), DUE) == "No due date"


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# ----------------------------------------------------------------------------- revising


def test_recording_a_revision_from_the_queue_links_back_and_raises_the_estimate(
    qtbot, page, demo_store, math_id, monkeypatch
):
    pair = _quiet_pair(demo_store, math_id)
    plan = _not_yet(demo_store, math_id, pair, due=TODAY + timedelta(days=7))
    page.refresh()
    before = _estimate(demo_store, math_id, pair)
    assert (before.status, before.estimate) == ("not_yet", 1)
    not_yet_id = _plan(demo_store, plan).evidence_id

    _answer_revision(monkeypatch, 3)
    assert page.select(plan)
    with qtbot.waitSignal(page.status_message) as said:
        page.record_button.click()
    assert said.args == [f"Revision recorded for {pair.student} on {pair.code}: 3 Proficient."]

    with demo_store.read() as session:
        revised = session.exec(select(Evidence).where(Evidence.revision_of == not_yet_id)).one()
    assert revised.level == 3
    assert revised.student_id == pair.student_id and revised.target_id == pair.target_id
    assert revised.class_id == math_id
    assert revised.produced_on == TODAY.isoformat()
    assert revised.feedback == "You fixed the units: well done."
    stored = _plan(demo_store, plan)
    assert (stored.state, stored.resolved_by) == ("revised", revised.id)
    after = _estimate(demo_store, math_id, pair)
    assert (after.status, after.estimate) == ("proficient", 3)
    assert after.evidence_count == before.evidence_count + 1
    qtbot.waitUntil(lambda: plan not in _shown(page))
    assert page.operations.undo_stack.count() == 1


def test_undo_puts_the_revision_back_in_the_queue_and_redo_takes_it_out_again(
    qtbot, page, demo_store, math_id, monkeypatch
):
    pair = _quiet_pair(demo_store, math_id)
    plan = _not_yet(demo_store, math_id, pair, due=TODAY + timedelta(days=7))
    page.refresh()
    _answer_revision(monkeypatch, 4)
    page.select(plan)
    page.record_button.click()
    qtbot.waitUntil(lambda: plan not in _shown(page))
    stack = page.operations.undo_stack

    for _ in range(3):  # undo, redo, undo, redo...: every step a new record, never a delete
        stack.undo()
        qtbot.waitUntil(lambda: plan in _shown(page))
        assert _plan(demo_store, plan).state == "open"
        cell = _estimate(demo_store, math_id, pair)
        assert (cell.status, cell.estimate) == ("not_yet", 1)

        stack.redo()
        qtbot.waitUntil(lambda: plan not in _shown(page))
        assert _plan(demo_store, plan).state == "revised"
        cell = _estimate(demo_store, math_id, pair)
        assert (cell.status, cell.estimate) == ("proficient", 4)

    with demo_store.read() as session:
        rows = session.exec(
            select(Evidence).where(
                Evidence.student_id == pair.student_id, Evidence.target_id == pair.target_id
            )
        ).all()
    revisions = [r for r in rows if r.revision_of]
    assert len(revisions) == 1  # redo brought the same revision back, not a copy
    assert _plan(demo_store, plan).resolved_by == revisions[0].id
    assert sum(1 for r in rows if r.status == "retracted") == 6  # 3 undos, 3 redos


def test_a_revision_still_not_yet_opens_a_new_plan_and_undo_takes_it_away(
    qtbot, page, demo_store, math_id, monkeypatch
):
    pair = _quiet_pair(demo_store, math_id)
    plan = _not_yet(demo_store, math_id, pair, due=TODAY + timedelta(days=7))
    page.refresh()
    _answer_revision(monkeypatch, 2, again="Explain each step in words, then check with a graph.")
    page.select(plan)
    page.record_button.click()
    qtbot.waitUntil(lambda: plan not in _shown(page))

    with demo_store.read() as session:
        mine = open_revisions(session, class_id=math_id, target_id=pair.target_id)
    new = [i for i in mine if i.student_id == pair.student_id]
    assert len(new) == 1
    assert new[0].next_step == "Explain each step in words, then check with a graph."
    assert new[0].level == 2
    assert new[0].due_on == (TODAY + timedelta(days=7)).isoformat()  # the plan's default
    assert new[0].revision_id in _shown(page)
    assert _plan(demo_store, plan).state == "revised"
    assert _estimate(demo_store, math_id, pair).status == "not_yet"

    page.operations.undo_stack.undo()
    qtbot.waitUntil(lambda: plan in _shown(page))
    assert new[0].revision_id not in _shown(page)
    gone = _plan(demo_store, new[0].revision_id)
    assert (gone.state, gone.note) == ("closed", RETRACTED_NOTE)

    page.operations.undo_stack.redo()
    qtbot.waitUntil(lambda: new[0].revision_id in _shown(page))
    assert plan not in _shown(page)


def test_pressing_enter_on_a_row_records_its_revision(qtbot, page, demo_store, monkeypatch):
    seen = _answer_revision(monkeypatch, 3)
    page.table.setFocus()
    page.select(_shown(page)[0])
    first = page.current_item()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(seen) == 1 and seen[0].item == first
    assert _plan(demo_store, first.revision_id).state == "revised"
    qtbot.waitUntil(lambda: first.revision_id not in _shown(page))
    # the next plan is selected, ready for the next Enter
    assert page.current_item() is not None


def test_double_clicking_a_row_records_its_revision(qtbot, page, demo_store, monkeypatch):
    seen = _answer_revision(monkeypatch, 3)
    row = page.model.rowCount() - 1
    item = page.model.item_at(row)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [d.item for d in seen] == [item]
    assert _plan(demo_store, item.revision_id).state == "revised"


def test_cancelling_the_revision_dialog_records_nothing(page, demo_store, monkeypatch):
    monkeypatch.setattr(RevisionDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    item = page.model.item_at(0)
    page.select(item.revision_id)
    with demo_store.read() as session:
        before = len(session.exec(select(Evidence.id)).all())
    page.record_button.click()
    with demo_store.read() as session:
        assert len(session.exec(select(Evidence.id)).all()) == before
    assert _plan(demo_store, item.revision_id).state == "open"
    assert page.operations.undo_stack.count() == 0


def test_a_plan_closed_elsewhere_cannot_be_revised_and_the_teacher_is_told(
    qtbot, page, demo_store, monkeypatch
):
    item = page.model.item_at(0)
    page.select(item.revision_id)
    close_revision(demo_store, item.revision_id, "Closed on the other laptop.")
    _answer_revision(monkeypatch, 3)
    with qtbot.waitSignal(page.operations.failed) as told:
        page.record_button.click()
    assert "already done or closed" in told.args[0]
    assert page.operations.undo_stack.count() == 0


# ----------------------------------------------------------------------------- closing


def test_closing_with_a_note_closes_the_plan_and_undo_reopens_it(
    qtbot, page, demo_store, monkeypatch
):
    item = page.model.item_at(0)
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        lambda *a, **k: ("Showed it in the unit test instead.", True),
    )
    page.select(item.revision_id)
    page.close_button.click()
    closed = _plan(demo_store, item.revision_id)
    assert (closed.state, closed.note) == ("closed", "Showed it in the unit test instead.")
    qtbot.waitUntil(lambda: item.revision_id not in _shown(page))

    page.operations.undo_stack.undo()
    qtbot.waitUntil(lambda: item.revision_id in _shown(page))
    reopened = _plan(demo_store, item.revision_id)
    assert (reopened.state, reopened.note) == ("open", "")

    page.operations.undo_stack.redo()
    qtbot.waitUntil(lambda: item.revision_id not in _shown(page))
    assert _plan(demo_store, item.revision_id).state == "closed"


def test_closing_needs_a_note(qtbot, page, demo_store, monkeypatch):
    item = page.model.item_at(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("   ", True))
    page.select(item.revision_id)
    with qtbot.waitSignal(page.operations.failed) as told:
        page.close_button.click()
    assert "why" in told.args[0].lower()
    assert _plan(demo_store, item.revision_id).state == "open"
    assert page.operations.undo_stack.count() == 0


def test_cancelling_the_note_keeps_the_plan_open(page, demo_store, monkeypatch):
    item = page.model.item_at(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("A reason", False))
    page.select(item.revision_id)
    page.close_button.click()
    assert _plan(demo_store, item.revision_id).state == "open"


# ----------------------------------------------------------------------------- filter, scope


def test_filtering_by_target_shows_only_that_targets_revisions(page, demo_store, math_id):
    with demo_store.read() as session:
        items = open_revisions(session, class_id=math_id)
    codes = {i.target_id: i.target_code for i in items}
    offered = [page.target.itemData(i) for i in range(page.target.count())]
    assert offered[0] is None and page.target.itemText(0) == "All targets"
    assert set(offered[1:]) == set(codes)

    chosen = items[-1].target_id
    page.set_target(chosen)
    assert _shown(page) == [i.revision_id for i in items if i.target_id == chosen]
    assert {_text(page, r, TARGET) for r in range(page.model.rowCount())} == {codes[chosen]}

    page.set_target(None)
    assert _shown(page) == [i.revision_id for i in items]


def test_the_filter_keeps_its_target_when_its_last_revision_is_done(
    qtbot, page, demo_store, math_id, monkeypatch
):
    pair = _quiet_pair(demo_store, math_id)
    with demo_store.read() as session:
        queued_targets = {i.target_id for i in open_revisions(session, class_id=math_id)}
    if pair.target_id in queued_targets:  # find a target with nothing open yet
        pair = next(
            p
            for k in range(200)
            if (p := _quiet_pair(demo_store, math_id, skip=k)).target_id not in queued_targets
        )
    plan = _not_yet(demo_store, math_id, pair, due=TODAY)
    page.refresh()
    page.set_target(pair.target_id)
    assert _shown(page) == [plan]
    _answer_revision(monkeypatch, 3)
    page.select(plan)
    page.record_button.click()
    qtbot.waitUntil(lambda: _shown(page) == [])
    assert page.target.currentData() == pair.target_id
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == f"No open 'not yet' revisions on {pair.code}."
    assert not page.record_button.isEnabled()


def test_all_classes_shows_every_classs_open_revisions(page, demo_store, math_id, science_id):
    with demo_store.read() as session:
        everything = open_revisions(session)
        math = open_revisions(session, class_id=math_id)
        science = open_revisions(session, class_id=science_id)
    assert science, "the demo science class has open revisions"
    assert _shown(page) == [i.revision_id for i in math]
    assert not set(_shown(page)) & {i.revision_id for i in science}

    page.set_all_classes(True)
    assert _shown(page) == [i.revision_id for i in everything]
    assert {i.revision_id for i in science} <= set(_shown(page))
    opened = [i.opened_on for i in page.model.items()]
    assert opened == sorted(opened)

    page.set_all_classes(False)
    assert _shown(page) == [i.revision_id for i in math]


def test_choosing_another_class_shows_its_queue(page, demo_store, science_id):
    page.set_class(science_id)
    with demo_store.read() as session:
        science = open_revisions(session, class_id=science_id)
    assert _shown(page) == [i.revision_id for i in science]


def test_an_empty_queue_says_every_student_is_on_track(qtbot, page, demo_store, math_id):
    with demo_store.read() as session:
        items = open_revisions(session, class_id=math_id)
    for item in items:
        close_revision(demo_store, item.revision_id, "End of the unit.")
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == EMPTY_TEXT
    assert not page.record_button.isEnabled()
    assert not page.close_button.isEnabled()
    assert page.summary.text() == ""


def test_no_class_chosen_asks_for_one(qtbot, page):
    page.set_class(None)
    assert page.model.rowCount() == 0
    assert "Choose a class" in page.empty.text()
    page.set_all_classes(True)
    assert page.model.rowCount() > 0


def test_a_hidden_queue_catches_up_when_it_is_shown(qtbot, page, demo_store, math_id):
    page.hide()
    item = page.model.item_at(0)
    page.operations.call(lambda: close_revision(demo_store, item.revision_id, "Done elsewhere."))
    qtbot.wait(10)
    assert item.revision_id in _shown(page)  # hidden: nothing re-read yet
    page.show()
    assert item.revision_id not in _shown(page)


def test_changes_to_tasks_alone_do_not_reload_the_queue(qtbot, page):
    page.operations.changed.emit(Changes(tasks=frozenset({"x"})))
    assert not page._refresh_soon.isActive()


# ----------------------------------------------------------------------------- the dialog


def test_the_revision_dialog_offers_the_targets_rubric_descriptors(qtbot, page, demo_store):
    item = page.model.item_at(0)
    with demo_store.read() as session:
        descriptors = rubric_for(session, item.target_id)
    dialog = RevisionDialog(
        page, item=item, scale=page._scales[item.class_id], descriptors=descriptors
    )
    qtbot.addWidget(dialog)
    buttons = dialog.levels.buttons()
    assert len(buttons) == 4
    for button, value in zip(buttons, sorted(descriptors), strict=True):
        assert button.description() == descriptors[value]
        assert button.accessibleName().startswith(f"Level {value:g} ")
    assert dialog.date.date().toPython() == TODAY
    assert dialog.values().level is None

    buttons[2].click()
    assert dialog.values() == RevisionChoice(level=3, produced_on=TODAY, feedback="")
    buttons[3].click()
    assert dialog.level() == 4  # one level at a time


def test_the_revision_dialog_will_not_save_without_a_level(qtbot, page, demo_store):
    item = page.model.item_at(0)
    dialog = RevisionDialog(page, item=item, scale=page._scales[item.class_id], descriptors={})
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Choose the level" in dialog.error.text()

    dialog.choose_level(3)
    dialog.still_not_yet.setChecked(True)
    dialog._accept()
    assert "next step" in dialog.error.text()
    dialog.plan.next_step.setText("Try again with a double number line.")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    choice = dialog.values()
    assert choice.not_yet_again == "Try again with a double number line."
    assert choice.level == 3


def test_the_revision_dialog_never_dates_work_in_the_future_or_before_the_not_yet(qtbot, page):
    item = page.model.item_at(0)
    dialog = RevisionDialog(page, item=item, scale=page._scales[item.class_id], descriptors={})
    qtbot.addWidget(dialog)
    dialog.choose_level(3)
    tomorrow = TODAY + timedelta(days=1)
    dialog.date.setDate(tomorrow)
    assert dialog.date.date().toPython() == tomorrow  # never moved back to today in silence
    assert dialog.error.text() == (
        f"{tomorrow.isoformat()} is after today; evidence is dated the day the work was done, "
        "so choose that day."
    )
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    before = date.fromisoformat(item.opened_on) - timedelta(days=1)
    dialog.date.setDate(before)
    assert dialog.error.text() == (
        f"A revision cannot be dated before the work it revises ({item.opened_on})."
    )
    dialog.date.setDate(TODAY)
    assert dialog.error.text() == ""
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


# ----------------------------------------------------------------------------- quality


def test_the_queue_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_every_control_has_a_name_and_the_table_lets_tab_move_on(page):
    for widget in (page.scope, page.target, page.table, page.record_button, page.close_button):
        assert widget.accessibleName()
    assert not page.table.tabKeyNavigation()
    chain, widget = [], page.scope
    for _ in range(6):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    assert chain[:5] == [page.scope, page.target, page.table, page.record_button, page.close_button]
