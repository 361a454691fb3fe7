"""Dialogs for evidence: the full evidence dialog and the quick "not yet" one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCommandLinkButton,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.models import TASK_TYPES
from cbe_desktop.core.scales import ScaleInfo
from cbe_desktop.ui.i18n import Words, level_word
from cbe_desktop.ui.widgets import CommitTextEdit, hint

TYPE_WORDS = Words(
    {
        "observation": QT_TRANSLATE_NOOP("Words", "Observation"),
        "conversation": QT_TRANSLATE_NOOP("Words", "Conversation"),
        "product": QT_TRANSLATE_NOOP("Words", "Product"),
        "test": QT_TRANSLATE_NOOP("Words", "Test"),
        "performance_task": QT_TRANSLATE_NOOP("Words", "Performance task"),
        "project": QT_TRANSLATE_NOOP("Words", "Project"),
        "outside_school": QT_TRANSLATE_NOOP("Words", "Learning outside school"),
    }
)
SUPPORT_WORDS = Words(
    {
        "": QT_TRANSLATE_NOOP("Words", "None planned yet"),
        "flex_time": QT_TRANSLATE_NOOP("Words", "Flex time"),
        "small_group": QT_TRANSLATE_NOOP("Words", "Small group"),
        "conference": QT_TRANSLATE_NOOP("Words", "Conference"),
        "other": QT_TRANSLATE_NOOP("Words", "Other"),
    }
)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp"}


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass
class EvidenceChoice:
    """What the teacher filled in."""

    level: float | None
    status: str  # scored | missing | excused
    evidence_type: str
    produced_on: date
    feedback: str
    files: list[Path] = field(default_factory=list)
    not_yet: bool = False
    next_step: str = ""
    due_on: date | None = None
    support: str = ""


class PlanFields(QWidget):
    """Next step (required), due date (optional) and the support planned."""

    def __init__(self, parent: QWidget | None, *, today: date) -> None:
        super().__init__(parent)
        self.next_step = CommitTextEdit(self, lines=2)
        self.next_step.setAccessibleName(
            QCoreApplication.translate("PlanFields", "Next step for the student")
        )
        self.next_step.setPlaceholderText(
            QCoreApplication.translate(
                "PlanFields",
                "What the student will do next, e.g. 'Redo problems 3-5 with a ratio table'",
            )
        )
        self.has_due = QCheckBox(QCoreApplication.translate("PlanFields", "&Due by"), self)
        self.due = QDateEdit(qdate(today + timedelta(days=7)), self)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(QCoreApplication.translate("PlanFields", "Due date"))
        self.has_due.setChecked(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.support = QComboBox(self)
        self.support.setAccessibleName(QCoreApplication.translate("PlanFields", "Support planned"))
        for key, words in SUPPORT_WORDS.items():
            self.support.addItem(words, key)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("PlanFields", "Next &step:"), self.next_step)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form.addRow("", due_row)
        form.addRow(QCoreApplication.translate("PlanFields", "Su&pport:"), self.support)

    def values(self) -> tuple[str, date | None, str]:
        due = pydate(self.due.date()) if self.has_due.isChecked() else None
        return self.next_step.toPlainText().strip(), due, self.support.currentData()


class NotYetDialog(QDialog):
    """N in the grid: the work is "not yet"; the next step is required."""

    def __init__(
        self, parent: QWidget | None, *, who: str, scale: ScaleInfo, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NotYetDialog", "Not yet"))
        today = today or date.today()
        self.level = QComboBox(self)
        self.level.setAccessibleName(
            QCoreApplication.translate("NotYetDialog", "Level of this attempt")
        )
        self.level.addItem(
            QCoreApplication.translate("NotYetDialog", "No level (not yet assessed)"), None
        )
        for lv in scale.levels:
            if not lv.proficient:
                self.level.addItem(f"{lv.number} {level_word(lv.label)}", lv.value)
        self.plan = PlanFields(self, today=today)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{who}</b>", self))
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("NotYetDialog", "&Level of this attempt:"), self.level
        )
        layout.addLayout(form)
        layout.addWidget(self.plan)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.plan.next_step.setFocus()

    def _accept(self) -> None:
        if not self.plan.values()[0]:
            self.error.setText(
                QCoreApplication.translate(
                    "NotYetDialog", "Write the next step: what will the student do to revise?"
                )
            )
            self.plan.next_step.setFocus()
            return
        self.accept()

    def values(self) -> tuple[float | None, str, date | None, str]:
        next_step, due, support = self.plan.values()
        return self.level.currentData(), next_step, due, support


class EvidenceDialog(QDialog):
    """Enter in the grid: choose the level by its rubric descriptor, and the rest."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        who: str,
        i_can: str,
        scale: ScaleInfo,
        descriptors: dict[float, str],
        evidence_type: str,
        produced_on: date,
        task_title: str,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("EvidenceDialog", "Record evidence"))
        self.setMinimumWidth(620)
        today = today or date.today()
        self.levels = QButtonGroup(self)
        self.levels.setExclusive(True)
        level_box = QGroupBox(
            QCoreApplication.translate(
                "EvidenceDialog", "&Level: click the description that matches the work"
            ),
            self,
        )
        level_layout = QVBoxLayout(level_box)
        self._level_of: dict[int, float | None] = {}
        for i, lv in enumerate(scale.levels):
            button = QCommandLinkButton(
                f"{lv.number} {level_word(lv.label)}",
                descriptors.get(lv.value) or level_word(lv.description),
                level_box,
            )
            button.setCheckable(True)
            button.setAccessibleName(
                QCoreApplication.translate("EvidenceDialog", "Level {number} {label}").format(
                    number=lv.number, label=level_word(lv.label)
                )
            )
            self.levels.addButton(button, i)
            self._level_of[i] = lv.value
            level_layout.addWidget(button)
        status_row = QHBoxLayout()
        self.missing = QRadioButton(
            QCoreApplication.translate("EvidenceDialog", "&Missing (not handed in)"), level_box
        )
        self.excused = QRadioButton(
            QCoreApplication.translate("EvidenceDialog", "E&xcused"), level_box
        )
        for extra, value in ((self.missing, "missing"), (self.excused, "excused")):
            extra.setProperty("status", value)
            status_row.addWidget(extra)
        status_row.addStretch(1)
        level_layout.addLayout(status_row)
        self.missing.toggled.connect(self._status_toggled)
        self.excused.toggled.connect(self._status_toggled)
        self.levels.idClicked.connect(lambda _i: self._level_clicked())

        self.type = QComboBox(self)
        self.type.setAccessibleName(
            QCoreApplication.translate("EvidenceDialog", "Kind of evidence")
        )
        for key in TASK_TYPES:
            self.type.addItem(TYPE_WORDS[key], key)
        self.type.setCurrentIndex(max(0, self.type.findData(evidence_type)))
        self.date = QDateEdit(qdate(produced_on), self)
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(qdate(today))
        self.date.setAccessibleName(
            QCoreApplication.translate("EvidenceDialog", "Date the work was produced")
        )
        self.feedback = CommitTextEdit(self, lines=3)
        self.feedback.setAccessibleName(QCoreApplication.translate("EvidenceDialog", "Feedback"))
        self.files = QListWidget(self)
        self.files.setAccessibleName(QCoreApplication.translate("EvidenceDialog", "Attached files"))
        self.files.setIconSize(QSize(64, 48))
        self.files.setMaximumHeight(90)
        add_file = QPushButton(
            QCoreApplication.translate("EvidenceDialog", "Add a &photo or file…"), self
        )
        add_file.clicked.connect(self.add_file)
        remove_file = QPushButton(QCoreApplication.translate("EvidenceDialog", "Remo&ve"), self)
        remove_file.clicked.connect(lambda: self.files.takeItem(self.files.currentRow()))
        self.not_yet = QCheckBox(
            QCoreApplication.translate("EvidenceDialog", "&Not yet: plan a revision"), self
        )
        self.plan = PlanFields(self, today=today)
        self.plan.setVisible(False)
        self.not_yet.toggled.connect(self.plan.setVisible)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("EvidenceDialog", "&Kind:"), self.type)
        form.addRow(QCoreApplication.translate("EvidenceDialog", "&Date produced:"), self.date)
        form.addRow(QCoreApplication.translate("EvidenceDialog", "&Feedback:"), self.feedback)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_buttons = QVBoxLayout()
        files_buttons.addWidget(add_file)
        files_buttons.addWidget(remove_file)
        files_buttons.addStretch(1)
        files_row.addLayout(files_buttons)
        form.addRow(QCoreApplication.translate("EvidenceDialog", "Attachments:"), files_row)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{who}</b> — {task_title}", self))
        if i_can:
            layout.addWidget(hint(i_can, self))
        layout.addWidget(level_box)
        layout.addLayout(form)
        layout.addWidget(self.not_yet)
        layout.addWidget(self.plan)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _level_clicked(self) -> None:
        for extra in (self.missing, self.excused):
            extra.setAutoExclusive(False)
            extra.setChecked(False)
            extra.setAutoExclusive(True)

    def _status_toggled(self, checked: bool) -> None:
        if checked:
            self.levels.setExclusive(False)
            for button in self.levels.buttons():
                button.setChecked(False)
            self.levels.setExclusive(True)

    def choose_level(self, value: float) -> None:
        for i, v in self._level_of.items():
            if v == value:
                self.levels.button(i).setChecked(True)
                self._level_clicked()

    def add_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("EvidenceDialog", "Attach a photo or file"),
                str(Path.home()),
                QCoreApplication.translate(
                    "EvidenceDialog",
                    "Photos and documents (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)",
                ),
            )
        if not path:
            return
        item = QListWidgetItem(Path(path).name, self.files)
        item.setData(Qt.ItemDataRole.UserRole, path)
        if Path(path).suffix.lower() in IMAGE_SUFFIXES:
            pixmap = QPixmap(path)
            if not pixmap.isNull():
                item.setIcon(QIcon(pixmap.scaled(64, 48, Qt.AspectRatioMode.KeepAspectRatio)))

    def _accept(self) -> None:
        choice = self.choice()
        if choice.status == "scored" and choice.level is None and not choice.not_yet:
            self.error.setText(
                QCoreApplication.translate(
                    "EvidenceDialog", "Choose a level (or Missing / Excused)."
                )
            )
            return
        if choice.not_yet and not choice.next_step:
            self.error.setText(
                QCoreApplication.translate(
                    "EvidenceDialog", "Write the next step: what will the student do to revise?"
                )
            )
            return
        self.accept()

    def choice(self) -> EvidenceChoice:
        status = (
            "missing"
            if self.missing.isChecked()
            else "excused"
            if self.excused.isChecked()
            else "scored"
        )
        checked = self.levels.checkedId()
        level = self._level_of.get(checked) if checked >= 0 and status == "scored" else None
        next_step, due, support = self.plan.values()
        return EvidenceChoice(
            level=level,
            status=status,
            evidence_type=self.type.currentData(),
            produced_on=pydate(self.date.date()),
            feedback=self.feedback.toPlainText().strip(),
            files=[
                Path(self.files.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.files.count())
            ],
            not_yet=self.not_yet.isChecked() and status == "scored",
            next_step=next_step,
            due_on=due,
            support=support,
        )
