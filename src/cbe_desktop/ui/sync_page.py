"""Sync by file, in the window: send my work, receive work, conflicts, and the history.

- **Send my work** writes one ``.cbesync`` file (everything, or what changed since the
  last exchange with a chosen laptop), locked with a passphrase unless the teacher turns
  it off, then reads it back and checks it before saying the drive may be removed.
- **Receive work** checks a file and shows what it would bring *before* anything
  changes; "Import" then merges it in one transaction after a backup.
- **Conflicts**: both versions side by side with who, when and which laptop; the
  teacher keeps one, takes the other or edits. Each choice is one undo step and a change
  that travels to the other laptops like any other.
- **History**: which files came from where, when, and what they brought.

Undo and imports: an import is not an undo step, and it clears the undo history. Undoing
an import by reversing its rows would send deletions of the other teacher's work back to
their laptop with the next file; and an Undo that silently skipped the import to undo an
earlier edit would overwrite what the import brought. The backup made just before the
import is the way back (File → Restore a backup…), and the page says so.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store
from cbe_desktop.sync import conflicts, crypto
from cbe_desktop.sync.conflicts import ConflictView, FieldDifference
from cbe_desktop.sync.errors import BundleError, PassphraseError
from cbe_desktop.sync.exchange import (
    ExportSummary,
    ImportSummary,
    export_bundle,
    import_bundle,
    preview_import,
    verify_bundle,
)
from cbe_desktop.ui.background import run_with_progress
from cbe_desktop.ui.contrast import readable_on
from cbe_desktop.ui.i18n import say, say_error, tr_word
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.sync_files import FILE_FILTER, looks_removable, removable_folder
from cbe_desktop.ui.widgets import heading, hint

CLEAR_TEXT_NOTE = QT_TRANSLATE_NOOP(
    "Words",
    "Without a passphrase, the file holds your students' names in the clear: "
    "anyone who finds the USB stick can read them.",
)
SAFE_TO_REMOVE = QT_TRANSLATE_NOOP(
    "Words", "The file was read back and checked: it is safe to remove the drive."
)
CHECKED = QT_TRANSLATE_NOOP("Words", "The file was read back and checked.")
NO_CONFLICTS = QT_TRANSLATE_NOOP(
    "Words", "No conflicts: everything received so far fitted in without a choice to make."
)
NO_HISTORY = QT_TRANSLATE_NOOP(
    "Words", "No sync files yet. Every file you send or receive is listed here."
)
UNDO_NOTE = QT_TRANSLATE_NOOP(
    "Words",
    "A backup was made just before the import: File → Restore a backup… goes back to how "
    "this laptop was (work done since would be lost). Undo (Ctrl+Z) does not undo an import.",
)
WIDE_ENOUGH = 1000  # pixels: below this, the conflict list goes above the two versions

# Problems in a dark red that reads on white and in grey scale, with words beside it
# (made lighter on a dark or high-contrast window, see contrast.readable_on).
PROBLEM_COLOUR = "#9B1C1C"
DONE_COLOUR = "#1E5631"


class ExportCancelled(CbeError):
    """The teacher stopped writing a sync file; nothing was written."""


def default_file_name(teacher: str, on: date | None = None) -> str:
    """``cbe-Rivera-2026-11-22.cbesync``: the teacher's family name and the day."""
    words = [w for w in re.split(r"\s+", teacher.strip()) if w]
    name = re.sub(r"[^\w-]", "", words[-1]) if words else ""
    day = (on or date.today()).isoformat()
    return f"cbe-{name}-{day}.cbesync" if name else f"cbe-{day}.cbesync"


def _say(label: QLabel, text: str, colour: str, rich: bool) -> None:
    label.setStyleSheet(f"color: {readable_on(colour, QPalette.ColorRole.Window).name()};")
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setVisible(bool(text))


def _problem(label: QLabel, text: str, *, rich: bool = False) -> None:
    _say(label, text, PROBLEM_COLOUR, rich)


def _done(label: QLabel, text: str, *, rich: bool = False) -> None:
    _say(label, text, DONE_COLOUR, rich)


def _message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


@dataclass
class _Pending:
    """A checked sync file waiting for "Import"."""

    path: Path
    passphrase: str | None
    summary: ImportSummary


# ----- editing a conflict -----------------------------------------------------------------


class EditConflictDialog(QDialog):
    """The teacher's own version: the differing fields, prefilled with the version in use."""

    def __init__(self, parent: QWidget | None, view: ConflictView) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(
            QCoreApplication.translate("EditConflictDialog", "Edit: {which}").format(
                which=say(view.which)
            )
        )
        self.setMinimumWidth(580)
        self.editors: dict[str, QLineEdit | QCheckBox] = {}

        intro = QLabel(
            QCoreApplication.translate(
                "EditConflictDialog",
                "<b>{value}</b><br>Write the version to keep. It replaces both versions, "
                "here and on the other laptops once they receive your work.",
            ).format(value=html.escape(say(view.title))),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        others: list[str] = []
        for diff in view.differences:
            if not diff.editable:
                others.append(say(diff.label))
                continue
            editor = self._editor(diff)
            self.editors[diff.name] = editor
            both = QLabel(
                f"{html.escape(say(view.mine.owner))}: “{html.escape(say(diff.mine_words))}” · "
                f"{html.escape(say(view.theirs.owner))}: “{html.escape(say(diff.theirs_words))}”",
                self,
            )
            both.setWordWrap(True)
            both.setTextFormat(Qt.TextFormat.RichText)
            use_other = QPushButton(
                QCoreApplication.translate("EditConflictDialog", "Use “{short}”").format(
                    short=_short(say(diff.theirs_words))
                ),
                self,
            )
            use_other.setAccessibleName(
                QCoreApplication.translate(
                    "EditConflictDialog", "Use the other version of {label}"
                ).format(label=say(diff.label))
            )
            use_other.clicked.connect(lambda _c=False, d=diff, e=editor: self._fill(e, d.theirs))
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            row.addWidget(use_other)
            box = QVBoxLayout()
            box.addLayout(row)
            box.addWidget(both)
            label = QLabel(f"{say(diff.label)}:", self)
            label.setBuddy(editor)
            form.addRow(label, box)
        self.error = _message_label(self, "editProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if others:
            layout.addWidget(
                hint(
                    QCoreApplication.translate(
                        "EditConflictDialog",
                        "Also different, kept as in use (choose a side to change them): {value}.",
                    ).format(value=", ".join(others)),
                    self,
                )
            )
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._values: dict[str, Any] = {}

    def _editor(self, diff: FieldDifference) -> QLineEdit | QCheckBox:
        if diff.kind == "bool":
            box = QCheckBox(self)
            box.setChecked(bool(diff.mine))
            box.setAccessibleName(say(diff.label))
            return box
        edit = QLineEdit(self)
        edit.setText("" if diff.mine is None else _plain(diff.mine))
        edit.setAccessibleName(say(diff.label))
        return edit

    @staticmethod
    def _fill(editor: QLineEdit | QCheckBox, value: Any) -> None:
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        else:
            editor.setText("" if value is None else _plain(value))

    def set_text(self, name: str, text: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            editor.setChecked(text.casefold() in ("yes", "true", "1"))
        else:
            editor.setText(text)

    def _accept(self) -> None:
        try:
            self._values = self.read_values()
        except CbeError as exc:
            _problem(self.error, say_error(exc))
            return
        self.accept()

    def read_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            else:
                values[name] = conflicts.coerce_field(self.view.table_name, name, editor.text())
        return values

    def values(self) -> dict[str, Any]:
        return dict(self._values)


def _plain(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _short(words: str, limit: int = 24) -> str:
    return words if len(words) <= limit else words[: limit - 1] + "…"


# ----- one version of a conflict --------------------------------------------------------


class VersionBox(QGroupBox):
    """One version: whose, when, the differing fields, and the button that chooses it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.owner = QLabel(self)
        self.owner.setWordWrap(True)
        self.owner.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.owner)
        layout.addLayout(self.fields)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_version(
        self, version: conflicts.VersionView, values: list[tuple[str, str]], button: str
    ) -> None:
        self.owner.setText(
            f"<b>{html.escape(say(version.owner_long))}</b><br>{html.escape(say(version.when))}"
            + (
                QCoreApplication.translate(
                    "VersionBox", " — stamped far ahead of this laptop's clock"
                )
                if version.far_future
                else ""
            )
        )
        while self.fields.rowCount():
            self.fields.removeRow(0)
        for label, words in values:
            value = QLabel(words, self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            self.fields.addRow(f"{label}:", value)
        self.note.setText(say(version.note))
        self.note.setVisible(bool(version.note))
        self.button.setText(button.replace("&", "&&"))  # a name with "&" is no shortcut
        self.button.setAccessibleName(button)


# ----- the page ---------------------------------------------------------------------------


class SyncPage(QWidget):
    """Send my work, receive work, conflicts and the sync history (for the whole store)."""

    conflicts_changed = Signal(int)  # open conflicts, for the window's tab title
    status_message = Signal(str)  # a sentence for the status bar after an action

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.operations = operations
        self.pending: _Pending | None = None
        self.last_export: ExportSummary | None = None
        self.last_import: ImportSummary | None = None
        self._views: list[ConflictView] = []
        self._open_count = -1
        self._dirty = True
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

        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        self.operations.changed.connect(self._store_changed)
        self.refresh()

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
        self.send_message = _message_label(tab, "sendMessage")

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
        self.hub_message = _message_label(tab, "hubMessage")
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

    def sync_with_hub(self) -> bool:
        """Send to and receive from the school hub, off the window's thread."""
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

        outcome = run_with_progress(
            self,
            QCoreApplication.translate("SyncPage", "Sync with the school hub"),
            QCoreApplication.translate("SyncPage", "Exchanging work with the school hub…"),
            work,
        )
        self.hub_password.clear()
        if not outcome.ok:
            _problem(self.hub_message, outcome.message)
            return False
        self.operations.undo_stack.clear()
        self.operations.changed.emit(Changes(everything=True))
        _done(self.hub_message, " ".join(say(line) for line in outcome.result.lines()))
        return True

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
        self.receive_message = _message_label(tab, "receiveMessage")
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _store_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self._refresh_soon.start()
            return
        self._dirty = True
        if changes.everything:  # imports and choices: the window's tab title stays right
            self._count_conflicts()

    def _count_conflicts(self) -> None:
        with self.store.read() as session:
            count = conflicts.count_open(session)
        self._set_count(count)

    def _set_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.conflicts_tab)
        self.tabs.setTabText(
            index,
            QCoreApplication.translate("SyncPage", "&Conflicts ({count})").format(count=count)
            if count
            else QCoreApplication.translate("SyncPage", "&Conflicts"),
        )
        if count != self._open_count:
            self._open_count = count
            self.conflicts_changed.emit(count)

    def open_conflict_count(self) -> int:
        return max(self._open_count, 0)

    def refresh(self) -> None:
        self._dirty = False
        with self.store.read() as session:
            views = conflicts.open_conflicts(session)
            history = conflicts.sync_history(session)
            laptops = conflicts.known_laptops(session)
        self._fill_peers(laptops)
        self._fill_conflicts(views)
        self._fill_history(history)
        self._set_count(len(views))

    def _fill_peers(self, laptops: list[conflicts.KnownLaptop]) -> None:
        current = self.send_what.currentData()
        self.send_what.clear()
        self.send_what.addItem(
            QCoreApplication.translate("SyncPage", "Everything on this laptop"), None
        )
        for laptop in laptops:
            self.send_what.addItem(
                QCoreApplication.translate(
                    "SyncPage", "What changed since {words} last received from this laptop"
                ).format(words=say(laptop.words)),
                laptop.replica,
            )
            self.send_what.setItemData(
                self.send_what.count() - 1,
                QCoreApplication.translate(
                    "SyncPage",
                    "Last file from it received {last_received}. If that laptop has not "
                    "yet confirmed receiving your work, the file holds everything.",
                ).format(last_received=say(laptop.last_received)),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.send_what.setCurrentIndex(max(0, self.send_what.findData(current)))

    def _fill_conflicts(self, views: list[ConflictView]) -> None:
        keep = self.current_conflict()
        row_before = self.conflict_list.currentRow()
        self._views = views
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for view in views:
            item = QListWidgetItem(f"{say(view.title)}\n{_list_line(view)}")
            item.setToolTip(say(view.sentence()))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, say(view.sentence()))
            self.conflict_list.addItem(item)
        self.conflict_list.blockSignals(False)
        if not views:
            self.conflict_stack.setCurrentWidget(self.no_conflicts)
            return
        self.conflict_stack.setCurrentWidget(self._conflict_splitter)
        ids = [v.id for v in views]
        if keep is not None and keep.id in ids:
            row = ids.index(keep.id)
        else:
            row = min(max(row_before, 0), len(views) - 1)  # the next one, after a choice
        self.conflict_list.setCurrentRow(row)
        self._show_current()

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

    # ----- conflicts ---------------------------------------------------------
    def current_conflict(self) -> ConflictView | None:
        row = self.conflict_list.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    def conflicts(self) -> list[ConflictView]:
        return list(self._views)

    def select_conflict(self, conflict_id: str) -> bool:
        for row, view in enumerate(self._views):
            if view.id == conflict_id:
                self.conflict_list.setCurrentRow(row)
                return True
        return False

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts_tab)

    def _show_current(self, *_signal_args: object) -> None:
        view = self.current_conflict()
        if view is None:
            return
        self.conflict_title.setText(f"<b>{html.escape(say(view.title))}</b>")
        self.conflict_why.setText(say(view.why))
        mine = [(say(d.label), say(d.mine_words)) for d in view.differences]
        theirs = [(say(d.label), say(d.theirs_words)) for d in view.differences]
        if view.reason == conflicts.DELETED_WITH_NEW_EVIDENCE:
            mine, theirs = (
                [
                    (
                        QCoreApplication.translate("SyncPage", "Status"),
                        QCoreApplication.translate("SyncPage", "Deleted"),
                    )
                ],
                [
                    (
                        QCoreApplication.translate("SyncPage", "Status"),
                        QCoreApplication.translate("SyncPage", "In use, with its evidence"),
                    )
                ],
            )
        self.mine_box.setTitle(
            QCoreApplication.translate("SyncPage", "Correction in use")
            if view.reason == conflicts.CONCURRENT_CORRECTION
            else QCoreApplication.translate("SyncPage", "In use now")
        )
        self.theirs_box.setTitle(
            QCoreApplication.translate("SyncPage", "The other correction")
            if view.reason == conflicts.CONCURRENT_CORRECTION
            else QCoreApplication.translate("SyncPage", "Set aside")
        )
        self.mine_box.show_version(view.mine, mine, say(view.keep_label))
        self.theirs_box.show_version(view.theirs, theirs, say(view.take_label))
        self.edit_button.setVisible(
            view.reason in (conflicts.CONCURRENT_EDIT, conflicts.FUTURE_CLOCK)
        )
        self.edit_button.setEnabled(view.can_edit)
        self.both_button.setVisible(view.can_keep_both)

    def keep_current(self) -> bool:
        view = self.current_conflict()
        if view is None:
            return False
        store = self.store
        return self._choose(view, say(view.keep_label), lambda: conflicts.keep_mine(store, view.id))

    def take_other(self) -> bool:
        view = self.current_conflict()
        if view is None:
            return False
        store = self.store
        return self._choose(
            view, say(view.take_label), lambda: conflicts.take_theirs(store, view.id)
        )

    def keep_both(self) -> bool:
        view = self.current_conflict()
        if view is None or not view.can_keep_both:
            return False
        store = self.store
        return self._choose(
            view,
            QCoreApplication.translate("SyncPage", "Keep both corrections"),
            lambda: conflicts.keep_both(store, view.id),
        )

    def edit_current(self, dialog: EditConflictDialog | None = None) -> bool:
        """Ask for the teacher's own version (``dialog`` given by tests, already filled)."""
        view = self.current_conflict()
        if view is None or not view.can_edit:
            return False
        if dialog is None:
            dialog = EditConflictDialog(self, view)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        else:
            try:
                values = dialog.read_values()
            except CbeError as exc:
                self.operations.report(say_error(exc))
                return False
        store = self.store
        return self._choose(
            view,
            QCoreApplication.translate("SyncPage", "Edit"),
            lambda: conflicts.resolve_with(store, view.id, values),
        )

    def _choose(self, view: ConflictView, words: str, do: Any) -> bool:
        store, conflict_id = self.store, view.id
        with store.read() as session:
            before = conflicts.restore_point(session, conflict_id)
        done = self.operations.perform(
            f"{words} ({say(view.which)})",
            do,
            lambda: conflicts.reopen_conflict(store, conflict_id, before),
        )
        if done:
            self.status_message.emit(
                QCoreApplication.translate(
                    "SyncPage", "{title}: “{words}” is saved; it travels with your next file."
                ).format(title=say(view.title), words=words)
            )
        return done

    # ----- sending -----------------------------------------------------------
    def _lock_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.passphrase_again.setEnabled(on)
        self.passphrase_rule.setVisible(on)
        self.tell_hint.setVisible(on)
        font = self.clear_note.font()
        font.setBold(not on)
        self.clear_note.setFont(font)

    def _suggested_path(self) -> Path:
        with self.store.read() as session:
            teacher = get_setting(session, "teacher")
        folder = self._last_folder or removable_folder() or Path.home()
        return folder / default_file_name(teacher)

    def write_file(self, path: str | Path | None = None) -> bool:
        """Write the sync file (asking where), read it back, and say whether it is safe."""
        self.send_message.setVisible(False)
        passphrase: str | None = None
        if self.lock_check.isChecked():
            passphrase = self.passphrase.text()
            if not passphrase:
                _problem(
                    self.send_message,
                    QCoreApplication.translate(
                        "SyncPage",
                        "Type a passphrase twice, or untick “Lock the file with a passphrase”.",
                    ),
                )
                self.passphrase.setFocus()
                return False
            weak = crypto.passphrase_problem(passphrase)
            if weak is not None:
                _problem(self.send_message, say(weak))
                self.passphrase.selectAll()
                self.passphrase.setFocus()
                return False
            if passphrase != self.passphrase_again.text():
                _problem(
                    self.send_message,
                    QCoreApplication.translate(
                        "SyncPage", "The two passphrases differ; type the same passphrase twice."
                    ),
                )
                self.passphrase_again.setFocus()
                return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("SyncPage", "Write the sync file"),
                str(self._suggested_path()),
                tr_word(FILE_FILTER),
            )
            if not chosen:
                return False
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".cbesync":
            target = target.with_name(target.name + ".cbesync")
        self._last_folder = target.parent
        since = self.send_what.currentData()
        store = self.store

        def work(progress: Any, cancelled: Any) -> tuple[ExportSummary, str]:
            def step(done: int, total: int) -> None:
                if cancelled():
                    raise ExportCancelled(
                        QCoreApplication.translate(
                            "SyncPage", "Nothing was written: writing the file was cancelled."
                        )
                    )
                progress(done, total, "")

            summary = export_bundle(
                store, target, passphrase=passphrase, since_peer=since, progress=step
            )
            progress(
                0, 0, QCoreApplication.translate("SyncPage", "Reading the file back to check it…")
            )
            try:
                verify_bundle(target, passphrase, workdir=store.data_dir)
            except BundleError as exc:
                return summary, say_error(exc)
            return summary, ""

        outcome = run_with_progress(
            self,
            QCoreApplication.translate("SyncPage", "Send my work"),
            QCoreApplication.translate("SyncPage", "Writing the sync file…"),
            work,
        )
        if not outcome.ok:
            message = (
                outcome.message
                if not outcome.cancelled
                else (
                    QCoreApplication.translate(
                        "SyncPage", "Nothing was written: writing the file was cancelled."
                    )
                )
            )
            _problem(self.send_message, message)
            self.refresh()
            return False
        summary, problem = outcome.result
        self.last_export = summary
        lines = [say(line) for line in summary.lines()]
        if problem:
            verdict = QCoreApplication.translate(
                "SyncPage",
                "But reading the file back failed: {problem} Do not use this file: write "
                "it again, to another USB stick if it fails twice.",
            ).format(problem=problem)
            _problem(self.send_message, _with_verdict(lines, verdict), rich=True)
        else:
            verdict = tr_word(SAFE_TO_REMOVE if looks_removable(target) else CHECKED)
            _done(self.send_message, _with_verdict(lines, verdict), rich=True)
        self.status_message.emit(verdict)
        self.refresh()
        return not problem

    # ----- receiving ---------------------------------------------------------
    def receive(self, path: Path) -> None:
        """A sync file opened with the program (double-clicked): show what it would bring."""
        self.tabs.setCurrentWidget(self.receive_tab)
        self.open_file(Path(path))

    def choose_file(self) -> bool:
        folder = self._last_folder or removable_folder() or Path.home()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SyncPage", "Receive work: choose a sync file"),
            str(folder),
            tr_word(FILE_FILTER),
        )
        if not chosen:
            return False
        self._last_folder = Path(chosen).parent
        return self.open_file(Path(chosen))

    def _reset_receive(self) -> None:
        self.pending = None
        self.preview_tree.clear()
        self.preview_tree.setVisible(False)
        self.receive_source.setVisible(False)
        self.import_button.setVisible(False)
        self.import_button.setEnabled(False)
        self.retry_button.setVisible(False)
        self.review_button.setVisible(False)
        self.receive_message.setVisible(False)

    def _ask_passphrase(self, path: Path) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("SyncPage", "This file is locked"),
            QCoreApplication.translate(
                "SyncPage",
                "{name} is locked with a passphrase.\nType the passphrase it was made with:",
            ).format(name=path.name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def open_file(self, path: Path) -> bool:
        """Check a sync file and show what importing it would do; nothing changes yet."""
        self._reset_receive()
        self.receive_file.setText(
            QCoreApplication.translate("SyncPage", "File: {path}").format(path=path)
        )
        try:
            with open(path, "rb") as fh:
                head = fh.read(8)
        except OSError as exc:
            self._refuse(
                QCoreApplication.translate("SyncPage", "{path} cannot be read ({value}).").format(
                    path=path, value=exc.strerror or exc
                )
            )
            return False
        passphrase = None
        if crypto.is_locked(head):
            passphrase = self._ask_passphrase(path)
            if passphrase is None:
                self._refuse(
                    QCoreApplication.translate(
                        "SyncPage",
                        "Nothing was received: the file is locked, and no passphrase was given.",
                    ),
                    retry=path,
                )
                return False
        store = self.store
        outcome = run_with_progress(
            self,
            QCoreApplication.translate("SyncPage", "Receive work"),
            QCoreApplication.translate("SyncPage", "Checking the file…"),
            lambda _p, _c: preview_import(store, path, passphrase),
            cancellable=False,
        )
        if not outcome.ok:
            wrong = outcome.failed_with(PassphraseError)  # "try another passphrase"
            self._refuse(outcome.message, retry=path if wrong else None)
            return False
        summary: ImportSummary = outcome.result
        self.pending = _Pending(path, passphrase, summary)
        self._show_preview(summary)
        return True

    def _refuse(self, message: str, *, retry: Path | None = None) -> None:
        _problem(self.receive_message, message)
        self._retry_path = retry
        self.retry_button.setVisible(retry is not None)
        self.operations.report(message)

    def _retry(self) -> None:
        if self._retry_path is not None:
            self.open_file(self._retry_path)

    def _show_preview(self, summary: ImportSummary) -> None:
        kind = (
            QCoreApplication.translate("SyncPage", "what changed since an earlier exchange")
            if summary.partial
            else QCoreApplication.translate("SyncPage", "all its work")
        )
        lock = (
            QCoreApplication.translate("SyncPage", "locked with a passphrase")
            if summary.locked
            else QCoreApplication.translate("SyncPage", "not locked")
        )
        self.receive_source.setText(
            QCoreApplication.translate(
                "SyncPage",
                "<b>From {value}</b><br>Made {value2} ({kind}; {lock}). Nothing has "
                "changed on this laptop yet.",
            ).format(
                value=html.escape(say(summary.source)),
                value2=html.escape(say(summary.created_at)),
                kind=kind,
                lock=lock,
            )
        )
        self.receive_source.setTextFormat(Qt.TextFormat.RichText)
        self.receive_source.setVisible(True)
        _fill_counts(self.preview_tree, summary)
        self.preview_tree.setHeaderLabels(
            [
                QCoreApplication.translate("SyncPage", "What the file would bring"),
                QCoreApplication.translate("SyncPage", "How many"),
            ]
        )
        self.preview_tree.setVisible(True)
        totals = summary.totals
        words = [
            QCoreApplication.translate("SyncPage", "Importing would bring {value}.").format(
                value=say(totals.phrase())
            )
        ]
        if summary.attachments_added:
            words.append(
                QCoreApplication.translate(
                    "SyncPage", "{attachments_added:,} attached files would be stored."
                ).format(attachments_added=summary.attachments_added)
            )
        if totals.conflicts:
            words.append(
                QCoreApplication.translate(
                    "SyncPage",
                    "Where both laptops changed the same thing, both versions are kept for you "
                    "to choose in Conflicts.",
                )
            )
        words.append(QCoreApplication.translate("SyncPage", "A backup is made first."))
        _done(self.receive_message, " ".join(words))
        self.receive_message.setStyleSheet("")  # a plain summary, not yet a result
        self.import_button.setVisible(True)
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    def import_pending(self) -> bool:
        """Import the checked file: a backup, then one transaction. Not an undo step."""
        pending = self.pending
        if pending is None:
            return False
        store = self.store

        def work(progress: Any, cancelled: Any) -> ImportSummary:
            return import_bundle(
                store,
                pending.path,
                pending.passphrase,
                progress=lambda done, total: progress(done, total, ""),
                cancelled=cancelled,
            )

        outcome = run_with_progress(
            self,
            QCoreApplication.translate("SyncPage", "Receive work"),
            QCoreApplication.translate("SyncPage", "Importing the work…"),
            work,
        )
        if not outcome.ok:
            self._refuse(outcome.message)
            self.import_button.setVisible(True)  # the file is still checked: try again
            return False
        summary: ImportSummary = outcome.result
        self.pending = None
        self.last_import = summary
        # An import is not undoable step by step (see the module's docstring): the steps
        # before it no longer undo cleanly either, so the undo history starts again here.
        self.operations.undo_stack.clear()
        self.operations.changed.emit(Changes(everything=True))
        self.import_button.setVisible(False)
        self.retry_button.setVisible(False)
        _fill_counts(self.preview_tree, summary)
        self.preview_tree.setHeaderLabels(
            [
                QCoreApplication.translate("SyncPage", "What the file brought"),
                QCoreApplication.translate("SyncPage", "How many"),
            ]
        )
        self.receive_source.setText(
            QCoreApplication.translate(
                "SyncPage", "<b>Received from {value}</b><br>Made {value2}."
            ).format(
                value=html.escape(say(summary.source)), value2=html.escape(say(summary.created_at))
            )
        )
        totals = summary.totals
        self.refresh()
        waiting = self.open_conflict_count()
        words = [
            QCoreApplication.translate("SyncPage", "Imported: {value}.").format(
                value=say(totals.phrase())
            )
        ]
        if waiting:
            words.append(
                QCoreApplication.translate(
                    "SyncPage", "{value} for your choice: both versions are kept until you choose."
                ).format(
                    value=QCoreApplication.translate("SyncPage", "1 conflict waits")
                    if waiting == 1
                    else QCoreApplication.translate(
                        "SyncPage", "{waiting:,} conflicts wait"
                    ).format(waiting=waiting)
                )
            )
        words.append(tr_word(UNDO_NOTE))
        _done(self.receive_message, " ".join(words))
        self.review_button.setVisible(waiting > 0)
        self.status_message.emit(words[0])
        return True


def _with_verdict(lines: list[str], verdict: str) -> str:
    """The summary, then the verdict on reading the file back, in bold (rich text)."""
    body = "<br>".join(html.escape(line, quote=False) for line in lines)
    return f"{body}<br><b>{html.escape(verdict, quote=False)}</b>"


def _list_line(view: ConflictView) -> str:
    if view.reason == conflicts.DELETED_WITH_NEW_EVIDENCE:
        return QCoreApplication.translate("SyncPage", "Deleted on one laptop, scored on another")
    if not view.differences:
        return say(view.why)
    d = view.differences[0]
    more = (
        QCoreApplication.translate("SyncPage", " (+{value} more)").format(
            value=len(view.differences) - 1
        )
        if len(view.differences) > 1
        else ""
    )
    return QCoreApplication.translate("SyncPage", "{label}: “{short}” or “{short2}”{more}").format(
        label=say(d.label),
        short=_short(say(d.mine_words)),
        short2=_short(say(d.theirs_words)),
        more=more,
    )


COUNT_ROWS = (
    ("new", QT_TRANSLATE_NOOP("Words", "New")),
    ("updated", QT_TRANSLATE_NOOP("Words", "Updated")),
    ("unchanged", QT_TRANSLATE_NOOP("Words", "Unchanged")),
    ("conflicts", QT_TRANSLATE_NOOP("Words", "Conflicts: both versions kept for you to choose")),
    (
        "flagged",
        QT_TRANSLATE_NOOP("Words", "Stamped far in the future (a laptop whose clock is wrong)"),
    ),
)


def _fill_counts(tree: QTreeWidget, summary: ImportSummary) -> None:
    """New / updated / unchanged / conflicts, each opening onto its tables in words."""
    tree.clear()
    totals = summary.totals
    for key, words in ((k, tr_word(w)) for k, w in COUNT_ROWS):
        total = getattr(totals, key)
        if key == "flagged" and not total:
            continue
        item = QTreeWidgetItem([words, f"{total:,}"])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for table, counts in summary.tables.items():
            n = getattr(counts, key)
            if n:
                child = QTreeWidgetItem(
                    item, [say(conflicts.table_words(table, plural=True)), f"{n:,}"]
                )
                child.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{words}: {total:,}")
        tree.addTopLevelItem(item)
        if key in ("conflicts", "flagged", "new", "updated") and total:
            item.setExpanded(True)
    carried = summary.tables.get("conflict")
    if carried is not None and carried.new:
        tree.addTopLevelItem(
            QTreeWidgetItem(
                [
                    QCoreApplication.translate(
                        "SyncPage",
                        "Conflicts recorded on the other laptop (open there, or already settled)",
                    ),
                    f"{carried.new:,}",
                ]
            )
        )
    if summary.attachments_added or summary.attachments_missing:
        files = QTreeWidgetItem(
            [
                QCoreApplication.translate("SyncPage", "Attached files stored"),
                f"{summary.attachments_added:,}",
            ]
        )
        tree.addTopLevelItem(files)
        if summary.attachments_missing:
            tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        QCoreApplication.translate(
                            "SyncPage", "Attached files missing from the file (ask for a new file)"
                        ),
                        f"{summary.attachments_missing:,}",
                    ]
                )
            )


__all__ = ["EditConflictDialog", "SyncPage", "default_file_name", "looks_removable"]
