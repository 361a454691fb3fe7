"""Logging: a rotating log file in the data folder, and terse messages on the terminal.

Tracebacks go to the file only; the teacher sees one sentence that says where it is.
A log that cannot be written (a full disk, a removed stick) is given up quietly: the
teacher must only ever read the program's own sentence, never Python's "--- Logging
error ---" and its traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "cbe-desktop.log"


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that stops writing, without a word on the terminal, when it cannot."""

    def handleError(self, record: logging.LogRecord) -> None:
        self.setLevel(logging.CRITICAL + 1)  # the disk is full or gone: stop trying


class _QuietStreamHandler(logging.StreamHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        """The terminal went away (a closed pipe): there is nobody to tell."""


def setup_logging(data_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Log to ``<data folder>/logs/cbe-desktop.log``; returns the file (None if unwritable)."""
    from cbe_desktop.core.store import default_data_dir

    root = logging.getLogger("cbe_desktop")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_cbe", False):
            root.removeHandler(handler)
            handler.close()
    console = _QuietStreamHandler()
    console.setLevel(logging.INFO if verbose else logging.CRITICAL + 1)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console._cbe = True  # type: ignore[attr-defined]
    root.addHandler(console)
    root.propagate = False
    folder = (data_dir or default_data_dir()) / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        handler = _QuietFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._cbe = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
