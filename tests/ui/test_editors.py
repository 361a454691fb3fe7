"""A teacher sets up the year in the editors: targets, rubrics, scales, classes, roster."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlmodel import select

from cbe_desktop.core.models import (
    ClassTarget,
    Evidence,
    Framework,
    RubricDescriptor,
    ScaleLevel,
    SchoolClass,
    Student,
    Target,
)
from cbe_desktop.core.targets import framework_tree
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.roster_page import StudentDialog


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    return w


def _answers(monkeypatch, *texts: str) -> None:
    """QInputDialog.getText answers these, in order."""
    queue = list(texts)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (queue.pop(0), True))


def _math_framework(store) -> Framework:
    with store.read() as session:
        return session.exec(select(Framework).where(Framework.title.contains("Mathematics"))).one()


def _children_codes(store, framework_id: str, competency_code: str) -> list[str]:
    with store.read() as session:
        tree = framework_tree(session, framework_id)
    node = next(n for n in tree if n.code == competency_code)
    return [c.code for c in node.children]


def test_adding_a_target_puts_it_under_the_chosen_competency(window, demo_store, monkeypatch):
    page = window.targets_page
    framework = _math_framework(demo_store)
    page.framework_box.setCurrentIndex(page.framework_box.findData(framework.id))
    rp3 = next(n for n in page._nodes.values() if n.code == "7.RP.3")
    page.select(rp3.id)
    _answers(monkeypatch, "7.RP.4", "Graph proportional relationships and explain a point.")
    page.add_target_button.click()
    page.reload_tree()
    assert _children_codes(demo_store, framework.id, "RP")[-1] == "7.RP.4"
    # one undo step removes it again (a tombstone, so it could come back)
    window.operations.undo_stack.undo()
    assert "7.RP.4" not in _children_codes(demo_store, framework.id, "RP")


def test_editing_a_targets_i_can_statement_is_saved_when_leaving_the_field(window, demo_store):
    page = window.targets_page
    target = next(n for n in page._nodes.values() if n.code == "7.RP.1")
    page.select(target.id)
    page.i_can.setPlainText("I can find a unit rate with fractions and explain it.")
    page.i_can.editing_finished.emit()
    with demo_store.read() as session:
        assert session.get(Target, target.id).i_can == (
            "I can find a unit rate with fractions and explain it."
        )
    window.operations.undo_stack.undo()
    with demo_store.read() as session:
        assert session.get(Target, target.id).i_can == target.i_can


def test_editing_a_rubric_cell_writes_that_levels_descriptor(window, demo_store):
    page = window.targets_page
    target = next(n for n in page._nodes.values() if n.code == "7.NS.1")
    page.select(target.id)
    page.detail_tabs.setCurrentIndex(1)
    row = next(
        r for r in range(page.rubric.rowCount()) if page.rubric.item(r, 0).text().startswith("3")
    )
    page.rubric.item(row, 1).setText(
        "Adds and subtracts integers on a number line, explaining why."
    )
    with demo_store.read() as session:
        texts = {
            d.level_value: d.text
            for d in session.exec(
                select(RubricDescriptor).where(
                    RubricDescriptor.target_id == target.id, RubricDescriptor.deleted_hlc.is_(None)
                )
            )
        }
    assert texts[3.0] == "Adds and subtracts integers on a number line, explaining why."
    assert len(texts) == 4


def test_reordering_moves_a_target_and_undo_puts_it_back(window, demo_store):
    page = window.targets_page
    framework = _math_framework(demo_store)
    before = _children_codes(demo_store, framework.id, "NS")
    node = next(n for n in page._nodes.values() if n.code == before[0])
    page.select(node.id)
    page.down_button.click()
    after = _children_codes(demo_store, framework.id, "NS")
    assert after == [before[1], before[0], *before[2:]]
    window.operations.undo_stack.undo()
    assert _children_codes(demo_store, framework.id, "NS") == before


def test_a_dropped_target_moves_under_another_competency(window, demo_store):
    page = window.targets_page
    framework = _math_framework(demo_store)
    ee = next(n for n in page._nodes.values() if n.code == "EE")
    rp1 = next(n for n in page._nodes.values() if n.code == "7.RP.1")
    page.move(rp1.id, ee.id, 0)
    assert _children_codes(demo_store, framework.id, "EE")[0] == "7.RP.1"
    assert "7.RP.1" not in _children_codes(demo_store, framework.id, "RP")


def test_deleting_a_target_with_evidence_keeps_the_evidence_and_says_so(
    window, demo_store, monkeypatch
):
    page = window.targets_page
    target = next(n for n in page._nodes.values() if n.code == "7.EE.1")
    with demo_store.read() as session:
        evidence_before = len(
            session.exec(select(Evidence.id).where(Evidence.target_id == target.id)).all()
        )
    assert evidence_before > 0
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    page.select(target.id)
    page.delete_button.click()
    assert f"{evidence_before} piece(s) of evidence" in asked[0]
    with demo_store.read() as session:
        row = session.get(Target, target.id)
        assert row.deleted_hlc is not None
        kept = session.exec(select(Evidence.id).where(Evidence.target_id == target.id)).all()
    assert len(kept) == evidence_before
    assert "7.EE.1" not in {t.code for t in window.gradebook.model.grid.targets}
    window.operations.undo_stack.undo()
    with demo_store.read() as session:
        assert session.get(Target, target.id).deleted_hlc is None


def test_search_filters_the_tree_and_turns_off_dragging(window):
    page = window.targets_page
    page.search.setText("percent")
    visible = []
    proxy = page.proxy
    for r in range(proxy.rowCount()):
        parent = proxy.index(r, 0)
        for c in range(proxy.rowCount(parent)):
            visible.append(proxy.index(c, 0, parent).data())
    assert visible == ["7.RP.3"]
    assert not page.tree.dragEnabled()
    page.search.clear()
    assert page.tree.dragEnabled()


def test_a_new_habits_framework_is_marked_as_habits(window, demo_store, monkeypatch):
    page = window.targets_page
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Work habits 2027", True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Habits of work", True))
    page.new_framework()
    with demo_store.read() as session:
        framework = session.exec(
            select(Framework).where(Framework.title == "Work habits 2027")
        ).one()
    assert framework.kind == "habits"
    assert "habits of work" in page.framework_box.currentText()


def test_renaming_a_scale_level_changes_the_gradebook_words(window, demo_store):
    page = window.scales_page
    page.scales.setCurrentRow(
        next(i for i in range(page.scales.count()) if "Beginning" in page.scales.item(i).text())
    )
    row = next(
        r for r in range(page.levels.rowCount()) if page.levels.item(r, 1).text() == "Extending"
    )
    page.levels.item(row, 1).setText("Exceeding")
    with demo_store.read() as session:
        labels = {
            lv.label
            for lv in session.exec(select(ScaleLevel).where(ScaleLevel.deleted_hlc.is_(None)))
        }
    assert "Exceeding" in labels and "Extending" not in labels
    window.refresh()
    texts = {
        window.gradebook.model.data(window.gradebook.model.index(r, c))
        for r in range(window.gradebook.model.rowCount())
        for c in range(1, window.gradebook.model.target_count() + 1)
    }
    assert any("Exceeding" in t for t in texts)


def test_a_scale_without_a_proficient_level_is_refused_in_one_sentence(window, demo_store):
    page = window.scales_page
    page.scales.setCurrentRow(0)
    messages: list[str] = []
    window.operations.failed.connect(messages.append)
    for r in range(page.levels.rowCount()):
        page.levels.item(r, 3).setCheckState(Qt.CheckState.Unchecked)
    assert messages and messages[-1] == "Mark the level that counts as proficient."
    with demo_store.read() as session:
        assert any(lv.proficient for lv in session.exec(select(ScaleLevel)))


def test_creating_a_class_choosing_targets_and_adding_a_student(window, demo_store, monkeypatch):
    page = window.roster_page
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Math 8 — Period 4", True))
    page.new_class()
    with demo_store.read() as session:
        new = session.exec(select(SchoolClass).where(SchoolClass.name == "Math 8 — Period 4")).one()
    assert page.class_id() == new.id
    # tick the first two targets of the tree
    ticked = 0
    root = page.targets.invisibleRootItem()
    stack = [root.child(i) for i in range(root.childCount())]
    while stack and ticked < 2:
        item = stack.pop(0)
        stack[0:0] = [item.child(i) for i in range(item.childCount())]
        if item.data(0, Qt.ItemDataRole.UserRole + 30):
            item.setCheckState(0, Qt.CheckState.Checked)
            ticked += 1
    with demo_store.read() as session:
        aligned = session.exec(
            select(ClassTarget).where(
                ClassTarget.class_id == new.id, ClassTarget.deleted_hlc.is_(None)
            )
        ).all()
    assert len(aligned) == 2

    def fake_exec(dialog: StudentDialog) -> int:
        dialog.given.setText("Renata")
        dialog.family.setText("Quispe Mamani")
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StudentDialog, "exec", fake_exec)
    page.add_student()
    with demo_store.read() as session:
        renata = session.exec(select(Student).where(Student.given_name == "Renata")).one()
    assert renata.family_language == "es"
    page._show_class()
    assert page.students.rowCount() == 1
    assert "Renata Quispe Mamani" in page.students.item(0, 0).text()


def test_archiving_a_student_hides_them_from_the_gradebook_but_keeps_their_evidence(
    window, demo_store
):
    page = window.roster_page
    page.tabs.setCurrentIndex(2)
    page.students.selectRow(0)
    student_id = page._selected_student()
    before = window.gradebook.model.rowCount()
    page.toggle_archive_student()
    window.refresh()
    assert window.gradebook.model.rowCount() == before - 1
    with demo_store.read() as session:
        assert session.get(Student, student_id).archived
        assert session.exec(select(Evidence.id).where(Evidence.student_id == student_id)).first()


def test_changing_the_class_method_recomputes_the_grid(window, demo_store):
    page = window.roster_page
    page.method.setCurrentIndex(page.method.findData("highest"))
    window.refresh()
    grid = window.gradebook.model.grid
    assert grid.method == "highest"
    assert all(c.method == "highest" for row in grid.cells for c in row)
    assert "highest" in page.method_help.text().lower() or "best" in page.method_help.text().lower()
