"""The Sync page's fixed sentences, and the coloured message lines under each tab (problems
in dark red, success in dark green, always with words)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from cbe_desktop.ui.contrast import readable_on

CLEAR_TEXT_NOTE = QT_TRANSLATE_NOOP(
    "Words",
    "Without a passphrase, the file holds your students' names in the clear: "
    "anyone who finds the USB stick can read them.",
)


SAFE_TO_REMOVE = QT_TRANSLATE_NOOP(
    "Words", "The file was read back and checked: it is safe to remove the drive."
)


CHECKED = QT_TRANSLATE_NOOP("Words", "The file was read back and checked.")


NO_CONFLICTS = QT_TRANSLATE_NOOP(
    "Words", "No conflicts: everything received so far fitted in without a choice to make."
)


NO_HISTORY = QT_TRANSLATE_NOOP(
    "Words", "No sync files yet. Every file you send or receive is listed here."
)


UNDO_NOTE = QT_TRANSLATE_NOOP(
    "Words",
    "A backup was made just before the import: File → Restore a backup… goes back to how "
    "this laptop was (work done since would be lost). Undo (Ctrl+Z) does not undo an import.",
)


# Problems in a dark red that reads on white and in grey scale, with words beside it
# (made lighter on a dark or high-contrast window, see contrast.readable_on).
PROBLEM_COLOUR = "#9B1C1C"


DONE_COLOUR = "#1E5631"


def show_coloured(label: QLabel, text: str, colour: str, rich: bool) -> None:
    label.setStyleSheet(f"color: {readable_on(colour, QPalette.ColorRole.Window).name()};")
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setVisible(bool(text))


def show_problem(label: QLabel, text: str, *, rich: bool = False) -> None:
    show_coloured(label, text, PROBLEM_COLOUR, rich)


def show_done(label: QLabel, text: str, *, rich: bool = False) -> None:
    show_coloured(label, text, DONE_COLOUR, rich)


def message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def with_verdict(lines: list[str], verdict: str) -> str:
    """The summary, then the verdict on reading the file back, in bold (rich text)."""
    body = "<br>".join(html.escape(line, quote=False) for line in lines)
    return f"{body}<br><b>{html.escape(verdict, quote=False)}</b>"
