"""The insights page over the demo class: what needs attention, groups, pace, students' words."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from cbe_desktop.core.demo import find_demo_class
from cbe_desktop.core.insights import (
    flexible_group,
    group_as_text,
    load_class_evidence,
    needs_attention,
)
from cbe_desktop.core.models import Goal, SchoolClass
from cbe_desktop.core.voice import write_goal
from cbe_desktop.ui.insights import IdRole, InsightsPage, TargetRole
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.voice_dialog import VoiceDialog


@pytest.fixture
def math_id(demo_store) -> str:
    with demo_store.read() as session:
        return session.exec(
            select(SchoolClass.id).where(SchoolClass.id == find_demo_class(session, "math").id)
        ).one()


@pytest.fixture
def page(qtbot, demo_store, math_id) -> InsightsPage:
    operations = Operations(demo_store)
    operations.quiet = True
    p = InsightsPage(demo_store, operations)
    p.today = date.today()
    qtbot.addWidget(p)
    p.resize(1000, 640)
    p.set_class(math_id)
    p.show()
    return p


def test_the_page_lists_the_demos_needs_attention_sentences(page, demo_store, math_id):
    with demo_store.read() as session:
        expected = needs_attention(session, math_id, today=page.today)
    sentences = page.attention_sentences()
    assert sentences == [f"{a.student}: {a.reason}" for a in expected]
    assert any("fell from" in s for s in sentences)
    assert not any(re.search(r"\bHW\.\d", s) for s in sentences)  # habits never

    page.weeks.setValue(5)
    for line in page.attention_sentences():
        weeks = re.search(r"for (\d+) weeks?$|began it (\d+) weeks? ago$", line)
        if weeks:
            assert int(weeks.group(1) or weeks.group(2)) >= 5, line

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("estimate_fell"))
    assert page.attention_sentences()
    assert all("Estimate on" in s for s in page.attention_sentences())


def test_enter_on_a_line_asks_to_open_its_cell_in_the_gradebook(page, qtbot):
    table = page.attention_table
    table.setFocus()
    table.setCurrentCell(0, 2)
    with qtbot.waitSignal(page.open_cell) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    name = table.item(0, 0)
    assert blocker.args == [name.data(IdRole), name.data(TargetRole)]


def test_choosing_a_target_fills_the_group_and_copy_puts_it_on_the_clipboard(
    page, qtbot, demo_store, math_id
):
    page.tabs.setCurrentIndex(1)
    combo = page.group_target
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith("7.RP.3 "))
    combo.setCurrentIndex(index)
    with demo_store.read() as session:
        data = load_class_evidence(session, math_id)
        members = flexible_group(session, math_id, combo.currentData(), data=data)
    shown = [page.group_table.item(r, 0).text() for r in range(page.group_table.rowCount())]
    assert shown == [m.name for m in members] and shown
    assert page.group_table.item(0, 1).text() == members[0].status_words

    QApplication.clipboard().clear()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text == group_as_text(members, "7.RP.3")
    assert text.startswith(f"7.RP.3 — not yet proficient ({len(members)}):\n")


def test_the_pace_chart_paints_and_says_its_numbers_in_words(page, qtbot):
    page.tabs.setCurrentIndex(2)
    page.pace_student.setCurrentIndex(1)  # the first student after "the class only"
    image = page.pace_chart.grab()
    assert not image.isNull() and image.width() > 100
    words = page.pace_summary.text()
    assert re.search(r"Week \d+ \(from \d+ \w+\): median [\d.]+ of 12 targets proficient", words)
    assert re.search(r"plan [\d.]+", words)
    assert page.pace_student.currentText() in words
    assert page.pace_chart.accessibleDescription() == page.pace_chart.summary()

    last = page.pace_chart.week
    page.pace_chart.setFocus()
    qtbot.keyClick(page.pace_chart, Qt.Key.Key_Left)
    assert page.pace_chart.week == last - 1
    assert f"Week {last - 1} " in page.pace_summary.text()


def test_a_goal_typed_by_the_student_is_listed_and_undo_removes_it(
    page, qtbot, demo_store, monkeypatch
):
    page.tabs.setCurrentIndex(3)
    page.voice_student.setCurrentIndex(2)
    words = "I will explain my ratio tables to a partner before the retest."
    monkeypatch.setattr(VoiceDialog, "ask", classmethod(lambda cls, *a: (words, "student")))

    qtbot.mouseClick(page.add_goal_button, Qt.MouseButton.LeftButton)

    first = page.voice_lines()[0]
    assert first == f"{date.today().isoformat()} · Goal · the student · {words}"

    page.operations.undo_stack.undo()
    qtbot.waitUntil(lambda: not any(words in line for line in page.voice_lines()))

    page.operations.undo_stack.redo()
    qtbot.waitUntil(lambda: any(words in line for line in page.voice_lines()))
    with demo_store.read() as session:  # redo brings the same goal back, not a second one
        assert len(session.exec(select(Goal).where(Goal.text == words)).all()) == 1


def test_deleting_a_reflection_is_one_undo_step(page, qtbot):
    page.tabs.setCurrentIndex(3)
    page.voice_student.setCurrentIndex(0)
    before = page.voice_lines()
    assert before
    page.voice_table.selectRow(0)
    assert page.delete_voice_button.isEnabled()
    qtbot.mouseClick(page.delete_voice_button, Qt.MouseButton.LeftButton)
    assert page.voice_lines() == before[1:]
    page.operations.undo_stack.undo()
    qtbot.waitUntil(lambda: page.voice_lines() == before)


def test_without_a_class_the_page_says_so(page):
    page.set_class(None)
    assert not page.tabs.isEnabled()
    assert "choose a class" in page.title.text()
    assert page.attention_sentences() == []


def test_a_hidden_page_catches_up_when_shown(page, demo_store):
    page.tabs.setCurrentIndex(3)
    page.voice_student.setCurrentIndex(1)
    student_id = page.voice_student.currentData()
    page.hide()
    words = "I will bring my revision folder to every conference."
    page.operations.call(
        lambda: write_goal(demo_store, student_id, words, class_id=page.class_id, author="teacher")
    )
    assert not any(words in line for line in page.voice_lines())  # no work while hidden
    page.show()
    assert f"Goal · the teacher · {words}" in page.voice_lines()[0]
