"""The layout of the Sync page's "Send my work" tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.sync import crypto
from cbe_desktop.ui.i18n import say, tr_word
from cbe_desktop.ui.sync.messages import CLEAR_TEXT_NOTE, message_label
from cbe_desktop.ui.widgets import hint


class SendView:
    """Lays out the send tab of :class:`SyncPage` (its behaviour: :class:`SendMyWork`)."""

    # ----- building ----------------------------------------------------------
    def _build_send(self) -> QWidget:
        tab = QWidget(self)
        self.send_what = QComboBox(tab)
        self.send_what.setObjectName("sendWhat")
        self.send_what.setAccessibleName(QCoreApplication.translate("SyncPage", "What to send"))
        self.send_what.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.send_what.setMinimumContentsLength(48)
        what_label = QLabel(QCoreApplication.translate("SyncPage", "What to se&nd:"), tab)
        what_label.setBuddy(self.send_what)

        self.lock_check = QCheckBox(
            QCoreApplication.translate("SyncPage", "&Lock the file with a passphrase"), tab
        )
        self.lock_check.setObjectName("lockCheck")
        self.lock_check.setChecked(True)
        self.passphrase = QLineEdit(tab)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("SyncPage", "Passphrase"))
        self.passphrase_again = QLineEdit(tab)
        self.passphrase_again.setObjectName("passphraseAgain")
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(
            QCoreApplication.translate("SyncPage", "Passphrase, again")
        )
        for edit in (self.passphrase, self.passphrase_again):
            edit.setMaximumWidth(360)
        self.lock_check.toggled.connect(self._lock_toggled)
        self.clear_note = QLabel(tr_word(CLEAR_TEXT_NOTE), tab)
        self.clear_note.setObjectName("clearTextNote")
        self.clear_note.setWordWrap(True)
        self.clear_note.setAccessibleName(
            QCoreApplication.translate("SyncPage", "About the passphrase")
        )

        lock_box = QGroupBox(QCoreApplication.translate("SyncPage", "Passphrase"), tab)
        lock_form = QFormLayout()
        pass_label = QLabel(QCoreApplication.translate("SyncPage", "&Passphrase:"), lock_box)
        pass_label.setBuddy(self.passphrase)
        again_label = QLabel(QCoreApplication.translate("SyncPage", "T&ype it again:"), lock_box)
        again_label.setBuddy(self.passphrase_again)
        lock_form.addRow(pass_label, self.passphrase)
        lock_form.addRow(again_label, self.passphrase_again)
        # The rule a new passphrase must fit, in sight before the teacher types one (the
        # same sentence the sync code refuses a weak passphrase with).
        self.passphrase_rule = hint(say(crypto.PASSPHRASE_RULE()), lock_box)
        self.passphrase_rule.setObjectName("passphraseRule")
        self.passphrase.setToolTip(self.passphrase_rule.text())
        lock_layout = QVBoxLayout(lock_box)
        lock_layout.addWidget(self.lock_check)
        lock_layout.addLayout(lock_form)
        lock_layout.addWidget(self.passphrase_rule)
        lock_layout.addWidget(self.clear_note)
        self.tell_hint = hint(
            QCoreApplication.translate(
                "SyncPage",
                "Tell the other teacher the passphrase in person or by phone, "
                "never in the same e-mail as the file.",
            ),
            lock_box,
        )
        lock_layout.addWidget(self.tell_hint)

        self.write_button = QPushButton(
            QCoreApplication.translate("SyncPage", "&Write the file…"), tab
        )
        self.write_button.setObjectName("writeButton")
        self.write_button.clicked.connect(lambda: self.write_file())
        self.send_message = message_label(tab, "sendMessage")

        what_row = QHBoxLayout()
        what_row.addWidget(what_label)
        what_row.addWidget(self.send_what, 1)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "SyncPage",
                    "Write your work to one file, on a USB stick or to send by e-mail, and "
                    "receive it on the other laptop. Nothing is lost when both laptops changed "
                    "things: where they disagree, both versions are kept for you to choose.",
                ),
                tab,
            )
        )
        layout.addLayout(what_row)
        layout.addWidget(lock_box)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.send_message)
        layout.addStretch(1)
        return tab
