"""The School page: school-wide views for the principal, the counselor and the coaches.

Shown when the window is open on a school hub, or on a store that holds several classes.
Four tabs, each read when its button is pressed (a school of many classes takes a few
seconds; a progress dialog shows it and Cancel stops it): every class's progress, one
student across classes and teachers, needs-attention across the school, and equity by
student group, where a group of fewer than 11 students never shows a figure. What each
login sees is what the hub lets it read: a teacher their own classes, the office all.
The page only calls ``core.school``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import school
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.status import Status
from cbe_desktop.core.store import Store
from cbe_desktop.core.student_groups import KIND_WORDS, VALUE_WORDS
from cbe_desktop.ui.background import Job, Outcome, start
from cbe_desktop.ui.i18n import say, say_error
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page
from cbe_desktop.ui.widgets import hint

log = logging.getLogger(__name__)


def _share(value: float | None) -> str:
    return "—" if value is None else f"{round(100 * value)}%"


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c and value[:1].isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class SchoolPage(Page):
    status_message = Signal(str)

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self.setObjectName("schoolPage")

        filters = QHBoxLayout()
        self.term = QComboBox(self)
        self.term.setObjectName("schoolTerm")
        self.grade = QComboBox(self)
        self.grade.setObjectName("schoolGrade")
        for label_text, combo in (
            (QCoreApplication.translate("SchoolPage", "&Term:"), self.term),
            (QCoreApplication.translate("SchoolPage", "&Grade:"), self.grade),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.who = hint("", self)
        self.who.setObjectName("schoolWho")
        filters.addWidget(self.who)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("schoolTabs")

        # Every class's progress.
        self.progress_button, self.progress_table = self._view_tab(
            "schoolProgress",
            QCoreApplication.translate("SchoolPage", "Classes"),
            QCoreApplication.translate("SchoolPage", "Show every class's &progress"),
            self.show_progress,
            [
                QCoreApplication.translate("SchoolPage", "Class"),
                QCoreApplication.translate("SchoolPage", "Teachers"),
                QCoreApplication.translate("SchoolPage", "Students"),
                QCoreApplication.translate("SchoolPage", "Targets"),
                QCoreApplication.translate("SchoolPage", "Proficient"),
                QCoreApplication.translate("SchoolPage", "Evidence"),
                QCoreApplication.translate("SchoolPage", "Not yet open"),
            ],
            QCoreApplication.translate(
                "SchoolPage",
                "Proficient: the share of student × target estimates that reached proficient, "
                "as each class's gradebook computes them.",
            ),
        )
        self.progress_table.setAccessibleName(
            QCoreApplication.translate("SchoolPage", "Every class's progress")
        )

        # One student across classes and teachers.
        student = QWidget(self.tabs)
        row = QHBoxLayout()
        self.student_box = QLineEdit(student)
        self.student_box.setObjectName("schoolStudent")
        self.student_box.setPlaceholderText(
            QCoreApplication.translate("SchoolPage", "Name, student number or id")
        )
        self.student_box.returnPressed.connect(self.show_student)
        self.student_button = QPushButton(
            QCoreApplication.translate("SchoolPage", "&Find the student"), student
        )
        self.student_button.setObjectName("schoolStudentButton")
        self.student_button.clicked.connect(self.show_student)
        label = QLabel(QCoreApplication.translate("SchoolPage", "&Student:"), student)
        label.setBuddy(self.student_box)
        row.addWidget(label)
        row.addWidget(self.student_box, 1)
        row.addWidget(self.student_button)
        self.student_summary = QLabel("", student)
        self.student_summary.setObjectName("schoolStudentSummary")
        self.student_summary.setWordWrap(True)
        self.student_table = _table(
            student,
            "schoolStudentRecord",
            [
                QCoreApplication.translate("SchoolPage", "Target"),
                QCoreApplication.translate("SchoolPage", "Where the student is"),
                QCoreApplication.translate("SchoolPage", "Reached"),
                QCoreApplication.translate("SchoolPage", "Evidence"),
            ],
        )
        layout = QVBoxLayout(student)
        layout.addLayout(row)
        layout.addWidget(self.student_summary)
        layout.addWidget(self.student_table, 1)
        self.tabs.addTab(student, QCoreApplication.translate("SchoolPage", "One student"))

        # Needs attention across the school.
        self.attention_button, self.attention_table = self._view_tab(
            "schoolAttention",
            QCoreApplication.translate("SchoolPage", "Needs attention"),
            QCoreApplication.translate("SchoolPage", "Show who needs &attention"),
            self.show_attention,
            [
                QCoreApplication.translate("SchoolPage", "Student"),
                QCoreApplication.translate("SchoolPage", "Class"),
                QCoreApplication.translate("SchoolPage", "Why"),
            ],
            QCoreApplication.translate(
                "SchoolPage",
                "What each class's Insights page flags; students flagged in several classes "
                "come first.",
            ),
        )

        # Equity.
        self.equity_button, self.equity_table = self._view_tab(
            "schoolEquity",
            QCoreApplication.translate("SchoolPage", "Equity"),
            QCoreApplication.translate("SchoolPage", "Show &equity by student group"),
            self.show_equity,
            [
                QCoreApplication.translate("SchoolPage", "Group"),
                QCoreApplication.translate("SchoolPage", "Students"),
                QCoreApplication.translate("SchoolPage", "Proficient"),
                QCoreApplication.translate("SchoolPage", "Not yet open"),
            ],
            QCoreApplication.translate(
                "SchoolPage",
                "A group of fewer than 11 students shows no figure, and neither does the next "
                "smallest group when only one is hidden, so that no one can be identified.",
            ),
        )

        self.status = QLabel("", self)
        self.status.setObjectName("schoolStatus")
        self.status.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.addLayout(filters)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.status)
        self.reload_filters()

    def _view_tab(
        self,
        name: str,
        title: str,
        button_words: str,
        show: Callable[[], None],
        headers: list[str],
        note: str,
    ) -> tuple[QPushButton, QTableWidget]:
        """A tab of one view: its button (which reads the view), a note, and its table."""
        tab = QWidget(self.tabs)
        button = QPushButton(button_words, tab)
        button.setObjectName(f"{name}Button")
        button.clicked.connect(show)
        table = _table(tab, name, headers)
        self._tab(tab, button, note, table)
        self.tabs.addTab(tab, title)
        return button, table

    def _tab(self, page: QWidget, button: QPushButton, words: str, table: QTableWidget) -> None:
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(button)
        top.addWidget(hint(words, page), 1)
        layout.addLayout(top)
        layout.addWidget(table, 1)

    # ----- filters ---------------------------------------------------------------------
    def shows(self, changes: Changes) -> bool:
        # the terms and grades of the filters (the figures are read when asked for)
        return bool(changes.everything or changes.classes)

    def refresh(self) -> None:
        self.stale = False
        self.reload_filters()

    def reload_filters(self) -> None:
        try:
            with self.store.read() as session:
                classes = school.school_classes(session)
                teachers = school.class_teachers(session)
        except CbeError as exc:
            self._say(say_error(exc))
            return
        all_terms = QCoreApplication.translate("SchoolPage", "All terms")
        all_grades = QCoreApplication.translate("SchoolPage", "All grades")
        terms = sorted({c.term for c in classes if c.term})
        grades = sorted({c.grade for c in classes if c.grade}, key=_grade_order)
        for combo, values, everything in (
            (self.term, terms, all_terms),
            (self.grade, grades, all_grades),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.who.setText(
            QCoreApplication.translate(
                "SchoolPage", "{classes} current classes, {teachers} with their teachers"
            ).format(classes=len(classes), teachers=len(teachers))
            if teachers
            else QCoreApplication.translate("SchoolPage", "{classes} current classes").format(
                classes=len(classes)
            )
        )

    def _filters(self) -> dict[str, str | None]:
        return {"term": self.term.currentData(), "grade": self.grade.currentData()}

    def _say(self, words: str) -> None:
        self.status.setText(words)
        self.status_message.emit(words)

    def _run(
        self,
        label: str,
        work: Callable[[Any, Callable[[int, int], bool]], Any],
        shown: Callable[[Any], None],
        failed: Callable[[], None] | None = None,
    ) -> Job:
        """Run ``work(session, progress)`` off the window's thread, then ``shown(result)``
        on it; a failure is said on the page (and ``failed()`` clears what was shown).
        The job's answer: whether the view was shown."""

        def fn(progress, cancelled):  # type: ignore[no-untyped-def]
            def step(done: int, total: int) -> bool:
                progress(done, total, label)
                return not cancelled()

            with self.store.read() as session:
                return work(session, step)

        def done(outcome: Outcome) -> bool:
            if not outcome.ok:
                self._say(outcome.message)
                if failed is not None:
                    failed()
                return False
            shown(outcome.result)
            return True

        return start(self, QCoreApplication.translate("SchoolPage", "School"), label, fn, done)

    # ----- the four views --------------------------------------------------------------
    def show_progress(self) -> Job:
        filters = self._filters()

        def shown(rows):  # type: ignore[no-untyped-def]
            _fill(
                self.progress_table,
                [
                    [
                        f"{r.name} ({r.term})" if r.term else r.name,
                        ", ".join(r.teachers) or "—",
                        str(r.students),
                        str(r.targets),
                        _share(r.share_proficient),
                        str(r.evidence),
                        str(r.open_not_yet),
                    ]
                    for r in rows
                ],
            )
            self._say(
                QCoreApplication.translate("SchoolPage", "{count} classes shown.").format(
                    count=len(rows)
                )
            )

        return self._run(
            QCoreApplication.translate("SchoolPage", "Reading every class…"),
            lambda session, step: school.school_progress(session, progress=step, **filters),
            shown,
        )

    def show_student(self) -> Job:
        wanted = self.student_box.text().strip()
        if not wanted:
            self._say(
                QCoreApplication.translate(
                    "SchoolPage", "Type a student's name, student number or id, then press Find."
                )
            )
            return Job.settled(False)

        def shown(found):  # type: ignore[no-untyped-def]
            record = found.record
            classes = "; ".join(
                f"{c.label} — {', '.join(found.teachers.get(c.id, ())) or '—'}"
                for c in record.classes
            )
            self.student_summary.setText(
                QCoreApplication.translate("SchoolPage", "{name}: {classes}").format(
                    name=record.name, classes=classes or "—"
                )
            )
            rows = []
            for comp in record.competencies:
                for t in comp.targets:
                    status = {
                        Status.PROFICIENT: QCoreApplication.translate("SchoolPage", "Proficient"),
                        Status.IN_PROGRESS: QCoreApplication.translate("SchoolPage", "In progress"),
                        Status.NOT_YET: QCoreApplication.translate("SchoolPage", "Not yet"),
                        Status.NO_EVIDENCE: QCoreApplication.translate(
                            "SchoolPage", "No evidence yet"
                        ),
                    }.get(t.status, t.status)
                    reached = f"{t.reached_on}, {t.reached_in}" if t.reached_on else ""
                    rows.append([f"{t.code} {t.statement}", status, reached, str(len(t.pieces))])
            _fill(self.student_table, rows)
            self._say(
                QCoreApplication.translate("SchoolPage", "The record of {name}.").format(
                    name=record.name
                )
            )

        def failed() -> None:
            self.student_table.setRowCount(0)
            self.student_summary.setText("")

        return self._run(
            QCoreApplication.translate("SchoolPage", "Reading the student's record…"),
            lambda session, _step: school.student_across(session, wanted),
            shown,
            failed,
        )

    def show_attention(self) -> Job:
        filters = self._filters()

        def shown(items):  # type: ignore[no-untyped-def]
            order = {sid: i for i, (sid, *_rest) in enumerate(school.attention_by_student(items))}
            items = sorted(items, key=lambda a: (order[a.item.student_id], a.class_name))
            _fill(
                self.attention_table,
                [[a.item.student, a.class_name, say(a.item.reason)] for a in items],
            )
            self._say(
                QCoreApplication.translate(
                    "SchoolPage", "{count} things flagged for {students} students."
                ).format(count=len(items), students=len(order))
            )

        return self._run(
            QCoreApplication.translate("SchoolPage", "Reading every class…"),
            lambda session, step: school.school_attention(session, progress=step, **filters),
            shown,
        )

    def show_equity(self) -> Job:
        filters = self._filters()

        def shown(found):  # type: ignore[no-untyped-def]
            rows = []
            for kind, figures in found.kinds.items():
                for f in figures:
                    value = say(VALUE_WORDS[f.value]()) if f.value in VALUE_WORDS else f.value
                    group = f"{say(KIND_WORDS[kind]())}: {value}"
                    if f.suppressed == "small":
                        rows.append([group, say(school.fewer_than()), "—", "—"])
                    elif f.suppressed:
                        rows.append(
                            [
                                group,
                                QCoreApplication.translate(
                                    "SchoolPage", "not shown (protects a smaller group)"
                                ),
                                "—",
                                "—",
                            ]
                        )
                    else:
                        rows.append(
                            [
                                group,
                                str(f.students),
                                _share(f.share_proficient),
                                str(f.open_not_yet),
                            ]
                        )
            _fill(self.equity_table, rows)
            count = str(found.students) if found.students is not None else say(school.fewer_than())
            if not found.kinds:
                self._say(
                    QCoreApplication.translate(
                        "SchoolPage",
                        "No student groups are recorded for these {count} students; import the "
                        "roster with its demographics (OneRoster demographics.csv) or with IEP and "
                        "English learner columns.",
                    ).format(count=count)
                )
            else:
                self._say(
                    QCoreApplication.translate("SchoolPage", "{count} students, by group.").format(
                        count=count
                    )
                )

        return self._run(
            QCoreApplication.translate("SchoolPage", "Reading every class…"),
            lambda session, step: school.equity(session, progress=step, **filters),
            shown,
        )


def _grade_order(grade: str) -> tuple[int, str]:
    return (int(grade), "") if grade.isdigit() else (10**6, grade)
