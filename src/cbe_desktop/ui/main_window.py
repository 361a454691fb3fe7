"""The main window: classes on the left, the selected class's gradebook on the right."""

from __future__ import annotations

import shutil
from pathlib import Path

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
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.roster import class_summaries
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store
from cbe_desktop.ui.busy_wait import BusyWaiter
from cbe_desktop.ui.conferences_page import ConferencesPage
from cbe_desktop.ui.gradebook_page import GradebookPage
from cbe_desktop.ui.i18n import say_error
from cbe_desktop.ui.insights_page import InsightsPage
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.queue_page import QueuePage
from cbe_desktop.ui.roster_page import RosterPage
from cbe_desktop.ui.scales_page import ScalesPage
from cbe_desktop.ui.sync_page import SyncPage
from cbe_desktop.ui.targets_page import TargetsPage
from cbe_desktop.ui.welcome import StartPanel

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
        # While there is no class: the welcome's three ways to begin, instead of the grid.
        self.start_panel = StartPanel(right)
        self.start_panel.chosen.connect(self.begin)
        self.start_panel.hide()
        right_layout.addWidget(self.start_panel, 1)

        self.targets_page = TargetsPage(store, self.operations, self)
        self.roster_page = RosterPage(store, self.operations, self)
        self.roster_page.status_message.connect(self.statusBar().showMessage)
        self.scales_page = ScalesPage(store, self.operations, self)
        self.queue_page = QueuePage(store, self.operations, self)
        self.queue_page.status_message.connect(self.statusBar().showMessage)
        self.insights_page = InsightsPage(store, self.operations, self)
        self.insights_page.open_cell.connect(self.open_cell)
        self.conferences_page = ConferencesPage(store, self.operations, self)
        self.conferences_page.status_message.connect(self.statusBar().showMessage)
        self.conferences_page.status.hide()  # its words go to the window's status bar
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        # Pages about the chosen class first, then the set-up pages.
        self.class_pages: list[QWidget] = [
            right,
            self.queue_page,
            self.insights_page,
            self.conferences_page,
        ]
        self.pages.addTab(right, QCoreApplication.translate("MainWindow", "Gradebook"))
        self.pages.addTab(self.queue_page, QCoreApplication.translate("MainWindow", "Not yet"))
        self.pages.addTab(self.insights_page, QCoreApplication.translate("MainWindow", "Insights"))
        self.pages.addTab(
            self.conferences_page, QCoreApplication.translate("MainWindow", "Conferences")
        )
        self.pages.addTab(
            self.targets_page, QCoreApplication.translate("MainWindow", "Targets and rubrics")
        )
        self.pages.addTab(
            self.roster_page, QCoreApplication.translate("MainWindow", "Classes and students")
        )
        self.pages.addTab(self.scales_page, QCoreApplication.translate("MainWindow", "Scales"))
        self.sync_page = SyncPage(store, self.operations, self)
        self.sync_page.status_message.connect(self.statusBar().showMessage)
        self.pages.addTab(self.sync_page, QCoreApplication.translate("MainWindow", "Sync"))
        self.sync_page.conflicts_changed.connect(self._sync_title)
        self._sync_title(self.sync_page.open_conflict_count())

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
        if class_name:
            parts.append(class_name)
        self.setWindowTitle(" — ".join(parts))

    # ----- data --------------------------------------------------------------
    def reload_classes(self) -> None:
        with self.store.read() as session:
            summaries = class_summaries(session)
            teacher = get_setting(session, "teacher")
            school = get_setting(session, "school")
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
        self.start_panel.setVisible(not summaries)
        if not summaries:
            self.page.set_class(None)
            self.queue_page.set_class(None)
            self.insights_page.set_class(None)
            self.conferences_page.set_class(None)
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
        self.queue_page.set_class(class_id)
        self.insights_page.set_class(class_id)
        self.conferences_page.set_class(class_id)
        grid = self.gradebook.model.grid
        self._update_title(grid.class_name if grid else "")

    def _store_changed(self, changes: Changes) -> None:
        if changes.everything or changes.classes:
            self.reload_classes()

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

    def print_conference_packets(self) -> int:
        """File → Print conference packets… (Ctrl+P): from any page, the packets of the
        class shown go to the printer after one question, the print dialog."""
        if self.current_class_id() is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Choose a class first: its packets are the ones printed."
                )
            )
            return 0
        self.pages.setCurrentWidget(self.conferences_page)
        return self.conferences_page.print_from_menu()

    def backup_now(self, path: str | None = None) -> None:
        from cbe_desktop.core.backups import make_backup, manual_backup_path

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
        sync_page = getattr(self, "sync_page", None)
        if sync_page is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "{name} cannot be opened here yet."
                ).format(name=path.name),
                10000,
            )
            return
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
        self.pages.setTabText(self.pages.indexOf(self.sync_page), title)

    def show_page(self, name: str) -> None:
        """Open a page by its command-line name (gradebook, not-yet, insights, ...)."""
        pages = {
            "gradebook": 0,
            "not-yet": self.pages.indexOf(self.queue_page),
            "insights": self.pages.indexOf(self.insights_page),
            "conferences": self.pages.indexOf(self.conferences_page),
            "targets": self.pages.indexOf(self.targets_page),
            "classes": self.pages.indexOf(self.roster_page),
            "scales": self.pages.indexOf(self.scales_page),
            "sync": self.pages.indexOf(self.sync_page),
        }
        self.pages.setCurrentIndex(pages.get(name, 0))

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
        "latest": QCoreApplication.translate("MainWindow", "most recent evidence"),
        "highest": QCoreApplication.translate("MainWindow", "highest evidence"),
        "average": QCoreApplication.translate("MainWindow", "average of the evidence"),
        "mode": QCoreApplication.translate("MainWindow", "most frequent level"),
        "decaying_average": QCoreApplication.translate("MainWindow", "decaying average"),
        "weighted_average": QCoreApplication.translate("MainWindow", "weighted average"),
        "n_mastery": QCoreApplication.translate("MainWindow", "shown proficient n times"),
        "power_law": QCoreApplication.translate("MainWindow", "power-law trend"),
    }.get(method, method)
