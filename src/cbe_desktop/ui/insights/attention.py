"""Who needs attention: the Insights page's first panel, its layout and the sentences read
from ``core.insights``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from cbe_desktop.core import insights
from cbe_desktop.ui.i18n import say
from cbe_desktop.ui.insights.tables import (
    KIND_WORDS,
    IdRole,
    KindRole,
    TargetRole,
    fitted_table,
    read_only_item,
)
from cbe_desktop.ui.widgets import hint


class NeedsAttention:
    """The needs-attention panel of :class:`InsightsPage`."""

    # ----- building -----
    def _build_attention(self) -> QWidget:
        page = QWidget(self)
        self.weeks = QSpinBox(page)
        self.weeks.setRange(1, 26)
        self.weeks.setValue(3)
        self.weeks.setSuffix(QCoreApplication.translate("InsightsPage", " weeks"))
        self.weeks.setAccessibleName(
            QCoreApplication.translate(
                "InsightsPage", "Weeks without evidence before a student is listed"
            )
        )
        self.weeks.valueChanged.connect(lambda _v: self._fill_attention())
        weeks_label = QLabel(
            QCoreApplication.translate("InsightsPage", "No evidence for &more than:"), page
        )
        weeks_label.setBuddy(self.weeks)
        self.kind_filter = QComboBox(page)
        self.kind_filter.setAccessibleName(QCoreApplication.translate("InsightsPage", "Show"))
        self.kind_filter.addItem(QCoreApplication.translate("InsightsPage", "Everything"), None)
        for kind in insights.KINDS:
            self.kind_filter.addItem(KIND_WORDS[kind], kind)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._fill_attention())
        show_label = QLabel(QCoreApplication.translate("InsightsPage", "&Show:"), page)
        show_label.setBuddy(self.kind_filter)
        top = QHBoxLayout()
        top.addWidget(weeks_label)
        top.addWidget(self.weeks)
        top.addSpacing(16)
        top.addWidget(show_label)
        top.addWidget(self.kind_filter)
        top.addStretch(1)
        self.attention_summary = QLabel(page)
        self.attention_summary.setWordWrap(True)
        self.attention_table = fitted_table(
            page,
            [
                QCoreApplication.translate("InsightsPage", "Student"),
                QCoreApplication.translate("InsightsPage", "Target"),
                QCoreApplication.translate("InsightsPage", "What to look at"),
            ],
            QCoreApplication.translate("InsightsPage", "Students who need attention"),
        )
        self.attention_table.setObjectName("attentionTable")
        self.attention_table.activated.connect(self._attention_activated)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.attention_summary)
        layout.addWidget(self.attention_table, 1)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "InsightsPage",
                    "Two or more “not yet” on one target, no evidence for a while on a target "
                    "not yet reached, or an estimate that went down. Habits of work are not "
                    "included. Press Enter on a line to open it in the gradebook.",
                ),
                page,
            )
        )
        return page

    def _fill_attention(self) -> None:
        table = self.attention_table
        table.setRowCount(0)
        if self._data is None:
            self._attention = []
            self.attention_summary.setText("")
            return
        with self.store.read() as session:
            self._attention = insights.needs_attention(
                session,
                self._data.grid.class_id,
                weeks_without_evidence=self.weeks.value(),
                today=self.today,
                data=self._data,
            )
        kind = self.kind_filter.currentData()
        shown = [a for a in self._attention if kind is None or a.kind == kind]
        table.setRowCount(len(shown))
        for row, item in enumerate(shown):
            name = read_only_item(item.student, item.student_id)
            name.setData(TargetRole, item.target_id)
            name.setData(KindRole, item.kind)
            table.setItem(row, 0, name)
            table.setItem(row, 1, read_only_item(item.target_code))
            table.setItem(row, 2, read_only_item(say(item.reason)))
        counts = {k: sum(1 for a in self._attention if a.kind == k) for k in insights.KINDS}
        students = len({a.student_id for a in self._attention})
        if not self._attention:
            self.attention_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage", "Nothing needs attention with these settings."
                )
            )
        else:
            self.attention_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage",
                    "{len} things to look at, for {students} {value}: {value2} repeated "
                    "“not yet”, {value3} without recent evidence, {value4} estimates that "
                    "fell.",
                ).format(
                    len=len(self._attention),
                    students=students,
                    value=QCoreApplication.translate("InsightsPage", "student")
                    if students == 1
                    else QCoreApplication.translate("InsightsPage", "students"),
                    value2=counts["repeated_not_yet"],
                    value3=counts["no_recent_evidence"],
                    value4=counts["estimate_fell"],
                )
            )

    def attention_sentences(self) -> list[str]:
        """What the table shows, one line a row: "Student: reason" (for tests and copying)."""
        table = self.attention_table
        return [
            f"{table.item(r, 0).text()}: {table.item(r, 2).text()}" for r in range(table.rowCount())
        ]

    def _attention_activated(self) -> None:
        row = self.attention_table.currentRow()
        item = self.attention_table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.open_cell.emit(item.data(IdRole), item.data(TargetRole))
