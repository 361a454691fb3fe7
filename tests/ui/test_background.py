"""The one door for long work: it starts the work on a worker thread and returns at once;
what follows runs on the window's thread when the work has ended, with an outcome that
keeps the exception itself (so the window tells a wrong passphrase from a damaged file by
type, never by comparing translated sentences)."""

from __future__ import annotations

import ast
import inspect
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QProgressDialog, QPushButton

from cbe_desktop.core.errors import CbeError
from cbe_desktop.sync.errors import PassphraseError
from cbe_desktop.ui import background
from cbe_desktop.ui.background import Job, Outcome, start


@pytest.fixture
def go(qtbot):  # type: ignore[no-untyped-def]
    """Work that waits for ``go``; whatever a test asserts, the work is let go and ended
    before the next test, so one failure never leaves a job running into the next."""
    event = threading.Event()
    yield event
    event.set()
    qtbot.waitUntil(lambda: background.running() == 0, timeout=5000)


@pytest.fixture
def window(qtbot) -> QMainWindow:
    shown = QMainWindow()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def ended(qtbot, job: Job) -> Outcome:
    qtbot.waitUntil(job.is_done, timeout=5000)
    assert background.running() == 0
    assert job.outcome is not None
    return job.outcome


def test_the_door_returns_at_once_and_the_result_arrives_on_the_window_thread(window, qtbot, go):
    seen: list[tuple[Outcome, bool]] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        assert threading.current_thread() is not threading.main_thread()
        go.wait(5)
        progress(1, 1, "")
        return 42

    def then(outcome: Outcome) -> str:
        seen.append((outcome, threading.current_thread() is threading.main_thread()))
        return "answered"

    job = start(window, "Title", "Working…", work, then)
    assert not job.is_done() and seen == [] and background.running() == 1  # still working
    go.set()
    outcome = ended(qtbot, job)
    assert (outcome.ok, outcome.result, outcome.cancelled) == (True, 42, False)
    assert seen == [(outcome, True)]  # on_done ran once, on the window's thread
    assert job.answer == "answered"
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_a_failure_keeps_the_exception_type_and_its_sentence(window, qtbot):
    wrong = PassphraseError("The passphrase does not open this file; type it again.")

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise wrong

    outcome = ended(qtbot, start(window, "Title", "Working…", work, lambda outcome: None))
    assert not outcome.ok and not outcome.cancelled
    assert outcome.error is wrong and outcome.failed_with(PassphraseError)
    assert outcome.failed_with(CbeError)
    assert outcome.message == "The passphrase does not open this file; type it again."


def test_an_unexpected_failure_is_one_plain_sentence_and_keeps_the_exception(window, qtbot):
    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise KeyError("table")

    outcome = ended(qtbot, start(window, "Title", "Working…", work, lambda outcome: None))
    assert outcome.failed_with(KeyError) and not outcome.failed_with(CbeError)
    assert "KeyError" not in outcome.message and outcome.message.startswith("An unexpected")


def test_cancel_stops_the_work_and_says_it_was_cancelled(window, qtbot):
    started = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise CbeError("Stopped: nothing was written.")

    job = start(window, "Title", "Working…", work, lambda outcome: None)
    assert started.wait(5)
    dialog = window.findChild(QProgressDialog)
    dialog.canceled.emit()  # what the Cancel button sends
    outcome = ended(qtbot, job)
    assert (outcome.ok, outcome.cancelled) == (False, True)


def test_a_window_closed_while_its_work_runs_stays_open_and_says_why(window, qtbot, go):
    job = start(window, "Title", "Working…", lambda progress, cancelled: go.wait(5), print)
    assert not window.close()  # refused: the work would lose its window
    assert window.isVisible()
    dialog = window.findChild(QProgressDialog)
    assert dialog.isVisible() and dialog.labelText() == background.still_working()
    go.set()
    assert ended(qtbot, job).ok
    assert window.close()  # once the work has ended, the window closes as usual
    assert not window.isVisible()


def test_work_without_cancel_asks_only_to_wait_when_its_window_is_closed(window, qtbot, go):
    job = start(window, "T", "L", lambda p, c: go.wait(5), print, cancellable=False)
    assert not window.close()
    dialog = window.findChild(QProgressDialog)
    assert dialog.labelText() == background.still_working(cancellable=False)
    assert "Cancel" not in dialog.labelText()
    go.set()
    assert ended(qtbot, job).ok


def test_escape_does_not_close_a_dialog_while_its_work_runs(qtbot, go):
    """The import dialog imports under its own progress window: Escape, pressed before
    that window shows, must not close the dialog and lose the import's report."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    job = start(dialog, "Title", "Working…", lambda p, c: go.wait(5), lambda o: dialog.accept())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # not rejected under its work
    go.set()
    ended(qtbot, job)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_second_click_before_the_progress_window_shows_does_not_start_it_again(window, qtbot, go):
    started: list[Job] = []
    button = QPushButton("Import", window)
    window.setCentralWidget(button)
    button.clicked.connect(
        lambda: started.append(start(window, "T", "L", lambda p, c: go.wait(5), print))
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a double click, or impatience
    assert len(started) == 1
    go.set()
    ended(qtbot, started[0])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # once it has ended, it answers
    assert len(started) == 2


def test_each_result_handed_over_is_used_on_the_window_thread_in_order(window, qtbot):
    used: list[tuple[int, bool]] = []

    def work(progress, cancelled, hand):  # type: ignore[no-untyped-def]
        for n in range(8):
            hand(n)
        return 8

    job = start(
        window,
        "Title",
        "Working…",
        work,
        lambda outcome: len(used),
        each=lambda n: used.append((n, threading.current_thread() is threading.main_thread())),
        ahead=2,
    )
    outcome = ended(qtbot, job)
    assert outcome.ok and outcome.result == 8
    assert used == [(n, True) for n in range(8)]
    assert job.answer == 8  # on_done ran after the last item was used


def test_when_using_a_result_fails_the_work_stops_with_that_failure(window, qtbot):
    handed: list[int] = []

    def work(progress, cancelled, hand):  # type: ignore[no-untyped-def]
        for n in range(100):
            if cancelled():
                raise CbeError("stopped")
            hand(n)
            handed.append(n)
        return 100

    def use(n: int) -> None:
        if n == 2:
            raise CbeError("The printer ran out of paper; add paper and print again.")

    job = start(window, "Title", "Working…", work, lambda outcome: None, each=use, ahead=2)
    outcome = ended(qtbot, job)
    assert not outcome.ok and outcome.failed_with(CbeError)
    assert outcome.message == "The printer ran out of paper; add paper and print again."
    assert len(handed) < 100  # the worker stopped a few items ahead, not at the end


def test_a_job_started_by_on_done_is_waited_for_as_part_of_the_first(window, qtbot, go):
    second_go = go

    def then(outcome: Outcome) -> Job:
        return start(
            window,
            "Title",
            "Then…",
            lambda progress, cancelled: second_go.wait(5) and outcome.result + 1,
            lambda second: second.result * 10,
        )

    job = start(window, "Title", "First…", lambda progress, cancelled: 1, then)
    qtbot.waitUntil(lambda: job.outcome is not None)
    assert not job.is_done() and background.running() == 2  # the chained job still runs
    second_go.set()
    qtbot.waitUntil(job.is_done)
    assert job.answer == 20 and background.running() == 0


def test_the_door_never_runs_a_nested_event_loop():
    """A nested loop would let the window handle clicks in the middle of a caller's code;
    the door returns instead, and on_done continues on the window's own loop."""
    tree = ast.parse(inspect.getsource(background))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert not {"QEventLoop", "exec", "exec_", "processEvents"} & names
