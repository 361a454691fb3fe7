"""The gradebook page of a class: toolbar (task, filters), the grids, the side panel.

Every keyboard action is one core call and one undo step. Undo and redo of evidence
are themselves records: undo withdraws what was recorded (a retraction), redo
withdraws the retraction, so the history keeps every step and syncs like any change.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import mastery
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.gradebook import (
    ClassGrid,
    cell_for,
    cell_history,
    class_grid,
    modified_targets,
)
from cbe_desktop.core.lazy_import import lazy_module
from cbe_desktop.core.reads import Rows
from cbe_desktop.core.rubric_reads import RubricExemplar, rubric_exemplars, rubric_for
from cbe_desktop.core.store import Store
from cbe_desktop.core.task_list import TaskInfo, class_tasks
from cbe_desktop.ui.cell_panel import CellPanel
from cbe_desktop.ui.domain_words import METHOD_NAMES
from cbe_desktop.ui.gradebook_view import GradebookView
from cbe_desktop.ui.i18n import level_word, say
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page

if TYPE_CHECKING:
    from cbe_desktop.core import evidence as ev
else:  # (the evidence's writes load the ORM: after the window's first paint)
    ev = lazy_module("cbe_desktop.core.evidence")

NO_TASK = "__none__"


class Retractions:
    """Undo/redo of one evidence action: each step withdraws the newest record of a chain."""

    def __init__(self, store: Store, first: Callable[[], ev.Recorded]) -> None:
        self.store = store
        self.first = first
        self.chain: list[str] = []

    def do(self) -> Changes:
        if not self.chain:
            recorded = self.first()
            if recorded.evidence_id:
                self.chain.append(recorded.evidence_id)
            return recorded.changes
        return self.step()

    def step(self) -> Changes:
        recorded = ev.retract_evidence(self.store, self.chain[-1])
        self.chain.append(recorded.evidence_id or "")
        return recorded.changes


class GradebookPage(Page):
    status_message = Signal(str)

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self.class_id: str | None = None
        self.today = date.today
        self._moving_on = False  # a typed entry moves down: the move shows the next cell
        self._after_entry = False  # the panel is filled for the cell after a typed entry
        #: The rubric the panel shows (target id, descriptors, exemplars), kept for the next
        #: cell of the same column after a typed entry: the entry wrote evidence, which
        #: changes no rubric. Any other change of the store forgets it.
        self._shown_rubric: tuple[str, dict[float, str], list[RubricExemplar]] | None = None
        #: The read session a typed entry shares, once it has written: the cell it wrote
        #: and the panel of the next cell are read in one (see :meth:`_reading`).
        self._keystroke_read: Callable[[], Rows] | None = None

        self.class_title = QLabel(self)
        self.class_title.setObjectName("classTitle")
        self.class_title.setTextFormat(Qt.TextFormat.RichText)

        self.task_box = QComboBox(self)
        self.task_box.setObjectName("taskChooser")
        self.task_box.setAccessibleName(
            QCoreApplication.translate("GradebookPage", "Task the typed levels are recorded on")
        )
        self.task_box.setMinimumContentsLength(20)
        new_task = QPushButton(QCoreApplication.translate("GradebookPage", "New &task…"), self)
        new_task.clicked.connect(self.new_task)
        self.edit_task_button = QPushButton(
            QCoreApplication.translate("GradebookPage", "Edit…"), self
        )
        self.edit_task_button.clicked.connect(self.edit_task)
        self.bulk_button = QPushButton(
            QCoreApplication.translate("GradebookPage", "&Whole class…"), self
        )
        self.bulk_button.setToolTip(
            QCoreApplication.translate(
                "GradebookPage", "Enter this task for every student in one sheet"
            )
        )
        self.bulk_button.clicked.connect(self.bulk_entry)
        self.task_box.currentIndexChanged.connect(lambda _i: self._task_changed())

        self.competency = QComboBox(self)
        self.competency.setAccessibleName(
            QCoreApplication.translate("GradebookPage", "Show one competency")
        )
        self.competency.setMaximumWidth(260)
        self.competency.setMinimumContentsLength(16)
        self.competency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.only_not_yet = QCheckBox(
            QCoreApplication.translate("GradebookPage", "Open “not yet”"), self
        )
        self.only_empty = QCheckBox(
            QCoreApplication.translate("GradebookPage", "No evidence yet"), self
        )
        for w in (self.competency,):
            w.currentIndexChanged.connect(lambda _i: self._filters_changed())
        for box in (self.only_not_yet, self.only_empty):
            box.toggled.connect(lambda _b: self._filters_changed())

        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(QCoreApplication.translate("GradebookPage", "Tas&k:"), self))
        toolbar.itemAt(0).widget().setBuddy(self.task_box)
        toolbar.addWidget(self.task_box, 1)
        toolbar.addWidget(new_task)
        toolbar.addWidget(self.edit_task_button)
        toolbar.addWidget(self.bulk_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(QCoreApplication.translate("GradebookPage", "Show:"), self))
        filters.addWidget(self.competency)
        filters.addWidget(self.only_not_yet)
        filters.addWidget(self.only_empty)
        filters.addStretch(1)

        self.gradebook = GradebookView(self)
        self.habits = GradebookView(self, summaries=False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(
            self.gradebook, QCoreApplication.translate("GradebookPage", "&Learning targets")
        )
        self.tabs.addTab(
            self.habits, QCoreApplication.translate("GradebookPage", "&Habits of work")
        )
        self.tabs.currentChanged.connect(self._current_changed)
        self.panel = CellPanel(self)
        self.panel.override_requested.connect(self.override)
        self.panel.override_removed.connect(self.remove_override)
        self.keys_hint = QLabel(
            QCoreApplication.translate(
                "GradebookPage",
                "Type a level to record it on the task and move down · N not yet · M missing · "
                "X excused · Enter: full evidence · Delete: withdraw the newest · Ctrl+Z undo",
            ),
            self,
        )
        self.keys_hint.setWordWrap(True)

        splitter = QSplitter(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.keys_hint)
        splitter.addWidget(left)
        # The panel's words change at every key (a longer name, a second line of
        # explanation); in a scroll area of its own, that relays out the panel alone,
        # not the whole window.
        panel_area = QScrollArea(self)
        panel_area.setObjectName("cellPanelArea")
        panel_area.setWidget(self.panel)
        panel_area.setWidgetResizable(True)
        panel_area.setFrameShape(QFrame.Shape.NoFrame)
        panel_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        panel_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_area.setMinimumWidth(self.panel.minimumWidth())
        splitter.addWidget(panel_area)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 330])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.class_title)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        for view in (self.gradebook, self.habits):
            table = view.table
            table.level_typed.connect(self.type_level)
            table.mark_typed.connect(self.type_mark)
            table.dialog_requested.connect(self.open_evidence_dialog)
            table.retract_requested.connect(self.retract_newest)
            table.header_menu_requested.connect(self.header_menu)
            table.selectionModel().currentChanged.connect(self._current_changed)
            view.current_cell_changed.connect(self._cell_words)
        focus_grid = QAction(self)
        focus_grid.setShortcut(QKeySequence("Ctrl+G"))
        focus_grid.triggered.connect(lambda: self.current_view().table.setFocus())
        self.addAction(focus_grid)

    # ----- what is shown -----------------------------------------------------
    def current_view(self) -> GradebookView:
        return self.habits if self.tabs.currentIndex() == 1 else self.gradebook

    def set_class(self, class_id: str | None) -> None:
        self.class_id = class_id
        self.reload()

    def reload(self) -> None:
        if self.class_id is None:
            empty = QCoreApplication.translate(
                "GradebookPage",
                "There are no classes yet: add one on Classes and students, or receive your "
                "work from another laptop on Sync.",
            )
            self.class_title.setText(
                QCoreApplication.translate("GradebookPage", "<h2>No classes yet</h2>")
            )
            self.gradebook.set_grid(None, empty_text=empty)
            self.habits.set_grid(None, empty_text=empty)
            self.panel.show_nothing()
            return
        keep = self._position()
        self._shown_rubric = None
        with self.store.reads() as db:
            grid = class_grid(db, self.class_id)
            habits = class_grid(db, self.class_id, habits=True)
            tasks = class_tasks(db, self.class_id)
            modified = modified_targets(db, [s.id for s in grid.students])
        self.class_title.setText(
            QCoreApplication.translate(
                "GradebookPage",
                "<h2 style='margin:0'>{value}</h2><span>{len} students · {len2} learning "
                "targets · estimate: {value2}</span>",
            ).format(
                value=html.escape(grid.class_name),
                len=len(grid.students),
                len2=len(grid.targets),
                value2=METHOD_NAMES.get(grid.method, grid.method).lower(),
            )
        )
        self._load_tasks(tasks)
        self._load_competencies(grid)
        self.gradebook.set_grid(
            grid,
            empty_text=QCoreApplication.translate(
                "GradebookPage", "This class has no students or no learning targets yet."
            ),
        )
        self.gradebook.model.set_modified(modified)
        self.habits.set_grid(
            habits,
            empty_text=QCoreApplication.translate(
                "GradebookPage", "No habits of work are tracked in this class yet."
            ),
        )
        self.tabs.setTabEnabled(1, bool(habits.targets))
        self._apply_filters()
        if keep is not None:
            self._restore_position(*keep)
        self._current_changed()

    def _position(self) -> tuple[int, str, str] | None:
        view = self.current_view()
        grid = view.model.grid
        index = view.table.currentIndex()
        if grid is None or not index.isValid() or not view.model.is_target_column(index.column()):
            return None
        return (
            self.tabs.currentIndex(),
            grid.students[index.row()].id,
            grid.targets[index.column() - 1].id,
        )

    def _restore_position(self, tab: int, student_id: str, target_id: str) -> None:
        view = self.habits if tab == 1 else self.gradebook
        where = view.model.position_of(student_id, target_id)
        if where is not None:
            view.table.setCurrentIndex(view.model.index(where[0], where[1] + 1))

    def _load_tasks(self, tasks: list[TaskInfo]) -> None:
        current = self.task_box.currentData()
        self.task_box.blockSignals(True)
        self.task_box.clear()
        self.task_box.addItem(
            QCoreApplication.translate(
                "GradebookPage", "No task: evidence from outside a task (today)"
            ),
            NO_TASK,
        )
        for task in tasks:
            self.task_box.addItem(f"{task.date} · {task.title}", task.id)
        self._tasks = {t.id: t for t in tasks}
        index = self.task_box.findData(current) if current else -1
        self.task_box.setCurrentIndex(index if index >= 0 else (1 if tasks else 0))
        self.task_box.blockSignals(False)
        self._task_changed()

    def _load_competencies(self, grid: ClassGrid) -> None:
        current = self.competency.currentData()
        self.competency.blockSignals(True)
        self.competency.clear()
        self.competency.addItem(
            QCoreApplication.translate("GradebookPage", "All competencies"), None
        )
        seen = {}
        for t in grid.targets:
            if t.competency_id and t.competency_id not in seen:
                seen[t.competency_id] = f"{t.competency_code} · {t.competency_title}".strip(" ·")
        for cid, name in seen.items():
            self.competency.addItem(name, cid)
        self.competency.setCurrentIndex(max(0, self.competency.findData(current)))
        self.competency.blockSignals(False)

    def current_task(self) -> TaskInfo | None:
        return self._tasks.get(self.task_box.currentData()) if hasattr(self, "_tasks") else None

    def _task_changed(self) -> None:
        task = self.current_task()
        self.edit_task_button.setEnabled(task is not None)
        self.bulk_button.setEnabled(task is not None)

    def _filters_changed(self) -> None:
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.gradebook.set_filters(
            competency=self.competency.currentData(),
            open_not_yet=self.only_not_yet.isChecked(),
            no_evidence=self.only_empty.isChecked(),
        )

    def _cell_words(self, words: str) -> None:
        if self.sender() is self.current_view() and words:
            self.status_message.emit(words)

    def _current_changed(self, *_signal_args: object) -> None:
        target = self._target_cell()
        if target is None:
            self.panel.show_nothing()
            return
        view, row, column = target
        grid = view.model.grid
        assert grid is not None
        student, column_info = grid.students[row], grid.targets[column]
        kept = self._shown_rubric
        with self._reading() as db:
            history = cell_history(db, student.id, column_info.id, grid.scale)
            if kept is not None and kept[0] == column_info.id and self._after_entry:
                descriptors, exemplars = kept[1], kept[2]
            else:
                descriptors = rubric_for(db, column_info.id)
                exemplars = rubric_exemplars(db, column_info.id)
                self._shown_rubric = (column_info.id, descriptors, exemplars)
        self.panel.show_cell(
            student=student.name,
            target=column_info,
            cell=grid.cell(row, column),
            scale=grid.scale,
            history=history,
            descriptors=descriptors,
            blob_dir=self.store.blobs_dir,
            exemplars=exemplars,
        )

    @contextmanager
    def _reading(self) -> Iterator[Rows]:
        """A read: during a typed entry, the one the entry's reads share (begun at its
        first read, after the entry was written, so it sees it); else a new one."""
        if self._keystroke_read is not None:
            yield self._keystroke_read()
            return
        with self.store.reads() as db:
            yield db

    def _target_cell(self) -> tuple[GradebookView, int, int] | None:
        view = self.current_view()
        index: QModelIndex = view.table.currentIndex()
        if view.model.grid is None or not index.isValid():
            return None
        if not view.model.is_target_column(index.column()):
            return None
        return view, index.row(), index.column() - 1

    # ----- refreshing from changes -------------------------------------------
    def refresh(self) -> None:
        self.stale = False
        self.reload()

    def store_changed(self, changes: Changes) -> None:
        """The front page: the cells an action touched are read again at once (even
        behind another page, since the window opens on it and comes back to it)."""
        if self.class_id is None:
            return
        if not self._moving_on:  # (a typed entry's own evidence changes no rubric)
            self._shown_rubric = None
        if changes.everything or changes.classes or changes.tasks:
            self.reload()
            return
        with self._reading() as db:
            for view in (self.gradebook, self.habits):
                grid = view.model.grid
                if grid is None:
                    continue
                for student_id in changes.students:
                    for target_id in changes.targets:
                        where = view.model.position_of(student_id, target_id)
                        if where is not None:
                            view.model.update_cell(*where, cell_for(db, grid, *where))
        if self.only_not_yet.isChecked() or self.only_empty.isChecked():
            self._apply_filters()  # (a competency shown alone does not depend on the cells)
        if not self._moving_on:
            self._current_changed()

    # ----- the teacher's keys ------------------------------------------------
    def _entry(
        self, view: GradebookView, row: int, column: int, placement: ev.Placement | None = None
    ) -> ev.EvidenceEntry:
        """The evidence a key in this cell records (on the task, or outside it: core
        decides, :meth:`_placement` says why; ``placement``, when the caller has it)."""
        grid = view.model.grid
        assert grid is not None
        task = self.current_task()
        placement = placement or self._placement(view, column)
        return ev.EvidenceEntry(
            student_id=grid.students[row].id,
            target_id=grid.targets[column].id,
            produced_on=placement.produced_on,
            class_id=grid.class_id,
            task_id=placement.task_id,
            evidence_type=(task.task_type if task else "observation"),
        )

    def _placement(self, view: GradebookView, column: int) -> ev.Placement:
        grid = view.model.grid
        assert grid is not None
        target = grid.targets[column]
        return ev.place_evidence(self.current_task(), target.id, target.code, today=self.today())

    def _who(self, view: GradebookView, row: int, column: int) -> str:
        grid = view.model.grid
        assert grid is not None
        return f"{grid.students[row].name} — {grid.targets[column].code}"

    def _move_down(self, view: GradebookView, row: int, column: int) -> bool:
        table = view.table
        for next_row in range(row + 1, view.model.rowCount()):
            if not table.isRowHidden(next_row):
                table.setCurrentIndex(view.model.index(next_row, column + 1))
                return True
        return False

    def _perform_and_move_down(
        self,
        text: str,
        action: Retractions,
        view: GradebookView,
        row: int,
        column: int,
        note: str = "",
    ) -> None:
        """Record a typed entry and move to the next student, showing the side panel once:
        for the cell moved to (or, at the bottom, for the cell just changed). ``note``
        (where the evidence went, when not on the task) goes to the status line after."""
        with ExitStack() as reads:
            opened: list[Rows] = []

            def shared() -> Rows:
                if not opened:  # (first asked once the entry is written)
                    opened.append(reads.enter_context(self.store.reads()))
                return opened[0]

            self._keystroke_read = shared
            self._moving_on = True
            try:
                done = self.operations.perform(text, action.do, action.step)
            finally:
                self._moving_on = False
            self._after_entry = True
            try:
                if not (done and self._move_down(view, row, column)):
                    self._current_changed()
            finally:
                self._after_entry = False
                self._keystroke_read = None
        if done and note:
            self.status_message.emit(say(note))

    def type_level(self, value: float) -> None:
        where = self._target_cell()
        if where is None:
            return
        view, row, column = where
        placement = self._placement(view, column)
        entry = self._entry(view, row, column, placement)
        entry.level = value
        note = placement.note
        action = Retractions(
            self.store, lambda: ev.record_evidence(self.store, entry, today=self.today())
        )
        level = view.model.grid.scale.exact(value)
        label = f"{level.number} {level_word(level.label)}" if level else str(value)
        self._perform_and_move_down(
            QCoreApplication.translate("GradebookPage", "Record {label} for {value}").format(
                label=label, value=self._who(view, row, column)
            ),
            action,
            view,
            row,
            column,
            note,
        )

    def type_mark(self, kind: str) -> None:
        from cbe_desktop.ui.evidence_dialog import NotYetDialog

        where = self._target_cell()
        if where is None:
            return
        view, row, column = where
        entry = self._entry(view, row, column)
        note = self._placement(view, column).note
        who = self._who(view, row, column)
        today = self.today()
        if kind == "not_yet":
            with self.store.read() as session:
                shown = ev.level_shown(
                    session, entry.student_id, entry.target_id, entry.task_id, entry.produced_on
                )
            dialog = NotYetDialog(
                self, who=who, scale=view.model.grid.scale, today=today, level_shown=shown
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            level, next_step, due, support = dialog.values()
            entry.level = level
            entry.feedback = ""
            action = Retractions(
                self.store,
                lambda: ev.mark_not_yet(
                    self.store, entry, next_step, due_on=due, support=support, today=today
                ),
            )
            text = QCoreApplication.translate("GradebookPage", "Not yet for {who}").format(who=who)
        else:
            entry.status = kind
            action = Retractions(
                self.store, lambda: ev.record_evidence(self.store, entry, today=today)
            )
            text = (
                QCoreApplication.translate("GradebookPage", "Missing for {who}")
                if kind == "missing"
                else QCoreApplication.translate("GradebookPage", "Excused for {who}")
            ).format(who=who)
        self._perform_and_move_down(text, action, view, row, column, note)

    def open_evidence_dialog(self) -> None:
        from cbe_desktop.core.task_rubric import descriptors_for
        from cbe_desktop.ui.evidence_dialog import EvidenceDialog

        where = self._target_cell()
        if where is None:
            return
        view, row, column = where
        grid = view.model.grid
        entry = self._entry(view, row, column)
        placement = self._placement(view, column)
        task = self.current_task()
        with self.store.read() as session:
            # On a task with its own rubric, its words; the target's where it has none.
            descriptors = descriptors_for(session, entry.task_id, entry.target_id)
            exemplars = rubric_exemplars(session, entry.target_id)
        if task is not None and entry.task_id:
            where_words = task.title
        elif task is not None:  # the task does not cover this target: not on it
            where_words = QCoreApplication.translate(
                "GradebookPage", "Outside a task (“{task}” does not cover {code})"
            ).format(task=task.title, code=grid.targets[column].code)
        else:
            where_words = QCoreApplication.translate("GradebookPage", "Outside a task")
        dialog = EvidenceDialog(
            self,
            who=self._who(view, row, column),
            i_can=grid.targets[column].i_can,
            scale=grid.scale,
            descriptors=descriptors,
            evidence_type=entry.evidence_type,
            produced_on=date.fromisoformat(str(entry.produced_on)),
            task_title=where_words,
            today=self.today(),
            task=task if entry.task_id else None,
            exemplars=exemplars,
            blob_dir=self.store.blobs_dir,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.record_choice(view, row, column, entry, dialog.choice()) and placement.note:
            self.status_message.emit(say(placement.note))

    def record_choice(self, view, row, column, entry, choice) -> bool:  # type: ignore[no-untyped-def]
        """Store what the evidence dialog gathered, as one undo step; True when stored."""
        from cbe_desktop.core.attachments import store_files

        entry.level = choice.level
        entry.status = choice.status
        entry.evidence_type = choice.evidence_type
        entry.produced_on = choice.produced_on
        entry.feedback = choice.feedback

        def first() -> ev.Recorded:
            if choice.files:
                entry.attachment_ids = store_files(self.store, choice.files)
            if choice.not_yet:
                return ev.mark_not_yet(
                    self.store,
                    entry,
                    choice.next_step,
                    due_on=choice.due_on,
                    support=choice.support,
                    today=self.today(),
                )
            return ev.record_evidence(self.store, entry, today=self.today())

        action = Retractions(self.store, first)
        return self.operations.perform(
            QCoreApplication.translate("GradebookPage", "Evidence for {value}").format(
                value=self._who(view, row, column)
            ),
            action.do,
            action.step,
        )

    def retract_newest(self) -> None:
        where = self._target_cell()
        if where is None:
            return
        view, row, column = where
        grid = view.model.grid
        with self.store.read() as session:
            newest = ev.newest_standing(session, grid.students[row].id, grid.targets[column].id)
        if newest is None:
            self.status_message.emit(
                QCoreApplication.translate(
                    "GradebookPage", "There is no evidence to withdraw in this cell."
                )
            )
            return
        action = Retractions(self.store, lambda: ev.retract_evidence(self.store, newest.id))
        action.chain.append(newest.id)  # every step, undo and redo, withdraws the newest record
        self.operations.perform(
            QCoreApplication.translate("GradebookPage", "Withdraw evidence for {value}").format(
                value=self._who(view, row, column)
            ),
            action.step,
            action.step,
        )

    def override(self, level: float, reason: str) -> None:
        where = self._target_cell()
        if where is None:
            return
        view, row, column = where
        grid = view.model.grid
        student_id, target_id = grid.students[row].id, grid.targets[column].id
        with self.store.read() as session:
            previous = ev.current_override(session, student_id, target_id)
        before = (previous.level, previous.reason) if previous else None

        def undo() -> Changes:
            if before is None:
                return ev.remove_override(self.store, student_id, target_id)
            return ev.override_estimate(self.store, student_id, target_id, *before)

        self.operations.perform(
            QCoreApplication.translate("GradebookPage", "Override for {value}").format(
                value=self._who(view, row, column)
            ),
            lambda: ev.override_estimate(self.store, student_id, target_id, level, reason),
            undo,
        )

    def remove_override(self) -> None:
        where = self._target_cell()
        if where is None:
            return
        view, row, column = where
        grid = view.model.grid
        student_id, target_id = grid.students[row].id, grid.targets[column].id
        with self.store.read() as session:
            previous = ev.current_override(session, student_id, target_id)
        if previous is None:
            return
        before = (previous.level, previous.reason)
        self.operations.perform(
            QCoreApplication.translate("GradebookPage", "Use the calculated estimate"),
            lambda: ev.remove_override(self.store, student_id, target_id),
            lambda: ev.override_estimate(self.store, student_id, target_id, *before),
        )

    # ----- tasks and methods -------------------------------------------------
    def new_task(self) -> None:
        from cbe_desktop.ui.task_dialog import TaskDialog

        grid = self.gradebook.model.grid
        if grid is None or self.class_id is None:
            return
        targets = grid.targets + (self.habits.model.grid.targets if self.habits.model.grid else [])
        dialog = TaskDialog(self, targets, **self._task_rubric_arguments(None))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        created: list[str] = []
        class_id = self.class_id

        def do() -> Changes:
            if created:
                return ev.restore_task(self.store, created[0])
            task_id, changes = ev.create_task(
                self.store,
                class_id,
                values["title"],
                values["on"],
                target_ids=values["target_ids"],
                purpose=values["purpose"],
                task_type=values["task_type"],
                notes=values["notes"],
                rubric=values.get("rubric") or None,
            )
            created.append(task_id)
            return changes

        if self.operations.perform(
            QCoreApplication.translate("GradebookPage", "New task {value}").format(
                value=values["title"]
            ),
            do,
            lambda: ev.delete_task(self.store, created[0]),
        ):
            self.task_box.setCurrentIndex(max(0, self.task_box.findData(created[0])))

    def edit_task(self) -> None:
        from cbe_desktop.ui.task_dialog import TaskDialog

        task = self.current_task()
        grid = self.gradebook.model.grid
        if task is None or grid is None:
            return
        targets = grid.targets + (self.habits.model.grid.targets if self.habits.model.grid else [])
        arguments = self._task_rubric_arguments(task)
        dialog = TaskDialog(self, targets, task, **arguments)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        # The task's own rubric changes with the task, in the same step (and undo).
        new_rubric = values.get("rubric") or {}
        written = arguments["rubric"]
        old_rubric = {target_id: dict(written.get(target_id, {})) for target_id in new_rubric}
        new = {
            "title": values["title"],
            "date": str(values["on"]),
            "purpose": values["purpose"],
            "task_type": values["task_type"],
            "target_ids": values["target_ids"],
            "notes": values["notes"],
        }
        old = {k: getattr(task, k) for k in new}
        old["target_ids"] = list(task.target_ids)  # stored as a list, as the dialog gives it
        task_id = task.id
        self.operations.perform(
            QCoreApplication.translate("GradebookPage", "Edit task"),
            lambda: ev.update_task(self.store, task_id, rubric=new_rubric, **new),
            lambda: ev.update_task(self.store, task_id, rubric=old_rubric, **old),
        )

    def _task_rubric_arguments(self, task: TaskInfo | None) -> dict:
        """What the task dialog needs for the task's optional rubric (academic targets)."""
        from cbe_desktop.core.task_rubric import task_rubric

        grid = self.gradebook.model.grid
        assert grid is not None
        with self.store.read() as session:
            own = task_rubric(session, task.id) if task is not None else {}
            target_rubrics = {t.id: rubric_for(session, t.id) for t in grid.targets}
        return {
            "scale": grid.scale,
            "rubric": own,
            "target_rubrics": target_rubrics,
            "rubric_target_ids": {t.id for t in grid.targets},
        }

    def bulk_entry(self) -> None:
        from cbe_desktop.core.task_rubric import descriptors_for
        from cbe_desktop.ui.bulk_entry import BulkEntryDialog

        task = self.current_task()
        grid = self.gradebook.model.grid
        if task is None or grid is None:
            return
        if not any(t.id in task.target_ids for t in grid.targets):
            self.operations.report(
                QCoreApplication.translate(
                    "GradebookPage",
                    "This task gives evidence for no learning target of this class.",
                )
            )
            return
        problem = ev.future_date_problem(task.date, today=self.today(), task=task)
        if problem is not None:  # before the teacher types a whole sheet, not after
            self.operations.report(say(problem))
            return
        with self.store.read() as session:
            descriptors = {t: descriptors_for(session, task.id, t) for t in task.target_ids}
            recorded = ev.task_scores(session, task.id)
        dialog = BulkEntryDialog(self, grid, task, descriptors=descriptors, recorded=recorded)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        scores, cleared = dialog.changes()
        class_id, task_id, today = grid.class_id, task.id, self.today()
        saved: list[ev.SheetRecorded] = []
        chains: list[list[str]] = []

        def do() -> Changes:
            if not saved:
                result = ev.record_task_sheet(
                    self.store, task_id, class_id, scores, cleared, today=today
                )
                saved.append(result)
                chains.extend([eid] for eid in result.written)
                return result.changes
            return step()

        def step() -> Changes:
            recorded = ev.retract_many(self.store, [chain[-1] for chain in chains])
            for chain in chains:
                chain.append(recorded.retractions[chain[-1]])
            first = saved[0].changes
            return recorded.changes | Changes(students=first.students, targets=first.targets)

        if self.operations.perform(
            QCoreApplication.translate("GradebookPage", "Whole class: {title}").format(
                title=task.title
            ),
            do,
            step,
        ):
            result = saved[0]
            self.status_message.emit(
                QCoreApplication.translate(
                    "GradebookPage",
                    "Whole class, {title}: {recorded} new, {corrected} corrected, "
                    "{withdrawn} withdrawn. Ctrl+Z undoes the whole sheet.",
                ).format(
                    title=task.title,
                    recorded=result.recorded,
                    corrected=result.corrected,
                    withdrawn=result.withdrawn,
                )
            )

    def header_menu(self, section: int, where: QPoint) -> None:
        view = self.current_view()
        grid = view.model.grid
        if grid is None or not view.model.is_target_column(section) or self.class_id is None:
            return
        target = grid.targets[section - 1]
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addSection(
            QCoreApplication.translate("GradebookPage", "Estimate {code} by").format(
                code=target.code
            )
        )
        current = target.method
        class_method = grid.method
        options = [
            (
                None,
                QCoreApplication.translate("GradebookPage", "The class's method ({value})").format(
                    value=METHOD_NAMES[class_method].lower()
                ),
            )
        ]
        options += [(m, METHOD_NAMES[m]) for m in mastery.METHODS]
        for method, label in options:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(method == current if method else current == class_method)
            action.setToolTip(say(mastery.describe_method(method or class_method)))
            action.setData(method)
        chosen = menu.exec(where)
        if chosen is None:
            return
        self.set_method(target.id, chosen.data())

    def set_method(self, target_id: str, method: str | None) -> None:
        from cbe_desktop.core.roster import set_target_method, target_method

        class_id = self.class_id
        with self.store.read() as session:
            before = target_method(session, class_id, target_id)
        param = mastery.DEFAULT_PARAMS.get(method) if method else None
        self.operations.perform(
            QCoreApplication.translate("GradebookPage", "Change method"),
            lambda: (
                set_target_method(self.store, class_id, target_id, method, param)
                | Changes(everything=True)
            ),
            lambda: (
                set_target_method(self.store, class_id, target_id, *before)
                | Changes(everything=True)
            ),
        )
