"""The Calibration page: a teacher makes a set from a task, scores it from the keyboard as
in the gradebook, gives reasons, records the group's level and writes the files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cbe_desktop.core.attachments import store_files
from cbe_desktop.core.calibration import (
    exemplars_for,
    live_sets,
    load_set,
    make_set,
    pieces_of_task,
    record_score,
)
from cbe_desktop.core.evidence import EvidenceEntry, create_task, record_evidence
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.settings import set_setting
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target
from cbe_desktop.sync.calibration_files import open_set_file
from cbe_desktop.ui.calibration_page import MINE, WHY, CalibrationPage
from cbe_desktop.ui.operations import Operations

TASK = "Ratio tables"


def _class_with_a_scored_task(store: Store, photo: Path) -> None:
    with store.transaction() as tx:
        set_setting(tx, "teacher", "Ms Rivera")
        scale = create_default_scale(tx)
        framework = add_framework(tx, "Grade 7 Mathematics")
        school_class = add_class(tx, "Math 7", scale_id=scale.id)
        target = add_target(tx, framework, code="7.RP.1", statement="Compute unit rates.")
        align_target(tx, school_class, target, position=0)
        students = []
        for given in ("Ana", "Mateo", "Sofía"):
            student = add_student(tx, given, "García")
            enroll(tx, school_class, student)
            students.append(student.id)
    task_id, _ = create_task(
        store, school_class.id, TASK, "2026-10-01", target_ids=[target.id], notes="Find 7 pencils."
    )
    (attachment,) = store_files(store, [photo])
    for n, level in enumerate((1.0, 3.0, 4.0)):
        record_evidence(
            store,
            EvidenceEntry(
                student_id=students[n],
                target_id=target.id,
                produced_on="2026-10-01",
                level=level,
                class_id=school_class.id,
                task_id=task_id,
                attachment_ids=[attachment] if n == 0 else [],
            ),
        )


@pytest.fixture
def page(qtbot, tmp_path: Path, monkeypatch) -> CalibrationPage:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "lead")
    photo = tmp_path / "work.png"
    photo.write_bytes(b"\x89PNG a photo of the work")
    _class_with_a_scored_task(store, photo)
    operations = Operations(store)
    operations.quiet = True
    page = CalibrationPage(store, operations)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[0], True)
    )
    page.new_button.click()
    yield page
    store.close()


def _scores(page: CalibrationPage) -> dict[str, tuple[float, str]]:
    with page.store.read() as session:
        view = load_set(session, page.sets.currentData())
    return {p.label: (s.level, s.rationale) for p in view.pieces for s in p.scores}


def test_a_new_set_from_a_task_holds_its_scored_pieces_without_names(page: CalibrationPage):
    with page.store.read() as session:
        (made,) = live_sets(session)
    assert made.title == TASK and made.blind
    assert page.grid.rowCount() == 3
    assert [page.grid.item(r, 0).text() for r in range(3)] == ["A", "B", "C"]
    assert "Find 7 pencils." in page.prompt.text()


def test_typing_levels_scores_each_piece_and_moves_down_as_in_the_gradebook(
    page: CalibrationPage, qtbot
):
    page.grid.setFocus()
    page.grid.setCurrentCell(0, MINE)
    for key in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_4):
        qtbot.keyClick(page.grid, key)
    assert _scores(page) == {"A": (3.0, ""), "B": (2.0, ""), "C": (4.0, "")}
    assert page.grid.item(0, MINE).text() == "3 Proficient"
    # A key that is no level of the rubric changes nothing.
    page.grid.setCurrentCell(0, MINE)
    qtbot.keyClick(page.grid, Qt.Key.Key_9)
    assert _scores(page)["A"] == (3.0, "")
    # The reason is written in its cell, and kept with the score.
    page.grid.item(0, WHY).setText("Complete table; the key step is explained.")
    assert _scores(page)["A"] == (3.0, "Complete table; the key step is explained.")
    assert "You agreed exactly" not in page.figures.text()  # one scorer: nothing to compare
    assert page.return_button.isEnabled()


def test_the_groups_level_with_its_reason_becomes_the_rubrics_exemplar(page: CalibrationPage):
    page.grid.setCurrentCell(0, MINE)
    assert not page.agree_button.isEnabled()  # no reason written yet
    page.agreed_level.setCurrentIndex(page.agreed_level.findData(2.0))
    page.agreed_reason.setText("One correct step; no explanation.")
    page.exemplar.setChecked(True)
    page.agree_button.click()
    assert page.grid.item(0, 6).text() == "2 — One correct step; no explanation."
    with page.store.read() as session:
        view = load_set(session, page.sets.currentData())
        shown = exemplars_for(session, view.target_ids)[view.targets[0].id]
    assert [(e.level_value, e.file_name) for e in shown] == [(2.0, "Piece A, page 1.png")]


def test_the_set_file_and_the_return_file_are_written_from_the_page(
    page: CalibrationPage, qtbot, tmp_path: Path, monkeypatch
):
    set_file = tmp_path / "set.cbecal"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(set_file), ""))
    page.write_set_button.click()
    colleague = Store.open(tmp_path / "colleague")
    try:
        assert open_set_file(colleague, set_file).pieces == 3
    finally:
        colleague.close()
    page.grid.setFocus()
    page.grid.setCurrentCell(0, MINE)
    qtbot.keyClick(page.grid, Qt.Key.Key_3)
    back = tmp_path / "back.cbecal"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(back), ""))
    page.return_button.click()
    assert back.exists()


def _calibrate_again(page: CalibrationPage, title: str, on: date, given: dict) -> str:
    """Another session on the same rubric: a set of the task's pieces, scored by the group."""
    with page.store.read() as session:
        picked = pieces_of_task(session, TASK)
    set_id = make_set(page.store, title, picked, leader="Ms Rivera", today=on)
    with page.store.read() as session:
        pieces = load_set(session, set_id).pieces
    for scorer, levels in given.items():
        for piece, level in zip(pieces, levels, strict=True):
            record_score(page.store, piece.id, scorer, level, "Because.")
    page.reload_sets(select_id=set_id)
    return set_id


def _history(page: CalibrationPage) -> list[list[str]]:
    grid = page.history
    return [
        [grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())
    ]


def test_moderation_over_time_shows_both_sessions_and_says_agreement_improved(
    page: CalibrationPage,
):
    _calibrate_again(
        page, "Ratios, October", date(2025, 10, 15),
        {"Ms Rivera": (1, 3, 4), "Mr Okafor": (2, 2, 3), "Ms Lindqvist": (3, 1, 2)},
    )  # fmt: skip
    _calibrate_again(
        page, "Ratios, December", date(2025, 12, 3),
        {"Ms Rivera": (1, 3, 4), "Mr Okafor": (1, 3, 4), "Ms Lindqvist": (1, 2, 4)},
    )  # fmt: skip
    rows = _history(page)
    assert [row[1:5] for row in rows] == [
        ["2025-10-15", "Ratios, October", "3", "0 of 3"],
        ["2025-12-03", "Ratios, December", "3", "2 of 3"],
        [date.today().isoformat(), TASK, "0", "0 of 0"],  # the page's own set, not scored yet
    ]
    assert all(row[0] == "7.RP.1" for row in rows)
    words = page.history_words.text()
    assert "Agreement on this rubric is improving" in words
    # Ms Rivera scored beside two colleagues: her calibration weight is shown.
    assert "colleagues also scored, you scored" in words


def test_with_fewer_than_three_scorers_no_weight_is_shown(page: CalibrationPage):
    _calibrate_again(
        page, "Ratios with Mr Okafor", date(2026, 11, 2),
        {"Ms Rivera": (1, 3, 4), "Mr Okafor": (2, 3, 4)},
    )  # fmt: skip
    words = page.history_words.text()
    assert "you scored" not in words
    assert "Fewer than 3 teachers scored these pieces, so no comparison is shown" in words
    assert "One calibration session is not a trend yet" in words


def _pdf_words(path: Path) -> tuple[str, str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    words = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    return words, str(reader.trailer["/Root"]["/Lang"])


def test_the_meeting_report_is_written_in_the_language_the_leader_chooses(
    page: CalibrationPage, tmp_path: Path, monkeypatch
):
    """The interface is English, so the report starts in English; the leader of a Spanish-
    speaking group chooses Spanish for the meeting's PDF, and the next is English again."""
    assert page.report_language.currentData() == "en"
    assert [page.report_language.itemData(i) for i in range(page.report_language.count())] == [
        "en",
        "es",
    ]
    spanish = tmp_path / "reunion.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(spanish), ""))
    page.report_language.setCurrentIndex(page.report_language.findData("es"))
    page.report_button.click()
    words, lang = _pdf_words(spanish)
    assert "Trabajo por trabajo" in words and "Piece by piece" not in words
    assert lang.startswith("es")  # a screen reader reads it as Spanish

    english = tmp_path / "meeting.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(english), ""))
    page.report_language.setCurrentIndex(page.report_language.findData("en"))
    page.report_button.click()
    words, lang = _pdf_words(english)
    assert "Piece by piece" in words and "Trabajo por trabajo" not in words
    assert lang.startswith("en")


def test_a_leader_whose_interface_is_spanish_gets_the_report_in_spanish_first(
    qtbot, tmp_path: Path
):
    store = Store.open(tmp_path / "lead")
    try:
        with store.transaction() as tx:
            set_setting(tx, "language", "es")
        operations = Operations(store)
        operations.quiet = True
        page = CalibrationPage(store, operations)
        qtbot.addWidget(page)
        assert page.report_language.currentData() == "es"
    finally:
        store.close()
