"""While a change waits for another copy of the program to finish writing: say so, stay alive.

SQLite lets one copy write at a time. When the teacher's keystroke meets a command-line
import or a sync running on the same data folder, the store tries again and again for
the write lock and asks this waiter between tries. After half a second the waiter shows
a small window that says what it waits for ("the command 'sync import', open since
10:02") and keeps the program painting; the change is saved the moment the other copy
is done. Cancel gives up: nothing is written, and the teacher is told so.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from cbe_desktop.core.folder_lock import RunningCopy
from cbe_desktop.core.store import waiting_sentence
from cbe_desktop.ui.i18n import say

#: Waits shorter than this pass without a word (a checkpoint, another copy's keystroke).
SHOW_AFTER_SECONDS = 0.5


class BusyWaiter:
    """A store's ``waiter`` for the window (see :attr:`cbe_desktop.core.store.Store.waiter`)."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._cancelled = False
        self._main = threading.main_thread()

    def __call__(self, waited: float, others: list[RunningCopy]) -> bool:
        if threading.current_thread() is not self._main:
            return True  # background work has its own progress window; it just waits
        if waited < SHOW_AFTER_SECONDS:
            self._cancelled = False
            return True
        if self._dialog is None:
            self._dialog = self._make_dialog()
        self._dialog.setLabelText(say(waiting_sentence(others)))
        if not self._dialog.isVisible():
            self._dialog.show()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        QApplication.processEvents()  # the dialog's Cancel button
        if self._cancelled or (self._dialog is not None and self._dialog.wasCanceled()):
            self.done()
            return False
        return True

    def done(self) -> None:
        """The write went through (or was given up): the waiting window goes."""
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    @property
    def showing(self) -> bool:
        return self._dialog is not None and self._dialog.isVisible()

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(
            "",
            QCoreApplication.translate("BusyWaiter", "Give up this change"),
            0,
            0,
            self._parent,
        )
        dialog.setWindowTitle(QCoreApplication.translate("BusyWaiter", "Waiting to save"))
        dialog.setObjectName("busyWaiter")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)
        self._cancelled = False
        return dialog

    def _cancel(self) -> None:
        self._cancelled = True
