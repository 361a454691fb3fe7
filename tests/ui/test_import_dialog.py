"""Importing a district's standards and a roster through the window's preview."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from background_helpers import answer
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from cbe_desktop.core.models import Framework, Student, Target
from cbe_desktop.ui.import_dialog import ImportDialog
from cbe_desktop.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interop"


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    return w


def _db_hash(store) -> str:
    with store.read() as session:
        rows = session.exec(select(Target.id, Target.hlc)).all()
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()


def test_an_excel_csv_is_mapped_previewed_and_imported(qtbot, window, store, monkeypatch):
    dialog = ImportDialog(window, store, "targets", FIXTURES / "targets-excel.csv")
    qtbot.addWidget(dialog)
    assert dialog.mapping_box.isVisible() or dialog.combos, "a plain CSV shows its columns"
    assert dialog.combos["code"].currentData() == "Code"
    assert dialog.combos["statement"].currentData() == "Statement"
    assert "new" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    dialog.target_name.setText("District math 7")
    dialog.check()
    answer(qtbot, dialog.run(valid_rows=False))
    assert dialog.result() == QDialog.DialogCode.Accepted
    with store.read() as session:
        framework = session.exec(
            select(Framework).where(Framework.title == "District math 7")
        ).one()
        codes = {
            t.code for t in session.exec(select(Target).where(Target.framework_id == framework.id))
        }
    assert {"RP", "7.RP.1", "7.RP.3"} <= codes


def test_remapping_a_column_changes_what_would_be_imported(qtbot, window, store):
    dialog = ImportDialog(window, store, "targets", FIXTURES / "targets-google-sheets.csv")
    qtbot.addWidget(dialog)
    before = dialog.plan_text.toPlainText()
    dialog.combos["statement"].setCurrentIndex(0)  # "(not in the file)"
    assert dialog.plan_text.toPlainText() != before
    assert not dialog.import_button.isEnabled()  # a statement is needed: nothing importable


def test_cancelling_an_import_changes_nothing(qtbot, window, store, monkeypatch):
    before = _db_hash(store)

    def cancel(dialog: ImportDialog) -> int:
        assert "new" in dialog.summary.text()
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", cancel)
    window.targets_page.import_targets(str(FIXTURES / "case-1.1-grade6-math.json"))
    assert _db_hash(store) == before
    with store.read() as session:
        assert session.exec(select(Framework)).all() == []


def test_a_case_file_imported_from_the_targets_page_shows_its_tree(
    qtbot, window, store, monkeypatch
):
    def accept(dialog: ImportDialog) -> int:
        answer(qtbot, dialog.run(valid_rows=False))
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", accept)
    window.targets_page.import_targets(str(FIXTURES / "case-1.1-grade6-math.json"))
    page = window.targets_page
    assert page.framework_box.count() == 1
    assert page.model.rowCount() >= 2  # competencies at the top of the tree
    # importing the same file again updates nothing and duplicates nothing
    with store.read() as session:
        count = len(session.exec(select(Target)).all())
    window.targets_page.import_targets(str(FIXTURES / "case-1.1-grade6-math.json"))
    with store.read() as session:
        assert len(session.exec(select(Target)).all()) == count


def test_a_roster_given_as_targets_is_refused_in_one_sentence(qtbot, window, store):
    dialog = ImportDialog(window, store, "targets", FIXTURES / "roster-google-sheets.csv")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "roster" in dialog.error_text.lower()
    assert dialog.error_text.count(".") <= 2


def test_a_csv_roster_goes_into_the_chosen_class(qtbot, window, store):
    from cbe_desktop.core.roster import create_class

    create_class(store, "Math 7 — Period 2")
    dialog = ImportDialog(
        window,
        store,
        "roster",
        FIXTURES / "roster-google-sheets.csv",
        class_name="Math 7 — Period 2",
    )
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled(), dialog.plan_text.toPlainText()
    answer(qtbot, dialog.run(valid_rows=False))
    with store.read() as session:
        assert len(session.exec(select(Student)).all()) >= 3


def test_nothing_covers_the_summary_line_of_a_file_that_is_not_a_csv(qtbot, store):
    """A CASE file asks no columns: the CSV's "import into" field must not show, empty,
    over the summary line at the top (as it did for every non-CSV file)."""
    from PySide6.QtWidgets import QWidget

    dialog = ImportDialog(None, store, "targets", FIXTURES / "case-1.1-grade6-math.json")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.target_name.isVisible()
    summary = dialog.summary.geometry()
    covering = [
        w.accessibleName() or type(w).__name__
        for w in dialog.findChildren(QWidget)
        if w.isVisible()
        and w.parentWidget() is dialog
        and w is not dialog.summary
        and w.geometry().intersects(summary)
    ]
    assert covering == []
    assert "CASE JSON" in dialog.summary.text()


def test_the_plan_says_what_the_new_rows_are_not_only_how_many(qtbot, store):
    """ "11 new" for a roster of 5 students is explained: a class, 5 students and the 5
    places they take in the class."""
    import re

    dialog = ImportDialog(
        None, store, "roster", FIXTURES / "roster-google-sheets.csv", class_name="Math 6"
    )
    qtbot.addWidget(dialog)
    words = dialog.summary.text()
    found = re.search(r"(\d+) new \(([^)]*)\)", words)
    assert found, words
    parts = dict((kind, int(n)) for n, kind in re.findall(r"(\d+) (\w+)", found.group(2)))
    assert parts == {"class": 1, "students": 5, "enrolments": 5}
    assert int(found.group(1)) == sum(parts.values())


def test_students_in_no_class_of_a_oneroster_export_come_in_only_when_ticked(qtbot, window, store):
    """Moodle's full OneRoster data set: 3 students, 1 of them in an imported class."""
    dialog = ImportDialog(window, store, "roster", FIXTURES / "oneroster-1.1-moodle-full")
    qtbot.addWidget(dialog)
    plan = dialog.plan_text.toPlainText()
    assert "enrollments.csv puts them in no class (Rosa Vega)" in plan
    assert "their only classes are marked tobedeleted (Ada Obi)" in plan
    assert not dialog.without_class.isHidden()
    assert "(2)" in dialog.without_class.text()
    assert not dialog.without_class.isChecked()  # left out unless the teacher asks

    dialog.without_class.setChecked(True)  # the plan is checked again at once

    plan = dialog.plan_text.toPlainText()
    assert "new: student Rosa Vega" in plan and "new: student Ada Obi" in plan
    assert "brought in without a class" in plan
    answer(qtbot, dialog.run(valid_rows=False))
    assert dialog.result() == QDialog.DialogCode.Accepted
    with store.read() as session:
        names = sorted(s.family_name for s in session.exec(select(Student)).all())
    assert names == ["Obi", "Park", "Vega"]  # never the teacher enrolled as a student
    assert list(store.backups_dir.glob("*before-import*"))


def test_a_roster_whose_students_all_have_a_class_offers_no_such_choice(qtbot, window, store):
    dialog = ImportDialog(window, store, "roster", FIXTURES / "oneroster-1.2")
    qtbot.addWidget(dialog)
    assert dialog.without_class.isHidden()
    assert "OneRoster 1.2 CSV" in dialog.summary.text()
    assert dialog.import_button.isEnabled()


def test_a_class_list_kept_in_excel_is_previewed_and_imported(qtbot, window, store):
    from cbe_desktop.core.roster import create_class

    create_class(store, "Math 7")
    dialog = ImportDialog(
        window, store, "roster", FIXTURES / "roster-excel.xlsx", class_name="Math 7"
    )
    qtbot.addWidget(dialog)
    assert dialog.error_text == ""
    assert dialog.combos["given_name"].currentData() == "First Name"
    assert dialog.preview.item(0, 3).text() == "700201"  # a number in Excel, shown whole
    answer(qtbot, dialog.run(valid_rows=False))
    assert dialog.result() == QDialog.DialogCode.Accepted
    with store.read() as session:
        assert len(session.exec(select(Student)).all()) == 4
