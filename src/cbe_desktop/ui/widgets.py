"""Small shared widgets and helpers for the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that says when the teacher leaves it (like editingFinished)."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on: every control reachable by keyboard
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(f"<b>{text}</b>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(label.foregroundRole())
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label
