"""Long work (imports, sync, reports) off the UI thread, with progress and Cancel.

One door: :func:`start` runs ``fn(progress, cancelled)`` on a worker thread while a
window-modal progress dialog shows, and returns a :class:`Job` at once; the UI thread's
own event loop goes on (no nested loop). When the work ends, ``on_done(outcome)`` runs on
the UI thread with an :class:`Outcome`: the result, or the sentence for the teacher and
the exception itself (so a caller tells a wrong passphrase from a damaged file by type),
or "cancelled".

``progress(done, total, words)`` may be called from the worker; ``cancelled()`` says
whether the teacher pressed Cancel. Core code that honours it must leave the store as it
was (one transaction).

Work whose results must reach the UI thread one by one (pages rasterised for the printer,
painted there) passes ``each``: then ``fn(progress, cancelled, hand)`` hands each result
over with ``hand(item)``, and ``each(item)`` runs on the UI thread, in order, while the
worker goes on; the worker waits when it is ``ahead`` items ahead, so memory holds a few
results, never all of them.

While a job runs, its window refuses to close and says why; the job is kept here until it
has ended, so nothing is collected under the worker's feet.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot
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


def _unexpected() -> str:
    return QCoreApplication.translate(
        "_Worker",
        "An unexpected problem stopped the work; nothing was half-saved "
        "(the details are in the log file).",
    )


def _failure(exc: BaseException) -> Outcome:
    """The outcome of work that raised ``exc``: a CbeError's own sentence, else a plain one."""
    if isinstance(exc, CbeError):
        return Outcome(False, message=say_error(exc), error=exc)
    return Outcome(False, message=_unexpected(), error=exc)


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
        except Exception as exc:
            if not isinstance(exc, CbeError):
                log.exception("background work failed")
            outcome = _failure(exc)
        if self._stop.is_set() and not outcome.ok:
            outcome.cancelled = True
        self.finished.emit(outcome)


class _Relay(QObject):
    """Lives on the UI thread, so the worker's signals reach the job queued, there.
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


#: Jobs that have not ended yet (on_done not run, or the job it chained still running):
#: held here so that neither the job nor its thread is collected while the worker runs.
_running: set[Job] = set()


def running() -> int:
    """How many jobs have not ended yet (tests wait for 0)."""
    return len(_running)


class Job(QObject):
    """Background work started by :func:`start`.

    ``outcome`` is set when the work has ended; ``answer`` is what ``on_done`` returned,
    and when ``on_done`` started another job (and returned it), that job's answer: so
    "make the PDF, then print it" is one job to wait for. ``ended`` is emitted with the
    answer once all of it is done."""

    ended = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.outcome: Outcome | None = None
        self.answer: Any = None
        self._done = False
        self._stop = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._window: QWidget | None = None
        self._cancellable = True
        self._parts: tuple[QObject, ...] = ()  # thread, worker, relay: alive until the end

    @classmethod
    def settled(cls, answer: Any) -> Job:
        """A job that had nothing to do: already ended with ``answer`` (an early return
        of a method that otherwise starts work, so its callers always get a Job)."""
        job = cls()
        job._settle(answer)
        return job

    def is_done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        """Ask the work to stop (as the Cancel button does)."""
        self._stop.set()

    def _settle(self, answer: Any) -> None:
        self.answer = answer
        self._done = True
        _running.discard(self)
        self.ended.emit(answer)

    def _watch(self, window: QWidget | None) -> None:
        """Hold ``window`` while the work runs: it refuses to close, and clicks and keys
        sent to it wait (before the progress window shows, a second click would start
        the same work again under the first)."""
        app = QCoreApplication.instance()
        if window is not None and app is not None:
            self._window = window
            app.installEventFilter(self)

    def _unwatch(self) -> None:
        app = QCoreApplication.instance()
        if self._window is not None and app is not None:
            app.removeEventFilter(self)
        self._window = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _HELD or self.outcome is not None or self._window is None:
            return False
        if not isinstance(watched, QWidget) or not shiboken6.isValid(self._window):
            return False
        if watched.window() is not self._window:
            return False  # another window, or the progress window itself
        if kind == QEvent.Type.Close:
            event.ignore()
            log.info("a window with work running was asked to close; it stays open")
            if self._dialog is not None and shiboken6.isValid(self._dialog):
                self._dialog.setLabelText(still_working(cancellable=self._cancellable))
                self._dialog.show()
                self._dialog.raise_()
        return True  # held: a click, a key (Escape would close a dialog under its work)


#: What a window with work running does not take: closing, clicks and keys.
_HELD = frozenset(
    {
        QEvent.Type.Close,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
    }
)


def still_working(*, cancellable: bool = True) -> str:
    """What a window says when it is closed while its work runs."""
    if not cancellable:
        return QCoreApplication.translate(
            "Background",
            "The work is still running, so this window stays open: wait until it is "
            "finished, then close the window.",
        )
    return QCoreApplication.translate(
        "Background",
        "The work is still running, so this window stays open: wait until it is finished, "
        "or press Cancel, then close the window.",
    )


def start(
    parent: QWidget | None,
    title: str,
    label: str,
    fn: Callable[..., Any],
    on_done: Callable[[Outcome], Any],
    *,
    cancellable: bool = True,
    each: Callable[[Any], None] | None = None,
    ahead: int = 2,
) -> Job:
    """Start ``fn`` on a worker thread with a progress dialog over ``parent``'s window and
    return at once; ``on_done(outcome)`` runs on the UI thread when the work has ended.

    Without ``each``, ``fn(progress, cancelled)``; with it, ``fn(progress, cancelled,
    hand)``, and every ``hand(item)`` calls ``each(item)`` on the UI thread, in order.
    When ``each`` raises, the work is stopped and the outcome is that failure."""
    job = Job()
    stop = job._stop
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
    job._dialog = dialog
    job._cancellable = cancellable
    work: HandingWork = (
        fn if each is not None else (lambda progress, cancelled, _hand: fn(progress, cancelled))
    )
    thread = QThread()
    worker = _Worker(work, stop, ahead if each is not None else 1)
    worker.moveToThread(thread)
    failed: list[BaseException] = []  # what ``each`` raised on the UI thread

    def progressed(done: int, total: int, words: str) -> None:
        if not shiboken6.isValid(dialog):
            return
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
            outcome = _failure(exc)
        thread.quit()
        thread.wait()  # its run() has returned: only the thread's own loop is left to end
        job.outcome = outcome
        job._unwatch()
        if shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        job._dialog = None
        try:
            answer = on_done(outcome)
        except BaseException:
            job._settle(None)  # ended, badly: the error goes on to the window's handler
            raise
        if isinstance(answer, Job) and not answer.is_done():
            answer.ended.connect(job._settle)
        else:
            job._settle(answer.answer if isinstance(answer, Job) else answer)

    relay = _Relay(progressed, handed, finished)
    worker.progressed.connect(relay.progressed)
    worker.handed.connect(relay.handed)
    worker.finished.connect(relay.finished)
    thread.started.connect(worker.run)
    # the job holds what must outlive this call until the work has ended
    job._parts = (thread, worker, relay)
    _running.add(job)
    job._watch(parent.window() if parent is not None else None)
    thread.start()
    return job
