"""What the teacher decides about term marks in the window: a mark set with a reason (one
undo step), the targets modified for a student's individual plan (IEP), closing and
reopening the term (asked first), and the report cards. The Term marks dialog
(``ui.learner_dialogs``) opens these; the core services do the work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import term_records
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import targets_info
from cbe_desktop.core.term_marks import MARK_MAX, ClassMarks, StudentMarks
from cbe_desktop.ui.background import Job, Outcome, start
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.widgets import hint


class SetMarkDialog(QDialog):
    """The mark the teacher sets instead of the rules', and why."""

    def __init__(self, who: str, what: str, calculated: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setMarkDialog")
        self.setWindowTitle(QCoreApplication.translate("TermMarkDialogs", "Set the mark"))
        self.mark = QLineEdit(self)
        self.mark.setObjectName("markEdit")
        self.mark.setMaxLength(MARK_MAX)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(QCoreApplication.translate("TermMarkDialogs", "Reason"))
        self.reason.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "TermMarkDialogs",
                    "{who}, {what}: the school's rules give {calculated}. The mark you set is "
                    "the one the report card and the SIS get; it shows that you set it, when "
                    "and why.",
                ).format(who=who, what=what, calculated=calculated or "—"),
                self,
            )
        )
        form.addRow(QCoreApplication.translate("TermMarkDialogs", "&Mark:"), self.mark)
        form.addRow(QCoreApplication.translate("TermMarkDialogs", "&Reason:"), self.reason)
        form.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.mark.textChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self, *_: object) -> None:
        ok = bool(self.mark.text().strip() and self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ModifiedTargetsDialog(QDialog):
    """The class's targets for one student: which are modified for the individual plan
    (IEP), each with a short note."""

    def __init__(
        self,
        store: Store,
        operations: Operations,
        class_id: str,
        marks: ClassMarks,
        student: StudentMarks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.operations, self.class_id = store, operations, class_id
        self.student = student
        self.setObjectName("modifiedTargetsDialog")
        self.setWindowTitle(
            QCoreApplication.translate("TermMarkDialogs", "Targets modified for {name}").format(
                name=student.name
            )
        )
        self.resize(720, 420)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("modifiedTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TermMarkDialogs", "Target (checked: modified)"),
                QCoreApplication.translate("TermMarkDialogs", "Note (what is modified)"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        with store.read() as session:
            targets = targets_info(session, marks.target_ids)
        self.target_ids: list[str] = []
        for target in targets:
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(f"{target.code} {target.statement}"[:120])
            item.setToolTip(f"{target.code} {target.statement}"[:1000])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            on = target.id in student.modified
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(student.modified.get(target.id, "")))
            self.target_ids.append(target.id)
        self.table.setColumnWidth(0, 420)  # the note stays in sight beside a long statement
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "TermMarkDialogs",
                    "A modified target is flagged in the gradebook, the learner's record and "
                    'the term marks, and printed "Modified" on the report card.',
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def wanted(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for row, tid in enumerate(self.target_ids):
            checked = self.table.item(row, 0).checkState() == Qt.CheckState.Checked
            note_item = self.table.item(row, 1)
            note = note_item.text() if note_item is not None else ""
            out[tid] = note if checked else None
        return out

    def save(self) -> None:
        before: dict[str, str | None] = {
            tid: self.student.modified.get(tid) for tid in self.target_ids
        }
        after = self.wanted()
        changed = {tid: v for tid, v in after.items() if v != before[tid]}
        if not changed:
            self.accept()
            return
        sid, cid = self.student.student_id, self.class_id
        also = Changes(classes=frozenset({cid}))
        done = self.operations.perform(
            QCoreApplication.translate("TermMarkDialogs", "Modified targets of {name}").format(
                name=self.student.name
            ),
            lambda: term_records.set_modified_targets(self.store, sid, changed) | also,
            lambda: (
                term_records.set_modified_targets(
                    self.store, sid, {tid: before[tid] for tid in changed}
                )
                | also
            ),
        )
        if done:
            self.accept()


def ask_to_close(parent: QWidget, class_name: str, period: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("TermMarkDialogs", "Close the term"),
        QCoreApplication.translate(
            "TermMarkDialogs",
            "Close {period} of {name}? Every mark is stored as it is now, with how it was "
            "reached; evidence recorded later does not change them. You can still set a "
            "student's mark with a reason.",
        ).format(period=period, name=class_name),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_to_reopen(parent: QWidget, class_name: str, period: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("TermMarkDialogs", "Reopen the term"),
        QCoreApplication.translate(
            "TermMarkDialogs",
            "Reopen {period} of {name}? Its marks will follow the evidence again, and may "
            "change from the ones families and the school already have.",
        ).format(period=period, name=class_name),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.addButton(
        QCoreApplication.translate("TermMarkDialogs", "Reopen"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def print_report_cards(
    parent: QWidget,
    store: Store,
    operations: Operations,
    class_id: str,
    class_name: str,
    said: Callable[[str], None],
) -> Job:
    """Ask where, and print every student's report card in the family's language; when it
    is done, ``said(sentence)`` (empty when the teacher cancelled or it failed; a failure
    is reported through ``operations``)."""
    from cbe_desktop.reports.report_card import build_report_cards, gather_report_cards

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TermMarkDialogs", "Print report cards"),
        f"{class_name} report cards.pdf",
        QCoreApplication.translate("TermMarkDialogs", "PDF (*.pdf)"),
    )
    if not name:
        said("")
        return Job.settled("")

    def work(progress, cancelled) -> int:  # type: ignore[no-untyped-def]  # worker thread
        with store.read() as session:
            cards = gather_report_cards(session, class_id)
        return build_report_cards(cards, Path(name), progress=progress, cancelled=cancelled)

    def printed(outcome: Outcome) -> str:
        words = _report_cards_words(outcome, operations, name)
        said(words)
        return words

    return start(
        parent,
        QCoreApplication.translate("TermMarkDialogs", "Print report cards"),
        QCoreApplication.translate("TermMarkDialogs", "Writing the report cards…"),
        work,
        printed,
    )


def _report_cards_words(outcome: Outcome, operations: Operations, name: str) -> str:
    if outcome.cancelled:
        return QCoreApplication.translate(
            "TermMarkDialogs", "Stopped before it was finished: no file was written."
        )
    if not outcome.ok:
        if isinstance(outcome.error, OSError):
            operations.report(
                QCoreApplication.translate(
                    "TermMarkDialogs",
                    "The report cards could not be written to {name}; choose another folder.",
                ).format(name=name)
            )
        else:
            operations.report(outcome.message)
        return ""
    count = outcome.result
    return QCoreApplication.translate(
        "TermMarkDialogs", "Printed {count} report cards to {name}, each in the family's language."
    ).format(count=count, name=name)
