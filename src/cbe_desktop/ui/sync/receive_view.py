"""The layout of the Sync page's "Receive work" tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.ui.sync.messages import message_label
from cbe_desktop.ui.widgets import hint


class ReceiveView:
    """Lays out the receive tab of :class:`SyncPage` (its behaviour: :class:`ReceiveWork`)."""

    def _build_receive(self) -> QWidget:
        tab = QWidget(self)
        self.choose_button = QPushButton(
            QCoreApplication.translate("SyncPage", "Ch&oose a file…"), tab
        )
        self.choose_button.setObjectName("chooseButton")
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.receive_file = QLabel(
            QCoreApplication.translate("SyncPage", "No file chosen yet."), tab
        )
        self.receive_file.setObjectName("receiveFile")
        self.receive_file.setWordWrap(True)
        self.receive_source = QLabel(tab)
        self.receive_source.setObjectName("receiveSource")
        self.receive_source.setWordWrap(True)
        self.receive_source.setVisible(False)

        self.preview_tree = QTreeWidget(tab)
        self.preview_tree.setObjectName("previewTree")
        self.preview_tree.setAccessibleName(
            QCoreApplication.translate("SyncPage", "What the file would bring")
        )
        self.preview_tree.setHeaderLabels(
            [
                QCoreApplication.translate("SyncPage", "What the file would bring"),
                QCoreApplication.translate("SyncPage", "How many"),
            ]
        )
        self.preview_tree.setRootIsDecorated(True)
        self.preview_tree.setUniformRowHeights(True)
        header = self.preview_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.preview_tree.setVisible(False)

        self.import_button = QPushButton(QCoreApplication.translate("SyncPage", "&Import"), tab)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.setVisible(False)
        self.import_button.clicked.connect(self.import_pending)
        self.retry_button = QPushButton(
            QCoreApplication.translate("SyncPage", "Type the passphrase &again…"), tab
        )
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self._retry)
        self.review_button = QPushButton(
            QCoreApplication.translate("SyncPage", "Review the conflic&ts"), tab
        )
        self.review_button.setVisible(False)
        self.review_button.clicked.connect(self.show_conflicts)
        self.receive_message = message_label(tab, "receiveMessage")
        self._retry_path: Path | None = None

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.receive_file, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "SyncPage",
                    "Choose a sync file from another laptop (or double-click it). You see what "
                    "it would bring before anything changes; a backup is made before the import.",
                ),
                tab,
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.receive_source)
        layout.addWidget(self.preview_tree, 1)
        layout.addWidget(self.receive_message)
        layout.addLayout(buttons)
        layout.addStretch(0)
        return tab
