"""Long work (imports, sync, reports) off the UI thread, with progress and Cancel.

``fn(progress, cancelled)`` runs on a worker thread. ``progress(done, total, words)``
may be called from there; ``cancelled()`` says whether the teacher pressed Cancel.
Core code that honours it must leave the store as it was (one transaction).

Work whose results must reach the UI thread one by one (pages rasterised for the printer,
painted there) uses :func:`run_handing_over`: ``fn(progress, cancelled, hand)`` hands
each result over with ``hand(item)``, and ``each(item)`` runs on the UI thread, in
order, while the worker goes on; the worker waits when it is ``ahead`` items ahead, so
memory holds a few results, never all of them.
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
Hand = Callable[[Any], None]
HandingWork = Callable[[Progress, Callable[[], bool], Hand], Any]


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
    handed = Signal(object)
    finished = Signal(object)

    def __init__(self, fn: HandingWork, stop: threading.Event, ahead: int) -> None:
        super().__init__()
        self._fn = fn
        self._stop = stop
        #: free places for results handed over and not yet taken on the UI thread
        self.room = threading.Semaphore(max(1, ahead))

    def hand(self, item: Any) -> None:
        """Hand ``item`` to the UI thread; wait while it is ``ahead`` items behind."""
        while not self.room.acquire(timeout=0.05):
            if self._stop.is_set():
                return  # stopped: the work sees cancelled() and ends
        self.handed.emit(item)

    def run(self) -> None:
        try:
            result = self._fn(
                lambda d, t, w="": self.progressed.emit(d, t, w), self._stop.is_set, self.hand
            )
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
        self,
        progressed: Callable[[int, int, str], None],
        handed: Callable[[Any], None],
        finished: Callable[[Outcome], None],
    ) -> None:
        super().__init__()
        self._progressed = progressed
        self._handed = handed
        self._finished = finished

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, words: str) -> None:
        self._progressed(done, total, words)

    @Slot(object)
    def handed(self, item: Any) -> None:
        self._handed(item)

    @Slot(object)
    def finished(self, outcome: Outcome) -> None:
        self._finished(outcome)


def run_with_progress(
    parent: QWidget | None, title: str, label: str, fn: Work, *, cancellable: bool = True
) -> Outcome:
    """Run ``fn`` on a worker thread while a progress dialog shows; wait for it."""
    return _run(
        parent,
        title,
        label,
        lambda progress, cancelled, _hand: fn(progress, cancelled),
        None,
        cancellable=cancellable,
        ahead=1,
    )


def run_handing_over(
    parent: QWidget | None,
    title: str,
    label: str,
    fn: HandingWork,
    each: Callable[[Any], None],
    *,
    ahead: int = 2,
    cancellable: bool = True,
) -> Outcome:
    """Run ``fn(progress, cancelled, hand)`` on a worker thread while a progress dialog
    shows; every ``hand(item)`` calls ``each(item)`` on the UI thread, in order. When
    ``each`` raises, the work is stopped and the outcome is that failure."""
    return _run(parent, title, label, fn, each, cancellable=cancellable, ahead=ahead)


def _run(
    parent: QWidget | None,
    title: str,
    label: str,
    fn: HandingWork,
    each: Callable[[Any], None] | None,
    *,
    cancellable: bool,
    ahead: int,
) -> Outcome:
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
    worker = _Worker(fn, stop, ahead)
    worker.moveToThread(thread)
    loop = QEventLoop()
    box: list[Outcome] = []
    failed: list[BaseException] = []  # what ``each`` raised on the UI thread

    def progressed(done: int, total: int, words: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if words:
            dialog.setLabelText(words)

    def handed(item: Any) -> None:
        try:
            if not failed and each is not None:
                each(item)
        except BaseException as exc:
            failed.append(exc)
            stop.set()
        finally:
            worker.room.release()

    def finished(outcome: Outcome) -> None:
        if failed:
            exc = failed[0]
            if not isinstance(exc, CbeError):
                log.error("work on the UI thread failed", exc_info=exc)
            outcome = Outcome(
                False,
                error=exc,
                message=say_error(exc)
                if isinstance(exc, CbeError)
                else QCoreApplication.translate(
                    "_Worker",
                    "An unexpected problem stopped the work; nothing was half-saved "
                    "(the details are in the log file).",
                ),
            )
        box.append(outcome)
        loop.quit()

    relay = _Relay(progressed, handed, finished)
    worker.progressed.connect(relay.progressed)
    worker.handed.connect(relay.handed)
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
