"""How the window changes data: every teacher action is one core call, one undo step.

Quick edits run on the UI thread (each is one short SQLite transaction). Long work
(imports, sync, reports) goes through :mod:`cbe_desktop.ui.background` instead.
Undo never deletes a row: it calls the core service that reverses the action
(restore a tombstoned target, retract evidence, put the old field values back), so
the undo itself is a change that syncs like any other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import CbeError, StoreReplacedError
from cbe_desktop.core.store import Store
from cbe_desktop.ui.i18n import say_error

log = logging.getLogger(__name__)


class CallCommand(QUndoCommand):
    """An undo step made of two core calls: one that does, one that undoes."""

    def __init__(
        self,
        operations: Operations,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
    ) -> None:
        super().__init__(text)
        self._operations = operations
        self._do = do
        self._undo = undo
        self.failed = False

    def redo(self) -> None:
        self.failed = not self._operations.call(self._do)
        if self.failed:
            self.setObsolete(True)

    def undo(self) -> None:
        self._operations.call(self._undo)


class Operations(QObject):
    """The window's single door to the store for changes."""

    changed = Signal(object)  # Changes
    failed = Signal(str)  # one sentence for the teacher
    #: The database file was replaced under the window (another program): reopen it.
    store_replaced = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._parent = parent
        self.quiet = False  # tests and batch work: no message boxes

    def call(self, fn: Callable[[], Any]) -> bool:
        """Run a core call now; announce its Changes; a CbeError becomes a message."""
        try:
            result = fn()
        except CbeError as exc:
            self.report(say_error(exc))
            if isinstance(exc, StoreReplacedError):
                self.store_replaced.emit()
            return False
        changes = _changes_of(result)
        if changes is not None and not changes.empty:
            self.changed.emit(changes)
        return True

    def perform(
        self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes] | None = None
    ) -> bool:
        """Run an action; with ``undo`` it becomes one step on the undo stack."""
        if undo is None:
            return self.call(do)
        command = CallCommand(self, text, do, undo)
        self.undo_stack.push(command)  # push() calls redo()
        return not command.failed

    def report(self, message: str) -> None:
        log.info("refused: %s", message)
        self.failed.emit(message)
        if not self.quiet and self._parent is not None:
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("Operations", "cbe-desktop"), message
            )


def _changes_of(result: Any) -> Changes | None:
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        for item in result:
            if isinstance(item, Changes):
                return item
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None
