"""The goal / reflection dialog: a student (or the teacher) writes in their own words.
Shared by the Insights and the Conferences pages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.ui.i18n import Words


class VoiceDialog(QDialog):
    """Write a goal or a reflection: the student may type it at the laptop."""

    PROMPTS = Words(
        {
            "goal": QT_TRANSLATE_NOOP(
                "Words",
                "What will you work on next, and how will you know you got there? "
                "You could start with “I will…” or “I want to…”.",
            ),
            "reflection": QT_TRANSLATE_NOOP(
                "Words",
                "What did you learn, what helped you, and what will you do next? "
                "You could start with “I learned…” or “I am proud of…”.",
            ),
        }
    )

    def __init__(self, parent: QWidget | None, kind: str, student_name: str) -> None:
        super().__init__(parent)
        self.kind = kind
        title = (
            QCoreApplication.translate("VoiceDialog", "A goal for {student_name}")
            if kind == "goal"
            else QCoreApplication.translate("VoiceDialog", "A reflection for {student_name}")
        )
        self.setWindowTitle(title.format(student_name=student_name))
        prompt = QLabel(self.PROMPTS[kind], self)
        prompt.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(
            QCoreApplication.translate("VoiceDialog", "The goal, in the writer's own words")
            if kind == "goal"
            else QCoreApplication.translate(
                "VoiceDialog", "The reflection, in the writer's own words"
            )
        )
        self.text.setTabChangesFocus(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)  # easier to read for a student typing
        self.text.setFont(font)
        self.text.setMinimumSize(QSize(460, 140))
        prompt.setBuddy(self.text)
        self.by_student = QRadioButton(
            QCoreApplication.translate(
                "VoiceDialog", "Written by the &student ({student_name} is typing)"
            ).format(student_name=student_name),
            self,
        )
        self.by_teacher = QRadioButton(
            QCoreApplication.translate("VoiceDialog", "Written by the &teacher"), self
        )
        self.by_student.setChecked(True)
        self.authors = QButtonGroup(self)
        self.authors.addButton(self.by_student)
        self.authors.addButton(self.by_teacher)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(QCoreApplication.translate("VoiceDialog", "&Keep it"))
        self.ok.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.by_student)
        layout.addWidget(self.by_teacher)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[str, str]:
        author = "student" if self.by_student.isChecked() else "teacher"
        return self.text.toPlainText().strip(), author

    @classmethod
    def ask(cls, parent: QWidget | None, kind: str, student_name: str) -> tuple[str, str] | None:
        """(text, author), or None if cancelled. Tests replace this."""
        dialog = cls(parent, kind, student_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
