"""Long work (imports, sync, reports) off the UI thread, with progress and Cancel.

``fn(progress, cancelled)`` runs on a worker thread. ``progress(done, total, words)``
may be called from there; ``cancelled()`` says whether the teacher pressed Cancel.
Core code that honours it must leave the store as it was (one transaction).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from cbe_desktop.core.errors import CbeError
from cbe_desktop.ui.i18n import say_error

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


@dataclass
class Outcome:
    """How background work ended: its result, or the sentence for the teacher and the
    exception it came from (so a caller tells refusals apart by type, never by wording)."""

    ok: bool
    result: Any = None
    message: str = ""
    cancelled: bool = False
    error: BaseException | None = None

    def failed_with(self, kind: type[BaseException]) -> bool:
        """True when the work failed with an exception of ``kind`` (or a subclass)."""
        return isinstance(self.error, kind)


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, fn: Work, stop: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._stop = stop

    def run(self) -> None:
        try:
            result = self._fn(lambda d, t, w="": self.progressed.emit(d, t, w), self._stop.is_set)
            outcome = Outcome(True, result)
        except CbeError as exc:
            outcome = Outcome(False, message=say_error(exc), error=exc)
        except Exception as exc:
            log.exception("background work failed")
            outcome = Outcome(
                False,
                error=exc,
                message=QCoreApplication.translate(
                    "_Worker",
                    "An unexpected problem stopped the work; nothing was half-saved "
                    "(the details are in the log file).",
                ),
            )
        if self._stop.is_set() and not outcome.ok:
            outcome.cancelled = True
        self.finished.emit(outcome)


class _Relay(QObject):
    """Lives on the UI thread, so the worker's signals reach the dialog queued, there.
    (A signal connected to a plain function would run it on the worker's thread.)"""

    def __init__(
        self, progressed: Callable[[int, int, str], None], finished: Callable[[Outcome], None]
    ) -> None:
        super().__init__()
        self._progressed = progressed
        self._finished = finished

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, words: str) -> None:
        self._progressed(done, total, words)

    @Slot(object)
    def finished(self, outcome: Outcome) -> None:
        self._finished(outcome)


def run_with_progress(
    parent: QWidget | None, title: str, label: str, fn: Work, *, cancellable: bool = True
) -> Outcome:
    """Run ``fn`` on a worker thread while a progress dialog shows; wait for it."""
    stop = threading.Event()
    dialog = QProgressDialog(
        label,
        QCoreApplication.translate("Background", "Cancel") if cancellable else None,
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)
    thread = QThread()
    worker = _Worker(fn, stop)
    worker.moveToThread(thread)
    loop = QEventLoop()
    box: list[Outcome] = []

    def progressed(done: int, total: int, words: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if words:
            dialog.setLabelText(words)

    def finished(outcome: Outcome) -> None:
        box.append(outcome)
        loop.quit()

    relay = _Relay(progressed, finished)
    worker.progressed.connect(relay.progressed)
    worker.finished.connect(relay.finished)
    thread.started.connect(worker.run)
    thread.start()
    if not box:
        loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return box[0]
