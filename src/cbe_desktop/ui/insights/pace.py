"""The pace panel: the chart and its words for a chosen student."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cbe_desktop.core.scales import format_number
from cbe_desktop.ui.insights.pace_chart import PaceChart
from cbe_desktop.ui.widgets import hint


class Pace:
    """The pace panel of :class:`InsightsPage`."""

    def _build_pace(self) -> QWidget:
        page = QWidget(self)
        self.pace_student = QComboBox(page)
        self.pace_student.setAccessibleName(
            QCoreApplication.translate("InsightsPage", "Student shown on the pace chart")
        )
        self.pace_student.currentIndexChanged.connect(lambda _i: self._show_pace())
        student_label = QLabel(QCoreApplication.translate("InsightsPage", "&Student:"), page)
        student_label.setBuddy(self.pace_student)
        top = QHBoxLayout()
        top.addWidget(student_label)
        top.addWidget(self.pace_student, 1)
        top.addStretch(1)
        self.pace_chart = PaceChart(page)
        self.pace_chart.week_changed.connect(lambda _w: self._pace_words())
        self.pace_summary = QLabel(page)
        self.pace_summary.setObjectName("paceSummary")
        self.pace_summary.setWordWrap(True)
        self.pace_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.pace_chart, 1)
        layout.addWidget(self.pace_summary)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "InsightsPage",
                    "Targets proficient at the end of each week, from the evidence produced by "
                    "then. Click the chart, then use the Left and Right arrows to read each week.",
                ),
                page,
            )
        )
        return page

    def _show_pace(self) -> None:
        self.pace_chart.set_series(self._pace, self.pace_student.currentData())
        self._pace_words()

    def _pace_words(self) -> None:
        words = self.pace_chart.summary()
        series, student_id = self._pace, self.pace_student.currentData()
        student = series.student(student_id) if series else None
        if student is not None and series is not None and series.weeks:
            by_week = ", ".join(str(c) for c in student.counts)
            words += QCoreApplication.translate(
                "InsightsPage", "\n{name}, targets proficient week by week: {by_week}."
            ).format(name=student.name, by_week=by_week)
        if series is not None and series.weeks:
            median = ", ".join(format_number(m) for m in series.median)
            words += QCoreApplication.translate(
                "InsightsPage", "\nClass median week by week: {median}."
            ).format(median=median)
        self.pace_summary.setText(words)
