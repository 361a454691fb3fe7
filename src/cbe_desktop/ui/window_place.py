"""Where the window opens: inside the screen it is on, at the size and place it was left.

The most common school laptop has a 1366×768 screen with a task bar, so the window never
asks for more than the screen has room for. The first time, it takes the size it would
like (1440×860) where that fits, and otherwise fills the screen (maximized, with a
normal size inside the screen for when the teacher un-maximizes it). Afterwards it comes
back at the size, place and state the teacher left it in (``QWidget.saveGeometry``),
unless the screen has changed so much that it would no longer fit.

The place is kept per computer, in the configuration folder beside the machine token
(``$CBE_DESKTOP_CONFIG_DIR`` or the user's configuration folder), never in the data
folder: a data folder copied to another laptop meets another screen.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget

log = logging.getLogger(__name__)

#: The size the window would like on a large screen (what it always opened at before).
PREFERRED = QSize(1440, 860)
SETTINGS_FILE = "window.ini"
GEOMETRY_KEY = "main_window/geometry"


def config_dir() -> Path:
    """This computer's configuration folder for the program (as the machine token's)."""
    return Path(
        os.environ.get("CBE_DESKTOP_CONFIG_DIR")
        or platformdirs.user_config_dir("cbe-desktop", appauthor=False)
    )


def window_settings() -> QSettings:
    return QSettings(str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def available_rect(window: QWidget, screen: QScreen | None = None) -> QRect:
    """The part of the window's screen that windows may use (without the task bar)."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_allowance(window: QWidget) -> QSize:
    """How much the window manager's frame adds around the window (its title bar and
    borders): measured once the window is shown, estimated before."""
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        if frame.height() > inner.height():
            return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    style = window.style()
    title = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window)
    return QSize(8, max(title, 24) + 8)


def fit_to_screen(window: QWidget, screen: QScreen | None = None) -> bool:
    """Give the window its preferred size, or as much of the available screen as there
    is, centred on that screen. True when the screen is smaller than the preferred size
    (then the window should open maximized)."""
    available = available_rect(window, screen)
    allowance = frame_allowance(window)
    room = QSize(
        max(1, available.width() - allowance.width()),
        max(1, available.height() - allowance.height()),
    )
    size = PREFERRED.boundedTo(room).expandedTo(window.minimumSize()).boundedTo(room)
    left = available.x() + (available.width() - size.width() - allowance.width()) // 2
    top = available.y() + (available.height() - size.height() - allowance.height()) // 2
    window.resize(size)  # the inside of the window; the frame goes around it
    window.move(max(available.x(), left), max(available.y(), top))  # the frame's corner
    return not (PREFERRED.width() <= room.width() and PREFERRED.height() <= room.height())


def place_window(window: QWidget, screen: QScreen | None = None) -> None:
    """Before the window is first shown: where the teacher left it, or fitted to the screen.

    From then on its size and place are remembered when it closes."""
    saved = window_settings().value(GEOMETRY_KEY)
    restored = False
    if isinstance(saved, (QByteArray, bytes)) and saved:
        restored = window.restoreGeometry(QByteArray(saved))
        if restored and not available_rect(window, screen).contains(
            window.geometry(), proper=False
        ):
            log.info("the remembered window place no longer fits this screen")
            restored = False
    if not restored:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        if fit_to_screen(window, screen):
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    if not hasattr(window, "_cbe_place_keeper"):
        window._cbe_place_keeper = PlaceKeeper(window)  # type: ignore[attr-defined]
        window.installEventFilter(window._cbe_place_keeper)  # type: ignore[attr-defined]


def remember_place(window: QWidget) -> None:
    settings = window_settings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        log.warning("could not remember the window's place in %s", settings.fileName())


class PlaceKeeper(QObject):
    """Remembers the window's size, place and state when the teacher closes it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget):
            remember_place(watched)
        return False


class KeepDialogsOnScreen(QObject):
    """An application-wide watch: a dialog that opens taller or wider than the screen
    has room for is made to fit, and moved so its title bar and buttons are in sight
    (a 1366×768 screen with a task bar leaves about 700 pixels).

    It looks at each window that becomes the active one (a dialog does as it opens),
    never at each event: an application-wide event filter is handed every event of
    every widget, a call into Python each (about a twentieth of the window's start)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self._window_focused)

    def _window_focused(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.windowHandle() is window:
                # Once per showing: a dialog the teacher moved aside stays there when
                # they come back to it. Its next showings are heard by a watch on the
                # dialog itself (its own events only).
                if widget.property(_WATCHED) is True:
                    return
                widget.setProperty(_WATCHED, True)
                widget.installEventFilter(self)
                _fit_soon(widget)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            _fit_soon(watched)
        return False


#: A dialog's mark that it is watched (fitted when first active, then at each showing).
_WATCHED = "cbeFittedToScreen"


def _fit_soon(dialog: QDialog) -> None:
    """Fit ``dialog`` now, and again once the window manager has framed and placed it."""
    for wait in (0, 200):
        QTimer.singleShot(wait, dialog, lambda d=dialog: keep_on_screen(d))


def keep_on_screen(window: QWidget) -> None:
    """Shrink ``window`` to the available screen (not below its minimum) and move it in,
    its title bar too (estimated while the window manager has not yet framed it)."""
    if not window.isVisible():
        return
    available = available_rect(window)
    allowance = frame_allowance(window)
    room = QSize(available.width() - allowance.width(), available.height() - allowance.height())
    size = window.size()
    if size.width() > room.width() or size.height() > room.height():
        size = size.boundedTo(room).expandedTo(window.minimumSize())
        window.resize(size)
    inner = QRect(window.geometry().topLeft(), size)
    side = allowance.width() // 2
    title = allowance.height() - side
    frame = inner.adjusted(-side, -title, side, side)
    if available.contains(frame):
        return
    left = min(max(frame.x(), available.x()), available.right() + 1 - frame.width())
    top = min(max(frame.y(), available.y()), available.bottom() + 1 - frame.height())
    left, top = max(left, available.x()), max(top, available.y())
    window.setGeometry(QRect(left + side, top + title, size.width(), size.height()))


def install_dialog_watch(app: QGuiApplication) -> None:
    """Once per application (``cbe_desktop.app.application`` calls it)."""
    if not hasattr(app, "_cbe_dialog_watch"):
        app._cbe_dialog_watch = KeepDialogsOnScreen(app)  # type: ignore[attr-defined]
