"""The Sync page: send my work, receive work, conflicts, the history and the school hub.

The page puts its tabs together (``send``, ``receive``, ``conflict_review``, ``history``,
``hub_tab``, with their layouts in ``*_view`` modules) and keeps the refreshing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.store import Store
from cbe_desktop.sync import conflicts
from cbe_desktop.sync.conflicts import ConflictView
from cbe_desktop.sync.exchange import ExportSummary, ImportSummary
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page
from cbe_desktop.ui.sync.conflict_review import ConflictReview
from cbe_desktop.ui.sync.conflict_words import WIDE_ENOUGH
from cbe_desktop.ui.sync.conflicts_view import ConflictsView
from cbe_desktop.ui.sync.files import Pending
from cbe_desktop.ui.sync.history import History
from cbe_desktop.ui.sync.hub_tab import SchoolHubTab
from cbe_desktop.ui.sync.receive import ReceiveWork
from cbe_desktop.ui.sync.receive_view import ReceiveView
from cbe_desktop.ui.sync.send import SendMyWork
from cbe_desktop.ui.sync.send_view import SendView
from cbe_desktop.ui.widgets import heading


class SyncPage(
    SendView,
    SendMyWork,
    SchoolHubTab,
    ReceiveView,
    ReceiveWork,
    ConflictsView,
    ConflictReview,
    History,
    Page,
):
    """Send my work, receive work, conflicts and the sync history (for the whole store)."""

    conflicts_changed = Signal(int)  # open conflicts, for the window's tab title
    status_message = Signal(str)  # a sentence for the status bar after an action

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self.pending: Pending | None = None
        self.last_export: ExportSummary | None = None
        self.last_import: ImportSummary | None = None
        self._views: list[ConflictView] = []
        self._open_count = -1
        self._last_folder: Path | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncTabs")
        self.send_tab = self._build_send()
        self.receive_tab = self._build_receive()
        self.conflicts_tab = self._build_conflicts()
        self.history_tab = self._build_history()
        self.hub_tab = self._build_hub()
        self.tabs.addTab(self.send_tab, QCoreApplication.translate("SyncPage", "&Send my work"))
        self.tabs.addTab(self.receive_tab, QCoreApplication.translate("SyncPage", "&Receive work"))
        self.tabs.addTab(self.conflicts_tab, QCoreApplication.translate("SyncPage", "&Conflicts"))
        self.tabs.addTab(self.history_tab, QCoreApplication.translate("SyncPage", "&History"))
        self.tabs.addTab(self.hub_tab, QCoreApplication.translate("SyncPage", "School h&ub"))

        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                QCoreApplication.translate(
                    "SyncPage", "Sync: exchange work with other laptops by file"
                ),
                self,
            )
        )
        layout.addWidget(self.tabs, 1)

        self.refresh()

    # ----- refreshing --------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wide: the list beside the two versions; narrow (a small laptop screen): the list
        # above them, so that both versions keep the whole width side by side.
        wide = event.size().width() >= WIDE_ENOUGH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._conflict_splitter.orientation() != orientation:
            self._conflict_splitter.setOrientation(orientation)
            total = sum(self._conflict_splitter.sizes()) or 1000
            first = min(320, total // 3) if wide else min(160, total // 3)
            self._conflict_splitter.setSizes([first, total - first])

    def store_changed(self, changes: Changes) -> None:
        super().store_changed(changes)
        if not self.isVisible() and changes.everything:
            self._count_conflicts()  # imports and choices: the window's tab title stays right

    def refresh(self) -> None:
        self.stale = False
        with self.store.read() as session:
            views = conflicts.open_conflicts(session)
            history = conflicts.sync_history(session)
            laptops = conflicts.known_laptops(session)
        self._fill_peers(laptops)
        self._fill_conflicts(views)
        self._fill_history(history)
        self._set_count(len(views))
