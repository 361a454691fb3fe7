"""The window offers what a family's packet needs: a target's words in the family's
language (the target editor's Languages tab), every packet language, a name order."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from cbe_desktop.core.models import Student
from cbe_desktop.core.targets import wordings
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.roster_page import StudentDialog


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    return w


def _words(store, target_id):
    with store.read() as session:
        return wordings(session, [target_id]).get(target_id, {})


def test_writing_a_targets_words_in_arabic_saves_them_and_undo_takes_them_back(window, demo_store):
    page = window.targets_page
    target = next(n for n in page._nodes.values() if n.code == "7.NS.1")
    page.select(target.id)
    page.detail_tabs.setCurrentIndex(2)
    rows = {page.wordings.item(r, 0).text(): r for r in range(page.wordings.rowCount())}
    assert set(rows) >= {"Arabic (العربية)", "Chinese (中文)", "Vietnamese (Tiếng Việt)"}
    spanish = _words(demo_store, target.id)["es"]  # the demo's own Spanish words
    assert page.wordings.item(rows["Spanish (español)"], 2).text() == spanish[1]
    row = rows["Arabic (العربية)"]
    page.wordings.item(row, 2).setText("أستطيع جمع الأعداد الموجبة والسالبة.")
    assert _words(demo_store, target.id) == {
        "es": spanish,
        "ar": ("", "أستطيع جمع الأعداد الموجبة والسالبة."),
    }
    window.operations.undo_stack.undo()
    assert _words(demo_store, target.id) == {"es": spanish}


def test_the_student_editor_keeps_a_family_language_and_a_name_order(
    window, demo_store, monkeypatch
):
    page = window.roster_page

    def fake_exec(dialog: StudentDialog) -> int:
        codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
        assert codes[0] == "en" and {"es", "ar", "zh", "vi", "pt"} <= set(codes)
        dialog.given.setText("小明")
        dialog.family.setText("王")
        dialog.language.setCurrentIndex(dialog.language.findData("zh"))
        dialog.name_order.setCurrentIndex(dialog.name_order.findData("family_first"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StudentDialog, "exec", fake_exec)
    page.add_student()
    with demo_store.read() as session:
        pupil = session.exec(select(Student).where(Student.given_name == "小明")).one()
    assert (pupil.family_language, pupil.name_order, pupil.written_name) == (
        "zh",
        "family_first",
        "王小明",
    )


def test_the_packets_can_be_printed_in_every_shipped_language(window):
    combo = window.conferences_page.language
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes[0] is None and set(codes[1:]) == {"en", "es", "ar", "zh", "vi", "pt"}
