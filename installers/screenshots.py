#!/usr/bin/env python3
"""Every page and dialog of the window, as a teacher sees them on a 1366×768 laptop.

    python installers/screenshots.py                    # into docs/screenshots/
    python installers/screenshots.py --size 1280x720 --out /tmp/small

One command, and no screen is needed: Qt's offscreen platform is given one screen of
the size asked for, the window opens on a fresh demo class exactly as it opens for a
teacher (inside the screen, maximized when the screen is small), and each picture is
that whole screen: the window, and over it the dialog where it appears. Dialogs are
opened the way a teacher opens them (a key in the grid, a button) and cancelled once
photographed, so nothing a picture shows was typed by the script.

The pictures are listed in docs/screenshots/README.md; README.md shows a few of them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "interop"
#: What a screen behind the window looks like where the window does not cover it.
DESKTOP = "#2e3440"


def parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r}: write a size as 1366x768")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", type=parse_size, default=(1366, 768), metavar="WxH")
    parser.add_argument("--only", help="take only the pictures whose names contain this")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="cbe-desktop-screenshots-"))
    try:
        width, height = args.size
        screens = work / "screens.json"
        screens.write_text(
            json.dumps(
                {
                    "screens": [
                        {
                            "name": "laptop",
                            "x": 0,
                            "y": 0,
                            "width": width,
                            "height": height,
                            "logicalDpi": 96,
                            "logicalBaseDpi": 96,
                            "dpr": 1,
                        }
                    ]
                }
            )
        )
        # Before Qt is imported: the screen, and a configuration folder of our own (the
        # teacher's remembered window place is not used, nor changed).
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
        os.environ["CBE_DESKTOP_CONFIG_DIR"] = str(work / "config")
        os.environ.pop("CBE_DESKTOP_DATA_DIR", None)
        args.out.mkdir(parents=True, exist_ok=True)
        taken = Photographer(args.out, work, args.only).take_all()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(taken)} pictures in {args.out}")
    return 0


class Photographer:
    def __init__(self, out: Path, work: Path, only: str | None) -> None:
        from cbe_desktop.app import application

        self.out = out
        self.work = work
        self.only = only
        self.app = application()
        self.taken: list[str] = []
        self.window = None  # the main window being photographed
        self._dialog_names: list[str] = []

    # ----- the camera --------------------------------------------------------
    def settle(self, seconds: float = 0.15) -> None:
        end = time.monotonic() + seconds
        while True:
            self.app.processEvents()
            if time.monotonic() >= end:
                break
            time.sleep(0.01)

    def wanted(self, name: str) -> bool:
        return not self.only or self.only in name

    def picture(self, name: str, *dialogs) -> None:  # type: ignore[no-untyped-def]
        """The whole screen: the window, then each dialog over it with a title bar."""
        from PySide6.QtCore import QPoint, QRect, Qt
        from PySide6.QtGui import QColor, QFont, QImage, QPainter

        if not self.wanted(name):
            return
        self.settle()
        screen = self.app.primaryScreen().geometry()
        image = QImage(screen.size(), QImage.Format.Format_RGB32)
        image.fill(QColor(DESKTOP))
        painter = QPainter(image)
        if self.window is not None and self.window.isVisible():
            painter.drawPixmap(self.window.geometry().topLeft(), self.window.grab())
        for dialog in dialogs:
            bar = 26
            where = dialog.geometry()
            title = QRect(where.x(), where.y() - bar, where.width(), bar)
            painter.fillRect(title.adjusted(-1, 0, 1, 0), QColor("#4c566a"))
            painter.setPen(QColor("white"))
            font = QFont(self.app.font())
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(title, Qt.AlignmentFlag.AlignCenter, dialog.windowTitle())
            painter.drawPixmap(where.topLeft(), dialog.grab())
            painter.setPen(QColor("#4c566a"))
            painter.drawRect(where.adjusted(-1, -bar, 0, 0).translated(QPoint(0, 0)))
        painter.end()
        path = self.out / f"{name}.png"
        if not image.save(str(path), "PNG", 0):  # 0: the smallest file (PNG stays lossless)
            raise SystemExit(f"could not write {path}")
        self.taken.append(name)
        print(f"  {path.name}", flush=True)

    @contextmanager
    def dialogs_photographed(self) -> Iterator[None]:
        """While inside: every dialog the program opens is shown, photographed under the
        next name in ``expect``, and cancelled."""
        from PySide6.QtWidgets import QDialog

        original = QDialog.exec
        photographer = self

        def exec_and_photograph(dialog: QDialog) -> int:
            name = photographer._dialog_names.pop(0) if photographer._dialog_names else ""
            if name:
                dialog.show()
                photographer.settle(0.3)
                extra = getattr(photographer, "_dialog_pages", {}).get(name)
                if extra is not None:
                    extra(dialog)
                else:
                    photographer.picture(name, dialog)
            dialog.reject()
            return int(QDialog.DialogCode.Rejected)

        QDialog.exec = exec_and_photograph  # type: ignore[method-assign]
        try:
            yield
        finally:
            QDialog.exec = original  # type: ignore[method-assign]

    def expect(self, *names: str) -> None:
        self._dialog_names = list(names)

    # ----- the window --------------------------------------------------------
    def open_window(self, store, *, demo: bool):  # type: ignore[no-untyped-def]
        from cbe_desktop.app import _install_language, _open_window

        _install_language(self.app, store)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        self.window = _open_window(self.app, store, demo, None, None)
        self.settle(0.5)
        return self.window

    def demo_store(self, name: str, *, language: str = "en", **settings: str):  # type: ignore[no-untyped-def]
        from cbe_desktop.core.demo import build_demo
        from cbe_desktop.core.settings import save_settings
        from cbe_desktop.core.store import Store

        store = Store.open(self.work / name)
        build_demo(store, language=language)
        save_settings(store, {"language": language, **settings})
        return store

    # ----- what is photographed ----------------------------------------------
    def take_all(self) -> list[str]:
        from cbe_desktop.core.store import Store

        store = self.demo_store("demo")
        try:
            window = self.open_window(store, demo=True)
            self.pages(window)
            self.anchor_paper(window)
            self.where_am_i(window)
            with self.dialogs_photographed():
                self.gradebook_dialogs(window)
                self.page_dialogs(window)
                self.file_dialogs(window)
                self.welcome(window)
                self.learner_views(window)
            self.receive(window)
            window.close()
        finally:
            store.close()
        empty = Store.open(self.work / "empty")
        try:
            self.open_window(empty, demo=False)
            self.picture("empty-window")
            self.window.close()
        finally:
            empty.close()
        self.variants()
        self.packet_page()
        self.report_card_page()
        self.finish()
        return self.taken

    def finish(self) -> None:
        """Delete the last window while Qt is whole: left to the interpreter's exit, its
        widgets were sometimes torn down after Qt's own objects (a crash at exit)."""
        from PySide6.QtCore import QCoreApplication, QEvent

        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()

    def pages(self, window) -> None:  # type: ignore[no-untyped-def]
        """Every page, and every tab inside a page, as the window opens them."""
        from PySide6.QtWidgets import QTabWidget

        names = {
            "Gradebook": "gradebook",
            "Not yet": "not-yet",
            "Insights": "insights",
            "Conferences": "conferences",
            "Targets and rubrics": "targets",
            "Classes and students": "classes",
            "Scales": "scales",
            "Sync": "sync",
            "Calibration": "calibration",
            "School": "school",
        }
        for index in range(window.pages.count()):
            window.pages.setCurrentIndex(index)
            page = window.pages.widget(index)
            name = names.get(window.pages.tabText(index).split(" (")[0], f"page-{index}")
            self.prepare(name, window)
            self.picture(name)
            for tabs in page.findChildren(QTabWidget):
                if not tabs.isVisible():
                    continue
                for tab in range(1, tabs.count()):
                    if not tabs.isTabEnabled(tab):
                        continue
                    tabs.setCurrentIndex(tab)
                    self.settle()
                    self.picture(f"{name}-{slug(tabs.tabText(tab))}")
                tabs.setCurrentIndex(0)
        window.pages.setCurrentIndex(0)

    def prepare(self, name: str, window) -> None:  # type: ignore[no-untyped-def]
        """Before a page's picture: what a teacher would have chosen on it."""
        self.settle()
        if name == "targets":  # a target chosen, so its details and rubric show
            tree = window.targets_page.tree
            model = tree.model()
            if model is not None and model.rowCount():
                first = model.index(0, 0)
                tree.setCurrentIndex(model.index(0, 0, first) if model.rowCount(first) else first)

        if name == "school" and window.school_page is not None:  # the principal's buttons
            for button_ in (
                window.school_page.progress_button,
                window.school_page.attention_button,
                window.school_page.equity_button,
            ):
                button_.click()
                self.settle()

        if name == "calibration":  # a set three teachers scored, the group's first level
            calibration_example(window.store)
            window.calibration_page.reload_sets()
            self.settle()

    def anchor_paper(self, window) -> None:  # type: ignore[no-untyped-def]
        """The gradebook's cell panel on a target whose rubric has the calibration's anchor
        paper, the rubric scrolled to it."""
        from cbe_desktop.core.calibration import rubric_exemplars

        if not self.wanted("gradebook-anchor-paper"):
            return
        calibration_example(window.store)
        window.pages.setCurrentIndex(0)
        self.settle()
        grid = window.gradebook.model.grid
        with window.store.read() as session:
            column = next(n for n, t in enumerate(grid.targets) if rubric_exemplars(session, t.id))
        table = window.gradebook.table
        table.setFocus()
        table.setCurrentIndex(window.gradebook.model.index(0, column + 1))
        self.settle(0.3)
        panel = window.page.panel
        button = panel.rubric.exemplar_buttons[0]
        panel.rubric_area.ensureWidgetVisible(button, 0, 40)  # its level's words above it
        self.picture("gradebook-anchor-paper")

    def where_am_i(self, window) -> None:  # type: ignore[no-untyped-def]
        """Conferences → Print and preview, showing a student's "Where am I" sheet."""
        window.pages.setCurrentWidget(window.conferences_page)
        window.conferences_page.tabs.setCurrentIndex(window.conferences_page.tabs.count() - 1)
        self.settle()
        if press(window.conferences_page, "“Where am I” sheet"):
            self.settle(1.5)
            self.picture("conferences-where-am-i")
        window.conferences_page.tabs.setCurrentIndex(0)
        window.pages.setCurrentIndex(0)

    def gradebook_dialogs(self, window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window.pages.setCurrentIndex(0)
        table = window.gradebook.table
        table.setFocus()
        table.setCurrentIndex(window.gradebook.model.index(0, 1))
        self.settle()
        self.expect("dialog-evidence")
        QTest.keyClick(table, Qt.Key.Key_Return)
        self.expect("dialog-not-yet")
        QTest.keyClick(table, Qt.Key.Key_N)
        for name, words in (
            ("dialog-whole-class", "Whole class"),
            ("dialog-new-task", "New task"),
            ("dialog-edit-task", "Edit"),
        ):
            self.expect(name)
            press(window.page, words)
        self.expect("dialog-settings")
        window.open_settings()

    def page_dialogs(self, window) -> None:  # type: ignore[no-untyped-def]
        # Not yet: record a revision on the oldest open one.
        window.pages.setCurrentWidget(window.queue_page)
        self.settle()
        table = window.queue_page.table
        if table.model() is not None and table.model().rowCount():
            table.setCurrentIndex(table.model().index(0, 0))
            table.selectRow(0)
        self.expect("dialog-revision")
        press(window.queue_page, "Record revision")
        # Insights: a goal, typed with the student.
        window.pages.setCurrentWidget(window.insights_page)
        window.insights_page.tabs.setCurrentIndex(window.insights_page.tabs.count() - 1)
        self.settle()
        self.expect("dialog-goal")
        press(window.insights_page, "Add goal")
        window.insights_page.tabs.setCurrentIndex(0)
        # Classes and students: a new student.
        window.pages.setCurrentWidget(window.roster_page)
        window.roster_page.tabs.setCurrentIndex(2)
        self.settle()
        self.expect("dialog-student")
        press(window.roster_page, "Add student")
        window.roster_page.tabs.setCurrentIndex(0)
        window.pages.setCurrentIndex(0)

    def file_dialogs(self, window) -> None:  # type: ignore[no-untyped-def]
        """The import window, before anything is imported: a CSV (with its columns) and a
        CASE file (a summary line and the plan)."""
        window.pages.setCurrentWidget(window.targets_page)
        self.settle()
        self.expect("dialog-import-targets-csv")
        window.targets_page.import_targets(str(FIXTURES / "targets-google-sheets.csv"))
        self.expect("dialog-import-targets-case")
        window.targets_page.import_targets(str(FIXTURES / "case-1.1-grade6-math.json"))
        from cbe_desktop.ui.import_dialog import ImportDialog

        self.expect("dialog-import-roster-csv")
        ImportDialog(
            window,
            window.store,
            "roster",
            FIXTURES / "roster-google-sheets.csv",
            class_name="Math 7 — Period 2",
        ).exec()
        window.pages.setCurrentIndex(0)

    def welcome(self, window) -> None:  # type: ignore[no-untyped-def]
        """The welcome screen's three pages (shown over the window, as when reopened)."""
        from cbe_desktop.ui.welcome import WelcomeDialog

        def pages(dialog: WelcomeDialog) -> None:
            self.picture("dialog-welcome", dialog)
            dialog.setup_button.click()
            self.settle()
            self.picture("dialog-welcome-setup", dialog)
            dialog.pages.setCurrentIndex(0)
            dialog.receive_button.click()
            self.settle()
            self.picture("dialog-welcome-receive", dialog)

        self._dialog_pages = {"dialog-welcome": pages}
        self.expect("dialog-welcome")
        WelcomeDialog(window).exec()
        self._dialog_pages = {}

    def learner_views(self, window) -> None:  # type: ignore[no-untyped-def]
        """Learners → Learner's record and Term marks: a mark the teacher set with a reason
        and a target modified for a student's plan, the mark and plan dialogs opened from
        Term marks, and the term once closed."""
        from cbe_desktop.core.term_records import close_term

        class_id = window.current_class_id()
        if class_id is None:
            return
        term_example(window.store, class_id)
        window.page.reload()
        self.settle()
        self.picture("gradebook-individual-plan")
        self.expect("dialog-learner-record")
        window.open_learner_record()

        def term_pages(dialog) -> None:  # type: ignore[no-untyped-def]
            dialog.table.setCurrentCell(1, 1)
            self.settle()
            self.picture("dialog-term-marks", dialog)
            self.expect("dialog-set-mark")
            dialog.set_mark_button.click()
            dialog.table.setCurrentCell(2, 1)
            self.expect("dialog-modified-targets")
            dialog.modified_button.click()
            close_term(window.store, class_id)
            dialog.refresh()
            dialog.table.setCurrentCell(1, 1)
            self.picture("dialog-term-marks-closed", dialog)

        self._dialog_pages = {"dialog-term-marks": term_pages}
        self.expect("dialog-term-marks")
        window.open_term_marks()
        self._dialog_pages = {}

    def receive(self, window) -> None:  # type: ignore[no-untyped-def]
        """Sync → Receive work, with a file from another laptop checked (not yet imported)."""
        from cbe_desktop.core.settings import save_settings
        from cbe_desktop.sync.exchange import export_bundle

        other = self.demo_store("other-laptop")
        try:
            save_settings(other, {"teacher": "Mr. Okafor"})
            bundle = self.work / "from-mr-okafor.cbesync"
            export_bundle(other, bundle)
        finally:
            other.close()
        window.receive_file(bundle)
        self.settle(1.0)
        self.picture("sync-receive-preview")
        window.pages.setCurrentIndex(0)

    def variants(self) -> None:
        """The gradebook in Spanish, and with high contrast."""
        from cbe_desktop.ui.contrast import apply_contrast
        from cbe_desktop.ui.i18n import remove_translator

        for name, language, settings in (
            ("gradebook-es", "es", {}),
            ("gradebook-high-contrast", "en", {"contrast": "high"}),
        ):
            if not self.wanted(name):
                continue
            store = self.demo_store(name, language=language, **settings)
            try:
                window = self.open_window(store, demo=True)
                window.gradebook.table.setCurrentIndex(window.gradebook.model.index(0, 1))
                self.picture(name)
                window.close()
            finally:
                store.close()
            remove_translator(self.app)
            apply_contrast(self.app, "standard")

    def packet_page(self) -> None:
        """ "Where I am", the second page of a student's conference packet, as a family
        gets it from the school's black-and-white printer."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QImage
        from PySide6.QtPdf import QPdfDocument

        from cbe_desktop.core import conference
        from cbe_desktop.core.roster import class_summaries
        from cbe_desktop.reports import build_packet

        if not self.wanted("packet-page"):
            return
        store = self.demo_store("packet")
        try:
            with store.read() as session:
                class_id = class_summaries(session)[0].id
                student = conference.find_student_in_class(session, class_id, "Chloé Lefèvre")
                packets = conference.class_packets(session, class_id, student_ids=[student])
            pdf = self.work / "packet.pdf"
            build_packet(packets, pdf, lang="en", pagesize="letter")
        finally:
            store.close()
        document = QPdfDocument()
        document.load(str(pdf))
        page = document.pagePointSize(1)
        width = 850
        image = document.render(1, QSize(width, round(width * page.height() / page.width())))
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        image.save(str(self.out / "packet-page.png"), "PNG", 0)
        document.close()
        self.taken.append("packet-page")
        print("  packet-page.png", flush=True)

    def report_card_page(self) -> None:
        """A student's report card, as a family gets it from the school's printer: the term
        closed, a mark the teacher set, a target modified for the student's plan."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QColor, QImage, QPainter
        from PySide6.QtPdf import QPdfDocument

        from cbe_desktop.core.roster import class_summaries
        from cbe_desktop.core.term_records import close_term
        from cbe_desktop.reports.report_card import build_report_cards, gather_report_cards

        if not self.wanted("report-card-page"):
            return
        store = self.demo_store("report-card")
        try:
            with store.read() as session:
                class_id = class_summaries(session)[0].id
            planned = term_example(store, class_id)
            close_term(store, class_id)
            with store.read() as session:
                cards = gather_report_cards(session, class_id, planned)
            pdf = self.work / "report-card.pdf"
            build_report_cards(cards, pdf, lang="en", pagesize="letter")
        finally:
            store.close()
        document = QPdfDocument()
        document.load(str(pdf))
        page = document.pagePointSize(0)
        width = 850
        size = QSize(width, round(width * page.height() / page.width()))
        rendered = document.render(0, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))  # paper, under the page's transparent background
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        image.save(str(self.out / "report-card-page.png"), "PNG", 0)
        document.close()
        self.taken.append("report-card-page")
        print("  report-card-page.png", flush=True)


def term_example(store, class_id: str) -> str:  # type: ignore[no-untyped-def]
    """The demo class at a term's end: the second student's course mark set by the teacher
    with a reason, and a target modified for the third student's individual plan (once).
    Returns the third student's id."""
    from cbe_desktop.core.settings import save_settings
    from cbe_desktop.core.term_marks import class_marks
    from cbe_desktop.core.term_records import modify_target, override_term_mark

    with store.read() as session:
        marks = class_marks(session, class_id)
    second, third = marks.students[1], marks.students[2]
    if third.modified:
        return third.student_id
    save_settings(store, {"teacher": "Ms. Rivera"})
    mark = "C" if second.course.mark != "C" else "D"
    override_term_mark(
        store,
        class_id,
        second.student_id,
        "course",
        mark,
        f"Did not finish the unit project; the work handed in shows {mark}.",
    )
    modify_target(store, third.student_id, marks.target_ids[1], "Fewer steps, with a calculator")
    return third.student_id


# ----- small helpers -------------------------------------------------------------------------
def slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in text.replace("&", "").lower())
    return "-".join(words.split())


def button(root, words: str):  # type: ignore[no-untyped-def]
    """The visible button on ``root`` whose text starts with ``words`` (without its "&")."""
    from PySide6.QtWidgets import QAbstractButton

    for candidate in root.findChildren(QAbstractButton):
        text = candidate.text().replace("&", "")
        if text.startswith(words) and candidate.isVisible():
            return candidate
    return None


def press(root, words: str) -> bool:  # type: ignore[no-untyped-def]
    found = button(root, words)
    if found is None or not found.isEnabled():
        print(f"  (no button {words!r} to press)", file=sys.stderr)
        return False
    found.click()
    return True


def calibration_example(store) -> None:  # type: ignore[no-untyped-def]
    """A calibration set of the demo's unit test, scored by three teachers (once)."""
    from cbe_desktop.core.calibration import (
        live_sets,
        load_set,
        make_set,
        pieces_of_task,
        record_consensus,
        record_score,
    )

    with store.read() as session:
        if live_sets(session):
            return
        picked = pieces_of_task(session, "Ratios and proportions unit test", count=6)
    set_id = make_set(store, "Ratios, December", picked, leader="Ms. Elena Rivera")
    with store.read() as session:
        pieces = load_set(session, set_id).pieces
    given = {
        "Ms. Elena Rivera": (1, 2, 2, 3, 3, 4),
        "Mr. Okafor": (1, 2, 3, 3, 3, 4),
        "Ms. Lindqvist": (1, 1, 2, 3, 4, 4),
    }
    for scorer, levels in given.items():
        for piece, level in zip(pieces, levels, strict=True):
            record_score(store, piece.id, scorer, level, "Shows the key step." if level > 2 else "")
    # Piece A (with a photo of the work) becomes the rubric's anchor paper for level 1.
    record_consensus(store, pieces[0].id, 1, "Only the first step is there.", exemplar=True)


if __name__ == "__main__":
    sys.exit(main())
