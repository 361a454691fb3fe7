"""Conferences: a teacher prepares each student's packet with them, then prints the packets.

Packets are read back with pypdf, as a family would read them.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from background_helpers import settle
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QListWidget,
    QPlainTextEdit,
    QProgressDialog,
    QSpinBox,
    QTableWidget,
)
from sqlmodel import select

from cbe_desktop.core.conference import showcase_candidates
from cbe_desktop.core.models import Reflection, SchoolClass, Showcase
from cbe_desktop.core.roster import add_student, enroll, find_class
from cbe_desktop.reports import ReportCancelled
from cbe_desktop.reports.labels import LABELS
from cbe_desktop.services.packets import packet_file_names, safe_file_stem
from cbe_desktop.ui import background
from cbe_desktop.ui.conferences import (
    QTPDF_MISSING,
    ConferencesPage,
    default_paper,
    printing,
    tables,
)
from cbe_desktop.ui.operations import Operations

MATH = "Math 7 — Period 2"
COVERS = (LABELS["en"]["cover_title"], LABELS["es"]["cover_title"])
PAGE_WIDTH = {"letter": 612, "a4": 595}


# ----- helpers ----------------------------------------------------------------------------


@pytest.fixture
def math_id(demo_store) -> str:
    with demo_store.read() as session:
        return find_class(session, MATH).id


@pytest.fixture
def page(qtbot, demo_store, math_id) -> ConferencesPage:
    operations = Operations(demo_store)
    operations.quiet = True
    p = ConferencesPage(demo_store, operations)
    qtbot.addWidget(p)
    p.resize(1150, 720)
    p.show()
    p.set_class(math_id)
    return p


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed (lines wrap anywhere)."""
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(path).pages]


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "PDF files"))
    )


def student_named(page: ConferencesPage, name: str) -> str:
    return next(s.student_id for s in page.students if s.name == name)


def covers(pages: list[str]) -> list[str]:
    """The first page of each packet (the cover, "Page 1 of n")."""
    firsts = ("Page 1 of", "Página 1 de")
    return [t for t in pages if any(c in t for c in COVERS) and any(f in t for f in firsts)]


def showcase_rows(store, student_id: str) -> list[Showcase]:
    with store.read() as session:
        return list(session.exec(select(Showcase).where(Showcase.student_id == student_id)))


# ----- conference prep: the work to show ------------------------------------------------


def test_choosing_work_stores_it_undo_leaves_a_tombstone_and_redo_brings_it_back(
    page, qtbot, demo_store, math_id
):
    sid = student_named(page, "Noah Begay")
    page.select_student(sid)
    before = {r.id for r in showcase_rows(demo_store, sid)}
    row = next(
        r
        for r in range(page.candidate_table.rowCount())
        if page.candidate_table.item(r, 0).checkState() == Qt.CheckState.Unchecked
    )
    evidence_id = page.candidate_table.item(row, 0).data(tables.IdRole)
    chosen_before = page.chosen_table.rowCount()

    page.candidate_table.item(row, 0).setCheckState(Qt.CheckState.Checked)  # the tick box
    qtbot.waitUntil(lambda: page.chosen_table.rowCount() == chosen_before + 1)
    rows = [r for r in showcase_rows(demo_store, sid) if r.id not in before]
    assert len(rows) == 1 and rows[0].evidence_id == evidence_id
    assert rows[0].deleted_hlc is None and rows[0].class_id == math_id
    assert page.chosen[-1].evidence_id == evidence_id  # placed last
    assert page.candidate_table.item(row, 0).text() == "Chosen"
    candidate = next(c for c in page.candidates if c.evidence_id == evidence_id)
    assert page.status.text() == (
        f"“{candidate.task_title}” ({candidate.target_code}, {candidate.produced_on}) "
        "is chosen for Noah Begay's packet."
    )

    page.operations.undo_stack.undo()
    qtbot.waitUntil(lambda: page.chosen_table.rowCount() == chosen_before)
    (undone,) = [r for r in showcase_rows(demo_store, sid) if r.id == rows[0].id]
    assert undone.deleted_hlc is not None  # a tombstone that can travel, not a deleted row

    page.operations.undo_stack.redo()
    qtbot.waitUntil(lambda: page.chosen_table.rowCount() == chosen_before + 1)
    (again,) = [r for r in showcase_rows(demo_store, sid) if r.id == rows[0].id]
    assert again.deleted_hlc is None
    with demo_store.read() as session:
        shown = {c.evidence_id for c in showcase_candidates(session, sid, math_id) if c.chosen}
    assert evidence_id in shown


def test_enter_takes_chosen_work_out_and_reorder_and_note_are_one_undo_step_each(
    page, qtbot, demo_store
):
    two = next(s for s in page.students if s.chosen >= 2)
    page.select_student(two.student_id)
    first, second = page.chosen[0], page.chosen[1]

    page.chosen_table.selectRow(0)
    page.chosen_table.setFocus()
    qtbot.keyClick(page.chosen_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in page.chosen[:2]] == [second.id, first.id]
    assert page._selected_chosen_id() == first.id  # the moved work stays selected
    positions = {r.id: r.position for r in showcase_rows(demo_store, two.student_id)}
    assert positions[second.id] < positions[first.id]
    page.operations.undo_stack.undo()
    qtbot.waitUntil(lambda: [c.id for c in page.chosen[:2]] == [first.id, second.id])

    page.chosen_table.selectRow(0)
    page.note_edit.setFocus()
    page.note_edit.setPlainText("I fixed my units myself.")
    page.note_button.setFocus()  # leaving the field keeps the note
    assert page.chosen[0].note == "I fixed my units myself."
    assert page.chosen_table.item(0, 5).text() == "I fixed my units myself."
    page.operations.undo_stack.undo()
    qtbot.waitUntil(lambda: page.chosen[0].note == first.note)

    # Enter on chosen work in the list of all work takes it out of the packet
    page.tabs.setCurrentIndex(0)
    row = next(
        r for r, c in enumerate(page.candidates) if c.evidence_id == page.chosen[0].evidence_id
    )
    page.candidate_table.setFocus()
    page.candidate_table.setCurrentCell(row, 2)
    assert page.choose_button.accessibleName() == "Take out of the packet"
    qtbot.keyClick(page.candidate_table, Qt.Key.Key_Return)
    assert first.id not in [c.id for c in page.chosen]
    (row_now,) = [r for r in showcase_rows(demo_store, two.student_id) if r.id == first.id]
    assert row_now.deleted_hlc is not None


# ----- conference prep: goals and reflection ----------------------------------------------


def test_a_reflection_typed_by_the_student_is_listed_and_printed_in_the_packet(
    page, qtbot, demo_store, monkeypatch, tmp_path
):
    sid = student_named(page, "Olivia Chen")
    page.select_student(sid)
    page.tabs.setCurrentIndex(1)
    page.by_teacher.setChecked(True)
    teacher_size = page.voice_edit.font().pointSizeF()
    page.by_student.setChecked(True)
    assert page.voice_edit.font().pointSizeF() > teacher_size * 1.2  # bigger for the student
    words = "I learned to check my ratio tables twice."
    page.voice_edit.setFocus()
    qtbot.keyClicks(page.voice_edit, words)
    qtbot.mouseClick(page.keep_reflection_button, Qt.MouseButton.LeftButton)

    assert page.voice_lines()[0].endswith(f"Reflection · the student · {words}")
    assert page.voice_edit.toPlainText() == ""
    with demo_store.read() as session:
        rows = session.exec(select(Reflection).where(Reflection.text == words)).all()
    assert [(r.student_id, r.author) for r in rows] == [(sid, "student")]

    page.set_ticked({sid})
    page.tabs.setCurrentIndex(2)
    out = tmp_path / "olivia.pdf"
    save_to(monkeypatch, out)
    qtbot.mouseClick(page.save_one_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    text = " ".join(pdf_pages(out))
    assert f"“{words}”" in text
    assert "Olivia Chen" in text and LABELS["en"]["my_reflection"] in text
    assert page.status.text().startswith("Saved 1 packet")


def test_editing_a_goal_replaces_its_words_and_undo_brings_the_old_words_back(page, qtbot):
    page.select_student(student_named(page, "Amara Okafor"))
    page.tabs.setCurrentIndex(1)
    row = next(r for r, v in enumerate(page.voice_items) if v.kind == "goal")
    old = page.voice_items[row]
    page.voice_table.selectRow(row)
    page.edit_selected_voice()
    assert page.writer_box.title() == f"Editing the goal of {old.written_on}"
    assert page.voice_edit.toPlainText() == old.text
    page.by_teacher.setChecked(True)
    page.voice_edit.setPlainText("I will explain each step to my partner.")
    qtbot.mouseClick(page.save_edit_button, Qt.MouseButton.LeftButton)

    texts = [v.text for v in page.voice_items]
    assert "I will explain each step to my partner." in texts and old.text not in texts
    new = next(v for v in page.voice_items if v.text.startswith("I will explain each"))
    assert (new.author, new.written_on) == ("teacher", old.written_on)
    assert page.writer_box.title() == "Writing something new"

    page.operations.undo_stack.undo()
    qtbot.waitUntil(lambda: old.text in [v.text for v in page.voice_items])
    assert "I will explain each step to my partner." not in [v.text for v in page.voice_items]
    page.operations.undo_stack.redo()
    qtbot.waitUntil(lambda: old.text not in [v.text for v in page.voice_items])


def test_what_is_being_typed_waits_for_the_student_and_the_list_says_who_is_ready(page, qtbot):
    first, second = page.students[0], page.students[1]
    page.select_student(first.student_id)
    page.tabs.setCurrentIndex(1)
    page.voice_edit.setPlainText("Half a sentence")
    page.select_student(second.student_id)
    assert page.voice_edit.toPlainText() == ""
    page.select_student(first.student_id)
    assert page.voice_edit.toPlainText() == "Half a sentence"

    # deleting the only reflection: the list says it in words
    item = page.student_list.currentItem()
    assert item.text().endswith("· ready")
    for kind in ("reflection",):
        rows = [r for r, v in enumerate(page.voice_items) if v.kind == kind]
        for r in reversed(rows):
            page.voice_table.selectRow(r)
            page.delete_selected_voice()
    qtbot.waitUntil(lambda: "to do: a reflection" in page.student_list.currentItem().text())
    assert "still to do: a reflection" in page.student_list.currentItem().toolTip()


def test_a_new_student_with_no_work_yet_is_told_kindly_and_still_gets_a_packet(
    page, qtbot, demo_store, math_id, monkeypatch, tmp_path
):
    with demo_store.transaction() as tx:
        newcomer = add_student(tx, "Nadia", "Haddad", family_language="es")
        enroll(tx, tx.session.get(SchoolClass, math_id), newcomer)
        newcomer_id = newcomer.id
    page.refresh()
    page.select_student(newcomer_id)
    assert page.candidates == [] and page.chosen == []
    assert page.candidate_words.text().startswith("No scored work yet")
    assert page.chosen_empty.text() == "Nothing chosen yet: tick a piece of work below."
    assert not page.choose_button.isEnabled()
    item = page.student_list.currentItem()
    assert item.text() == "Nadia Haddad\nSpanish · to do: a goal, a reflection, work to show"

    page.set_ticked({newcomer_id})
    page.tabs.setCurrentIndex(2)
    out = tmp_path / "nadia.pdf"
    save_to(monkeypatch, out)
    qtbot.mouseClick(page.save_one_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    text = " ".join(pdf_pages(out))
    assert "Nadia Haddad" in text and LABELS["es"]["no_goals"] in text


# ----- printing -----------------------------------------------------------------------------


def test_one_pdf_for_the_whole_class_has_a_packet_per_student_in_roster_order(
    page, qtbot, monkeypatch, tmp_path
):
    page.tabs.setCurrentIndex(2)
    assert page.every_student.isChecked()
    out = tmp_path / "class.pdf"
    save_to(monkeypatch, out)
    qtbot.mouseClick(page.save_one_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    firsts = covers(pdf_pages(out))
    assert len(firsts) == len(page.students) == 28
    for text, student in zip(firsts, page.students, strict=True):
        assert student.name in text
    assert "28 packets (each in the family's language: 18 in English, 10 in Spanish)" in (
        page.status.text()
    )


def test_one_file_per_student_writes_a_file_each_with_plain_names(
    page, qtbot, monkeypatch, tmp_path
):
    folder = tmp_path / "packets"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.save_each_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == len(page.students)  # and no hidden work folder left behind
    assert all(re.fullmatch(r"\d{2}-[A-Za-z0-9-]+\.pdf", name) for name in files), files
    assert "08-Ana-Garcia-Lopez.pdf" in files or any("Ana-Garcia-Lopez" in f for f in files)
    first = pdf_pages(folder / files[0])
    assert len(covers(first)) == 1 and page.students[0].name in first[0]


def test_spanish_for_all_writes_spanish_section_titles_even_for_english_families(
    page, qtbot, monkeypatch, tmp_path
):
    english = [s.student_id for s in page.students if s.family_language == "en"][:2]
    page.set_ticked(english)
    page.tabs.setCurrentIndex(2)
    page.set_packet_language("es")
    out = tmp_path / "es.pdf"
    save_to(monkeypatch, out)
    qtbot.mouseClick(page.save_one_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    text = " ".join(pdf_pages(out))
    for key in ("cover_title", "sec_where", "sec_habits", "sec_family"):
        assert LABELS["es"][key] in text, key
    assert LABELS["en"]["sec_where"] not in text
    assert "2 packets (all in Spanish)" in page.status.text()


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_paper_size_chosen_is_the_size_of_every_page(page, qtbot, monkeypatch, tmp_path, paper):
    page.set_ticked([page.students[3].student_id])
    page.tabs.setCurrentIndex(2)
    page.set_paper_size(paper)
    out = tmp_path / f"{paper}.pdf"
    save_to(monkeypatch, out)
    qtbot.mouseClick(page.save_one_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    widths = {round(float(p.mediabox.width)) for p in PdfReader(out).pages}
    assert widths == {PAGE_WIDTH[paper]}


def test_cancel_during_a_whole_class_save_writes_no_file(
    page, qtbot, monkeypatch, tmp_path, demo_store, math_id
):
    seen: list[str] = []

    class CancelAtThirdPacket(QProgressDialog):
        def setLabelText(self, text: str) -> None:
            assert threading.current_thread() is threading.main_thread()  # widgets: UI thread
            super().setLabelText(text)
            seen.append(text)
            if text.startswith("Packet 3 of"):
                self.canceled.emit()  # what the Cancel button sends

    monkeypatch.setattr(background, "QProgressDialog", CancelAtThirdPacket)
    # Give the UI thread time to press Cancel while packets are still being made (on a fast
    # machine the worker could otherwise finish all 28 before "Packet 3" is even shown).
    import cbe_desktop.reports as reports_module

    real_build = reports_module.build_packet

    def unhurried_build(data, out, *, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        def slow_progress(*args):  # type: ignore[no-untyped-def]
            if progress is not None:
                progress(*args)
            time.sleep(0.05)

        return real_build(data, out, progress=slow_progress, **kwargs)

    monkeypatch.setattr(reports_module, "build_packet", unhurried_build)
    out = tmp_path / "out" / "class.pdf"
    out.parent.mkdir()
    save_to(monkeypatch, out)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.save_one_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert seen[1] == f"Packet 1 of 28: {page.students[0].name}"
    assert not any(s.startswith("Packet 28 of") for s in seen)
    assert list(out.parent.iterdir()) == []  # not the PDF, not a partial file
    assert page.status.text() == "Stopped before it was finished: no file was written."

    # one file per student: the same, from the page's own worker
    folder = tmp_path / "each"
    folder.mkdir()
    work = page.files_work(folder)
    with pytest.raises(ReportCancelled):
        work(lambda *a: None, lambda: True)
    assert list(folder.iterdir()) == []


def test_preview_shows_the_packets_with_their_pages_and_can_turn_them(
    page, qtbot, monkeypatch, tmp_path
):
    page.set_ticked([page.students[0].student_id, page.students[1].student_id])
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    expected = len(PdfReader(page.preview_path).pages)
    assert page.preview_document.pageCount() == expected > 2
    assert len(covers(pdf_pages(page.preview_path))) == 2
    assert page.preview_stack.currentWidget() is page.preview_box
    assert page.page_spin.maximum() == expected
    assert f"{expected} pages" in page.preview_title.text()

    page.go_to_page(3)
    assert page.preview_view.pageNavigator().currentPage() == 2
    qtbot.mouseClick(page.next_page_button, Qt.MouseButton.LeftButton)
    assert page.page_spin.value() == 4
    qtbot.mouseClick(page.whole_button, Qt.MouseButton.LeftButton)
    assert page.zoom_words() == "Whole page"
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert page.zoom_words().endswith("%")

    out = tmp_path / "copy.pdf"
    save_to(monkeypatch, out)
    qtbot.mouseClick(page.save_preview_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes() == page.preview_path.read_bytes()


def test_where_am_i_and_the_class_summary_show_in_the_preview(page, qtbot):
    student = page.students[2]
    page.select_student(student.student_id)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.where_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.preview_document.pageCount() == 1
    text = " ".join(pdf_pages(page.preview_path))
    assert student.name in text
    assert page.status.text().startswith(f"“Where am I” sheet of {student.name}")

    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    text = " ".join(pdf_pages(page.preview_path))
    assert LABELS["en"]["sum_title"] in text and MATH in text


def test_print_renders_each_page_to_the_printer(page, qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog

    out = tmp_path / "printed.pdf"

    def accept(dialog) -> QDialog.DialogCode:
        printer = dialog.printer()
        printer.setOutputFileName(str(out))  # a PDF printer instead of paper
        printer.setResolution(72)  # quick; a real printer keeps its own
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    page.set_ticked([page.students[5].student_id])
    page.set_paper_size("letter")
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    pages = page.preview_page_count()

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    printed = PdfReader(out)
    assert len(printed.pages) == pages
    assert round(float(printed.pages[0].mediabox.width)) == PAGE_WIDTH["letter"]
    assert page.status.text() == f"Sent {pages} pages of Conference packets — {MATH} to {out}."

    out.unlink()
    qtbot.mouseClick(page.print_preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert len(PdfReader(out).pages) == pages


def test_printing_renders_pages_on_a_worker_and_paints_them_while_the_window_answers(
    page, qtbot, monkeypatch, tmp_path
):
    """A packet's pages take a moment each to render for the printer: they are rendered
    through the background door, off the UI thread, and only painted on it, so the window
    keeps answering (and Cancel works) while a class's packets print."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrintDialog

    out = tmp_path / "printed.pdf"

    def accept(dialog) -> QDialog.DialogCode:
        dialog.printer().setOutputFileName(str(out))
        dialog.printer().setResolution(72)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    doors: list[str] = []  # the work that hands results over to the UI thread
    real_door = background.start

    def door(parent, title, label, fn, on_done, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("each") is not None:
            doors.append(title)
        return real_door(parent, title, label, fn, on_done, **kwargs)

    monkeypatch.setattr(background, "start", door)
    on_main = threading.main_thread
    rendered_on_ui: list[bool] = []
    painted_on_ui: list[bool] = []
    ticks = [0]  # the UI thread's event loop turning
    ticks_when_handed: list[int] = []
    real_render = printing.rasterise_pages

    def render(path, pages, dpi, grey, progress, cancelled, hand):  # type: ignore[no-untyped-def]
        rendered_on_ui.append(threading.current_thread() is on_main())

        def handing(item):  # type: ignore[no-untyped-def]
            ticks_when_handed.append(ticks[0])
            hand(item)

        return real_render(path, pages, dpi, grey, progress, cancelled, handing)

    monkeypatch.setattr(printing, "rasterise_pages", render)
    real_draw = QPainter.drawImage

    def draw(painter, *args):  # type: ignore[no-untyped-def]
        painted_on_ui.append(threading.current_thread() is on_main())
        return real_draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawImage", draw)
    page.set_ticked([page.students[5].student_id])
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    pages = page.preview_page_count()
    assert pages > 2
    timer = QTimer(page, interval=0)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    timer.stop()
    assert doors == ["Printing"]
    assert rendered_on_ui == [False]  # every page rendered on the worker thread...
    assert painted_on_ui == [True] * pages  # ...and painted on the UI thread, in turn
    assert ticks_when_handed[-1] > ticks_when_handed[0]  # the window turned meanwhile
    assert len(PdfReader(out).pages) == pages
    assert page.status.text().startswith(f"Sent {pages} pages of ")


def test_without_qt_pdf_the_preview_says_so_in_a_sentence(page, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "load_qtpdf", lambda: None)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.preview_placeholder.text() == QTPDF_MISSING
    assert page.status.text() == QTPDF_MISSING
    assert page.preview_path is None


# ----- words, names, keyboard ----------------------------------------------------------------


def test_letter_paper_where_letter_is_usual_else_a4():
    for name in ("en_US", "en_CA", "fr_CA", "es_MX", "es_CO", "en_PH"):
        assert default_paper(QLocale(name)) == "letter", name
    for name in ("en_GB", "es_ES", "de_DE", "es_AR", "fr_FR"):
        assert default_paper(QLocale(name)) == "a4", name


def test_file_names_are_plain_numbered_and_never_twice_the_same():
    names = packet_file_names(
        ["Ana García López", "Zoë Müller-Brandt", "ana garcia lopez", "Con", "李小龙", "?/\\:*"]
    )
    assert names == [
        "01-Ana-Garcia-Lopez.pdf",
        "02-Zoe-Muller-Brandt.pdf",
        "03-ana-garcia-lopez.pdf",
        "04-Con.pdf",
        "05-李小龙.pdf",
        "06-student.pdf",
    ]
    assert safe_file_stem("CON") == "CON-file"
    assert safe_file_stem("Liam O'Connor") == "Liam-O-Connor"
    assert safe_file_stem("Strauß Łukasz") == "Strauss-Lukasz"


def test_every_control_has_a_name_and_takes_the_keyboard(page):
    page._build_viewer()
    kinds = (QAbstractButton, QComboBox, QListWidget, QTableWidget, QPlainTextEdit, QSpinBox)
    controls = [
        w
        for kind in kinds
        for w in page.findChildren(kind)
        # Qt's own parts (scroll-bar corners, tab-bar arrows) are not ours to name
        if not w.parent().inherits("QTabBar")
        and not w.parent().inherits("QAbstractScrollArea")
        and type(w).__name__ != "QToolButton"
    ]
    assert len(controls) > 30
    for control in controls:
        named = control.accessibleName() or (
            isinstance(control, QAbstractButton) and control.text()
        )
        assert named, control
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus, control
    assert page.preview_view.accessibleName() and page.status.accessibleName() == "Status"


def test_ticking_by_keyboard_or_by_group_chooses_whose_packets_are_made(page, qtbot):
    lst = page.student_list
    lst.setFocus()
    lst.setCurrentRow(2)
    qtbot.keyClick(lst, Qt.Key.Key_Space)
    assert page.chosen_student_ids() == [page.students[2].student_id]
    assert page.ticked_only.isChecked() and page.ticked_words.text() == "1 of 28 ticked"

    index = page.tick_group.findData("es")
    page.tick_group.setCurrentIndex(index)
    page.tick_group.activated.emit(index)
    spanish = [s.student_id for s in page.students if s.family_language == "es"]
    assert page.chosen_student_ids() == spanish and len(spanish) == 10
    assert page.print_words.text().startswith(
        "10 packets (each in the family's language: 10 in Spanish), on "
    )
    assert page.tick_group.currentIndex() == 0  # ready for the next group

    page.every_student.setChecked(True)
    assert len(page.chosen_student_ids()) == 28
    page.set_ticked(set())
    page.ticked_only.setChecked(True)
    assert not page.save_one_button.isEnabled()
    assert page.print_words.text() == "No student is ticked: tick students on the left."
