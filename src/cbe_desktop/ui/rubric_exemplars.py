"""Examples of work beside a rubric's levels, wherever the rubric is shown.

An anchor paper is a piece of a calibration set whose level the group agreed on and made
the rubric's exemplar (``core.calibration.record_consensus``); a teacher may also attach
work to a level by hand on the Targets page. The gradebook's cell panel and the evidence
and revision dialogs show each level's examples as buttons: the button names the set and
the piece ("Anchor paper: Ratios, December, piece A"), its tooltip says why the group
agreed, and pressing it opens the work with the laptop's own viewer.
"""

from __future__ import annotations

import html
import logging
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QStyle, QVBoxLayout, QWidget

from cbe_desktop.core.rubric_reads import RubricExemplar
from cbe_desktop.core.scales import same_level

log = logging.getLogger(__name__)

#: The folder where a copy of an attachment is opened under its own name (the blobs have
#: no extension for the system to go by).
OPEN_FOLDER = "cbe-desktop-attachments"


def open_attachment(blob_dir: Path, sha256: str, file_name: str) -> bool:
    """Open a copy of an attachment under its own name with the laptop's viewer; False
    when the work is not on this laptop or could not be copied."""
    folder = Path(tempfile.gettempdir()) / OPEN_FOLDER
    copy = folder / (Path(file_name).name or sha256)
    try:
        folder.mkdir(exist_ok=True)
        shutil.copyfile(Path(blob_dir) / sha256, copy)
    except OSError as exc:
        log.warning("could not copy attachment %s to open it: %s", sha256, exc)
        return False
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
    return True


def exemplar_words(exemplar: RubricExemplar) -> str:
    """The button's words: the set and the piece of an anchor paper, else the file."""
    if exemplar.anchor:
        words = QCoreApplication.translate(
            "RubricExemplars", "Anchor paper: {set}, piece {piece}"
        ).format(set=exemplar.set_title, piece=exemplar.piece_label)
        if exemplar.page:
            words += QCoreApplication.translate("RubricExemplars", ", page {page}").format(
                page=exemplar.page
            )
        return words
    return QCoreApplication.translate("RubricExemplars", "Example of work: {name}").format(
        name=exemplar.file_name
    )


def exemplar_reason(exemplar: RubricExemplar) -> str:
    if exemplar.anchor and exemplar.reason:
        return QCoreApplication.translate("RubricExemplars", "The group agreed: {reason}").format(
            reason=exemplar.reason
        )
    return exemplar.reason


class ExemplarButton(QPushButton):
    """One example of work, as a flat button that opens it."""

    def __init__(self, exemplar: RubricExemplar, blob_dir: Path, parent: QWidget) -> None:
        self.exemplar = exemplar
        self.blob_dir = Path(blob_dir)
        words = exemplar_words(exemplar)
        here = (self.blob_dir / exemplar.sha256).is_file()
        if not here:
            words = QCoreApplication.translate(
                "RubricExemplars", "{words} (the work is not on this laptop yet)"
            ).format(words=words)
        super().__init__(words.replace("&", "&&"), parent)
        self.setObjectName("exemplarButton")
        # the style's own file icon: an emoji is an empty box where no font has it
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.setFlat(True)
        self.setAutoDefault(False)  # Enter saves the dialog; Space opens the work
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("text-align: left; padding: 1px 4px;")
        self.setAccessibleName(words)
        reason = exemplar_reason(exemplar)
        self.setToolTip(reason)
        self.setAccessibleDescription(reason)
        self.setEnabled(here)
        self.clicked.connect(self.open)

    def open(self) -> bool:
        if open_attachment(self.blob_dir, self.exemplar.sha256, self.exemplar.file_name):
            return True
        QMessageBox.warning(
            self,
            QCoreApplication.translate("RubricExemplars", "Example of work"),
            QCoreApplication.translate(
                "RubricExemplars",
                "The work could not be copied to open it; free some space on this laptop "
                "and try again.",
            ),
        )
        return False


def exemplars_at(exemplars: Sequence[RubricExemplar], value: float) -> list[RubricExemplar]:
    return [e for e in exemplars if same_level(e.level_value, value)]


@dataclass(frozen=True)
class RubricLevelWords:
    """One row of a rubric as shown: its value, its name ("3 Proficient") and its words."""

    value: float
    name: str
    words: str


class RubricView(QWidget):
    """A rubric: each level's name and words, and under them its examples of work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubricView")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._labels: list[QLabel] = []
        self.exemplar_buttons: list[ExemplarButton] = []
        self._shown: tuple[object, ...] = ()
        self._layout.addStretch(1)

    def clear(self) -> None:
        self.show_rubric([], [], Path())

    def text(self) -> str:
        """The rubric's words as shown (rich text), level after level."""
        return "".join(label.text() for label in self._labels)

    def show_rubric(
        self,
        levels: Sequence[RubricLevelWords],
        exemplars: Sequence[RubricExemplar],
        blob_dir: Path,
    ) -> None:
        here = tuple((blob_dir / e.sha256).is_file() for e in exemplars) if exemplars else ()
        shown = (tuple(levels), tuple(exemplars), here)
        if shown == self._shown:
            return  # the same rubric (the next student on the same target): nothing to redo
        self._shown = shown
        for button in self.exemplar_buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.exemplar_buttons = []
        for label in self._labels:  # laid out again below, in the levels' order
            self._layout.removeWidget(label)
        while len(self._labels) > len(levels):
            self._labels.pop().deleteLater()
        while len(self._labels) < len(levels):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self._labels.append(label)
        index = 0
        for label, level in zip(self._labels, levels, strict=True):
            label.setText(f"<b>{html.escape(level.name)}</b>: {html.escape(level.words)}")
            self._layout.insertWidget(index, label)
            index += 1
            for exemplar in exemplars_at(exemplars, level.value):
                button = ExemplarButton(exemplar, blob_dir, self)
                self._layout.insertWidget(index, button, 0, Qt.AlignmentFlag.AlignLeft)
                self.exemplar_buttons.append(button)
                index += 1
