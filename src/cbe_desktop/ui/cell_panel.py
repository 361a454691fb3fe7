"""The side panel for the selected cell: estimate in words, override, timeline, rubric."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.gradebook import Cell, HistoryItem, TargetColumn, note_words
from cbe_desktop.core.rubric_reads import RubricExemplar
from cbe_desktop.core.scales import ScaleInfo, format_number
from cbe_desktop.ui.domain_words import SUPPORT_WORDS, TYPE_WORDS
from cbe_desktop.ui.gradebook_model import STATUS_WORDS
from cbe_desktop.ui.i18n import Words, level_word, say
from cbe_desktop.ui.rubric_exemplars import RubricLevelWords, RubricView, open_attachment

#: A next step's state, as the timeline says it (a revision plan is open until it is revised
#: or closed).
STATE_WORDS = Words(
    {
        "open": QT_TRANSLATE_NOOP("Words", "open"),
        "revised": QT_TRANSLATE_NOOP("Words", "revised"),
        "closed": QT_TRANSLATE_NOOP("Words", "closed"),
    }
)


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds a mark typed apart from its letter (a combining accent):
    drawn without shaping it would not stack on the letter."""
    return not text.isascii() and any(unicodedata.combining(ch) for ch in text)


class _TimelineWords:
    """The timeline's phrases in the interface language, translated once per timeline
    (not once per record: a cell has a dozen records and more)."""

    def __init__(self) -> None:
        self.missing = QCoreApplication.translate("CellPanel", "Missing")
        self.excused = QCoreApplication.translate("CellPanel", "Excused")
        self.no_level = QCoreApplication.translate("CellPanel", "No level")
        self.not_yet = QCoreApplication.translate("CellPanel", "<b>⚑ Not yet</b>")
        self.revision = QCoreApplication.translate(
            "CellPanel", "↳ Revision of the {esc} attempt: {line}"
        )
        self.correction = QCoreApplication.translate("CellPanel", "Correction: {line}")
        self.withdrawn = QCoreApplication.translate("CellPanel", "<s>{line}</s> (withdrawn)")
        self.feedback = QCoreApplication.translate("CellPanel", "<br><i>Feedback:</i> {esc}")
        self.due = QCoreApplication.translate("CellPanel", ", due {esc}")
        self.next_step = QCoreApplication.translate(
            "CellPanel", "<br><i>Next step</i> ({state}{due}{support}): {esc}{note}"
        )


class SteadyWords(QWidget):
    """A word-wrapped label whose new words repaint the label alone.

    A label in a layout asks the whole panel to be laid out again at every new text (each
    widget measured again, and the panel repainted where anything moved), even when the
    words take as many lines as before. Here the label is placed by hand inside a frame
    of its own, and the frame asks for a new layout only when the words need another
    height: at a keystroke, the next student's words usually take the same lines.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        if text == self.label.text():
            return  # (the same words: nothing to measure or repaint)
        self.label.setText(text)
        if self.label.heightForWidth(self.width()) != self.label.height():
            self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width)

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())


class CellPanel(QWidget):
    """Shows one student x target. Emits the teacher's override requests."""

    override_requested = Signal(float, str)
    override_removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellPanel")
        self.setAccessibleName(
            QCoreApplication.translate("CellPanel", "Selected student and target")
        )
        self.setMinimumWidth(300)
        # The student (in bold) and the target; the cell's status (in bold) and its
        # estimate in words. The student and the estimate are new at every keystroke, the
        # status often and the target's words only when the column changes. All are plain
        # text: measured and drawn without a rich-text document (several times cheaper).
        bold = QFont()  # (only the weight: the size still follows the window's zoom)
        bold.setBold(True)
        self._title = SteadyWords(self)
        self.title = self._title.label
        self.title.setFont(bold)
        self._target_words = SteadyWords(self)
        self.target_words = self._target_words.label
        self.target_words.setTextFormat(Qt.TextFormat.PlainText)
        self._status = SteadyWords(self)
        self.status_words = self._status.label
        self.status_words.setTextFormat(Qt.TextFormat.PlainText)
        self.status_words.setFont(bold)
        self._estimate = SteadyWords(self)
        self.estimate = self._estimate.label
        self.estimate.setObjectName("estimateWords")
        self.estimate.setTextFormat(Qt.TextFormat.PlainText)
        # (The estimate's words can be selected and copied; a selectable label keeps a
        # rich-text document, so the one-word status above them is not.)
        self.estimate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.override_box = QGroupBox(
            QCoreApplication.translate("CellPanel", "Professional judgement"), self
        )
        self.override_level = QComboBox(self.override_box)
        self.override_level.setAccessibleName(
            QCoreApplication.translate("CellPanel", "Override level")
        )
        self.override_reason = QLineEdit(self.override_box)
        self.override_reason.setPlaceholderText(
            QCoreApplication.translate(
                "CellPanel", "Reason (required), e.g. 'Showed it in conference'"
            )
        )
        self.override_reason.setAccessibleName(
            QCoreApplication.translate("CellPanel", "Reason for the override")
        )
        self.override_button = QPushButton(
            QCoreApplication.translate("CellPanel", "&Override"), self.override_box
        )
        self.override_button.clicked.connect(self._override)
        self.remove_override_button = QPushButton(
            QCoreApplication.translate("CellPanel", "Use the &calculated estimate"),
            self.override_box,
        )
        self.remove_override_button.clicked.connect(self.override_removed.emit)
        self.override_error = QLabel(self.override_box)
        self.override_error.setWordWrap(True)
        box = QVBoxLayout(self.override_box)
        row = QHBoxLayout()
        row.addWidget(self.override_level)
        row.addWidget(self.override_button)
        box.addLayout(row)
        box.addWidget(self.override_reason)
        box.addWidget(self.remove_override_button)
        box.addWidget(self.override_error)

        self.timeline = QTextBrowser(self)
        self.timeline.setObjectName("evidenceTimeline")
        self.timeline.setAccessibleName(
            QCoreApplication.translate("CellPanel", "Evidence timeline, oldest first")
        )
        self.timeline.setOpenLinks(False)
        # Laid out again at every key: Latin text is not shaped (kerning) where the script
        # does not need it, a fifth of the timeline's cost; other scripts still are. Words
        # with marks typed apart from their letter (a Vietnamese name from a roster file,
        # "Nguyễn" as e + ˆ + ˜) need shaping to stack them: such a cell's timeline is
        # shaped (see show_cell).
        self._unshaped = QFont()  # (only the strategy: family and size follow the window's)
        self._unshaped.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self._shaped = QFont()
        self._timeline_shaped = False
        self.timeline.setFont(self._unshaped)
        # A scroll bar that stays: the timeline is laid out once per cell, never twice
        # (with and without the bar) as a cell's history grows past the panel.
        self.timeline.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.timeline.anchorClicked.connect(self._open_attachment)
        # The rubric's levels, each with its examples of work (anchor papers) to open.
        self.rubric = RubricView(self)
        rubric_area = QScrollArea(self)
        rubric_area.setAccessibleName(QCoreApplication.translate("CellPanel", "Rubric"))
        self.rubric_area = rubric_area  # a tab stop: the arrows scroll the rubric
        rubric_area.setWidget(self.rubric)
        rubric_area.setWidgetResizable(True)
        rubric_area.setMaximumHeight(170)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        heading = QVBoxLayout()  # the student's name, and on the next line the target
        heading.setSpacing(0)
        heading.addWidget(self._title)
        heading.addWidget(self._target_words)
        layout.addLayout(heading)
        estimate = QVBoxLayout()  # the status, and under it the estimate in words
        estimate.setSpacing(0)
        estimate.addWidget(self._status)
        estimate.addWidget(self._estimate)
        layout.addLayout(estimate)
        layout.addWidget(self.override_box)
        layout.addWidget(self.timeline, 2)
        layout.addWidget(QLabel(QCoreApplication.translate("CellPanel", "<b>Rubric</b>"), self))
        # a third of the room the timeline shares with it (up to 170 px): its levels and
        # their anchor papers are read without scrolling line by line
        layout.addWidget(rubric_area, 1)
        #: The scale and rubric words the override's levels and the rubric were made from:
        #: the next student on the same target has the same (see :meth:`_show_scale`).
        self._rubric_of: tuple[ScaleInfo, dict[float, str]] | None = None
        self._rubric_levels: list[RubricLevelWords] = []
        self._level_choices: list[tuple[str, float]] = []
        self.show_nothing()

    def show_nothing(self) -> None:
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self._title.setText(QCoreApplication.translate("CellPanel", "<b>Choose a cell</b>"))
        self._target_words.setText("")
        self._status.hide()
        self._estimate.setText(
            QCoreApplication.translate(
                "CellPanel", "Select a student and a target to see the evidence behind it."
            )
        )
        self.override_box.setEnabled(False)
        self.timeline.clear()
        self.rubric.clear()
        self.rubric_area.setAccessibleDescription("")
        self._rubric_of = None
        self._attachments: dict[str, str] = {}

    def show_cell(
        self,
        *,
        student: str,
        target: TargetColumn,
        cell: Cell,
        scale: ScaleInfo,
        history: list[HistoryItem],
        descriptors: dict[float, str],
        blob_dir: object,
        exemplars: Sequence[RubricExemplar] = (),
    ) -> None:
        """``exemplars``: the target's examples of work, shown under their levels."""
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setText(student)
        self._target_words.setText(f"{target.code}: {target.i_can or target.statement}")
        self._status.setText(f"{STATUS_WORDS[cell.status]}.")
        self._status.show()
        self._estimate.setText(say(cell.explanation))
        self.override_box.setEnabled(True)
        rubric = (scale, descriptors)
        if rubric != self._rubric_of:  # (a new scale or new words: the next target's)
            self._rubric_of = (scale, dict(descriptors))  # (a copy: the words as shown)
            self._show_scale(scale, descriptors)
        else:
            self.override_level.setCurrentIndex(0)
        if cell.overridden and cell.estimate is not None:
            self.override_level.setCurrentIndex(max(0, self.override_level.findData(cell.estimate)))
            self.override_reason.setText(cell.override_reason)
        elif self.override_reason.text():  # (clearing what is empty repaints for nothing)
            self.override_reason.clear()
        self.remove_override_button.setEnabled(cell.overridden)
        if self.override_error.text():
            self.override_error.clear()

        self._attachments = {a.sha256: a.file_name for h in history for a in h.attachments}
        self._blob_dir = blob_dir
        by_id = {h.id: h for h in history}
        words = _TimelineWords()
        body = "".join(self._history_html(h, by_id, blob_dir, words) for h in history)
        shaped = needs_shaping(body)
        if shaped != self._timeline_shaped:
            self._timeline_shaped = shaped
            self.timeline.setFont(self._shaped if shaped else self._unshaped)
        self.timeline.setHtml(
            QCoreApplication.translate("CellPanel", "<p><b>Evidence, oldest first</b></p>")
            + (body or QCoreApplication.translate("CellPanel", "<p>No evidence yet.</p>"))
        )
        self.timeline.verticalScrollBar().setValue(self.timeline.verticalScrollBar().maximum())
        self.rubric.show_rubric(self._rubric_levels, exemplars, Path(str(blob_dir)))

    def _show_scale(self, scale: ScaleInfo, descriptors: dict[float, str]) -> None:
        """The override's levels and the rubric's words, for a new scale or new words."""
        choices = [(f"{lv.number} {level_word(lv.label)}", lv.value) for lv in scale.levels]
        if choices != self._level_choices:  # the scale's levels, once
            self._level_choices = choices
            self.override_level.clear()
            for words, value in choices:
                self.override_level.addItem(words, value)
        else:
            self.override_level.setCurrentIndex(0)
        self._rubric_levels = [
            RubricLevelWords(
                lv.value,
                f"{lv.number} {level_word(lv.label)}",
                descriptors.get(lv.value) or level_word(lv.description),
            )
            for lv in scale.levels
        ]
        self.rubric_area.setAccessibleDescription(
            " ".join(f"{level.name}: {level.words}." for level in self._rubric_levels)
        )

    def _history_html(
        self, h: HistoryItem, by_id: dict, blob_dir, words: _TimelineWords | None = None
    ) -> str:  # type: ignore[no-untyped-def]
        """One record of the timeline. ``words``: the timeline's phrases, translated once
        for all its records."""
        w = words or _TimelineWords()
        esc = html.escape
        if h.status == "missing":
            what = w.missing
        elif h.status == "excused":
            what = w.excused
        elif h.level is not None:
            what = f"<b>{format_number(h.level)} {esc(level_word(h.level_label))}</b>"
        else:
            what = w.no_level
        parts = [esc(h.produced_on), esc(say(h.task_title)), what]
        if h.not_yet:
            parts.append(w.not_yet)
        if h.evidence_type:
            parts.append(esc(TYPE_WORDS.get(h.evidence_type, h.evidence_type)))
        line = " · ".join(parts)
        if h.revision_of and h.revision_of in by_id:
            line = w.revision.format(esc=esc(by_id[h.revision_of].produced_on), line=line)
        if h.supersedes and h.supersedes in by_id:
            line = w.correction.format(line=line)
        if not h.standing:
            line = w.withdrawn.format(line=line)
        out = [f"<p style='margin-top:6px'>{line}"]
        if h.feedback:
            out.append(w.feedback.format(esc=esc(h.feedback)))
        for plan in h.plans:
            due = w.due.format(esc=esc(plan.due_on)) if plan.due_on else ""
            support = (
                f", {esc(SUPPORT_WORDS.get(plan.support, plan.support).lower())}"
                if plan.support
                else ""
            )
            note = f" — {esc(say(note_words(plan.note)))}" if plan.note else ""
            state = STATE_WORDS.get(plan.state, plan.state)
            out.append(
                w.next_step.format(
                    state=state, due=due, support=support, esc=esc(plan.next_step), note=note
                )
            )
        for att in h.attachments:
            path = blob_dir / att.sha256  # type: ignore[operator]
            thumb = ""
            if att.media_type.startswith("image/") and Path(path).exists():
                thumb = f"<img src='{QUrl.fromLocalFile(str(path)).toString()}' height='40'> "
            out.append(f"<br>{thumb}<a href='attachment:{att.sha256}'>📎 {esc(att.file_name)}</a>")
        out.append("</p>")
        return "".join(out)

    def _override(self) -> None:
        reason = self.override_reason.text().strip()
        if not reason:
            self.override_error.setText(
                QCoreApplication.translate(
                    "CellPanel", "Write the reason for your judgement first."
                )
            )
            self.override_reason.setFocus()
            return
        self.override_error.clear()
        self.override_requested.emit(float(self.override_level.currentData()), reason)

    def _open_attachment(self, url: QUrl) -> None:
        """Open a copy under its own name (blobs have no extension for the system to go by)."""
        sha = url.toString().removeprefix("attachment:")
        if sha in self._attachments:
            open_attachment(Path(str(self._blob_dir)), sha, self._attachments[sha])
