"""The main window: classes on the left, the selected class's gradebook on the right."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop import __version__
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.class_list import class_summaries, is_school_store
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.mastery import Method
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.stats import open_conflict_count
from cbe_desktop.core.store import Store
from cbe_desktop.ui.busy_wait import BusyWaiter
from cbe_desktop.ui.gradebook_page import GradebookPage
from cbe_desktop.ui.i18n import say_error
from cbe_desktop.ui.operations import Operations

if TYPE_CHECKING:
    from cbe_desktop.ui.background import Job
    from cbe_desktop.ui.calibration_page import CalibrationPage
    from cbe_desktop.ui.conferences import ConferencesPage
    from cbe_desktop.ui.insights import InsightsPage
    from cbe_desktop.ui.queue_page import QueuePage
    from cbe_desktop.ui.roster_page import RosterPage
    from cbe_desktop.ui.scales_page import ScalesPage
    from cbe_desktop.ui.school_page import SchoolPage
    from cbe_desktop.ui.sync import SyncPage
    from cbe_desktop.ui.targets_page import TargetsPage
    from cbe_desktop.ui.welcome import StartPanel

log = logging.getLogger(__name__)

ClassIdRole = Qt.ItemDataRole.UserRole + 10


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, demo: bool = False) -> None:
        super().__init__()
        self.store = store
        self.demo = demo
        self.operations = Operations(store, self)
        self.pending_restore: Path | None = None  # set when the teacher restores a backup
        self.pending_reopen = False  # set when the database was replaced under the window
        self.pending_demo = False  # set when the teacher chose "Try the demo class" here
        store.waiter = BusyWaiter(self)
        self.operations.store_replaced.connect(self._reopen)
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(900, 560))

        self.class_list = QListWidget(self)
        self.class_list.setObjectName("classList")
        self.class_list.setAccessibleName(QCoreApplication.translate("MainWindow", "Classes"))
        self.class_list.setMinimumWidth(240)
        self.class_list.setSpacing(2)
        self.class_list.setWordWrap(True)
        self.class_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.class_list.currentItemChanged.connect(self._class_chosen)
        classes_label = QLabel(QCoreApplication.translate("MainWindow", "<b>Classes</b>"), self)
        classes_label.setBuddy(self.class_list)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(classes_label)
        left_layout.addWidget(self.class_list, 1)

        self.page = GradebookPage(store, self.operations, self)
        self.page.status_message.connect(self.statusBar().showMessage)
        # Short names for what tests and menus reach often.
        self.class_title = self.page.class_title
        self.gradebook = self.page.gradebook
        self.habits = self.page.habits
        self.tabs = self.page.tabs
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 4)
        right_layout.addWidget(self.page, 1)
        # While there is no class: the welcome's three ways to begin, instead of the grid
        # (made the first time there is none: see start_panel).
        self._start_panel: StartPanel | None = None

        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(right, QCoreApplication.translate("MainWindow", "Gradebook"))
        # The other pages are built the first time they are shown (or reached from the
        # menus): until then their tab holds an empty stand-in, so the gradebook paints
        # first. Pages about the chosen class first, then the set-up pages.
        self._built: dict[str, QWidget] = {}
        self._stand_ins: dict[str, QWidget] = {}
        for name, title in (
            ("queue_page", QCoreApplication.translate("MainWindow", "Not yet")),
            ("insights_page", QCoreApplication.translate("MainWindow", "Insights")),
            ("conferences_page", QCoreApplication.translate("MainWindow", "Conferences")),
            ("targets_page", QCoreApplication.translate("MainWindow", "Targets and rubrics")),
            ("roster_page", QCoreApplication.translate("MainWindow", "Classes and students")),
            ("scales_page", QCoreApplication.translate("MainWindow", "Scales")),
            ("sync_page", QCoreApplication.translate("MainWindow", "Sync")),
            ("calibration_page", QCoreApplication.translate("MainWindow", "Calibration")),
        ):
            stand_in = QWidget(self.pages)
            stand_in.setObjectName(f"{name}StandIn")
            self._stand_ins[name] = stand_in
            self.pages.addTab(stand_in, title)
        self.pages.currentChanged.connect(self._page_shown)
        self._add_school_tab()
        self._right = right
        with store.reads() as db:
            self._sync_title(open_conflict_count(db))

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1150])
        self.setCentralWidget(splitter)
        self.operations.changed.connect(self._store_changed)

        self.tabs.currentChanged.connect(self._grid_tab_changed)
        self._build_menus()
        self._update_title("")
        self.reload_classes()

    @property
    def start_panel(self) -> StartPanel:
        """The welcome's three ways to begin, shown instead of the grid while there is no
        class (made the first time it is needed: most starts have classes)."""
        if self._start_panel is None:
            from cbe_desktop.ui.welcome import StartPanel

            panel = StartPanel(self._right)
            panel.chosen.connect(self.begin)
            panel.hide()
            self._right.layout().addWidget(panel, 1)
            self._start_panel = panel
        return self._start_panel

    # ----- pages, built when first shown ------------------------------------
    @property
    def class_pages(self) -> list[QWidget]:
        """The pages about the chosen class (built as they are asked for)."""
        return [self._right, self.queue_page, self.insights_page, self.conferences_page]

    @property
    def queue_page(self) -> QueuePage:
        return self._page("queue_page")  # type: ignore[return-value]

    @property
    def insights_page(self) -> InsightsPage:
        return self._page("insights_page")  # type: ignore[return-value]

    @property
    def conferences_page(self) -> ConferencesPage:
        return self._page("conferences_page")  # type: ignore[return-value]

    @property
    def targets_page(self) -> TargetsPage:
        return self._page("targets_page")  # type: ignore[return-value]

    @property
    def roster_page(self) -> RosterPage:
        return self._page("roster_page")  # type: ignore[return-value]

    @property
    def scales_page(self) -> ScalesPage:
        return self._page("scales_page")  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage:
        return self._page("sync_page")  # type: ignore[return-value]

    @property
    def calibration_page(self) -> CalibrationPage:
        return self._page("calibration_page")  # type: ignore[return-value]

    @property
    def school_page(self) -> SchoolPage | None:
        """The School page, on a hub or a store with several classes; else None."""
        if "school_page" in self._built or "school_page" in self._stand_ins:
            return self._page("school_page")  # type: ignore[return-value]
        return None

    def _add_school_tab(self) -> None:
        """The School tab (last), the first time the store calls for one; its page is built
        when first shown, like the others."""
        if "school_page" in self._built or "school_page" in self._stand_ins:
            return
        if not wants_school_page(self.store):
            return
        stand_in = QWidget(self.pages)
        stand_in.setObjectName("school_pageStandIn")
        self._stand_ins["school_page"] = stand_in
        self.pages.addTab(stand_in, QCoreApplication.translate("MainWindow", "School"))

    def _page_shown(self, index: int) -> None:
        for name, stand_in in list(self._stand_ins.items()):
            if self.pages.widget(index) is stand_in:
                self._page(name)
                return

    def _page(self, name: str) -> QWidget:
        """The page ``name``, built now if it was not yet, in its tab's place."""
        page = self._built.get(name)
        if page is not None:
            return page
        page = self._make_page(name)
        self._built[name] = page
        if name in ("queue_page", "insights_page", "conferences_page"):
            page.set_class(self.current_class_id())  # type: ignore[attr-defined]
        stand_in = self._stand_ins.pop(name)
        index = self.pages.indexOf(stand_in)
        current = self.pages.currentIndex()
        title = self.pages.tabText(index)
        self.pages.blockSignals(True)
        try:
            self.pages.insertTab(index, page, title)
            self.pages.removeTab(index + 1)
            self.pages.setCurrentIndex(current)
        finally:
            self.pages.blockSignals(False)
        stand_in.deleteLater()
        return page

    def _make_page(self, name: str) -> QWidget:
        store, operations, status = self.store, self.operations, self.statusBar()
        if name == "queue_page":
            from cbe_desktop.ui.queue_page import QueuePage

            page: QWidget = QueuePage(store, operations, self)
        elif name == "insights_page":
            from cbe_desktop.ui.insights import InsightsPage

            page = InsightsPage(store, operations, self)
            page.open_cell.connect(self.open_cell)
        elif name == "conferences_page":
            from cbe_desktop.ui.conferences import ConferencesPage

            page = ConferencesPage(store, operations, self)
            page.status.hide()  # its words go to the window's status bar
        elif name == "targets_page":
            from cbe_desktop.ui.targets_page import TargetsPage

            page = TargetsPage(store, operations, self)
        elif name == "roster_page":
            from cbe_desktop.ui.roster_page import RosterPage

            page = RosterPage(store, operations, self)
        elif name == "scales_page":
            from cbe_desktop.ui.scales_page import ScalesPage

            page = ScalesPage(store, operations, self)
        elif name == "calibration_page":
            from cbe_desktop.ui.calibration_page import CalibrationPage

            page = CalibrationPage(store, operations, self)
        elif name == "school_page":
            from cbe_desktop.ui.school_page import SchoolPage

            page = SchoolPage(store, operations, self)
        else:
            from cbe_desktop.ui.sync import SyncPage

            page = SyncPage(store, operations, self)
            page.conflicts_changed.connect(self._sync_title)
        if name in (
            "queue_page",
            "conferences_page",
            "roster_page",
            "sync_page",
            "calibration_page",
            "school_page",
        ):
            page.status_message.connect(status.showMessage)  # type: ignore[attr-defined]
        return page

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.print_action = QAction(
            QCoreApplication.translate("MainWindow", "&Print conference packets…"), self
        )
        self.print_action.setObjectName("printPacketsAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Print the conference packets of the class shown (Ctrl+P)"
            )
        )
        self.print_action.triggered.connect(self.print_conference_packets)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        settings = QAction(QCoreApplication.translate("MainWindow", "&Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        self.file_menu.addAction(settings)
        self.file_menu.addSeparator()
        backup = QAction(QCoreApplication.translate("MainWindow", "&Back up now…"), self)
        backup.triggered.connect(self.backup_now)
        self.file_menu.addAction(backup)
        restore = QAction(QCoreApplication.translate("MainWindow", "&Restore a backup…"), self)
        restore.triggered.connect(self.restore_backup)
        self.file_menu.addAction(restore)
        if self.demo:
            self.file_menu.addSeparator()
            leave = QAction(
                QCoreApplication.translate("MainWindow", "Close and &remove the demo sandbox"), self
            )
            leave.triggered.connect(self.remove_demo_sandbox)
            self.file_menu.addAction(leave)
        self.file_menu.addSeparator()
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.undo_action = self.operations.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.operations.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "&Redo")
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        learners = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Learners"))
        for words, name, slot in (
            (
                QCoreApplication.translate("MainWindow", "Learner's &record…"),
                "learnerRecordAction",
                self.open_learner_record,
            ),
            (
                QCoreApplication.translate("MainWindow", "&Term marks…"),
                "termMarksAction",
                self.open_term_marks,
            ),
            (
                QCoreApplication.translate("MainWindow", "Start a &new term…"),
                "newTermAction",
                self.start_new_term,
            ),
        ):
            action = QAction(words, self)
            action.setObjectName(name)
            action.triggered.connect(slot)
            learners.addAction(action)
        view_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        for number in range(1, self.pages.count() + 1):
            action = QAction(f"&{number} {self.pages.tabText(number - 1)}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, i=number - 1: self.pages.setCurrentIndex(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = QAction(QCoreApplication.translate("MainWindow", "&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)

    def _grid_tab_changed(self, *_signal_args: object) -> None:
        self.tabs.currentWidget().announce_current()

    def _update_title(self, class_name: str) -> None:
        parts = ["cbe-desktop"]
        if self.demo:
            parts.append(
                QCoreApplication.translate(
                    "MainWindow", "DEMO CLASS (a sandbox: nothing here is saved to your own data)"
                )
            )
        if self.store.is_hub:
            parts.append(
                QCoreApplication.translate("MainWindow", "school hub {hub}").format(
                    hub=self.store.where
                )
            )
        if class_name:
            parts.append(class_name)
        self.setWindowTitle(" — ".join(parts))

    # ----- data --------------------------------------------------------------
    def reload_classes(self) -> None:
        with self.store.reads() as db:
            summaries = class_summaries(db)
            teacher = get_setting(db, "teacher")
            school = get_setting(db, "school")
        current = self.current_class_id()
        self.class_list.blockSignals(True)
        self.class_list.clear()
        for summary in summaries:
            words = (
                QCoreApplication.translate(
                    "MainWindow", "{name}\n{term} · {students} students · {targets} targets"
                )
                if summary.term
                else QCoreApplication.translate(  # a class set up with no term
                    "MainWindow", "{name}\n{students} students · {targets} targets"
                )
            )
            item = QListWidgetItem(
                words.format(
                    name=summary.name,
                    term=summary.term,
                    students=summary.students,
                    targets=summary.targets,
                )
            )
            item.setData(ClassIdRole, summary.id)
            grade = (
                QCoreApplication.translate("MainWindow", "grade {grade}").format(
                    grade=summary.grade
                )
                if summary.grade
                else ""
            )
            item.setToolTip(", ".join(x for x in (summary.subject, grade) if x))
            self.class_list.addItem(item)
        self.class_list.blockSignals(False)
        who = " · ".join(x for x in (teacher, school) if x)
        self.statusBar().showMessage(who or f"cbe-desktop {__version__}")
        self.page.setVisible(bool(summaries))
        if not summaries:
            self.start_panel.show()
        elif self._start_panel is not None:
            self._start_panel.hide()
        if not summaries:
            self.page.set_class(None)
            for name in ("queue_page", "insights_page", "conferences_page"):
                if name in self._built:
                    self._built[name].set_class(None)  # type: ignore[attr-defined]
            self._update_title("")
            return
        ids = [s.id for s in summaries]
        row = ids.index(current) if current in ids else 0
        self.class_list.setCurrentRow(row)

    def current_class_id(self) -> str | None:
        item = self.class_list.currentItem()
        return item.data(ClassIdRole) if item is not None else None

    def _class_chosen(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        self.show_class(current.data(ClassIdRole))

    def show_class(self, class_id: str) -> None:
        self.page.set_class(class_id)
        for name in ("queue_page", "insights_page", "conferences_page"):
            if name in self._built:  # the others take the class when they are built
                self._built[name].set_class(class_id)  # type: ignore[attr-defined]
        grid = self.gradebook.model.grid
        self._update_title(grid.class_name if grid else "")

    def _store_changed(self, changes: Changes) -> None:
        if changes.everything or changes.classes:
            self.reload_classes()
            self._add_school_tab()  # a second class (or a sync file's) brings it
        if changes.everything and "sync_page" not in self._built:
            with self.store.reads() as db:  # a sync file read: the Sync tab's count
                self._sync_title(open_conflict_count(db))

    # ----- the File menu -----------------------------------------------------
    def open_settings(self) -> None:
        from cbe_desktop.core.settings import all_settings, save_settings
        from cbe_desktop.ui.contrast import apply_contrast, apply_zoom
        from cbe_desktop.ui.settings_dialog import SettingsDialog

        with self.store.read() as session:
            before = all_settings(session)
        dialog = SettingsDialog(self, before)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if self.operations.call(lambda: save_settings(self.store, values)):
            apply_zoom(QApplication.instance(), int(values["zoom"]))  # type: ignore[arg-type]
            apply_contrast(QApplication.instance(), values["contrast"])  # type: ignore[arg-type]
            self.reload_classes()

    # ----- the Learners menu -------------------------------------------------
    def _no_class(self) -> bool:
        if self.current_class_id() is not None:
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Choose a class first.")
        )
        return True

    def open_learner_record(self) -> None:
        """Learners → Learner's record…: the student chosen in the gradebook, else the first."""
        from cbe_desktop.ui.learner_dialogs import LearnerRecordDialog

        student_id = None
        grid = self.gradebook.model.grid
        index = self.gradebook.table.currentIndex()
        if grid is not None and index.isValid() and index.row() < len(grid.students):
            student_id = grid.students[index.row()].id
        LearnerRecordDialog(self.store, self.operations, student_id, self).exec()

    def open_term_marks(self) -> None:
        from cbe_desktop.ui.learner_dialogs import TermMarksDialog

        if self._no_class():
            return
        TermMarksDialog(self.store, self.operations, self.current_class_id(), self).exec()

    def start_new_term(self) -> None:
        from cbe_desktop.ui.learner_dialogs import NewTermDialog

        if self._no_class():
            return
        dialog = NewTermDialog(self.store, self.operations, self.current_class_id(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.new_class_id:
            self.reload_classes()
            for row in range(self.class_list.count()):
                if self.class_list.item(row).data(ClassIdRole) == dialog.new_class_id:
                    self.class_list.setCurrentRow(row)

    def print_conference_packets(self) -> Job:
        """File → Print conference packets… (Ctrl+P): from any page, the packets of the
        class shown go to the printer after one question, the print dialog."""
        if self.current_class_id() is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Choose a class first: its packets are the ones printed."
                )
            )
            from cbe_desktop.ui.background import Job

            return Job.settled(0)
        self.pages.setCurrentWidget(self.conferences_page)
        return self.conferences_page.print_from_menu()

    def backup_now(self, path: str | None = None) -> None:
        from cbe_desktop.core.backups import make_backup, manual_backup_path

        if self.store.is_hub:
            self.operations.report(
                QCoreApplication.translate(
                    "MainWindow",
                    "The school hub is backed up on its server (pg_dump), not from this "
                    "window; ask the school's IT person for a copy.",
                )
            )
            return

        if path is None:
            suggested = manual_backup_path(Path.home())
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("MainWindow", "Back up now"),
                str(suggested),
                QCoreApplication.translate("MainWindow", "cbe-desktop backups (*.sqlite)"),
            )
        if not path:
            return
        try:
            make_backup(self.store.db_path, Path(path), thorough=True)
        except CbeError as exc:  # a full disk, a damaged store, a read-only stick: in words
            self.operations.report(say_error(exc))
            return
        except OSError as exc:
            self.operations.report(
                QCoreApplication.translate(
                    "MainWindow", "The backup could not be written to {path} ({exc})."
                ).format(path=path, exc=exc)
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backed up to {path}").format(path=path), 10000
        )

    def restore_backup(self, path: str | None = None) -> None:
        """Choose a backup; the window closes, restores it (keeping today's data), reopens."""
        from cbe_desktop.core.backups import validate_backup_file

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("MainWindow", "Restore a backup"),
                str(self.store.backups_dir),
                QCoreApplication.translate("MainWindow", "cbe-desktop backups (*.sqlite)"),
            )
        if not path:
            return
        try:
            validate_backup_file(Path(path))
        except CbeError as exc:
            self.operations.report(say_error(exc))
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Restore a backup"),
            QCoreApplication.translate(
                "MainWindow",
                "Go back to the backup {name}? What is there now is kept as a backup "
                "first, so you can come back to it.",
            ).format(name=Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.pending_restore = Path(path)
            self.close()
            QApplication.instance().exit(0)  # type: ignore[union-attr]

    def begin(self, kind: str) -> None:
        """A way to begin, chosen in the empty window: "demo", "setup" or "receive"."""
        from cbe_desktop.ui.welcome import (
            WelcomeDialog,
            apply_receiving,
            apply_setup,
            import_first_files,
        )

        if kind == "demo":  # the window opens again, on the demo's sandbox
            self.pending_demo = True
            self.close()
            QApplication.instance().exit(0)  # type: ignore[union-attr]
            return
        dialog = WelcomeDialog(self, start=kind)
        with self.store.read() as session:  # what Settings already knows, ready to keep
            for edit, key in (
                (dialog.teacher, "teacher"),
                (dialog.receive_teacher, "teacher"),
                (dialog.school, "school"),
                (dialog.receive_school, "school"),
            ):
                edit.setText(get_setting(session, key))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.choice == "demo":
            self.begin("demo")
        elif dialog.choice == "receive" and dialog.receiving is not None:
            self.operations.call(lambda: apply_receiving(self.store, dialog.receiving))
            self.receive_file(dialog.receiving.sync_file)
        elif dialog.setup is not None:
            setup = dialog.setup
            made: list[str] = []
            if self.operations.call(lambda: made.append(apply_setup(self.store, setup))):
                import_first_files(self, self.store, made[0], setup)
                self.operations.changed.emit(Changes(everything=True))

    def _reopen(self) -> None:
        """The database file was replaced by another program: open the folder again."""
        self.pending_reopen = True
        self.close()
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    def remove_demo_sandbox(self) -> None:
        if not self.demo:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Remove the demo"),
            QCoreApplication.translate(
                "MainWindow",
                "Close the demo class and delete its sandbox? Your own data is not touched.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        folder = self.store.data_dir
        self.close()
        self.store.close()
        shutil.rmtree(folder, ignore_errors=True)
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    def answer_second_copy(self, message: str) -> None:
        """Another start of the program on this data folder: come forward (and open its file)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if message and message != "show":
            self.receive_file(Path(message))

    def receive_file(self, path: Path) -> None:
        """A file the teacher opened with the program (a .cbesync double-clicked)."""
        sync_page = self.sync_page
        self.pages.setCurrentWidget(sync_page)
        sync_page.receive(path)

    def _sync_title(self, open_conflicts: int) -> None:
        title = (
            QCoreApplication.translate("MainWindow", "Sync ({open_conflicts} to review)").format(
                open_conflicts=open_conflicts
            )
            if open_conflicts
            else QCoreApplication.translate("MainWindow", "Sync")
        )
        sync = self._built.get("sync_page") or self._stand_ins["sync_page"]
        self.pages.setTabText(self.pages.indexOf(sync), title)

    def show_page(self, name: str) -> None:
        """Open a page by its command-line name (gradebook, not-yet, insights, ...)."""
        pages = {
            "not-yet": "queue_page",
            "insights": "insights_page",
            "conferences": "conferences_page",
            "targets": "targets_page",
            "classes": "roster_page",
            "scales": "scales_page",
            "sync": "sync_page",
            "calibration": "calibration_page",
        }
        if name in pages:
            self.pages.setCurrentWidget(self._page(pages[name]))
        else:
            self.pages.setCurrentIndex(0)

    def open_cell(self, student_id: str, target_id: str) -> None:
        """Jump to a student x target in the gradebook (from Insights or the queue)."""
        self.pages.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)
        where = self.gradebook.model.position_of(student_id, target_id)
        if where is not None:
            self.gradebook.table.setCurrentIndex(self.gradebook.model.index(where[0], where[1] + 1))
            self.gradebook.table.setFocus()

    def refresh(self) -> None:
        self.page.reload()


def method_words(method: str) -> str:
    return {
        Method.LATEST: QCoreApplication.translate("MainWindow", "most recent evidence"),
        Method.HIGHEST: QCoreApplication.translate("MainWindow", "highest evidence"),
        Method.AVERAGE: QCoreApplication.translate("MainWindow", "average of the evidence"),
        Method.MODE: QCoreApplication.translate("MainWindow", "most frequent level"),
        Method.DECAYING_AVERAGE: QCoreApplication.translate("MainWindow", "decaying average"),
        Method.WEIGHTED_AVERAGE: QCoreApplication.translate("MainWindow", "weighted average"),
        Method.N_MASTERY: QCoreApplication.translate("MainWindow", "shown proficient n times"),
        Method.POWER_LAW: QCoreApplication.translate("MainWindow", "power-law trend"),
    }.get(method, method)


def wants_school_page(store: Store) -> bool:
    """Whether the window shows a School tab: on a hub, or a store with several classes
    (a store that cannot be read now shows none, and says why in the log)."""
    try:
        with store.reads() as db:
            return is_school_store(db)
    except CbeError as exc:
        log.warning("no School page: %s", exc)
        return False
