"""Receiving work: a sync file checked and previewed before anything changes, then imported
in one transaction after a backup."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from cbe_desktop.core.changes import Changes
from cbe_desktop.sync import crypto
from cbe_desktop.sync.errors import PassphraseError
from cbe_desktop.sync.exchange import ImportSummary, import_bundle, preview_import
from cbe_desktop.ui.background import Job, Outcome, start
from cbe_desktop.ui.i18n import say, tr_word
from cbe_desktop.ui.sync.files import Pending
from cbe_desktop.ui.sync.import_counts import fill_counts
from cbe_desktop.ui.sync.messages import UNDO_NOTE, show_done, show_problem
from cbe_desktop.ui.sync_files import FILE_FILTER, removable_folder


class ReceiveWork:
    """The receive tab's behaviour for :class:`SyncPage`."""

    # ----- receiving ---------------------------------------------------------
    def receive(self, path: Path) -> Job:
        """A sync file opened with the program (double-clicked): show what it would bring."""
        self.tabs.setCurrentWidget(self.receive_tab)
        return self.open_file(Path(path))

    def choose_file(self) -> Job:
        folder = self._last_folder or removable_folder() or Path.home()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SyncPage", "Receive work: choose a sync file"),
            str(folder),
            tr_word(FILE_FILTER),
        )
        if not chosen:
            return Job.settled(False)
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

    def open_file(self, path: Path) -> Job:
        """Check a sync file and show what importing it would do; nothing changes yet.
        The job's answer: whether the file was checked and its preview shown."""
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
            return Job.settled(False)
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
                return Job.settled(False)
        store = self.store

        def checked(outcome: Outcome) -> bool:
            if not outcome.ok:
                wrong = outcome.failed_with(PassphraseError)  # "try another passphrase"
                self._refuse(outcome.message, retry=path if wrong else None)
                return False
            summary: ImportSummary = outcome.result
            self.pending = Pending(path, passphrase, summary)
            self._show_preview(summary)
            return True

        return start(
            self,
            QCoreApplication.translate("SyncPage", "Receive work"),
            QCoreApplication.translate("SyncPage", "Checking the file…"),
            lambda _p, _c: preview_import(store, path, passphrase),
            checked,
            cancellable=False,
        )

    def _refuse(self, message: str, *, retry: Path | None = None) -> None:
        show_problem(self.receive_message, message)
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
        fill_counts(self.preview_tree, summary)
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
        show_done(self.receive_message, " ".join(words))
        self.receive_message.setStyleSheet("")  # a plain summary, not yet a result
        self.import_button.setVisible(True)
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    def import_pending(self) -> Job:
        """Import the checked file: a backup, then one transaction. Not an undo step.
        The job's answer: whether the work was imported."""
        pending = self.pending
        if pending is None:
            return Job.settled(False)
        store = self.store

        def work(progress: Any, cancelled: Any) -> ImportSummary:
            return import_bundle(
                store,
                pending.path,
                pending.passphrase,
                progress=lambda done, total: progress(done, total, ""),
                cancelled=cancelled,
            )

        def imported(outcome: Outcome) -> bool:
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
            fill_counts(self.preview_tree, summary)
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
                    value=html.escape(say(summary.source)),
                    value2=html.escape(say(summary.created_at)),
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
                        "SyncPage",
                        "{value} for your choice: both versions are kept until you choose.",
                    ).format(
                        value=QCoreApplication.translate("SyncPage", "1 conflict waits")
                        if waiting == 1
                        else QCoreApplication.translate(
                            "SyncPage", "{waiting:,} conflicts wait"
                        ).format(waiting=waiting)
                    )
                )
            if summary.backup is not None:  # none when the file brought nothing new
                words.append(tr_word(UNDO_NOTE))
            show_done(self.receive_message, " ".join(words))
            self.review_button.setVisible(waiting > 0)
            self.status_message.emit(words[0])
            return True

        return start(
            self,
            QCoreApplication.translate("SyncPage", "Receive work"),
            QCoreApplication.translate("SyncPage", "Importing the work…"),
            work,
            imported,
        )
