"""One task x the whole class in one sheet, entirely by keyboard if the teacher wants."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.evidence import EvidenceEntry
from cbe_desktop.core.gradebook import ClassGrid
from cbe_desktop.core.models import Task
from cbe_desktop.ui.i18n import Words, level_word
from cbe_desktop.ui.widgets import hint

MARKS = Words(
    {"M": QT_TRANSLATE_NOOP("Words", "Missing"), "X": QT_TRANSLATE_NOOP("Words", "Excused")}
)


class SheetTable(QTableWidget):
    """Typing a level (or M, X) fills the cell and moves down; the feedback column is text."""

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
            if text in self.typeable or text in MARKS:
                shown = self.typeable.get(text) or MARKS[text]
                self.setItem(index.row(), index.column(), QTableWidgetItem(shown))
                self.setCurrentCell(min(index.row() + 1, self.rowCount() - 1), index.column())
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
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


class BulkEntryDialog(QDialog):
    """A row per student, a column per aligned target, plus feedback; saved as one step."""

    def __init__(
        self,
        parent: QWidget | None,
        grid: ClassGrid,
        task: Task,
        *,
        descriptors: dict[str, dict[float, str]] | None = None,
    ) -> None:
        """``descriptors``: for each target, the words of each level on this task (the
        task's own rubric where it has one, else the target's), shown as level hints."""
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
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        levels = ", ".join(f"{lv.number} {level_word(lv.label)}" for lv in grid.scale.levels)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{task.title}</b> — {task.date}", self))
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
        layout.addWidget(self.sheet, 1)
        layout.addWidget(self.level_hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.sheet.setCurrentCell(0, 0)
        self._show_hints(0)

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

    def _parse(self, text: str) -> tuple[str, float | None] | None:
        text = text.strip()
        if not text:
            return None
        if text.upper() in ("M", "MISSING"):
            return ("missing", None)
        if text.upper() in ("X", "EXCUSED"):
            return ("excused", None)
        number = text.split()[0]
        if number in self._values:
            return ("scored", self._values[number])
        raise ValueError(text)

    def entries(self) -> list[EvidenceEntry]:
        out = []
        for r, student in enumerate(self.grid.students):
            feedback_item = self.sheet.item(r, len(self.columns))
            feedback = feedback_item.text().strip() if feedback_item else ""
            for c, target in enumerate(self.columns):
                item = self.sheet.item(r, c)
                parsed = self._parse(item.text()) if item else None
                if parsed is None:
                    continue
                status, level = parsed
                out.append(
                    EvidenceEntry(
                        student_id=student.id,
                        target_id=target.id,
                        produced_on=date.fromisoformat(self.task.date),
                        level=level,
                        status=status,
                        class_id=self.grid.class_id,
                        task_id=self.task.id,
                        feedback=feedback,
                        evidence_type=self.task.task_type,
                    )
                )
        return out

    def _accept(self) -> None:
        try:
            entries = self.entries()
        except ValueError as exc:
            self.error.setText(
                QCoreApplication.translate(
                    "BulkEntryDialog", "“{exc}” is not a level of the scale; type a level, M or X."
                ).format(exc=exc)
            )
            return
        if not entries:
            self.error.setText(QCoreApplication.translate("BulkEntryDialog", "Nothing typed yet."))
            return
        self.accept()
