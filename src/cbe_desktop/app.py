"""Start-up of the window: QApplication, the store, the main window, and --screenshot."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cbe_desktop import __version__
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.store import Store

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1440, 860)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("cbe-desktop")
    app.setOrganizationName("cbe-desktop")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run(
    data_dir: Path, *, screenshot: Path | None = None, demo: bool = False, page: str | None = None
) -> int:
    """Open the window on the store in ``data_dir``; with ``screenshot``, save a PNG and exit."""
    from cbe_desktop.ui.main_window import MainWindow

    app = application()
    try:
        store = Store.open(data_dir, backup_on_start=screenshot is None)
    except CbeError as exc:
        if screenshot is None:
            QMessageBox.critical(None, "cbe-desktop", str(exc))
        raise
    try:
        window = MainWindow(store, demo=demo)
        if page:
            window.show_page(page)
        if screenshot is not None:
            return save_screenshot(window, screenshot)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        return app.exec()
    finally:
        store.close()


def save_screenshot(window, path: Path) -> int:  # type: ignore[no-untyped-def]
    """Render the window, as shown on screen, into a PNG."""
    app = application()
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(5):
        app.processEvents()
    QTimer.singleShot(0, lambda: None)
    app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise CbeError(f"The screenshot could not be written to {path}.")
    log.info("screenshot saved to %s", path)
    window.close()
    return 0
