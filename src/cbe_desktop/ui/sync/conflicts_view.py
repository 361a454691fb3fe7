"""The layout of the Sync page's "Conflicts" tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.ui.i18n import tr_word
from cbe_desktop.ui.sync.messages import NO_CONFLICTS
from cbe_desktop.ui.sync.version_box import VersionBox
from cbe_desktop.ui.widgets import hint


class ConflictsView:
    """Lays out the conflicts tab of :class:`SyncPage` (its behaviour: :class:`ConflictReview`)."""

    def _build_conflicts(self) -> QWidget:
        tab = QWidget(self)
        self.conflict_list = QListWidget(tab)
        self.conflict_list.setObjectName("conflictList")
        self.conflict_list.setAccessibleName(
            QCoreApplication.translate("SyncPage", "Open conflicts")
        )
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setSpacing(2)
        self.conflict_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_list.setMinimumSize(180, 80)
        self.conflict_list.currentRowChanged.connect(self._show_current)

        self.conflict_title = QLabel(tab)
        self.conflict_title.setObjectName("conflictTitle")
        self.conflict_title.setWordWrap(True)
        self.conflict_title.setTextFormat(Qt.TextFormat.RichText)
        self.conflict_why = QLabel(tab)
        self.conflict_why.setWordWrap(True)
        self.mine_box = VersionBox(QCoreApplication.translate("SyncPage", "In use now"), tab)
        self.mine_box.setObjectName("mineBox")
        self.theirs_box = VersionBox(QCoreApplication.translate("SyncPage", "Set aside"), tab)
        self.theirs_box.setObjectName("theirsBox")
        self.keep_button = self.mine_box.button
        self.keep_button.setObjectName("keepButton")
        self.take_button = self.theirs_box.button
        self.take_button.setObjectName("takeButton")
        self.keep_button.clicked.connect(self.keep_current)
        self.take_button.clicked.connect(self.take_other)
        self.edit_button = QPushButton(QCoreApplication.translate("SyncPage", "E&dit…"), tab)
        self.edit_button.setObjectName("editButton")
        self.edit_button.setAccessibleName(
            QCoreApplication.translate("SyncPage", "Edit: write a version of your own")
        )
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.both_button = QPushButton(
            QCoreApplication.translate("SyncPage", "Keep &both corrections"), tab
        )
        self.both_button.setObjectName("bothButton")
        self.both_button.clicked.connect(self.keep_both)

        versions = QGridLayout()
        versions.addWidget(self.mine_box, 0, 0)
        versions.addWidget(self.theirs_box, 0, 1)
        versions.setColumnStretch(0, 1)
        versions.setColumnStretch(1, 1)
        more = QHBoxLayout()
        more.addWidget(self.edit_button)
        more.addWidget(self.both_button)
        more.addStretch(1)
        detail = QWidget(tab)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.conflict_title)
        detail_layout.addWidget(self.conflict_why)
        detail_layout.addLayout(versions)
        detail_layout.addLayout(more)
        detail_layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "SyncPage",
                    "Your choice is saved at once and travels to the other laptops with your "
                    "next file. Ctrl+Z undoes it.",
                ),
                detail,
            )
        )
        detail_layout.addStretch(1)
        scroll = QScrollArea(tab)
        scroll.setWidget(detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        splitter = QSplitter(tab)
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 700])
        self.no_conflicts = QLabel(tr_word(NO_CONFLICTS), tab)
        self.no_conflicts.setObjectName("noConflicts")
        self.no_conflicts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_conflicts.setWordWrap(True)
        self.conflict_stack = QStackedWidget(tab)
        self.conflict_stack.addWidget(splitter)
        self.conflict_stack.addWidget(self.no_conflicts)
        self._conflict_splitter = splitter
        layout = QVBoxLayout(tab)
        layout.addWidget(self.conflict_stack, 1)
        return tab
