"""The "not yet" queue: open revisions, oldest first, so that none is forgotten.

From here the teacher records the revision (new evidence linked back by
``revision_of``) or closes the plan with a note. Each is one undo step.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import evidence as evidence_svc
from cbe_desktop.core.calibration import RubricExemplar, rubric_exemplars
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.evidence import revision_date_problem
from cbe_desktop.core.queue import QueueItem, open_revisions
from cbe_desktop.core.roster import class_info
from cbe_desktop.core.scales import ScaleInfo, load_scale
from cbe_desktop.core.store import Store
from cbe_desktop.core.task_rubric import descriptors_for_revision
from cbe_desktop.ui.contrast import fill_and_text
from cbe_desktop.ui.evidence_dialog import SUPPORT_WORDS, PlanFields, pydate, qdate
from cbe_desktop.ui.i18n import level_word, say, tr_word
from cbe_desktop.ui.level_choice import LevelChoice, LevelDialog
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page
from cbe_desktop.ui.widgets import CommitTextEdit, heading, hint

Index = QModelIndex | QPersistentModelIndex

EMPTY_TEXT = QT_TRANSLATE_NOOP("Words", "No open 'not yet' revisions: every student is on track.")
NO_CLASS_TEXT = QT_TRANSLATE_NOOP(
    "Words", "Choose a class to see its open revisions, or show all classes."
)
COLUMNS = (
    QT_TRANSLATE_NOOP("Words", "Student"),
    QT_TRANSLATE_NOOP("Words", "Target"),
    QT_TRANSLATE_NOOP("Words", "Opened"),
    QT_TRANSLATE_NOOP("Words", "Due"),
    QT_TRANSLATE_NOOP("Words", "Days open"),
    QT_TRANSLATE_NOOP("Words", "Next step"),
    QT_TRANSLATE_NOOP("Words", "Support planned"),
    QT_TRANSLATE_NOOP("Words", "Level then"),
)
STUDENT, TARGET, OPENED, DUE, DAYS_OPEN, NEXT_STEP, SUPPORT, LEVEL_THEN = range(len(COLUMNS))
ItemRole = Qt.ItemDataRole.UserRole + 1  # the QueueItem of a row
OverdueRole = Qt.ItemDataRole.UserRole + 2  # True when the row is overdue

# Overdue rows: bold, and a warm fill dark enough to tell apart from white when printed
# or seen in grey scale (about 80 % luminance), with near-black text readable on it.
OVERDUE_FILL = QColor("#F2C49B")
OVERDUE_TEXT = QColor("#1A1A1A")


def support_words(support: str) -> str:
    return SUPPORT_WORDS.get(support, support.replace("_", " ").capitalize())


def level_words(level: float | None, scale: ScaleInfo | None) -> str:
    if level is None:
        return QCoreApplication.translate("QueuePage", "No level")
    found = scale.exact(level) if scale else None
    if found is None and scale is not None:
        found = scale.level_at(level)
    number = f"{level:g}"
    return f"{number} {level_word(found.label)}" if found else number


class QueueModel(QAbstractTableModel):
    """Rows of the queue, precomputed: ``data()`` only looks them up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._rows: list[tuple[str, ...]] = []
        self._overdue: list[bool] = []
        self._sentences: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brushes = (QBrush(OVERDUE_FILL), QBrush(OVERDUE_TEXT))

    def set_items(
        self,
        items: list[QueueItem],
        scales: dict[str | None, ScaleInfo],
        today: date | None = None,
    ) -> None:
        today = today or date.today()
        self.beginResetModel()
        fill, ink = fill_and_text(OVERDUE_FILL)  # high contrast too, when it is on
        self._overdue_brushes = (QBrush(fill), QBrush(ink))
        self._items = list(items)
        self._rows, self._overdue, self._sentences = [], [], []
        for item in self._items:
            overdue = item.overdue(today)
            due = (
                QCoreApplication.translate("QueueModel", "Overdue (due {due_on})").format(
                    due_on=item.due_on
                )
                if overdue
                else item.due_on or QCoreApplication.translate("QueueModel", "No due date")
            )
            level = level_words(item.level, scales.get(item.class_id))
            row = (
                item.student,
                item.target_code,
                item.opened_on,
                due,
                str(item.days_open(today)),
                item.next_step,
                support_words(item.support),
                level,
            )
            self._rows.append(row)
            self._overdue.append(overdue)
            self._sentences.append(
                QCoreApplication.translate(
                    "QueueModel",
                    "{student}, {target_code}: not yet since {opened_on} ({value} days), "
                    "{value2}; level then {level}; next step: {next_step}; support: "
                    "{value3}.",
                ).format(
                    student=item.student,
                    target_code=item.target_code,
                    opened_on=item.opened_on,
                    value=row[DAYS_OPEN],
                    value2=due.lower(),
                    level=level,
                    next_step=item.next_step,
                    value3=row[SUPPORT].lower(),
                )
            )
        self.endResetModel()

    def items(self) -> list[QueueItem]:
        return list(self._items)

    def item_at(self, row: int) -> QueueItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, revision_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.revision_id == revision_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return None
        overdue = self._overdue[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == STUDENT:
                return self._sentences[row]
            return f"{tr_word(COLUMNS[column])}: {self._rows[row][column]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            item = self._items[row]
            if column == TARGET:
                return f"{item.target_code}: {item.target_statement}"
            if column == LEVEL_THEN and item.feedback:
                return QCoreApplication.translate("QueueModel", "Feedback then: {feedback}").format(
                    feedback=item.feedback
                )
            return self._sentences[row]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if overdue else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._overdue_brushes[0] if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._overdue_brushes[1] if overdue else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS_OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemRole:
            return self._items[row]
        if role == OverdueRole:
            return overdue
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return tr_word(COLUMNS[section])
        return None


# ----- the revision dialog ---------------------------------------------------------------


@dataclass(frozen=True)
class RevisionChoice:
    """What the teacher filled in for a revision."""

    level: float | None
    produced_on: date
    feedback: str
    not_yet_again: str | None = None  # a new next step when the revision is still "not yet"
    due_on: date | None = None
    support: str = ""


class RevisionDialog(LevelDialog):
    """Record a revision: choose the level by its rubric words (or type its number)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        item: QueueItem,
        scale: ScaleInfo,
        descriptors: dict[float, str],
        today: date | None = None,
        exemplars: Sequence[RubricExemplar] = (),
        blob_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.setWindowTitle(QCoreApplication.translate("RevisionDialog", "Record a revision"))
        self.setMinimumWidth(620)
        self.item = item

        title = QLabel(
            f"<b>{html.escape(item.student)}</b> — {html.escape(item.target_code)}: "
            f"{html.escape(item.target_statement)}",
            self,
        )
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        before = [
            QCoreApplication.translate(
                "RevisionDialog", "Not yet since {opened_on}, at {level_words}."
            ).format(opened_on=item.opened_on, level_words=level_words(item.level, scale))
        ]
        before.append(
            QCoreApplication.translate("RevisionDialog", "Next step: {next_step}").format(
                next_step=item.next_step
            )
        )
        if item.feedback:
            before.append(
                QCoreApplication.translate("RevisionDialog", "Feedback then: {feedback}").format(
                    feedback=item.feedback
                )
            )
        self.header.addWidget(title)
        self.header.addWidget(hint("\n".join(before), self))

        self.level_choice = LevelChoice(
            QCoreApplication.translate(
                "RevisionDialog",
                "&Level of the revision: click the words that match, or type its number",
            ),
            scale,
            descriptors,
            self,
            exemplars=exemplars,
            blob_dir=blob_dir,
        )
        self.levels = self.level_choice.group
        self.chosen = self.level_choice.chosen
        self.level_choice.chosen_changed.connect(lambda _v: self._level_chosen())

        # No minimum or maximum: a date the revision cannot have is refused in words.
        self.date = QDateEdit(qdate(self.today), self)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(
            QCoreApplication.translate("RevisionDialog", "Date the revision was produced")
        )
        self.date.dateChanged.connect(lambda _d: self._check_date())
        self.feedback = CommitTextEdit(self, lines=3)
        self.feedback.setAccessibleName(
            QCoreApplication.translate("RevisionDialog", "Feedback on the revision")
        )
        self.feedback.setPlaceholderText(
            QCoreApplication.translate(
                "RevisionDialog", "Feedback for the student (Enter: a new line; Ctrl+Enter: save)"
            )
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("RevisionDialog", "&Date produced:"), self.date)
        form.addRow(QCoreApplication.translate("RevisionDialog", "&Feedback:"), self.feedback)

        self.still_not_yet = QCheckBox(
            QCoreApplication.translate("RevisionDialog", "Still &not yet: plan another revision"),
            self,
        )
        self.still_not_yet.setAccessibleName(
            QCoreApplication.translate("RevisionDialog", "Still not yet")
        )
        self.plan = PlanFields(self, today=self.today)
        self.plan.setVisible(False)
        self.still_not_yet.toggled.connect(self.plan.setVisible)
        self.still_not_yet.toggled.connect(
            lambda on: self.refit_soon(self.plan, self.plan.next_step) if on else self.refit_soon()
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.body.addWidget(self.level_choice)
        self.body.addLayout(form)
        self.body.addWidget(self.still_not_yet)
        self.body.addWidget(self.plan)
        self.body.addStretch(1)
        self.finish(self.level_choice, buttons)
        chain = [
            *self.level_choice.buttons_in_order(),
            self.date,
            self.feedback,
            self.still_not_yet,
            self.plan.next_step,
            self.plan.has_due,
            self.plan.due,
            self.plan.support,
            *buttons.buttons(),
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _level_chosen(self) -> None:
        if self.error.property("date") is not True:
            self.error.clear()

    def _date_problem(self) -> str | None:
        return revision_date_problem(
            pydate(self.date.date()), revises_on=self.item.opened_on, today=self.today
        )

    def _check_date(self) -> bool:
        problem = self._date_problem()
        if problem is not None:
            self.error.setText(say(problem))
        elif self.error.property("date") is True:
            self.error.clear()
        self.error.setProperty("date", problem is not None)
        return problem is None

    def choose_level(self, value: float) -> None:
        self.level_choice.choose_level(value)

    def level(self) -> float | None:
        return self.level_choice.level()

    def _accept(self) -> None:
        if not self._check_date():
            self.date.setFocus()
            return
        choice = self.values()
        if choice.level is None:
            self.error.setText(
                QCoreApplication.translate(
                    "RevisionDialog",
                    "Choose the level of the revision: type its number or click its words.",
                )
            )
            self.level_choice.focus_level()
            return
        if self.still_not_yet.isChecked() and not choice.not_yet_again:
            self.error.setText(
                QCoreApplication.translate(
                    "RevisionDialog",
                    "Write the next step: what will the student do to revise again?",
                )
            )
            self.plan.next_step.setFocus()
            return
        self.accept()

    def values(self) -> RevisionChoice:
        next_step, due, support = self.plan.values()
        again = self.still_not_yet.isChecked()
        return RevisionChoice(
            level=self.level(),
            produced_on=pydate(self.date.date()),
            feedback=self.feedback.toPlainText().strip(),
            not_yet_again=(next_step or "") if again else None,
            due_on=due if again else None,
            support=support if again else "",
        )


# ----- the page ------------------------------------------------------------------------


class QueuePage(Page):
    """Open "not yet" revisions of one class or of all classes, oldest first."""

    status_message = Signal(str)  # a sentence for the status bar after an action

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent, stale=True)
        self._class_id: str | None = None
        self._scales: dict[str | None, ScaleInfo] = {}
        self._target_names: dict[str, str] = {}

        self.scope = QComboBox(self)
        self.scope.setAccessibleName(
            QCoreApplication.translate("QueuePage", "Show the revisions of")
        )
        self.scope.addItem(QCoreApplication.translate("QueuePage", "This class"), "class")
        self.scope.addItem(QCoreApplication.translate("QueuePage", "All classes"), "all")
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        scope_label = QLabel(QCoreApplication.translate("QueuePage", "&Show:"), self)
        scope_label.setBuddy(self.scope)

        self.target = QComboBox(self)
        self.target.setAccessibleName(QCoreApplication.translate("QueuePage", "Target filter"))
        self.target.setMinimumContentsLength(24)
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.addItem(QCoreApplication.translate("QueuePage", "All targets"), None)
        self.target.currentIndexChanged.connect(lambda _i: self.refresh())
        target_label = QLabel(QCoreApplication.translate("QueuePage", "&Target:"), self)
        target_label.setBuddy(self.target)

        self.summary = QLabel(self)
        self.summary.setObjectName("queueSummary")

        self.model = QueueModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("QueuePage", "Open 'not yet' revisions, oldest first")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NEXT_STEP, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.record_revision())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                activated=self.record_revision,
                context=Qt.ShortcutContext.WidgetShortcut,
            )

        self.empty = QLabel(tr_word(EMPTY_TEXT), self)
        self.empty.setObjectName("queueEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(QCoreApplication.translate("QueuePage", "Not yet queue"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.record_button = QPushButton(
            QCoreApplication.translate("QueuePage", "&Record revision…"), self
        )
        self.record_button.setAccessibleName(
            QCoreApplication.translate("QueuePage", "Record revision")
        )
        self.record_button.clicked.connect(self.record_revision)
        self.close_button = QPushButton(
            QCoreApplication.translate("QueuePage", "&Close with a note…"), self
        )
        self.close_button.setAccessibleName(
            QCoreApplication.translate("QueuePage", "Close with a note")
        )
        self.close_button.clicked.connect(self.close_with_note)

        top = QHBoxLayout()
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addSpacing(12)
        top.addWidget(target_label)
        top.addWidget(self.target, 1)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(QCoreApplication.translate("QueuePage", "Not yet: open revisions"), self)
        )
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "QueuePage",
                    "Oldest first. Overdue revisions say “Overdue” and are shown in bold on a "
                    "shaded row. Double-click a row or press Enter to record the revision; "
                    "Ctrl+Z undoes it.",
                ),
                self,
            )
        )
        self.setTabOrder(self.scope, self.target)
        self.setTabOrder(self.target, self.table)
        self.setTabOrder(self.table, self.record_button)
        self.setTabOrder(self.record_button, self.close_button)

        self._update_buttons()

    # ----- what is shown -----------------------------------------------------
    def set_class(self, class_id: str | None) -> None:
        """Show the queue of this class (when the scope is "This class")."""
        self._class_id = class_id
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def class_id(self) -> str | None:
        return self._class_id

    def all_classes(self) -> bool:
        return self.scope.currentData() == "all"

    def set_all_classes(self, all_classes: bool) -> None:
        self.scope.setCurrentIndex(1 if all_classes else 0)

    def set_target(self, target_id: str | None) -> None:
        """Filter to one target (None: every target); the target must be in the list."""
        index = self.target.findData(target_id)
        if index >= 0:
            self.target.setCurrentIndex(index)

    def current_item(self) -> QueueItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select(self, revision_id: str) -> bool:
        row = self.model.row_of(revision_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        return True

    def shows(self, changes: Changes) -> bool:
        return bool(  # tasks alone do not change the queue
            changes.everything
            or changes.classes
            or changes.students
            or changes.targets
            or changes.evidence
        )

    def refresh(self) -> None:
        self.stale = False
        all_classes = self.all_classes()
        keep = self.current_item()
        keep_row = self.table.currentIndex().row()
        with self.store.read() as session:
            if all_classes or self._class_id is not None:
                items = open_revisions(session, class_id=None if all_classes else self._class_id)
            else:
                items = []
            class_ids = {i.class_id for i in items} | {self._class_id}
            scales: dict[str | None, ScaleInfo] = {}
            for class_id in class_ids:
                school_class = class_info(session, class_id)
                scales[class_id] = load_scale(
                    session, school_class.scale_id if school_class else None
                )
        self._scales = scales
        self._fill_targets(items)
        wanted = self.target.currentData()
        shown = [i for i in items if wanted is None or i.target_id == wanted]
        self.model.set_items(shown, scales)
        self._fit_columns()

        if not shown:
            if not all_classes and self._class_id is None:
                self.empty.setText(tr_word(NO_CLASS_TEXT))
            elif wanted is not None:
                code = self._target_names.get(wanted, "this target").split(" — ")[0]
                self.empty.setText(
                    QCoreApplication.translate(
                        "QueuePage", "No open 'not yet' revisions on {code}."
                    ).format(code=code)
                )
            else:
                self.empty.setText(tr_word(EMPTY_TEXT))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
            row = self.model.row_of(keep.revision_id) if keep else -1
            if row < 0 and keep_row >= 0:
                row = min(keep_row, len(shown) - 1)  # the next one, after recording one
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectRow(row)
        overdue = sum(1 for i in shown if i.overdue())
        open_words = (
            QCoreApplication.translate("QueuePage", "1 open revision")
            if len(shown) == 1
            else QCoreApplication.translate("QueuePage", "{len} open revisions").format(
                len=len(shown)
            )
        )
        self.summary.setText(
            QCoreApplication.translate("QueuePage", "{open_words}, {overdue} overdue").format(
                open_words=open_words, overdue=overdue
            )
            if shown
            else ""
        )
        self._update_buttons()

    def _fit_columns(self) -> None:
        for column in range(len(COLUMNS)):
            if column != NEXT_STEP:
                self.table.resizeColumnToContents(column)

    def _fill_targets(self, items: list[QueueItem]) -> None:
        """The filter lists the targets in the queue (and keeps the chosen one)."""
        current = self.target.currentData()
        names = {i.target_id: f"{i.target_code} — {i.target_statement}" for i in items}
        if current is not None and current not in names and current in self._target_names:
            names[current] = self._target_names[current]
        self._target_names = names
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(QCoreApplication.translate("QueuePage", "All targets"), None)
        for target_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            shown = name if len(name) <= 70 else name[:69] + "…"
            self.target.addItem(shown, target_id)
            self.target.setItemData(self.target.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.target.setCurrentIndex(max(0, self.target.findData(current)))
        self.target.blockSignals(False)

    def _update_buttons(self, *_signal_args: object) -> None:
        has = self.current_item() is not None and self.stack.currentWidget() is self.table
        self.record_button.setEnabled(has)
        self.close_button.setEnabled(has)

    # ----- actions -----------------------------------------------------------
    def record_revision(self) -> None:
        """Ask for the revision of the selected plan and record it (one undo step)."""
        item = self.current_item()
        if item is None:
            return
        scale = self._scales.get(item.class_id) or self._scales.get(self._class_id)
        with self.store.read() as session:
            descriptors = descriptors_for_revision(session, item.evidence_id, item.target_id)
            exemplars = rubric_exemplars(session, item.target_id)
            if scale is None:
                scale = load_scale(session, None)
        dialog = RevisionDialog(
            self,
            item=item,
            scale=scale,
            descriptors=descriptors,
            exemplars=exemplars,
            blob_dir=self.store.blobs_dir,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.values()
        store = self.store
        # The evidence that stands for this revision, newest last: the revision itself,
        # then each retraction (undo) and retraction of the retraction (redo).
        chain: list[str] = []

        def do() -> Changes:
            if not chain:
                recorded = evidence_svc.record_revision(
                    store,
                    item.revision_id,
                    level=choice.level,
                    produced_on=choice.produced_on,
                    feedback=choice.feedback,
                    not_yet_again=choice.not_yet_again or None,
                    due_on=choice.due_on,
                    support=choice.support,
                )
            else:
                recorded = evidence_svc.retract_evidence(store, chain[-1])
            assert recorded.evidence_id is not None
            chain.append(recorded.evidence_id)
            return recorded.changes

        def undo() -> Changes:
            recorded = evidence_svc.retract_evidence(store, chain[-1])
            assert recorded.evidence_id is not None
            chain.append(recorded.evidence_id)
            return recorded.changes

        if self.operations.perform(
            QCoreApplication.translate(
                "QueuePage", "Record revision of {student} on {target_code}"
            ).format(student=item.student, target_code=item.target_code),
            do,
            undo,
        ):
            level = level_words(choice.level, scale)
            again = (
                QCoreApplication.translate("QueuePage", " — still not yet, a new plan is open")
                if choice.not_yet_again
                else ""
            )
            self.status_message.emit(
                QCoreApplication.translate(
                    "QueuePage", "Revision recorded for {student} on {target_code}: {level}{again}."
                ).format(
                    student=item.student, target_code=item.target_code, level=level, again=again
                )
            )

    def close_with_note(self) -> None:
        """Close the selected plan without a revision; the teacher says why."""
        item = self.current_item()
        if item is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self,
            QCoreApplication.translate("QueuePage", "Close with a note"),
            QCoreApplication.translate(
                "QueuePage",
                "Why is the revision of {student} on {target_code} closed without new evidence?",
            ).format(student=item.student, target_code=item.target_code),
            "",
        )
        if not ok:
            return
        store, revision_id = self.store, item.revision_id
        if self.operations.perform(
            QCoreApplication.translate(
                "QueuePage", "Close revision of {student} on {target_code}"
            ).format(student=item.student, target_code=item.target_code),
            lambda: evidence_svc.close_revision(store, revision_id, note),
            lambda: evidence_svc.reopen_revision(store, revision_id),
        ):
            self.status_message.emit(
                QCoreApplication.translate(
                    "QueuePage", "Revision of {student} on {target_code} closed."
                ).format(student=item.student, target_code=item.target_code)
            )
