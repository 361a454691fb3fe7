"""The Calibration page: score the same work as colleagues, blind, then talk it through.

A leader makes a set from a task's scored pieces and writes its file; a colleague opens
the file, scores each piece from the keyboard (1-4, as in the gradebook) with a reason,
and writes a return file; the leader gathers the returns, reads how far the group agreed,
records the group's level for each piece (which may become the rubric's exemplar) and
prints the meeting's report. The page only calls core, sync and reports code.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import calibration as svc
from cbe_desktop.core.agreement import (
    PieceAgreement,
    agreement,
    history,
    history_sentence,
    piece_sentence,
    weight,
)
from cbe_desktop.core.agreement import Session as HistorySession
from cbe_desktop.core.attachments import attachments_info
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store
from cbe_desktop.reports.calibration import build_calibration_report
from cbe_desktop.sync import calibration_files as files
from cbe_desktop.ui.domain_words import language_name
from cbe_desktop.ui.i18n import level_word, resolve_language, say, say_error, speaker
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page
from cbe_desktop.ui.widgets import heading, hint

log = logging.getLogger(__name__)

FILTER = "cbe-desktop calibration (*.cbecal)"
#: The languages of the meeting's PDF (as ``cbe-desktop calibration report --lang``).
REPORT_LANGUAGES = ("en", "es")
#: Columns of the pieces grid.
PIECE, TARGET, TASK, MINE, WHY, SPREAD, AGREED = range(7)
#: Columns of the moderation-over-time table.
H_TARGET, H_DATE, H_TITLE, H_SCORERS, H_EXACT, H_ALPHA = range(6)


def _spread(piece: PieceAgreement) -> str:
    """A piece's scores in a few characters: "3" when everyone agreed, else "2–4"."""
    if not piece.levels:
        return ""
    low, high = piece.levels[0], piece.levels[-1]
    return f"{low:g}" if low == high else f"{low:g}–{high:g}"


class PiecesGrid(QTableWidget):
    """The pieces, one a row; a digit key scores the current piece and moves on."""

    def __init__(self, page: CalibrationPage) -> None:
        super().__init__(0, 7, page)
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and self.currentRow() >= 0 and self.currentColumn() != WHY:
            if self.page.score_current(float(text)):
                self.setCurrentCell(min(self.currentRow() + 1, self.rowCount() - 1), MINE)
            return
        super().keyPressEvent(event)


class CalibrationPage(Page):
    status_message = Signal(str)

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self.view: svc.SetView | None = None
        self._loading = False

        top = QHBoxLayout()
        self.sets = QComboBox(self)
        self.sets.setObjectName("calibrationSets")
        self.sets.setAccessibleName(
            QCoreApplication.translate("CalibrationPage", "Calibration set")
        )
        self.sets.currentIndexChanged.connect(self._set_chosen)
        label = QLabel(QCoreApplication.translate("CalibrationPage", "&Set:"), self)
        label.setBuddy(self.sets)
        top.addWidget(label)
        top.addWidget(self.sets, 1)
        self.new_button = QPushButton(
            QCoreApplication.translate("CalibrationPage", "&New set from a task…"), self
        )
        self.new_button.clicked.connect(self.new_set)
        self.open_button = QPushButton(
            QCoreApplication.translate("CalibrationPage", "&Open a set file…"), self
        )
        self.open_button.clicked.connect(self.open_set)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)

        form = QFormLayout()
        self.scorer = QLineEdit(self)
        self.scorer.setObjectName("scorer")
        self.scorer.editingFinished.connect(self.reload)
        form.addRow(QCoreApplication.translate("CalibrationPage", "Your &name:"), self.scorer)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("calibrationPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            QCoreApplication.translate("CalibrationPage", "&Passphrase of the files:"),
            self.passphrase,
        )

        self.grid = PiecesGrid(self)
        self.grid.setObjectName("calibrationPieces")
        self.grid.setAccessibleName(
            QCoreApplication.translate(
                "CalibrationPage", "Pieces of work: type a level to score the piece"
            )
        )
        self.grid.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CalibrationPage", "Piece"),
                QCoreApplication.translate("CalibrationPage", "Target"),
                QCoreApplication.translate("CalibrationPage", "Task"),
                QCoreApplication.translate("CalibrationPage", "Your level"),
                QCoreApplication.translate("CalibrationPage", "Your reason"),
                QCoreApplication.translate("CalibrationPage", "Spread"),
                QCoreApplication.translate("CalibrationPage", "Group's level"),
            ]
        )
        self.grid.verticalHeader().hide()
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.grid.horizontalHeader()
        for column in (PIECE, TARGET, MINE, SPREAD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (TASK, WHY, AGREED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.grid.setTabKeyNavigation(False)
        self.grid.itemChanged.connect(self._reason_edited)
        self.grid.currentCellChanged.connect(self._piece_chosen)

        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("calibrationPrompt")
        self.work_button = QPushButton(
            QCoreApplication.translate("CalibrationPage", "Open the &work"), self
        )
        self.work_button.clicked.connect(self.open_work)

        agree_row = QHBoxLayout()
        self.agreed_level = QComboBox(self)
        self.agreed_level.setAccessibleName(
            QCoreApplication.translate("CalibrationPage", "The group's level")
        )
        self.agreed_level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agreed_reason = QLineEdit(self)
        self.agreed_reason.setObjectName("agreedReason")
        self.agreed_reason.setPlaceholderText(
            QCoreApplication.translate("CalibrationPage", "Why the group agreed on this level")
        )
        self.agreed_reason.textChanged.connect(self._update_buttons)
        self.exemplar = QCheckBox(
            QCoreApplication.translate("CalibrationPage", "Make it the rubric's &exemplar"), self
        )
        self.agree_button = QPushButton(
            QCoreApplication.translate("CalibrationPage", "&Record the group's level"), self
        )
        self.agree_button.clicked.connect(self.record_consensus)
        agree_row.addWidget(self.agreed_level)
        agree_row.addWidget(self.agreed_reason, 1)
        agree_row.addWidget(self.exemplar)
        agree_row.addWidget(self.agree_button)

        self.figures = QLabel(self)
        self.figures.setObjectName("calibrationFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.history = QTableWidget(0, 6, self)
        self.history.setObjectName("calibrationHistory")
        self.history.setAccessibleName(
            QCoreApplication.translate(
                "CalibrationPage", "Moderation over time: the calibration sessions on this rubric"
            )
        )
        self.history.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CalibrationPage", "Target"),
                QCoreApplication.translate("CalibrationPage", "Date"),
                QCoreApplication.translate("CalibrationPage", "Session"),
                QCoreApplication.translate("CalibrationPage", "Scorers"),
                QCoreApplication.translate("CalibrationPage", "Exact agreement"),
                QCoreApplication.translate("CalibrationPage", "Alpha"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setTabKeyNavigation(False)
        history_header = self.history.horizontalHeader()
        for column in (H_TARGET, H_DATE, H_SCORERS, H_EXACT, H_ALPHA):
            history_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(H_TITLE, QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(110)
        self.history_words = QLabel(self)
        self.history_words.setObjectName("calibrationHistoryWords")
        self.history_words.setWordWrap(True)
        self.history_words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        history_row = QHBoxLayout()
        history_row.addWidget(self.history, 3)
        history_row.addWidget(self.history_words, 2)

        files_row = QHBoxLayout()
        self.write_set_button = QPushButton(
            QCoreApplication.translate("CalibrationPage", "Write the &set file…"), self
        )
        self.write_set_button.clicked.connect(self.write_set)
        self.return_button = QPushButton(
            QCoreApplication.translate("CalibrationPage", "Write my re&turn file…"), self
        )
        self.return_button.clicked.connect(self.write_return)
        self.gather_button = QPushButton(
            QCoreApplication.translate("CalibrationPage", "&Gather return files…"), self
        )
        self.gather_button.clicked.connect(self.gather)
        self.report_button = QPushButton(
            QCoreApplication.translate("CalibrationPage", "Meeting re&port (PDF)…"), self
        )
        self.report_button.clicked.connect(self.write_report)
        # The meeting's PDF in the group's language (the interface's, unless chosen).
        self.report_language = QComboBox(self)
        self.report_language.setObjectName("reportLanguage")
        for code in REPORT_LANGUAGES:
            self.report_language.addItem(language_name(code), code)
        with store.read() as session:
            interface = resolve_language(get_setting(session, "language"))
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(interface)))
        report_language_label = QLabel(
            QCoreApplication.translate("CalibrationPage", "Report &language:"), self
        )
        report_language_label.setBuddy(self.report_language)
        for button in (
            self.write_set_button,
            self.return_button,
            self.gather_button,
            self.report_button,
        ):
            files_row.addWidget(button)
        files_row.addWidget(report_language_label)
        files_row.addWidget(self.report_language)
        files_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                QCoreApplication.translate("CalibrationPage", "Calibration with colleagues"), self
            )
        )
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "CalibrationPage",
                    "Score the same pieces of work as your colleagues, without seeing their "
                    "scores: choose a piece and type its level (1 to 4), then say why.",
                ),
                self,
            )
        )
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.grid, 1)
        work_row = QHBoxLayout()
        work_row.addWidget(self.prompt, 1)
        work_row.addWidget(self.work_button)
        layout.addLayout(work_row)
        layout.addLayout(agree_row)
        layout.addWidget(self.figures)
        layout.addWidget(
            hint(QCoreApplication.translate("CalibrationPage", "Moderation over time"), self)
        )
        layout.addLayout(history_row)
        layout.addLayout(files_row)

        with store.read() as session:
            self.scorer.setText(get_setting(session, "teacher"))
        self.reload_sets()

    # ----- loading -----------------------------------------------------------
    def shows(self, changes: Changes) -> bool:
        return changes.everything

    def refresh(self) -> None:
        self.stale = False
        self.reload_sets()

    def reload_sets(self, select_id: str | None = None) -> None:
        current = select_id or self.sets.currentData()
        with self.store.read() as session:
            sets = svc.live_sets(session)
        self.sets.blockSignals(True)
        self.sets.clear()
        for row in sets:
            self.sets.addItem(f"{row.title} ({row.made_on})", row.id)
        index = self.sets.findData(current) if current else 0
        self.sets.setCurrentIndex(max(index, 0) if sets else -1)
        self.sets.blockSignals(False)
        self.reload()

    def _set_chosen(self, *_args: object) -> None:
        self.reload()

    def reload(self) -> None:
        set_id = self.sets.currentData()
        row = self.grid.currentRow()
        self.view = None
        everyone: svc.SetView | None = None
        if set_id:
            with self.store.read() as session:
                try:
                    everyone = svc.load_set(session, set_id)
                except CbeError:
                    everyone = None
        self.view = everyone
        self._loading = True
        self.grid.setRowCount(len(everyone.pieces) if everyone else 0)
        figures = agreement(everyone) if everyone else None
        me = self.scorer.text().strip()
        for n, piece in enumerate(everyone.pieces if everyone else ()):
            mine = next((s for s in piece.scores if s.scorer == me), None)
            level = piece.target.level(mine.level) if mine else None
            cells = [
                piece.label,
                piece.target.code,
                piece.task_title,
                f"{mine.level:g} {level_word(level.label)}" if mine and level else "",
                mine.rationale if mine else "",
                _spread(figures.pieces[n]) if figures else "",
                (
                    f"{piece.consensus.level:g} — {piece.consensus.reason}"
                    if piece.consensus
                    else ""
                ),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == SPREAD and figures:
                    item.setToolTip(say(piece_sentence(figures.pieces[n])))
                elif column in (TASK, AGREED):
                    item.setToolTip(text)
                if column != WHY:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.grid.setItem(n, column, item)
        self._loading = False
        if everyone and everyone.pieces:
            self.grid.setCurrentCell(min(max(row, 0), len(everyone.pieces) - 1), MINE)
        self.figures.setText(
            "\n".join(say(s) for s in figures.sentences())
            if figures
            else QCoreApplication.translate(
                "CalibrationPage",
                "No calibration set yet: make one from a task, or open a colleague's set file.",
            )
        )
        self._piece_chosen()
        self._show_history(everyone, me)

    def _show_history(self, chosen: svc.SetView | None, me: str) -> None:
        """Moderation over time on the chosen set's rubrics: every session on them, whether
        agreement is improving, and how this teacher's scores sit beside the colleagues'."""
        rows: list[tuple[str, HistorySession]] = []
        words: list[str] = []
        if chosen is not None and chosen.targets:
            with self.store.read() as session:
                views = []
                for row in svc.live_sets(session):
                    try:
                        views.append(svc.load_set(session, row.id))
                    except CbeError:
                        continue
            several = len(chosen.targets) > 1
            for target in chosen.targets:
                sessions = history(views, target.id)
                rows += [(target.code, s) for s in sessions]
                sentence = say(history_sentence(sessions))
                words.append(f"{target.code}: {sentence}" if several else sentence)
            if me:
                shared = [v for v in views if set(v.target_ids) & set(chosen.target_ids)]
                words.append(say(weight(shared, me).sentence()))
        self.history.setRowCount(len(rows))
        for n, (code, s) in enumerate(rows):
            cells = [
                code,
                s.made_on,
                s.title,
                str(s.scorers),
                QCoreApplication.translate("CalibrationPage", "{exact} of {compared}").format(
                    exact=s.exact, compared=s.compared
                ),
                "—" if s.alpha is None else f"{s.alpha:.2f}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == H_TITLE:
                    item.setToolTip(text)
                self.history.setItem(n, column, item)
        self.history_words.setText("\n".join(words))

    def current_piece(self) -> svc.Piece | None:
        row = self.grid.currentRow()
        if self.view is None or not 0 <= row < len(self.view.pieces):
            return None
        return self.view.pieces[row]

    def _piece_chosen(self, *_args: object) -> None:
        piece = self.current_piece()
        self.agreed_level.clear()
        if piece is None:
            self.prompt.setText("")
        else:
            words = [piece.task_title, piece.prompt, piece.target.statement]
            self.prompt.setText("\n".join(w for w in words if w))
            for level in piece.target.levels:
                self.agreed_level.addItem(f"{level.value:g} {level_word(level.label)}", level.value)
            if piece.consensus is not None:
                self.agreed_level.setCurrentIndex(self.agreed_level.findData(piece.consensus.level))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        piece = self.current_piece()
        have = self.view is not None
        me = self.scorer.text().strip()
        scored = have and any(s.scorer == me for p in self.view.pieces for s in p.scores)  # type: ignore[union-attr]
        self.write_set_button.setEnabled(have)
        self.return_button.setEnabled(bool(scored))
        self.report_button.setEnabled(have)
        self.work_button.setEnabled(piece is not None and bool(piece.attachment_ids))
        self.agree_button.setEnabled(piece is not None and bool(self.agreed_reason.text().strip()))

    # ----- scoring -----------------------------------------------------------
    def _level_for_key(self, piece: svc.Piece, typed: float) -> float | None:
        if piece.target.level(typed) is not None:
            return typed
        rank = int(typed) - 1
        return piece.target.levels[rank].value if 0 <= rank < len(piece.target.levels) else None

    def score_current(self, typed: float) -> bool:
        piece = self.current_piece()
        if piece is None:
            return False
        level = self._level_for_key(piece, typed)
        if level is None:
            return False
        me = self.scorer.text().strip()
        mine = next((s for s in piece.scores if s.scorer == me), None)
        why = mine.rationale if mine else ""
        row = self.grid.currentRow()
        done = self.operations.call(lambda: svc.record_score(self.store, piece.id, me, level, why))
        if done:
            self.reload()
            self.grid.setCurrentCell(row, MINE)
        return done

    def _reason_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != WHY or self.view is None:
            return
        piece = self.view.pieces[item.row()]
        me = self.scorer.text().strip()
        mine = next((s for s in piece.scores if s.scorer == me), None)
        if mine is None:
            self.operations.report(
                QCoreApplication.translate(
                    "CalibrationPage", "Type the piece's level first, then your reason."
                )
            )
            self.reload()
            return
        why = item.text()
        self.operations.call(lambda: svc.record_score(self.store, piece.id, me, mine.level, why))
        self.reload()

    def record_consensus(self) -> None:
        piece = self.current_piece()
        if piece is None or self.agreed_level.currentData() is None:
            return
        level = float(self.agreed_level.currentData())
        reason = self.agreed_reason.text()
        exemplar = self.exemplar.isChecked() and bool(piece.attachment_ids)
        if self.operations.call(
            lambda: svc.record_consensus(self.store, piece.id, level, reason, exemplar=exemplar)
        ):
            self.agreed_reason.clear()
            self.reload()
            # the rubric's exemplars changed: the targets page shows them
            self.operations.changed.emit(Changes(targets=frozenset({piece.target.id})))

    # ----- making and opening sets -------------------------------------------
    def new_set(self) -> None:
        with self.store.read() as session:
            tasks = svc.task_choices(session)
        if not tasks:
            self.operations.report(
                QCoreApplication.translate(
                    "CalibrationPage", "There is no task yet; plan a task and score it first."
                )
            )
            return
        names = [task.label for task in tasks]
        chosen, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("CalibrationPage", "New calibration set"),
            QCoreApplication.translate("CalibrationPage", "Take pieces of work from the task:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        task = tasks[names.index(chosen)]

        def make() -> str:
            with self.store.read() as session:
                picked = svc.pieces_of_task(session, task.id, class_id=task.class_id)
            return svc.make_set(
                self.store, f"{task.title}", picked, leader=self.scorer.text().strip()
            )

        made: list[str] = []
        if self.operations.call(lambda: made.append(make())):
            self.reload_sets(select_id=made[0])

    def _passphrase(self) -> str | None:
        return self.passphrase.text() or None

    def _run(self, action) -> object:  # type: ignore[no-untyped-def]
        try:
            return action()
        except CbeError as exc:
            self.operations.report(say_error(exc))
            return None

    def open_set(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("CalibrationPage", "Open a calibration set"),
            "",
            FILTER,
        )
        if not path:
            return
        opened = self._run(lambda: files.open_set_file(self.store, path, self._passphrase()))
        if opened is not None:
            self.reload_sets(select_id=opened.set_id)  # type: ignore[attr-defined]

    def write_set(self) -> None:
        if self.view is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("CalibrationPage", "Write the set file"),
            f"{self.view.title}.cbecal",
            FILTER,
        )
        if path:
            set_id = self.view.id
            if self._run(
                lambda: files.write_set_file(
                    self.store, set_id, path, passphrase=self._passphrase()
                )
            ):
                self._wrote(path)

    def write_return(self) -> None:
        if self.view is None:
            return
        me = self.scorer.text().strip()
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("CalibrationPage", "Write my return file"),
            f"{self.view.title} — {me}.cbecal",
            FILTER,
        )
        if path:
            set_id = self.view.id
            if self._run(
                lambda: files.write_return_file(
                    self.store, set_id, me, path, passphrase=self._passphrase()
                )
            ):
                self._wrote(path)

    def gather(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("CalibrationPage", "Gather return files"), "", FILTER
        )
        last = None
        for path in paths:
            if not path:
                continue
            got = self._run(lambda p=path: files.gather_return(self.store, p, self._passphrase()))
            if got is None:
                break
            last = got.set_id  # type: ignore[attr-defined]
        if last:
            self.reload_sets(select_id=last)

    def write_report(self) -> None:
        if self.view is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("CalibrationPage", "Meeting report"),
            f"{self.view.title}.pdf",
            "PDF (*.pdf)",
        )
        if not path:
            return
        view = self.view
        lang = self.report_language.currentData()
        with self.store.read() as session:
            shown = svc.exemplars_for(session, view.target_ids)

        def write() -> object:
            words = speaker(lang)  # a language missing from the installation: nothing written
            return build_calibration_report(view, path, exemplars=shown, say=words, lang=lang)

        if self._run(write):
            self._wrote(path)

    def _wrote(self, path: str) -> None:
        self.status_message.emit(
            QCoreApplication.translate("CalibrationPage", "Wrote {path}.").format(path=path)
        )

    def open_work(self) -> None:
        piece = self.current_piece()
        if piece is None:
            return
        folder = Path(tempfile.gettempdir()) / "cbe-desktop-attachments"
        folder.mkdir(exist_ok=True)
        with self.store.read() as session:
            attachments = attachments_info(session, piece.attachment_ids)
        for attachment in attachments:
            copy = folder / Path(attachment.file_name).name
            try:
                shutil.copyfile(self.store.blobs_dir / attachment.sha256, copy)
            except OSError:
                continue
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
