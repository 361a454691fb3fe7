"""The base of every page of the window: it refreshes from the store when it is shown.

A teacher's action changes the store once (one transaction) and ``Operations.changed``
says what it touched. A page that shows something the action touched refreshes:

- on screen: once, just after the action (a zero-length timer, so an action that
  changes several things, or several actions in one event, refresh it once);
- hidden (another tab is in front): not now; it is marked stale and refreshes the next
  time it is shown, so typing in the gradebook never re-reads pages nobody looks at.

A page says which changes concern it (:meth:`Page.shows`) and how to read the store
(:meth:`Page.refresh`); the rest is here. A page whose refresh is finer than "read it
all again" (the gradebook updates the cells named in the changes) overrides
:meth:`Page.store_changed` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.store import Store
from cbe_desktop.ui.operations import Operations


class Page(QWidget):
    """A page over the store that refreshes when it is shown, if something it shows changed.

    ``stale`` starts as given: a page that reads the store only when first shown passes
    ``stale=True``; one that fills itself in its ``__init__`` leaves it False.

    Every page says how it reads the store (:meth:`refresh`): a page class that does not
    is refused when it is defined, not when a teacher first opens it.
    """

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.refresh is Page.refresh:
            raise TypeError(f"{cls.__name__} must say how it reads the store: define refresh()")

    def __init__(
        self,
        store: Store,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        stale: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operations = operations
        #: Something this page shows changed while it was hidden: refresh when shown.
        self.stale = stale
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh_if_stale)
        operations.changed.connect(self.store_changed)

    # ----- what a page says -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the store and show it again (every page defines it: see the class)."""

    def shows(self, changes: Changes) -> bool:
        """Whether this page shows anything ``changes`` touched (every change, unless a
        page says otherwise)."""
        return True

    # ----- what the base does -------------------------------------------------------------
    def store_changed(self, changes: Changes) -> None:
        """After every action: refresh if the page shows what it touched."""
        if self.shows(changes):
            self.refresh_when_seen()

    def refresh_when_seen(self) -> None:
        """Refresh just after the current action if the page is on screen, else the next
        time it is shown."""
        self.stale = True
        if self.isVisible():
            self._refresh_soon.start()

    def refresh_if_stale(self) -> None:
        """Refresh now if something changed since the last refresh (before printing from
        a menu, say, when the page may never have been shown)."""
        if self.stale:
            self.refresh_now()

    def refresh_now(self) -> None:
        self.stale = False
        self._refresh_soon.stop()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_stale()
