"""Dialogs for evidence: the full evidence dialog and the quick "not yet" one."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.lazy_import import lazy_module
from cbe_desktop.core.rubric_reads import RubricExemplar
from cbe_desktop.core.scales import ScaleInfo, same_level
from cbe_desktop.core.task_list import TaskInfo
from cbe_desktop.core.vocabulary import TASK_TYPES
from cbe_desktop.ui.domain_words import SUPPORT_WORDS, TYPE_WORDS
from cbe_desktop.ui.i18n import level_word, say
from cbe_desktop.ui.level_choice import TYPING_WIDGETS, LevelChoice, LevelDialog
from cbe_desktop.ui.widgets import CommitTextEdit, hint

if TYPE_CHECKING:
    from cbe_desktop.core import evidence
else:  # (its writes load the ORM: after the window's first paint)
    evidence = lazy_module("cbe_desktop.core.evidence")

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
    """Next step (required), due date (optional) and the support planned.

    The next step is one line: Enter in it saves the dialog, as in any other field.
    """

    def __init__(self, parent: QWidget | None, *, today: date) -> None:
        super().__init__(parent)
        self.next_step = QLineEdit(self)
        self.next_step.setObjectName("nextStep")
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
        return self.next_step.text().strip(), due, self.support.currentData()


class NotYetDialog(QDialog):
    """N in the grid: the work is "not yet"; the level it showed and the next step.

    The level starts at the level this work already showed (typed on the same task),
    else the dialog asks for it: "No level" is only ever the teacher's own choice.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        who: str,
        scale: ScaleInfo,
        today: date | None = None,
        level_shown: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NotYetDialog", "Not yet"))
        today = today or date.today()
        self.level = QComboBox(self)
        self.level.setAccessibleName(
            QCoreApplication.translate("NotYetDialog", "Level of this attempt")
        )
        self.level.setPlaceholderText(
            QCoreApplication.translate("NotYetDialog", "Choose the level the work showed")
        )
        for lv in scale.levels:
            if not lv.proficient:
                self.level.addItem(f"{lv.number} {level_word(lv.label)}", lv.value)
        self.level.addItem(
            QCoreApplication.translate("NotYetDialog", "No level (not yet assessed)"), None
        )
        shown = -1
        if level_shown is not None:
            shown = next(
                (
                    i
                    for i in range(self.level.count() - 1)
                    if same_level(self.level.itemData(i), level_shown)
                ),
                -1,
            )
        self.level.setCurrentIndex(shown)
        self.plan = PlanFields(self, today=today)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{html.escape(who)}</b>", self))
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("NotYetDialog", "&Level of this attempt:"), self.level
        )
        layout.addLayout(form)
        layout.addWidget(self.plan)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # The level first when it is to be chosen; else straight to the next step.
        (self.plan.next_step if shown >= 0 else self.level).setFocus()

    def _accept(self) -> None:
        if self.level.currentIndex() < 0:
            self.error.setText(
                QCoreApplication.translate(
                    "NotYetDialog",
                    "Choose the level the work showed (or “No level” if it was not assessed).",
                )
            )
            self.level.setFocus()
            return
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
        level = self.level.currentData() if self.level.currentIndex() >= 0 else None
        return level, next_step, due, support


class EvidenceDialog(LevelDialog):
    """Enter in the grid: choose the level by its rubric words, and the rest.

    The keys of the scale's numbers choose a level, M and X mark the work missing or
    excused; Enter (or Ctrl+Enter from the feedback) saves.
    """

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
        task: TaskInfo | None = None,
        exemplars: Sequence[RubricExemplar] = (),
        blob_dir: Path | None = None,
    ) -> None:
        """``exemplars``: the target's examples of work (anchor papers), shown under their
        levels and opened from ``blob_dir``."""
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("EvidenceDialog", "Record evidence"))
        self.setMinimumWidth(620)
        self.today = today or date.today()
        self.task = task
        title = QLabel(f"<b>{html.escape(who)}</b> — {html.escape(task_title)}", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        self.header.addWidget(title)
        if i_can:
            self.header.addWidget(hint(i_can, self))

        self.level_choice = LevelChoice(
            QCoreApplication.translate(
                "EvidenceDialog", "&Level: click the words that match the work, or type its number"
            ),
            scale,
            descriptors,
            self,
            exemplars=exemplars,
            blob_dir=blob_dir,
        )
        self.levels = self.level_choice.group
        status_row = QHBoxLayout()
        self.missing = QRadioButton(
            QCoreApplication.translate("EvidenceDialog", "&Missing (not handed in)"),
            self.level_choice,
        )
        self.excused = QRadioButton(
            QCoreApplication.translate("EvidenceDialog", "E&xcused"), self.level_choice
        )
        for extra, value in ((self.missing, "missing"), (self.excused, "excused")):
            extra.setProperty("status", value)
            status_row.addWidget(extra)
        status_row.addStretch(1)
        self.level_choice.extra.addLayout(status_row)
        self.missing.toggled.connect(self._status_toggled)
        self.excused.toggled.connect(self._status_toggled)
        self.level_choice.chosen_changed.connect(self._level_chosen)

        self.type = QComboBox(self)
        self.type.setAccessibleName(
            QCoreApplication.translate("EvidenceDialog", "Kind of evidence")
        )
        for key in TASK_TYPES:
            self.type.addItem(TYPE_WORDS[key], key)
        self.type.setCurrentIndex(max(0, self.type.findData(evidence_type)))
        # No maximum: a date after today is questioned in words, never moved in silence.
        self.date = QDateEdit(qdate(produced_on), self)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(
            QCoreApplication.translate("EvidenceDialog", "Date the work was produced")
        )
        self.date.dateChanged.connect(lambda _d: self._check_date())
        self.feedback = CommitTextEdit(self, lines=3)
        self.feedback.setAccessibleName(QCoreApplication.translate("EvidenceDialog", "Feedback"))
        self.feedback.setPlaceholderText(
            QCoreApplication.translate(
                "EvidenceDialog", "Feedback for the student (Enter: a new line; Ctrl+Enter: save)"
            )
        )
        self.files = QListWidget(self)
        self.files.setAccessibleName(QCoreApplication.translate("EvidenceDialog", "Attached files"))
        self.files.setIconSize(QSize(64, 48))
        self.files.setMaximumHeight(70)
        self.files.setVisible(False)  # shown once a file is attached
        add_file = QPushButton(
            QCoreApplication.translate("EvidenceDialog", "Add a &photo or file…"), self
        )
        add_file.clicked.connect(self.add_file)
        self.remove_file = QPushButton(
            QCoreApplication.translate("EvidenceDialog", "Remo&ve"), self
        )
        self.remove_file.clicked.connect(self._remove_file)
        self.remove_file.setVisible(False)
        self.not_yet = QCheckBox(
            QCoreApplication.translate("EvidenceDialog", "&Not yet: plan a revision"), self
        )
        self.plan = PlanFields(self, today=self.today)
        self.plan.setVisible(False)
        self.not_yet.toggled.connect(self.plan.setVisible)
        self.not_yet.toggled.connect(
            lambda on: self.refit_soon(self.plan, self.plan.next_step) if on else self.refit_soon()
        )

        form = QFormLayout()
        kind_and_date = QHBoxLayout()  # one row: the words of the levels get the height
        kind_and_date.addWidget(self.type, 1)
        date_label = QLabel(QCoreApplication.translate("EvidenceDialog", "&Date produced:"), self)
        date_label.setBuddy(self.date)
        kind_and_date.addSpacing(12)
        kind_and_date.addWidget(date_label)
        kind_and_date.addWidget(self.date)
        kind_label = QLabel(QCoreApplication.translate("EvidenceDialog", "&Kind:"), self)
        kind_label.setBuddy(self.type)
        form.addRow(kind_label, kind_and_date)
        form.addRow(QCoreApplication.translate("EvidenceDialog", "&Feedback:"), self.feedback)
        files_row = QVBoxLayout()
        files_row.addWidget(self.files)
        files_buttons = QHBoxLayout()
        files_buttons.addWidget(add_file)
        files_buttons.addWidget(self.remove_file)
        files_buttons.addStretch(1)
        files_row.addLayout(files_buttons)
        form.addRow(QCoreApplication.translate("EvidenceDialog", "Attachments:"), files_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.body.addWidget(self.level_choice)
        self.body.addLayout(form)
        self.body.addWidget(self.not_yet)
        self.body.addWidget(self.plan)
        self.body.addStretch(1)
        self.finish(self.level_choice, buttons)
        # Tab: the levels, Missing / Excused, then the fields in reading order, then Save.
        chain = [
            *self.level_choice.buttons_in_order(),
            self.missing,
            self.excused,
            self.type,
            self.date,
            self.feedback,
            add_file,
            self.remove_file,
            self.not_yet,
            self.plan.next_step,
            self.plan.has_due,
            self.plan.due,
            self.plan.support,
            *buttons.buttons(),
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self._check_date()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ) and not isinstance(self.focusWidget(), TYPING_WIDGETS):
            mark = {"M": self.missing, "X": self.excused}.get(event.text().upper())
            if mark is not None:
                mark.setChecked(True)
                mark.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        super().keyPressEvent(event)

    def _level_chosen(self, value: float | None) -> None:
        if value is None:
            return
        for extra in (self.missing, self.excused):
            extra.setAutoExclusive(False)
            extra.setChecked(False)
            extra.setAutoExclusive(True)
        if self.error.property("date") is not True:
            self.error.clear()  # the level asked for is chosen

    def _status_toggled(self, checked: bool) -> None:
        if checked:
            words = (
                QCoreApplication.translate("EvidenceDialog", "Chosen: Missing")
                if self.missing.isChecked()
                else QCoreApplication.translate("EvidenceDialog", "Chosen: Excused")
            )
            self.level_choice.clear(words)

    def choose_level(self, value: float) -> None:
        self.level_choice.choose_level(value)

    def _date_problem(self) -> str | None:
        return evidence.future_date_problem(
            pydate(self.date.date()), today=self.today, task=self.task
        )

    def _check_date(self) -> bool:
        """Say at once when the date is after today (the teacher changes it)."""
        problem = self._date_problem()
        if problem is not None:
            self.error.setText(say(problem))
        elif self.error.property("date") is True:
            self.error.clear()
        self.error.setProperty("date", problem is not None)
        return problem is None

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
        self.files.setCurrentItem(item)
        self._files_shown()

    def _remove_file(self) -> None:
        self.files.takeItem(self.files.currentRow())
        self._files_shown()

    def _files_shown(self) -> None:
        has = self.files.count() > 0
        self.files.setVisible(has)
        self.remove_file.setVisible(has)
        self.refit_soon()

    def _accept(self) -> None:
        if not self._check_date():
            self.date.setFocus()
            return
        choice = self.choice()
        if choice.status == "scored" and choice.level is None:
            self.error.setText(
                QCoreApplication.translate(
                    "EvidenceDialog",
                    "Choose the level the work showed (type its number or click its words), "
                    "or Missing / Excused.",
                )
            )
            self.level_choice.focus_level()
            return
        if choice.not_yet and not choice.next_step:
            self.error.setText(
                QCoreApplication.translate(
                    "EvidenceDialog", "Write the next step: what will the student do to revise?"
                )
            )
            self.plan.next_step.setFocus()
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
        level = self.level_choice.level() if status == "scored" else None
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
