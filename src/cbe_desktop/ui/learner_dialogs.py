"""The learner across classes and years, a new term, and term marks: three dialogs the
window's Learners menu opens.

- :class:`LearnerRecordDialog`: one student across every class and year; each target
  with its status in words, when and where it was reached, the evidence behind it and
  the "not yet" still open; printed to PDF; two records joined as one learner (asked
  first, undoable) or parted again.
- :class:`NewTermDialog`: "Start a new term…" from the class shown.
- :class:`TermMarksDialog`: every student's mark by the school's rules, explained; the
  rules and the earlier-evidence setting edited; the marks exported for the SIS.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from cbe_desktop.core.models import SchoolClass, Student
from cbe_desktop.core.roster import all_students, class_students
from cbe_desktop.core.scales import format_number
from cbe_desktop.core.settings import get_setting, save_settings
from cbe_desktop.core.status import Status
from cbe_desktop.core.store import Store
from cbe_desktop.ui.i18n import say, say_error
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.widgets import hint, list_table

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
                choose = learner.learner_of(session, choose).id
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

    def _merge_candidates(self, session) -> list[Student]:  # type: ignore[no-untyped-def]
        """Other student records that may be the same learner: never two records the
        school's information system says are two people."""
        me = session.get(Student, self.student_id())
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
            me = session.get(Student, sid)
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
            merged = [s for s in (session.get(Student, i) for i in ids) if s is not None]
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
            old = session.get(SchoolClass, class_id)
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
        left.addWidget(self.table, 1)
        left.addWidget(self.explanation)
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
        for r, student in enumerate(marks.students):
            cells = [
                (student.name, ""),
                (student.course.mark or "—", say(student.course.explanation)),
            ]
            cells += [(c.mark.mark or "—", say(c.mark.explanation)) for c in student.competencies]
            for c, (text, why) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(why)
                item.setData(Qt.ItemDataRole.UserRole, why)
                self.table.setItem(r, c, item)
        if marks.students:
            self.table.setCurrentCell(0, 1)

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
