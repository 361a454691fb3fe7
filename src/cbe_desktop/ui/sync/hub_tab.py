"""The Sync page's "School hub" tab: its layout, and syncing with the hub off the UI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.settings import get_setting
from cbe_desktop.ui.background import Job, Outcome, start
from cbe_desktop.ui.i18n import say
from cbe_desktop.ui.sync.messages import message_label, show_done, show_problem
from cbe_desktop.ui.widgets import hint


class SchoolHubTab:
    """The school hub tab of :class:`SyncPage`."""

    def _build_hub(self) -> QWidget:
        """Sync with the school hub over the network (when the school has one)."""
        tab = QWidget(self)
        with self.store.read() as session:
            address = get_setting(session, "hub_url")
        self.hub_address = QLineEdit(address, tab)
        self.hub_address.setObjectName("hubAddress")
        self.hub_address.setPlaceholderText("postgresql://login@hub.school.lan/cbe_hub")
        self.hub_address.setAccessibleName(
            QCoreApplication.translate("SyncPage", "The school hub's address")
        )
        self.hub_password = QLineEdit(tab)
        self.hub_password.setObjectName("hubPassword")
        self.hub_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.hub_password.setAccessibleName(
            QCoreApplication.translate("SyncPage", "Password for the school hub")
        )
        for edit in (self.hub_address, self.hub_password):
            edit.setMaximumWidth(480)
        form = QFormLayout()
        address_label = QLabel(QCoreApplication.translate("SyncPage", "Hub &address:"), tab)
        address_label.setBuddy(self.hub_address)
        password_label = QLabel(QCoreApplication.translate("SyncPage", "Pass&word:"), tab)
        password_label.setBuddy(self.hub_password)
        form.addRow(address_label, self.hub_address)
        form.addRow(password_label, self.hub_password)
        self.hub_button = QPushButton(
            QCoreApplication.translate("SyncPage", "Sync with the school hu&b"), tab
        )
        self.hub_button.setObjectName("hubButton")
        self.hub_button.clicked.connect(lambda: self.sync_with_hub())
        self.hub_address.textChanged.connect(
            lambda text: self.hub_button.setEnabled(bool(text.strip()))
        )
        self.hub_button.setEnabled(bool(address.strip()))
        self.hub_message = message_label(tab, "hubMessage")
        layout = QVBoxLayout(tab)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "SyncPage",
                    "If your school has a hub, your work is exchanged with it over the school "
                    "network, exactly as a sync file would be. The password is kept in this "
                    "computer's keyring, never in a file; leave it empty once it is kept.",
                ),
                tab,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.hub_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hub_message)
        layout.addStretch(1)
        return tab

    def sync_with_hub(self) -> Job:
        """Send to and receive from the school hub, off the window's thread; the job's
        answer says whether the exchange went through."""
        from cbe_desktop.core import hub
        from cbe_desktop.core.settings import set_setting
        from cbe_desktop.sync.hub import sync_with_hub

        address = hub.without_password(self.hub_address.text().strip())
        password = self.hub_password.text()
        store = self.store
        data_dir = store.data_dir

        def work(progress: Any, cancelled: Any) -> Any:
            url = hub.with_secret(address, password) if password else address
            with hub.open_hub(url, data_dir) as school:
                summary = sync_with_hub(
                    store,
                    school,
                    progress=lambda done, total: progress(done, total, ""),
                    cancelled=cancelled,
                )
            if password:
                hub.remember_password(address, password)
            with store.transaction() as tx:
                set_setting(tx, "hub_url", address)
            return summary

        def exchanged(outcome: Outcome) -> bool:
            self.hub_password.clear()
            if not outcome.ok:
                show_problem(self.hub_message, outcome.message)
                return False
            self.operations.undo_stack.clear()
            self.operations.changed.emit(Changes(everything=True))
            show_done(self.hub_message, " ".join(say(line) for line in outcome.result.lines()))
            return True

        return start(
            self,
            QCoreApplication.translate("SyncPage", "Sync with the school hub"),
            QCoreApplication.translate("SyncPage", "Exchanging work with the school hub…"),
            work,
            exchanged,
        )
