"""When something unexpected happens: a dialog with "copy details", and the log file.

Data is never left half-written: every change is one SQLite transaction, so an error
in the middle rolls it back. The dialog says so, and where the details were written.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


class CrashHandler:
    """Installed as ``sys.excepthook`` while the window runs."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.showing = False
        self.shown = 0

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        self.shown += 1
        try:
            self.show(details)
        finally:
            self.showing = False

    def show(self, details: str) -> None:
        where = (
            QCoreApplication.translate("CrashHandler", " The details are in {log_file}.").format(
                log_file=self.log_file
            )
            if self.log_file
            else ""
        )
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(
            QCoreApplication.translate("CrashHandler", "cbe-desktop: something went wrong")
        )
        box.setText(
            QCoreApplication.translate(
                "CrashHandler",
                "Something unexpected happened. Your data is safe: every change is saved whole or "
                "not at all, so nothing was half-written.",
            )
            + where
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashHandler",
                "You can go on working. If it happens again, copy the details "
                "and send them to whoever looks after the program.",
            )
        )
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("CrashHandler", "Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is copy:
            QApplication.clipboard().setText(details)
