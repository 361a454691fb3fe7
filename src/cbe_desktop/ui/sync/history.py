"""The Sync page's "History" tab: which files came from where, when, and what they brought."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.sync import conflicts
from cbe_desktop.ui.i18n import say, tr_word
from cbe_desktop.ui.sync.messages import NO_HISTORY


class History:
    """The history tab of :class:`SyncPage`."""

    def _build_history(self) -> QWidget:
        tab = QWidget(self)
        self.history_tree = QTreeWidget(tab)
        self.history_tree.setObjectName("historyTree")
        self.history_tree.setAccessibleName(
            QCoreApplication.translate("SyncPage", "Sync history, newest first")
        )
        self.history_tree.setHeaderLabels(
            [
                QCoreApplication.translate("SyncPage", "When"),
                QCoreApplication.translate("SyncPage", "Sent or received"),
                QCoreApplication.translate("SyncPage", "Laptop and teacher"),
                QCoreApplication.translate("SyncPage", "File"),
                QCoreApplication.translate("SyncPage", "What it brought"),
            ]
        )
        self.history_tree.setUniformRowHeights(True)
        self.history_tree.setWordWrap(False)
        header = self.history_tree.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.no_history = QLabel(tr_word(NO_HISTORY), tab)
        self.no_history.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_history.setWordWrap(True)
        self.history_stack = QStackedWidget(tab)
        self.history_stack.addWidget(self.history_tree)
        self.history_stack.addWidget(self.no_history)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.history_stack, 1)
        return tab

    def _fill_history(self, lines: list[conflicts.HistoryLine]) -> None:
        self.history_tree.clear()
        for line in lines:
            item = QTreeWidgetItem(
                [
                    say(line.when),
                    QCoreApplication.translate("SyncPage", "Sent")
                    if line.direction == "sent"
                    else QCoreApplication.translate("SyncPage", "Received"),
                    say(line.who),
                    line.file_name,
                    say(line.brought),
                ]
            )
            item.setToolTip(4, say(line.brought))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, say(line.sentence()))
            if line.made:
                item.setToolTip(
                    3,
                    QCoreApplication.translate("SyncPage", "The file was made {made}.").format(
                        made=say(line.made)
                    ),
                )
            for detail in line.details:
                QTreeWidgetItem(item, ["", "", "", "", say(detail)])
            self.history_tree.addTopLevelItem(item)
        self.history_stack.setCurrentWidget(self.history_tree if lines else self.no_history)
