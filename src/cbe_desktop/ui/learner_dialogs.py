"""The learner across classes and years, a new term, and term marks: three dialogs the
window's Learners menu opens.

- :class:`LearnerRecordDialog`: one student across every class and year; each target
  with its status in words, when and where it was reached, the evidence behind it and
  the "not yet" still open; printed to PDF; two records joined as one learner (asked
  first, undoable) or parted again.
- :class:`NewTermDialog`: "Start a new term…" from the class shown.
- :class:`TermMarksDialog`: every student's mark by the school's rules, explained; the
  rules and the earlier-evidence setting edited; a mark set with a reason (undoable), the
  targets modified for a student's plan, the term closed or reopened (asked first), the
  report cards printed and the marks exported for the SIS (``ui.term_mark_dialogs``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import learner, term_marks
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.roster import (
    StudentInfo,
    all_students,
    class_info,
    class_students,
    student_info,
    students_info,
)
from cbe_desktop.core.scales import format_number
from cbe_desktop.core.settings import get_setting, save_settings
from cbe_desktop.core.status import Status
from cbe_desktop.core.store import Store
from cbe_desktop.ui.i18n import say, say_error
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.widgets import hint, list_table

if TYPE_CHECKING:
    from cbe_desktop.ui.background import Job

StudentRole = Qt.ItemDataRole.UserRole + 1


def status_words(status: str) -> str:
    return {
        Status.PROFICIENT: QCoreApplication.translate("Learner", "Proficient"),
        Status.IN_PROGRESS: QCoreApplication.translate("Learner", "In progress"),
        Status.NOT_YET: QCoreApplication.translate("Learner", "Not yet"),
        Status.NO_EVIDENCE: QCoreApplication.translate("Learner", "No evidence yet"),
    }.get(status, status)


class LearnerRecordDialog(QDialog):
    """The learner's record: one student across every class and year."""

    def __init__(
        self,
        store: Store,
        operations: Operations,
        student_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.operations = store, operations
        self.setWindowTitle(QCoreApplication.translate("Learner", "Learner's record"))
        self.setObjectName("learnerRecordDialog")
        self.resize(1000, 620)
        self.record: learner.LearnerRecord | None = None
        self.student = QComboBox(self)
        self.student.setAccessibleName(QCoreApplication.translate("Learner", "Student"))
        self.student.currentIndexChanged.connect(self.show_record)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("learnerSummary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("learnerTree")
        self.tree.setAccessibleName(
            QCoreApplication.translate("Learner", "Targets across classes and years")
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Learner", "Target"),
                QCoreApplication.translate("Learner", "Where the student is"),
                QCoreApplication.translate("Learner", "Reached"),
            ]
        )
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 260)
        self.explanation = hint("", self)
        self.tree.currentItemChanged.connect(self._explain)
        self.print_button = QPushButton(QCoreApplication.translate("Learner", "Print…"), self)
        self.print_button.clicked.connect(self.print_record)
        self.merge_button = QPushButton(
            QCoreApplication.translate("Learner", "Same learner as…"), self
        )
        self.merge_button.setToolTip(
            QCoreApplication.translate(
                "Learner", "Join another student record to this one: the same person typed in twice"
            )
        )
        self.merge_button.clicked.connect(self.merge)
        self.unmerge_button = QPushButton(
            QCoreApplication.translate("Learner", "Undo a merge…"), self
        )
        self.unmerge_button.clicked.connect(self.unmerge)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Learner", "&Student:"), self.student)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.merge_button, self.unmerge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        self.load_students(student_id)

    def load_students(self, choose: str | None = None) -> None:
        with self.store.read() as session:
            students = [s for s in all_students(session) if not s.merged_into]
            if choose:
                choose = learner.learner_id(session, choose)
        self.student.blockSignals(True)
        self.student.clear()
        for s in students:
            label = s.display_name + (f" ({s.student_number})" if s.student_number else "")
            self.student.addItem(label, s.id)
        index = self.student.findData(choose) if choose else 0
        self.student.setCurrentIndex(max(index, 0))
        self.student.blockSignals(False)
        self.show_record()

    def student_id(self) -> str | None:
        return self.student.currentData()

    def show_record(self, *_: object) -> None:
        self.tree.clear()
        sid = self.student_id()
        self.record = None
        if sid is None:
            self.summary.setText(QCoreApplication.translate("Learner", "No students yet."))
            for b in (self.print_button, self.merge_button, self.unmerge_button):
                b.setEnabled(False)
            return
        with self.store.read() as session:
            self.record = record = learner.learner_record(session, sid)
            others = self._merge_candidates(session)
        classes = ", ".join(
            c.label
            + (" " + QCoreApplication.translate("Learner", "(archived)") if c.archived else "")
            for c in record.classes
        )
        lines = [
            QCoreApplication.translate("Learner", "Classes and years: {classes}").format(
                classes=classes or "—"
            ),
            QCoreApplication.translate(
                "Learner", "Evidence from earlier classes and years: {rule}."
            ).format(rule=say(record.rule_words)),
        ]
        if record.merged_names:
            lines.append(
                QCoreApplication.translate("Learner", "Also recorded as: {names}").format(
                    names=", ".join(record.merged_names)
                )
            )
        self.summary.setText("\n".join(lines))
        for comp in record.competencies:
            title = " ".join(x for x in (comp.code, comp.title) if x) or QCoreApplication.translate(
                "Learner", "Other targets"
            )
            top = QTreeWidgetItem(
                [
                    title,
                    QCoreApplication.translate("Learner", "{reached} of {count} reached").format(
                        reached=comp.reached, count=len(comp.targets)
                    ),
                    "",
                ]
            )
            self.tree.addTopLevelItem(top)
            for target in comp.targets:
                where = status_words(target.status)
                if target.estimate is not None:
                    where += f" · {format_number(target.estimate)} {target.level_label}"
                if target.modified is not None:
                    where += " · " + QCoreApplication.translate(
                        "Learner", "modified (individual plan)"
                    )
                    if target.modified:
                        where += f": {target.modified}"
                reached = f"{target.reached_on}, {target.reached_in}" if target.reached_on else ""
                item = QTreeWidgetItem(
                    [f"{target.code} {target.statement}".strip(), where, reached]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, say(target.explanation))
                item.setToolTip(1, say(target.explanation))
                top.addChild(item)
                for piece in target.pieces:
                    value = (
                        format_number(piece.level)
                        if piece.status == "scored" and piece.level is not None
                        else piece.status
                    )
                    words = " · ".join(
                        x for x in (piece.produced_on, piece.class_label, piece.task_title) if x
                    )
                    child = QTreeWidgetItem([words, value, piece.feedback[:200]])
                    item.addChild(child)
                for step in target.open_not_yet:
                    item.addChild(
                        QTreeWidgetItem(
                            [
                                QCoreApplication.translate(
                                    "Learner", "Not yet — next step: {step}"
                                ).format(step=step)
                            ]
                        )
                    )
            top.setExpanded(True)
        self.print_button.setEnabled(True)
        self.merge_button.setEnabled(bool(others))
        self.unmerge_button.setEnabled(bool(record.merged_names))

    def _explain(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        words = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.explanation.setText(words or "")

    def _merge_candidates(self, session) -> list[StudentInfo]:  # type: ignore[no-untyped-def]
        """Other student records that may be the same learner: never two records the
        school's information system says are two people."""
        me = student_info(session, self.student_id())
        if me is None:
            return []
        return [
            s
            for s in all_students(session)
            if s.id != me.id
            and not s.merged_into
            and not (s.source_id and me.source_id and s.source_id != me.source_id)
        ]

    def merge(self) -> None:
        sid = self.student_id()
        if sid is None:
            return
        with self.store.read() as session:
            others = self._merge_candidates(session)
            me = student_info(session, sid)
        if not others or me is None:
            return
        labels = [
            s.display_name + (f" ({s.student_number})" if s.student_number else "") for s in others
        ]
        choice, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("Learner", "Same learner"),
            QCoreApplication.translate("Learner", "Which student record is also {name}?").format(
                name=me.display_name
            ),
            labels,
            0,
            False,
        )
        if not ok or choice not in labels:
            return
        other = others[labels.index(choice)]
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Learner", "Same learner"),
            QCoreApplication.translate(
                "Learner",
                "{other} and {name} will be one learner: the evidence, classes and years of "
                "both count as {name}'s. Nothing is deleted, and Undo a merge parts them again.",
            ).format(other=other.display_name, name=me.display_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.operations.call(lambda: learner.merge_students(self.store, sid, other.id)):
            self.load_students(sid)

    def unmerge(self) -> None:
        sid = self.student_id()
        if sid is None:
            return
        with self.store.read() as session:
            ids = learner.learner_ids(session, sid)[1:]
            merged = students_info(session, ids)
        if not merged:
            return
        labels = [s.display_name for s in merged]
        choice, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("Learner", "Undo a merge"),
            QCoreApplication.translate("Learner", "Which record is a learner of their own?"),
            labels,
            0,
            False,
        )
        if not ok or choice not in labels:
            return
        other = merged[labels.index(choice)]
        if self.operations.call(lambda: learner.unmerge_students(self.store, other.id)):
            self.load_students(sid)

    def print_record(self) -> None:
        if self.record is None:
            return
        from cbe_desktop.reports.learner_record import build_learner_record

        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Learner", "Print the learner's record"),
            f"{self.record.name}.pdf",
            QCoreApplication.translate("Learner", "PDF files (*.pdf)"),
        )
        if not name:
            return
        with self.store.read() as session:
            school = get_setting(session, "school")
            language = get_setting(session, "language")
        try:
            build_learner_record(
                self.record, Path(name), lang="es" if language == "es" else "en", school=school
            )
        except (CbeError, OSError) as exc:
            self.operations.report(
                say_error(exc)
                if isinstance(exc, CbeError)
                else QCoreApplication.translate(
                    "Learner", "The record could not be written to {name}; choose another folder."
                ).format(name=name)
            )
            return
        self.explanation.setText(
            QCoreApplication.translate("Learner", "Printed to {name}.").format(name=name)
        )


class NewTermDialog(QDialog):
    """Start a new term from a class: its targets, tasks and scale go forward with the
    students the teacher keeps; the old class is archived, whole and read-only."""

    def __init__(
        self, store: Store, operations: Operations, class_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.operations, self.class_id = store, operations, class_id
        self.new_class_id: str | None = None
        self.setWindowTitle(QCoreApplication.translate("Learner", "Start a new term"))
        self.setObjectName("newTermDialog")
        with store.read() as session:
            old = class_info(session, class_id)
            students = class_students(session, class_id, include_archived=False)
        assert old is not None
        self.old_name, self.old_term = old.name, old.term
        self.name = QLineEdit(old.name, self)
        self.term = QLineEdit(self)
        self.term.setPlaceholderText(
            QCoreApplication.translate("Learner", "for example Spring 2027")
        )
        self.students = QListWidget(self)
        self.students.setAccessibleName(
            QCoreApplication.translate("Learner", "Students who move on")
        )
        for s in students:
            item = QListWidgetItem(s.display_name)
            item.setData(StudentRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.students.addItem(item)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Learner", "New class &name:"), self.name)
        form.addRow(QCoreApplication.translate("Learner", "New &term:"), self.term)
        self.buttons = QDialogButtonBox(self)
        self.start = self.buttons.addButton(
            QCoreApplication.translate("Learner", "Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_term)
        self.buttons.rejected.connect(self.reject)
        self.term.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "Learner",
                    "{name} ({term}) goes on with its targets, tasks and scale. It is then "
                    "archived: kept whole, read-only. Untick the students who do not move on.",
                ).format(name=old.name, term=old.term or "—"),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(
            QLabel(QCoreApplication.translate("Learner", "Students who move on:"), self)
        )
        layout.addWidget(self.students, 1)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self, *_: object) -> None:
        name, term = self.name.text().strip(), self.term.text().strip()
        same = (name.casefold(), term.casefold()) == (
            self.old_name.casefold(),
            self.old_term.casefold(),
        )
        self.start.setEnabled(bool(name and term) and not same)
        self.start.setToolTip(
            QCoreApplication.translate(
                "Learner", "The new class needs the new term, different from the old class's."
            )
            if same
            else ""
        )

    def chosen_students(self) -> list[str]:
        return [
            self.students.item(i).data(StudentRole)
            for i in range(self.students.count())
            if self.students.item(i).checkState() == Qt.CheckState.Checked
        ]

    def start_term(self) -> None:
        from cbe_desktop.core.new_term import start_new_term

        made: list = []

        def run():  # type: ignore[no-untyped-def]
            result = start_new_term(
                self.store,
                self.class_id,
                name=self.name.text(),
                term=self.term.text(),
                student_ids=self.chosen_students(),
            )
            made.append(result)
            return result

        if self.operations.call(run):
            self.new_class_id = made[0].class_id
            self.accept()


class TermMarksDialog(QDialog):
    """Every student's term mark for a class by the school's rules, explained."""

    def __init__(
        self, store: Store, operations: Operations, class_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.operations, self.class_id = store, operations, class_id
        self.setWindowTitle(QCoreApplication.translate("Learner", "Term marks"))
        self.setObjectName("termMarksDialog")
        self.resize(1100, 640)
        self.marks: term_marks.ClassMarks | None = None
        self.table = list_table(
            self,
            [
                QCoreApplication.translate("Learner", "Student"),
                QCoreApplication.translate("Learner", "Term mark"),
            ],
            QCoreApplication.translate("Learner", "Term marks"),
        )
        self.table.setObjectName("termMarksTable")
        self.table.currentCellChanged.connect(self._explain)
        self.explanation = hint("", self)
        self.explanation.setObjectName("markExplanation")
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules = QPlainTextEdit(self)
        self.rules.setObjectName("rulesEditor")
        self.rules.setAccessibleName(QCoreApplication.translate("Learner", "The school's rules"))
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(QCoreApplication.translate("Learner", "Preset"))
        for key, words in (
            (
                "logic",
                QCoreApplication.translate(
                    "Learner", "No low levels, a share of high ones (logic rule)"
                ),
            ),
            (
                "mean_cuts",
                QCoreApplication.translate("Learner", "Mean of the levels with cut scores"),
            ),
            (
                "percent_proficient",
                QCoreApplication.translate("Learner", "Percent of targets proficient"),
            ),
            ("levels", QCoreApplication.translate("Learner", "Back to a level of the scale")),
        ):
            self.preset.addItem(words, key)
        use_preset = QPushButton(QCoreApplication.translate("Learner", "Use preset"), self)
        use_preset.clicked.connect(
            lambda: self.rules.setPlainText(term_marks.PRESETS[self.preset.currentData()])
        )
        self.save_rules_button = QPushButton(
            QCoreApplication.translate("Learner", "Save rules"), self
        )
        self.save_rules_button.setObjectName("saveRules")
        self.save_rules_button.clicked.connect(self.save_rules)
        self.earlier = QComboBox(self)
        self.earlier.setAccessibleName(
            QCoreApplication.translate("Learner", "Evidence from earlier classes and years")
        )
        for key in learner.EARLIER_EVIDENCE:
            self.earlier.addItem(say(learner.EARLIER_EVIDENCE_WORDS[key]()), key)
        self.export_button = QPushButton(
            QCoreApplication.translate("Learner", "Export for the SIS…"), self
        )
        self.export_button.setObjectName("exportForSis")
        self.export_button.clicked.connect(self.export)
        self.notes = hint("", self)
        self.notes.setObjectName("termNotes")
        self.state = QLabel(self)
        self.state.setObjectName("termState")
        self.set_mark_button = QPushButton(QCoreApplication.translate("Learner", "Set mark…"), self)
        self.set_mark_button.setObjectName("setMark")
        self.set_mark_button.clicked.connect(self.set_mark)
        self.rules_mark_button = QPushButton(
            QCoreApplication.translate("Learner", "Use the rules' mark"), self
        )
        self.rules_mark_button.setObjectName("useRulesMark")
        self.rules_mark_button.clicked.connect(self.use_rules_mark)
        self.modified_button = QPushButton(
            QCoreApplication.translate("Learner", "Modified targets (IEP)…"), self
        )
        self.modified_button.setObjectName("modifiedTargets")
        self.modified_button.clicked.connect(self.edit_modified)
        self.close_term_button = QPushButton(self)
        self.close_term_button.setObjectName("closeTerm")
        self.close_term_button.clicked.connect(self.close_or_reopen)
        self.report_cards_button = QPushButton(
            QCoreApplication.translate("Learner", "Report cards…"), self
        )
        self.report_cards_button.setObjectName("reportCards")
        self.report_cards_button.clicked.connect(self.report_cards)
        # The dialog is modal: its own Undo (and Ctrl+Z) steps back the window's undo stack.
        stack = operations.undo_stack
        self.undo_button = QPushButton(QCoreApplication.translate("Learner", "Undo"), self)
        self.undo_button.setObjectName("undoMark")
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_button.setEnabled(stack.canUndo())
        self.undo_button.clicked.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Learner", "The school's rules (one line per mark, highest first):"
                ),
                self,
            )
        )
        side.addWidget(self.rules, 1)
        presets = QHBoxLayout()
        presets.addWidget(self.preset, 1)
        presets.addWidget(use_preset)
        side.addLayout(presets)
        side.addWidget(self.save_rules_button)
        side.addWidget(
            QLabel(
                QCoreApplication.translate("Learner", "Evidence from earlier classes and years:"),
                self,
            )
        )
        side.addWidget(self.earlier)
        main = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.state)
        left.addWidget(self.table, 1)
        left.addWidget(self.explanation)
        actions = QHBoxLayout()
        for button in (
            self.set_mark_button,
            self.rules_mark_button,
            self.modified_button,
            self.close_term_button,
            self.report_cards_button,
            self.undo_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        left.addLayout(actions)
        main.addLayout(left, 3)
        main.addLayout(side, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.notes, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(main, 1)
        layout.addLayout(bottom)
        with store.read() as session:
            self.rules.setPlainText(term_marks.school_rules_text(session))
            rule = learner.earlier_evidence_rule(session)
        self.earlier.setCurrentIndex(max(self.earlier.findData(rule), 0))
        self.earlier.currentIndexChanged.connect(self.save_earlier)
        operations.changed.connect(self._store_changed)  # an undo from the Edit menu, too
        self.refresh()

    def _store_changed(self, _changes: object) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        try:
            with self.store.read() as session:
                self.marks = marks = term_marks.class_marks(session, self.class_id)
        except CbeError as exc:
            self.marks = None
            self.table.setRowCount(0)
            self.explanation.setText(say_error(exc))
            return
        competencies = marks.students[0].competencies if marks.students else ()
        headers = [
            QCoreApplication.translate("Learner", "Student"),
            QCoreApplication.translate("Learner", "Term mark"),
        ] + [" ".join(x for x in (c.code, c.title) if x)[:40] for c in competencies]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(marks.students))
        keep = (self.table.currentRow(), self.table.currentColumn())
        for r, student in enumerate(marks.students):
            name = student.name
            if student.modified:
                name = QCoreApplication.translate("Learner", "{name} (individual plan)").format(
                    name=name
                )
            cells = [(name, ""), self._mark_cell(student.course)]
            cells += [self._mark_cell(c.mark) for c in student.competencies]
            for c, (text, why) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(why)
                item.setData(Qt.ItemDataRole.UserRole, why)
                self.table.setItem(r, c, item)
        if marks.closed_on:
            self.state.setText(
                QCoreApplication.translate(
                    "Learner",
                    "{period}: closed on {date}{by}; these marks stay as they are when later "
                    "evidence comes.",
                ).format(
                    period=marks.period or marks.class_name,
                    date=marks.closed_on,
                    by=(f" ({marks.closed_by})" if marks.closed_by else ""),
                )
            )
            self.close_term_button.setText(
                QCoreApplication.translate("Learner", "Reopen the term…")
            )
        else:
            self.state.setText(
                QCoreApplication.translate(
                    "Learner", "{period}: open; the marks follow the evidence until you close it."
                ).format(period=marks.period or marks.class_name)
            )
            self.close_term_button.setText(QCoreApplication.translate("Learner", "Close the term…"))
        if marks.students:
            row, column = keep
            if 0 <= row < len(marks.students) and column >= 1:
                self.table.setCurrentCell(row, min(column, self.table.columnCount() - 1))
            else:
                self.table.setCurrentCell(0, 1)
            self._explain(self.table.currentRow(), self.table.currentColumn())

    @staticmethod
    def _mark_cell(mark: term_marks.TermMark) -> tuple[str, str]:
        from cbe_desktop.ui.gradebook_model import OVERRIDE_MARK

        text = mark.mark or "—"
        if mark.overridden:
            text = f"{text} {OVERRIDE_MARK}"
        return text, say(mark.explanation)

    # ----- what the teacher decides ------------------------------------------
    def _chosen(self) -> tuple[term_marks.StudentMarks, str, str, term_marks.TermMark] | None:
        """The student and mark of the current cell: (student, subject, what, mark)."""
        if self.marks is None or not self.marks.students:
            return None
        row, column = self.table.currentRow(), self.table.currentColumn()
        if not 0 <= row < len(self.marks.students):
            return None
        student = self.marks.students[row]
        if column >= 2 and column - 2 < len(student.competencies):
            comp = student.competencies[column - 2]
            what = " ".join(x for x in (comp.code, comp.title) if x)
            return student, comp.subject, what, comp.mark
        what = QCoreApplication.translate("Learner", "term mark")
        return student, "course", what, student.course

    def set_mark(self) -> None:
        from cbe_desktop.core import term_records
        from cbe_desktop.ui.term_mark_dialogs import SetMarkDialog

        chosen = self._chosen()
        if chosen is None or self.marks is None:
            return
        student, subject, what, mark = chosen
        calculated = mark.calculated if mark.overridden else mark.mark
        dialog = SetMarkDialog(student.name, what, calculated, self)
        if mark.overridden:
            dialog.mark.setText(mark.mark)
            dialog.reason.setPlainText(mark.reason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new_mark, reason = dialog.mark.text(), dialog.reason.toPlainText()
        cid, sid = self.class_id, student.student_id
        with self.store.read() as session:
            before = term_records.current_override(session, cid, sid, subject, self.marks.period)
        self.operations.perform(
            QCoreApplication.translate("Learner", "Set {name}'s mark").format(name=student.name),
            lambda: term_records.override_term_mark(
                self.store, cid, sid, subject, new_mark, reason
            ),
            lambda: term_records.restore_override(self.store, cid, sid, subject, before),
        )
        self.refresh()

    def use_rules_mark(self) -> None:
        from cbe_desktop.core import term_records

        chosen = self._chosen()
        if chosen is None or self.marks is None or not chosen[3].overridden:
            return
        student, subject, _, _ = chosen
        cid, sid = self.class_id, student.student_id
        with self.store.read() as session:
            before = term_records.current_override(session, cid, sid, subject, self.marks.period)
        self.operations.perform(
            QCoreApplication.translate("Learner", "Use the rules' mark for {name}").format(
                name=student.name
            ),
            lambda: term_records.remove_term_mark_override(self.store, cid, sid, subject),
            lambda: term_records.restore_override(self.store, cid, sid, subject, before),
        )
        self.refresh()

    def edit_modified(self) -> None:
        from cbe_desktop.ui.term_mark_dialogs import ModifiedTargetsDialog

        chosen = self._chosen()
        if chosen is None or self.marks is None:
            return
        dialog = ModifiedTargetsDialog(
            self.store, self.operations, self.class_id, self.marks, chosen[0], self
        )
        dialog.exec()
        self.refresh()

    def close_or_reopen(self) -> Job:
        """Close the term (on the worker: about a second for a class of 32), or reopen it;
        the table is refreshed when it is done."""
        from cbe_desktop.core import term_records
        from cbe_desktop.ui.background import Job, Outcome, start
        from cbe_desktop.ui.term_mark_dialogs import ask_to_close, ask_to_reopen

        if self.marks is None:
            return Job.settled(None)
        name, period = self.marks.class_name, self.marks.period or self.marks.class_name
        if self.marks.closed_on or not ask_to_close(self, name, period):
            if self.marks.closed_on and ask_to_reopen(self, name, period):
                self.operations.call(lambda: term_records.reopen_term(self.store, self.class_id))
            self.refresh()
            return Job.settled(None)
        store, class_id = self.store, self.class_id

        def closed(outcome: Outcome) -> None:
            if outcome.ok:
                self.operations.changed.emit(outcome.result.changes)
            else:
                self.operations.report(outcome.message)
            self.refresh()

        return start(
            self,
            QCoreApplication.translate("Learner", "Close the term"),
            QCoreApplication.translate("Learner", "Storing every mark of the term…"),
            lambda _progress, _cancelled: term_records.close_term(store, class_id),
            closed,
            cancellable=False,
        )

    def report_cards(self) -> Job | None:
        from cbe_desktop.ui.term_mark_dialogs import print_report_cards

        if self.marks is None:
            return None

        def said(words: str) -> None:
            if words:
                self.notes.setText(words)

        return print_report_cards(
            self, self.store, self.operations, self.class_id, self.marks.class_name, said
        )

    def _explain(self, row: int, column: int, *_: int) -> None:
        item = self.table.item(row, column) if row >= 0 and column >= 0 else None
        why = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        if item is not None and column == 0 and self.marks is not None:
            why = say(self.marks.students[row].course.explanation)
        self.explanation.setText(why or "")

    def save_rules(self) -> None:
        text = self.rules.toPlainText()
        if self.operations.call(lambda: term_marks.save_rules(self.store, text)):
            self.notes.setText(
                QCoreApplication.translate(
                    "Learner", "The school's rules are saved; every mark follows them."
                )
            )
            self.refresh()

    def save_earlier(self, *_: object) -> None:
        value = self.earlier.currentData()
        if self.operations.call(lambda: save_settings(self.store, {"earlier_evidence": value})):
            self.refresh()

    def export(self) -> None:
        from cbe_desktop.core.safe_files import write_bytes_whole
        from cbe_desktop.interop.oneroster_gradebook import oneroster_gradebook, sis_marks_csv

        zip_filter = QCoreApplication.translate("Learner", "OneRoster 1.2 Gradebook (*.zip)")
        csv_filter = QCoreApplication.translate("Learner", "Plain CSV of marks (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Learner", "Export term marks for the SIS"),
            "gradebook.zip",
            f"{zip_filter};;{csv_filter}",
        )
        if not name:
            return
        plain = chosen == csv_filter or name.lower().endswith(".csv")
        try:
            with self.store.read() as session:
                made = (sis_marks_csv if plain else oneroster_gradebook)(session, self.class_id)
            write_bytes_whole(Path(name), made.data)
        except CbeError as exc:
            self.operations.report(say_error(exc))
            return
        except OSError:
            self.operations.report(
                QCoreApplication.translate(
                    "Learner", "The marks could not be written to {name}; choose another folder."
                ).format(name=name)
            )
            return
        words = [
            QCoreApplication.translate(
                "Learner", "Exported {results} marks of {students} students to {name}."
            ).format(results=made.results, students=made.students, name=name)
        ]
        words += [say(n) for n in made.notes]
        self.notes.setText(" ".join(words))
