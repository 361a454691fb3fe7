"""A task: what students did, when, why, and the targets it gives evidence for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from cbe_desktop.ui.i18n import Words

PURPOSE_WORDS = Words(
    {
        "formative": QT_TRANSLATE_NOOP("Words", "Formative (practice, feedback)"),
        "interim": QT_TRANSLATE_NOOP("Words", "Interim (check-in)"),
        "summative": QT_TRANSLATE_NOOP("Words", "Summative (end of unit)"),
    }
)


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
        self.setWindowTitle(
            QCoreApplication.translate("TaskDialog", "Edit task")
            if task
            else QCoreApplication.translate("TaskDialog", "New task")
        )
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
        self.targets.setAccessibleName(
            QCoreApplication.translate("TaskDialog", "Targets this task gives evidence for")
        )
        for t in targets:
            item = QListWidgetItem(f"{t.code} — {t.i_can or t.statement}", self.targets)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.id in chosen else Qt.CheckState.Unchecked)
        self.notes = QLineEdit(task.notes if task else "", self)
        self.error = QLabel(self)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Title:"), self.title)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Date:"), self.date)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Purpose:"), self.purpose)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Kind:"), self.type)
        form.addRow(QCoreApplication.translate("TaskDialog", "T&argets:"), self.targets)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Notes:"), self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(QCoreApplication.translate("TaskDialog", "Give the task a title."))
            return
        if not self.values()["target_ids"]:
            self.error.setText(
                QCoreApplication.translate("TaskDialog", "Tick at least one target.")
            )
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
