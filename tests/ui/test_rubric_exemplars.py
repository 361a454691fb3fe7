"""Anchor papers wherever the rubric is shown: after a calibration meeting the group made
a piece the exemplar of its level, and a teacher scoring in the gradebook sees it under
that level (in the cell panel, the evidence dialog and the revision dialog) and opens it."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from anchor_helpers import REASON, Anchor, add_anchor_paper
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QLabel

from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.evidence import EvidenceEntry, mark_not_yet
from cbe_desktop.core.store import Store
from cbe_desktop.ui.evidence_dialog import EvidenceDialog
from cbe_desktop.ui.main_window import MainWindow
from cbe_desktop.ui.queue_page import RevisionDialog


@pytest.fixture(scope="module")
def anchored(tmp_path_factory) -> tuple[Path, Anchor]:
    """The demo, calibrated once for the module: piece A is the rubric's level-2 anchor."""
    folder = tmp_path_factory.mktemp("anchored")
    with Store.open(folder / "data") as template:
        build_demo(template)
        anchor = add_anchor_paper(template, level=2.0)
    return folder / "data", anchor


@pytest.fixture
def store(anchored, tmp_path) -> Store:
    shutil.copytree(anchored[0], tmp_path / "data")
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def anchor(anchored) -> Anchor:
    return anchored[1]


@pytest.fixture
def opened(monkeypatch, tmp_path) -> list[Path]:
    """What the laptop's viewer was asked to open (copies go to this test's own folder)."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    files: list[Path] = []

    def open_url(url: QUrl) -> bool:
        files.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return files


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _column_of(window, target_id: str) -> int:
    targets = window.gradebook.model.grid.targets
    return 1 + next(i for i, t in enumerate(targets) if t.id == target_id)


def _select(window, target_id: str, row: int = 0):
    view = window.gradebook
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, _column_of(window, target_id)))
    return view


def test_the_cell_panel_shows_the_anchor_paper_under_its_level_and_opens_it(
    qtbot, window, anchor, opened
):
    _select(window, anchor.target_id)
    rubric = window.page.panel.rubric
    (button,) = rubric.exemplar_buttons
    assert "Anchor paper: Ratios, December, piece A" in button.text()
    assert button.toolTip() == f"The group agreed: {REASON}"
    # under the level the group agreed on, right after that level's words
    layout = rubric.layout()
    above = layout.itemAt(layout.indexOf(button) - 1).widget()
    assert isinstance(above, QLabel) and above.text().startswith("<b>2 Developing</b>")

    window.page.panel.rubric_area.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [p.name for p in opened] == [anchor.file_name]
    assert opened[0].read_bytes() == anchor.blob  # the piece's own work


def test_a_target_with_no_exemplar_shows_its_rubric_without_buttons(window, anchor):
    targets = window.gradebook.model.grid.targets
    other = next(t for t in targets if t.id != anchor.target_id)
    _select(window, other.id)
    rubric = window.page.panel.rubric
    assert rubric.exemplar_buttons == []
    assert "Proficient" in rubric.text()
    _select(window, anchor.target_id, row=1)  # the next student on the anchored target
    assert len(rubric.exemplar_buttons) == 1
    _select(window, other.id, row=2)
    _select(window, anchor.target_id, row=3)
    # four levels, one anchor, the stretch: nothing left over from the cells before
    assert rubric.layout().count() == 6


def test_the_evidence_dialog_shows_the_anchor_under_its_level_and_opening_it_keeps_the_dialog(
    qtbot, window, anchor, opened, monkeypatch
):
    seen = {}

    def look(dialog: EvidenceDialog) -> int:
        (button,) = dialog.level_choice.exemplar_buttons
        seen["text"] = button.text()
        order = dialog.level_choice.buttons_in_order()
        seen["before"] = order[order.index(button) - 1].text()
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["whole"] = button.width() >= button.minimumSizeHint().width()
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        seen["still open"] = dialog.isVisible()
        seen["level"] = dialog.level_choice.level()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EvidenceDialog, "exec", look)
    view = _select(window, anchor.target_id)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert "Anchor paper: Ratios, December, piece A" in seen["text"]
    assert seen["before"].startswith("2 Developing")  # Tab reaches it right after its level
    assert [p.name for p in opened] == [anchor.file_name]
    assert seen["still open"] and seen["level"] is None  # opening work chooses no level
    assert seen["whole"]  # its words are not squeezed


def test_the_revision_dialog_shows_the_anchor_under_its_level(
    qtbot, window, store, anchor, monkeypatch
):
    """A "not yet" on the anchored target: recording the revision shows the anchor too."""
    grid = window.gradebook.model.grid
    student = grid.students[0]
    done = mark_not_yet(
        store,
        EvidenceEntry(
            student_id=student.id,
            target_id=anchor.target_id,
            produced_on="2026-12-01",
            level=1.0,
            class_id=grid.class_id,
        ),
        "Redo the table with a unit rate.",
        today=date(2026, 12, 1),
    )
    page = window.queue_page
    window.pages.setCurrentWidget(page)
    page.refresh()
    assert page.select(done.revision_id)
    seen: list[str] = []

    def look(dialog: RevisionDialog) -> int:
        seen.extend(b.text() for b in dialog.level_choice.exemplar_buttons)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RevisionDialog, "exec", look)
    page.record_revision()
    assert seen == ["Anchor paper: Ratios, December, piece A"]


def test_the_targets_page_names_the_anchor_paper_and_a_double_click_opens_it(
    qtbot, window, anchor, opened
):
    page = window.targets_page
    window.pages.setCurrentWidget(page)
    page.select(anchor.target_id)
    page.detail_tabs.setCurrentIndex(page.detail_tabs.indexOf(page.rubric.parentWidget()))
    rubric = page.rubric
    qtbot.waitUntil(lambda: rubric.rowCount() == 4)
    row = next(r for r in range(rubric.rowCount()) if rubric.item(r, 0).text() == "2 Developing")
    cell = rubric.item(row, 2)
    assert cell.text() == "Anchor paper: Ratios, December, piece A"
    assert cell.toolTip() == f"The group agreed: {REASON}"
    assert [rubric.item(r, 2).text() for r in range(rubric.rowCount()) if r != row] == [""] * 3
    rubric.scrollToItem(cell)
    where = rubric.visualItemRect(cell).center()
    qtbot.mouseClick(rubric.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a hand does
    qtbot.mouseDClick(rubric.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [p.name for p in opened] == [anchor.file_name]
    assert opened[0].read_bytes() == anchor.blob
