"""Groups for reteaching: students grouped by what they have not shown yet, to copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import insights
from cbe_desktop.ui.i18n import say
from cbe_desktop.ui.insights.tables import fitted_table, read_only_item


class Groups:
    """The groups panel of :class:`InsightsPage`."""

    def _build_groups(self) -> QWidget:
        page = QWidget(self)
        self.group_target = QComboBox(page)
        self.group_target.setAccessibleName(
            QCoreApplication.translate("InsightsPage", "Target for the group")
        )
        self.group_target.currentIndexChanged.connect(lambda _i: self._fill_group())
        target_label = QLabel(QCoreApplication.translate("InsightsPage", "&Target:"), page)
        target_label.setBuddy(self.group_target)
        self.copy_button = QPushButton(
            QCoreApplication.translate("InsightsPage", "&Copy list"), page
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "InsightsPage", "Put the group on the clipboard, one student a line"
            )
        )
        self.copy_button.clicked.connect(self.copy_group)
        top = QHBoxLayout()
        top.addWidget(target_label)
        top.addWidget(self.group_target, 1)
        top.addWidget(self.copy_button)
        self.group_i_can = QLabel(page)
        self.group_i_can.setWordWrap(True)
        self.group_summary = QLabel(page)
        self.group_summary.setWordWrap(True)
        self.group_table = fitted_table(
            page,
            [
                QCoreApplication.translate("InsightsPage", "Student"),
                QCoreApplication.translate("InsightsPage", "Where they are now"),
            ],
            QCoreApplication.translate("InsightsPage", "Flexible group"),
        )
        self.group_table.setObjectName("groupTable")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.group_i_can)
        layout.addWidget(self.group_summary)
        layout.addWidget(self.group_table, 1)
        return page

    def _fill_group(self) -> None:
        table = self.group_table
        table.setRowCount(0)
        target_id = self.group_target.currentData()
        self._group = []
        if self._data is None or target_id is None:
            self.group_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage", "Choose a target to see who has not reached it yet."
                )
            )
            self.group_i_can.setText("")
            self.copy_button.setEnabled(False)
            return
        with self.store.read() as session:
            self._group = insights.flexible_group(
                session, self._data.grid.class_id, target_id, data=self._data
            )
        target = next(t for t in self._data.grid.targets if t.id == target_id)
        self._group_code = target.code
        self.group_i_can.setText(f"“{target.i_can}”" if target.i_can else target.statement)
        table.setRowCount(len(self._group))
        for row, member in enumerate(self._group):
            table.setItem(row, 0, read_only_item(member.name, member.student_id))
            table.setItem(row, 1, read_only_item(say(member.status_words)))
        total = len(self._data.grid.students)
        if self._group:
            self.group_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage", "{len} of {total} students are not yet proficient on {code}."
                ).format(len=len(self._group), total=total, code=target.code)
            )
        else:
            self.group_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage", "Every student is proficient on {code}."
                ).format(code=target.code)
            )
        self.copy_button.setEnabled(bool(self._group))

    def group_text(self) -> str:
        return say(insights.group_as_text(self._group, self._group_code))

    def copy_group(self) -> None:
        if not self._group:
            return
        QApplication.clipboard().setText(self.group_text())
        self.group_summary.setText(
            QCoreApplication.translate(
                "InsightsPage",
                "Copied {len} names to the clipboard: paste them into a plan or a message.",
            ).format(len=len(self._group))
        )
