"""A task: what students did, when, why, and the targets it gives evidence for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from cbe_desktop.core.gradebook import TargetColumn
from cbe_desktop.core.models import PURPOSES, TASK_TYPES, Task
from cbe_desktop.ui.evidence_dialog import TYPE_WORDS, pydate, qdate

PURPOSE_WORDS = {
    "formative": "Formative (practice, feedback)",
    "interim": "Interim (check-in)",
    "summative": "Summative (end of unit)",
}


class TaskDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        targets: list[TargetColumn],
        task: Task | None = None,
        *,
        preselect: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit task" if task else "New task")
        self.setMinimumWidth(520)
        self.title = QLineEdit(task.title if task else "", self)
        self.date = QDateEdit(qdate(date.fromisoformat(task.date) if task else date.today()), self)
        self.date.setCalendarPopup(True)
        self.purpose = QComboBox(self)
        for key in PURPOSES:
            self.purpose.addItem(PURPOSE_WORDS[key], key)
        self.type = QComboBox(self)
        for key in TASK_TYPES:
            self.type.addItem(TYPE_WORDS[key], key)
        if task:
            self.purpose.setCurrentIndex(self.purpose.findData(task.purpose))
            self.type.setCurrentIndex(self.type.findData(task.task_type))
        chosen = set(task.target_ids if task else preselect or [])
        self.targets = QListWidget(self)
        self.targets.setAccessibleName("Targets this task gives evidence for")
        for t in targets:
            item = QListWidgetItem(f"{t.code} — {t.i_can or t.statement}", self.targets)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.id in chosen else Qt.CheckState.Unchecked)
        self.notes = QLineEdit(task.notes if task else "", self)
        self.error = QLabel(self)
        form = QFormLayout(self)
        form.addRow("&Title:", self.title)
        form.addRow("&Date:", self.date)
        form.addRow("&Purpose:", self.purpose)
        form.addRow("&Kind:", self.type)
        form.addRow("T&argets:", self.targets)
        form.addRow("&Notes:", self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText("Give the task a title.")
            return
        if not self.values()["target_ids"]:
            self.error.setText("Tick at least one target.")
            return
        self.accept()

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "on": pydate(self.date.date()),
            "purpose": self.purpose.currentData(),
            "task_type": self.type.currentData(),
            "target_ids": [
                self.targets.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.targets.count())
                if self.targets.item(i).checkState() == Qt.CheckState.Checked
            ],
            "notes": self.notes.text().strip(),
        }
