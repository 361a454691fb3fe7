"""The dialog where the teacher writes their own version of a conflict."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.errors import CbeError
from cbe_desktop.sync import conflicts
from cbe_desktop.sync.conflicts import ConflictView, FieldDifference
from cbe_desktop.ui.i18n import say, say_error
from cbe_desktop.ui.sync.conflict_words import plain, shorten
from cbe_desktop.ui.sync.messages import message_label, show_problem
from cbe_desktop.ui.widgets import hint


class EditConflictDialog(QDialog):
    """The teacher's own version: the differing fields, prefilled with the version in use."""

    def __init__(self, parent: QWidget | None, view: ConflictView) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(
            QCoreApplication.translate("EditConflictDialog", "Edit: {which}").format(
                which=say(view.which)
            )
        )
        self.setMinimumWidth(580)
        self.editors: dict[str, QLineEdit | QCheckBox] = {}

        intro = QLabel(
            QCoreApplication.translate(
                "EditConflictDialog",
                "<b>{value}</b><br>Write the version to keep. It replaces both versions, "
                "here and on the other laptops once they receive your work.",
            ).format(value=html.escape(say(view.title))),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        others: list[str] = []
        for diff in view.differences:
            if not diff.editable:
                others.append(say(diff.label))
                continue
            editor = self._editor(diff)
            self.editors[diff.name] = editor
            both = QLabel(
                f"{html.escape(say(view.mine.owner))}: “{html.escape(say(diff.mine_words))}” · "
                f"{html.escape(say(view.theirs.owner))}: “{html.escape(say(diff.theirs_words))}”",
                self,
            )
            both.setWordWrap(True)
            both.setTextFormat(Qt.TextFormat.RichText)
            use_other = QPushButton(
                QCoreApplication.translate("EditConflictDialog", "Use “{short}”").format(
                    short=shorten(say(diff.theirs_words))
                ),
                self,
            )
            use_other.setAccessibleName(
                QCoreApplication.translate(
                    "EditConflictDialog", "Use the other version of {label}"
                ).format(label=say(diff.label))
            )
            use_other.clicked.connect(lambda _c=False, d=diff, e=editor: self._fill(e, d.theirs))
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            row.addWidget(use_other)
            box = QVBoxLayout()
            box.addLayout(row)
            box.addWidget(both)
            label = QLabel(f"{say(diff.label)}:", self)
            label.setBuddy(editor)
            form.addRow(label, box)
        self.error = message_label(self, "editProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if others:
            layout.addWidget(
                hint(
                    QCoreApplication.translate(
                        "EditConflictDialog",
                        "Also different, kept as in use (choose a side to change them): {value}.",
                    ).format(value=", ".join(others)),
                    self,
                )
            )
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._values: dict[str, Any] = {}

    def _editor(self, diff: FieldDifference) -> QLineEdit | QCheckBox:
        if diff.kind == "bool":
            box = QCheckBox(self)
            box.setChecked(bool(diff.mine))
            box.setAccessibleName(say(diff.label))
            return box
        edit = QLineEdit(self)
        edit.setText("" if diff.mine is None else plain(diff.mine))
        edit.setAccessibleName(say(diff.label))
        return edit

    @staticmethod
    def _fill(editor: QLineEdit | QCheckBox, value: Any) -> None:
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        else:
            editor.setText("" if value is None else plain(value))

    def set_text(self, name: str, text: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            editor.setChecked(text.casefold() in ("yes", "true", "1"))
        else:
            editor.setText(text)

    def _accept(self) -> None:
        try:
            self._values = self.read_values()
        except CbeError as exc:
            show_problem(self.error, say_error(exc))
            return
        self.accept()

    def read_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            else:
                values[name] = conflicts.coerce_field(self.view.table_name, name, editor.text())
        return values

    def values(self) -> dict[str, Any]:
        return dict(self._values)
