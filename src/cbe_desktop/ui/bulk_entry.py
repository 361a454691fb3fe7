"""One task x the whole class in one sheet, entirely by keyboard if the teacher wants."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.evidence import EvidenceInfo, SheetScore, TaskInfo, sheet_locked
from cbe_desktop.core.gradebook import ClassGrid
from cbe_desktop.ui.i18n import Words, level_word
from cbe_desktop.ui.widgets import hint

MARKS = Words(
    {"M": QT_TRANSLATE_NOOP("Words", "Missing"), "X": QT_TRANSLATE_NOOP("Words", "Excused")}
)


#: A cell the sheet will not retype (a "not yet" or a revision): why, for the tooltip.
LockedRole = Qt.ItemDataRole.UserRole + 40


class SheetTable(QTableWidget):
    """Typing a level (or M, X) fills the cell and moves down; the feedback column is text.

    A cell that holds a "not yet" or a revision is not retyped here: ``locked_touched``
    says so, and the dialog tells the teacher where to change it.
    """

    locked_touched = Signal(str)

    def __init__(self, rows: int, columns: int, parent: QWidget, typeable: dict[str, str]) -> None:
        super().__init__(rows, columns, parent)
        self.typeable = typeable  # key -> shown text
        self.feedback_column = columns - 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._leaves(event, index):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.setTabKeyNavigation(False)
            try:
                self.focusNextPrevChild(forward)
            finally:
                self.setTabKeyNavigation(True)
            return
        text = event.text().upper()
        if index.isValid() and index.column() != self.feedback_column:
            typing = text in self.typeable or text in MARKS
            clearing = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            item = self.item(index.row(), index.column())
            locked = item.data(LockedRole) if item is not None else None
            if (typing or clearing) and locked:
                self.locked_touched.emit(locked)
                return
            if typing:
                shown = self.typeable.get(text) or MARKS[text]
                self.setItem(index.row(), index.column(), QTableWidgetItem(shown))
                self.setCurrentCell(min(index.row() + 1, self.rowCount() - 1), index.column())
                return
            if clearing:
                self.setItem(index.row(), index.column(), QTableWidgetItem(""))
                return
        super().keyPressEvent(event)

    def _leaves(self, event: QKeyEvent, index) -> bool:  # type: ignore[no-untyped-def]
        """Ctrl+Tab leaves the sheet; so does Tab from its last cell (Shift+Tab, its first)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier or not index.isValid():
            return True
        backward = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if backward:
            return index.row() == 0 and index.column() == 0
        return index.row() == self.rowCount() - 1 and index.column() == self.columnCount() - 1


Value = tuple[str, float | None]  # (status, level): what a cell says


class BulkEntryDialog(QDialog):
    """A row per student, a column per target of the task, plus feedback; saved as one step.

    It opens with the scores already recorded on the task. A changed score is saved as a
    correction, a cleared one is withdrawn, an unchanged one writes nothing (core decides:
    :func:`cbe_desktop.core.evidence.record_task_sheet`). Escape, Cancel or closing the
    window with typed scores asks before discarding them.
    """

    def __init__(
        self,
        parent: QWidget | None,
        grid: ClassGrid,
        task: TaskInfo,
        *,
        descriptors: dict[str, dict[float, str]] | None = None,
        recorded: dict[tuple[str, str], EvidenceInfo] | None = None,
    ) -> None:
        """``descriptors``: for each target, the words of each level on this task (the
        task's own rubric where it has one, else the target's), shown as level hints.
        ``recorded``: the evidence already standing on the task (``task_scores``)."""
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("BulkEntryDialog", "Whole class — {title}").format(
                title=task.title
            )
        )
        self.resize(900, 640)
        self.grid = grid
        self.task = task
        self.columns = [t for t in grid.targets if t.id in set(task.target_ids)]
        self._values = {lv.number: lv.value for lv in grid.scale.levels}
        typeable = {
            lv.number: f"{lv.number} {level_word(lv.label)}"
            for lv in grid.scale.levels
            if len(lv.number) == 1
        }
        self.sheet = SheetTable(len(grid.students), len(self.columns) + 1, self, typeable)
        self.sheet.setObjectName("bulkSheet")
        self.sheet.setAccessibleName(
            QCoreApplication.translate("BulkEntryDialog", "Evidence for the whole class")
        )
        self.sheet.setHorizontalHeaderLabels(
            [t.code for t in self.columns]
            + [QCoreApplication.translate("BulkEntryDialog", "Feedback")]
        )
        self.sheet.setVerticalHeaderLabels([s.name for s in grid.students])
        self.sheet.horizontalHeader().setSectionResizeMode(
            len(self.columns), QHeaderView.ResizeMode.Stretch
        )
        self.sheet.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.descriptors = descriptors or {}
        for c, target in enumerate(self.columns):
            self.sheet.horizontalHeaderItem(c).setToolTip(
                "\n".join([target.i_can or target.statement, *self.level_hints(target.id)])
            )
        self.level_hint = QLabel(self)
        self.level_hint.setObjectName("bulkLevelHints")
        self.level_hint.setWordWrap(True)
        self.level_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet.currentCellChanged.connect(lambda row, column, *_: self._show_hints(column))
        self.sheet.locked_touched.connect(self._locked_touched)
        self.error = QLabel(self)
        self.error.setObjectName("bulkError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        levels = ", ".join(f"{lv.number} {level_word(lv.label)}" for lv in grid.scale.levels)
        self.recorded_words = QLabel(self)
        self.recorded_words.setObjectName("bulkRecorded")
        self.recorded_words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{html.escape(task.title)}</b> — {task.date}", self))
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "BulkEntryDialog",
                    "Type a level ({levels}), M for missing or X for excused; the cursor "
                    "moves down. Tab moves across (Ctrl+Tab goes on to Save); the last "
                    "column is feedback for the student.",
                ).format(levels=levels),
                self,
            )
        )
        layout.addWidget(self.recorded_words)
        layout.addWidget(self.sheet, 1)
        layout.addWidget(self.level_hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill(recorded or {})
        self.sheet.setCurrentCell(0, 0)
        self._show_hints(0)

    # ----- what the sheet opens with -------------------------------------------------------
    def _fill(self, recorded: dict[tuple[str, str], EvidenceInfo]) -> None:
        """The scores already on the task, and each student's feedback on it."""
        self._initial: dict[tuple[int, int], Value | None] = {}
        self._initial_feedback: dict[int, str] = {}
        count = 0
        for r, student in enumerate(self.grid.students):
            newest: EvidenceInfo | None = None
            for c, target in enumerate(self.columns):
                row = recorded.get((student.id, target.id))
                if row is None:
                    self._initial[(r, c)] = None
                    continue
                count += 1
                value: Value = (row.status, row.level if row.status == "scored" else None)
                self._initial[(r, c)] = value
                item = QTableWidgetItem(self._words(value))
                if sheet_locked(row):
                    why = (
                        QCoreApplication.translate(
                            "BulkEntryDialog",
                            "“Not yet” with a plan open: change it from the gradebook or the "
                            "Not yet page.",
                        )
                        if row.not_yet
                        else QCoreApplication.translate(
                            "BulkEntryDialog",
                            "A revision: change it from the gradebook or the Not yet page.",
                        )
                    )
                    item.setText(
                        QCoreApplication.translate("BulkEntryDialog", "{level} · not yet").format(
                            level=item.text()
                        )
                        if row.not_yet
                        else item.text()
                    )
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setData(LockedRole, why)
                    item.setToolTip(why)
                self.sheet.setItem(r, c, item)
                if row.feedback and (newest is None or row.hlc > newest.hlc):
                    newest = row
            feedback = newest.feedback if newest else ""
            self._initial_feedback[r] = feedback
            if feedback:
                self.sheet.setItem(r, len(self.columns), QTableWidgetItem(feedback))
        self.recorded_words.setVisible(count > 0)
        self.recorded_words.setText(
            QCoreApplication.translate(
                "BulkEntryDialog",
                "{count} scores are already recorded on this task and shown here. A score "
                "you change is saved as a correction (the first is kept in the history); "
                "one you clear is withdrawn.",
            ).format(count=count)
            if count != 1
            else QCoreApplication.translate(
                "BulkEntryDialog",
                "1 score is already recorded on this task and shown here. A score you "
                "change is saved as a correction (the first is kept in the history); one "
                "you clear is withdrawn.",
            )
        )

    def _words(self, value: Value) -> str:
        status, level = value
        if status in ("missing", "excused"):
            return MARKS["M" if status == "missing" else "X"]
        if level is None:
            return QCoreApplication.translate("BulkEntryDialog", "No level")
        found = self.grid.scale.exact(level)
        return f"{found.number} {level_word(found.label)}" if found else f"{level:g}"

    # ----- hints ---------------------------------------------------------------------------
    def level_hints(self, target_id: str) -> list[str]:
        """ "3 Proficient: completes the table..." for each level that has words."""
        words = self.descriptors.get(target_id, {})
        return [
            f"{lv.number} {level_word(lv.label)}: {words[lv.value]}"
            for lv in self.grid.scale.levels
            if words.get(lv.value)
        ]

    def _show_hints(self, column: int) -> None:
        """Under the sheet, what each level looks like for the current column's target."""
        if not 0 <= column < len(self.columns):
            self.level_hint.clear()
            return
        target = self.columns[column]
        hints = self.level_hints(target.id)
        self.level_hint.setText("\n".join([target.code, *hints]) if hints else "")
        self.level_hint.setVisible(bool(hints))

    def _locked_touched(self, why: str) -> None:
        self.error.setText(why)

    # ----- reading what was typed ------------------------------------------------------------
    def _parse(self, text: str) -> Value | None:
        text = text.strip()
        if not text:
            return None
        folded = text.casefold()
        if folded in ("m", "missing", MARKS["M"].casefold()):
            return ("missing", None)
        if folded in ("x", "excused", MARKS["X"].casefold()):
            return ("excused", None)
        number = text.split()[0]
        if number in self._values:
            return ("scored", self._values[number])
        raise ValueError(text)

    def _value(self, r: int, c: int) -> Value | None:
        """What cell (r, c) says now; a locked cell always says what it held."""
        item = self.sheet.item(r, c)
        if item is not None and item.data(LockedRole):
            return self._initial.get((r, c))
        return self._parse(item.text()) if item is not None else None

    def _feedback(self, r: int) -> str:
        item = self.sheet.item(r, len(self.columns))
        return item.text().strip() if item is not None else ""

    def typed(self) -> tuple[int, int]:
        """(scores typed or changed, feedback changed): what Escape would discard. A cell
        that is not a level counts as typed."""
        scores = 0
        for (r, c), before in self._initial.items():
            try:
                now = self._value(r, c)
            except ValueError:
                scores += 1
                continue
            if now != before:
                scores += 1
        notes = sum(
            1 for r, before in self._initial_feedback.items() if self._feedback(r) != before
        )
        return scores, notes

    def changes(self) -> tuple[list[SheetScore], list[tuple[str, str]]]:
        """What saving sends to core: every score shown (a changed feedback goes with each
        of the student's scores), and the cells cleared. Raises ValueError on a cell that
        is not a level."""
        scores: list[SheetScore] = []
        cleared: list[tuple[str, str]] = []
        for r, student in enumerate(self.grid.students):
            feedback = self._feedback(r)
            feedback_changed = feedback != self._initial_feedback.get(r, "")
            for c, target in enumerate(self.columns):
                before = self._initial.get((r, c))
                now = self._value(r, c)
                if now is None:
                    if before is not None:
                        cleared.append((student.id, target.id))
                    continue
                if now == before and not feedback_changed:
                    continue
                item = self.sheet.item(r, c)
                if item is not None and item.data(LockedRole):
                    continue  # a "not yet" keeps its own feedback; core refuses a change
                scores.append(SheetScore(student.id, target.id, now[0], now[1], feedback))
        return scores, cleared

    # ----- leaving ---------------------------------------------------------------------------
    def _accept(self) -> None:
        try:
            scores, cleared = self.changes()
        except ValueError as exc:
            self.error.setText(
                QCoreApplication.translate(
                    "BulkEntryDialog", "“{exc}” is not a level of the scale; type a level, M or X."
                ).format(exc=exc)
            )
            return
        if not scores and not cleared:
            self.error.setText(QCoreApplication.translate("BulkEntryDialog", "Nothing typed yet."))
            return
        self.accept()

    def reject(self) -> None:
        """Escape, Cancel or closing: ask before discarding what was typed."""
        scores, notes = self.typed()
        if (scores or notes) and not self._discard(scores, notes):
            return
        super().reject()

    def _discard(self, scores: int, notes: int) -> bool:
        if scores == 1:
            words = QCoreApplication.translate(
                "BulkEntryDialog", "Discard the score you typed? It is not saved yet."
            )
        elif scores:
            words = QCoreApplication.translate(
                "BulkEntryDialog", "Discard {count} scores you typed? They are not saved yet."
            ).format(count=scores)
        else:
            words = QCoreApplication.translate(
                "BulkEntryDialog", "Discard the feedback you typed? It is not saved yet."
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("BulkEntryDialog", "Discard what you typed?"),
            words,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("discardQuestion")
        discard = box.addButton(
            QCoreApplication.translate("BulkEntryDialog", "&Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("BulkEntryDialog", "&Keep typing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard
