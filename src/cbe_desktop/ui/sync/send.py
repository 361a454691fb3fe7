"""Sending my work: the file written by ``sync.exchange`` off the UI thread, locked with a
passphrase, then read back and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from cbe_desktop.core.settings import get_setting
from cbe_desktop.sync import conflicts, crypto
from cbe_desktop.sync.errors import BundleError
from cbe_desktop.sync.exchange import ExportSummary, export_bundle, verify_bundle
from cbe_desktop.ui.background import Job, Outcome, start
from cbe_desktop.ui.i18n import say, say_error, tr_word
from cbe_desktop.ui.sync.files import ExportCancelled, default_file_name
from cbe_desktop.ui.sync.messages import (
    CHECKED,
    SAFE_TO_REMOVE,
    show_done,
    show_problem,
    with_verdict,
)
from cbe_desktop.ui.sync_files import FILE_FILTER, looks_removable, removable_folder


class SendMyWork:
    """The send tab's behaviour for :class:`SyncPage`."""

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

    def write_file(self, path: str | Path | None = None) -> Job:
        """Write the sync file (asking where), read it back, and say whether it is safe;
        the job's answer: whether the file was written and read back whole."""
        self.send_message.setVisible(False)
        passphrase: str | None = None
        if self.lock_check.isChecked():
            passphrase = self.passphrase.text()
            if not passphrase:
                show_problem(
                    self.send_message,
                    QCoreApplication.translate(
                        "SyncPage",
                        "Type a passphrase twice, or untick “Lock the file with a passphrase”.",
                    ),
                )
                self.passphrase.setFocus()
                return Job.settled(False)
            weak = crypto.passphrase_problem(passphrase)
            if weak is not None:
                show_problem(self.send_message, say(weak))
                self.passphrase.selectAll()
                self.passphrase.setFocus()
                return Job.settled(False)
            if passphrase != self.passphrase_again.text():
                show_problem(
                    self.send_message,
                    QCoreApplication.translate(
                        "SyncPage", "The two passphrases differ; type the same passphrase twice."
                    ),
                )
                self.passphrase_again.setFocus()
                return Job.settled(False)
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("SyncPage", "Write the sync file"),
                str(self._suggested_path()),
                tr_word(FILE_FILTER),
            )
            if not chosen:
                return Job.settled(False)
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

        def written(outcome: Outcome) -> bool:
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
                show_problem(self.send_message, message)
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
                show_problem(self.send_message, with_verdict(lines, verdict), rich=True)
            else:
                verdict = tr_word(SAFE_TO_REMOVE if looks_removable(target) else CHECKED)
                show_done(self.send_message, with_verdict(lines, verdict), rich=True)
            self.status_message.emit(verdict)
            self.refresh()
            return not problem

        return start(
            self,
            QCoreApplication.translate("SyncPage", "Send my work"),
            QCoreApplication.translate("SyncPage", "Writing the sync file…"),
            work,
            written,
        )
