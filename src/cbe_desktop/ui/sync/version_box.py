"""One version of a conflict, side by side with the other: whose, when, the differing fields."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cbe_desktop.sync import conflicts
from cbe_desktop.ui.i18n import say


class VersionBox(QGroupBox):
    """One version: whose, when, the differing fields, and the button that chooses it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.owner = QLabel(self)
        self.owner.setWordWrap(True)
        self.owner.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.owner)
        layout.addLayout(self.fields)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_version(
        self, version: conflicts.VersionView, values: list[tuple[str, str]], button: str
    ) -> None:
        self.owner.setText(
            f"<b>{html.escape(say(version.owner_long))}</b><br>{html.escape(say(version.when))}"
            + (
                QCoreApplication.translate(
                    "VersionBox", " — stamped far ahead of this laptop's clock"
                )
                if version.far_future
                else ""
            )
        )
        while self.fields.rowCount():
            self.fields.removeRow(0)
        for label, words in values:
            value = QLabel(words, self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            self.fields.addRow(f"{label}:", value)
        self.note.setText(say(version.note))
        self.note.setVisible(bool(version.note))
        self.button.setText(button.replace("&", "&&"))  # a name with "&" is no shortcut
        self.button.setAccessibleName(button)
