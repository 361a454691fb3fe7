"""Waiting for work started through the background door (``ui.background.start``): it
returns at once, and what follows runs on the window's thread when the work has ended."""

from __future__ import annotations

from typing import Any

from cbe_desktop.ui import background
from cbe_desktop.ui.background import Job

#: generous: a test waits only as long as the work takes
TIMEOUT_MS = 60_000


def answer(qtbot: Any, job: Job) -> Any:
    """Wait until ``job`` (and any job it chained) has ended; what its on_done returned."""
    qtbot.waitUntil(job.is_done, timeout=TIMEOUT_MS)
    return job.answer


def settle(qtbot: Any) -> None:
    """Wait until every job started through the door has ended (after a button press)."""
    qtbot.waitUntil(lambda: background.running() == 0, timeout=TIMEOUT_MS)
