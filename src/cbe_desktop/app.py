"""Start-up of the window: QApplication, the store, the main window, and --screenshot.

Also: one running copy per data folder, the crash dialog, the first-run welcome, the
demo sandbox, text size, a second backup folder, and restoring a backup from the window.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
from collections.abc import Callable, MutableMapping
from contextlib import suppress
from importlib import resources
from pathlib import Path

# The store's modules load before Qt, and the window's package (ui/__init__.py) first of
# all that names Qt: once loaded, PySide6 reads the source of every module an import
# statement names (for its __feature__ switches) unless told not to (ui/pyside_scan.py).
from cbe_desktop.core.store import BACKUP_BEFORE_FIRST_WRITE, Store

# isort: split
import cbe_desktop.ui  # noqa: F401

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cbe_desktop import __version__
from cbe_desktop.core.errors import CbeError, StoreDamagedError
from cbe_desktop.ui.i18n import say, say_error

log = logging.getLogger(__name__)

#: The size of ``--screenshot`` pictures: the most common school laptop's screen.
SCREENSHOT_SIZE = (1366, 768)


# PySide6 6.12.0 under Python 3.11 loses one reference to None on every call into Qt that
# returns nothing or returns None (a method returning void, a null pointer, an empty
# QVariant), and one to True on every signal emit (6.11.3 does not). Its wheels count
# references the Python 3.12 way, where None, True and False are immortal and need none;
# before 3.12 they are not, so their counts run down with use - about a hundred per
# ordinary action in the gradebook - and at zero the interpreter aborts ("Fatal Python
# error: none_dealloc"). A window on the demo class started with about 64,000 references
# to None and aborted after some 600 actions; closing it aborts already after about 100.
# pin_singletons() gives the three a count with 2**40 to spare, with the low 32 bits set
# the way Python 3.12+ marks an immortal object (bit 31), which stops the loss on None;
# True still loses one per emit, and 2**40 emits outlast any teacher's career.
# tests/test_pinned_singletons.py checks both, and says when the pin can go. Installers
# built on Python 3.12+ (where the three are immortal) need none of this.
_PIN = (1 << 40) + (3 << 30)


def pin_singletons() -> None:
    """Make None, True and False immortal enough for PySide6 6.12 on Python 3.11."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal already (PEP 683)
    import ctypes

    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        if before >= 1 << 40:
            continue  # pinned already
        # ob_refcnt is the first field of an object in a release build of CPython 3.11
        # (another thread may move the count a little between the two readings).
        count = ctypes.c_ssize_t.from_address(id(obj))
        if abs(count.value - before) > 1000:
            log.warning("cannot pin the reference count of %r; leaving it as it is", obj)
            return
        count.value += _PIN


# What Qt's X11 platform plugin (plugins/platforms/libqxcb.so and lib/libQt6XcbQpa.so.6)
# loads, beyond Qt itself and the C and C++ runtimes, each with the Debian and Ubuntu
# package that holds it. When one is missing, Qt aborts inside QApplication() with a
# message meant for developers and a core dump (exit status 134), so the window checks
# these first. tests/test_installers.py keeps the list equal to the plugin's own, and
# installers/linux/install.sh names the same packages.
X11_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def _loads(library: str) -> bool:
    """Whether the system's loader finds and loads ``library`` (as Qt's plugin would)."""
    import ctypes

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_x11_libraries(
    libraries: dict[str, str] = X11_LIBRARIES, loads: Callable[[str], bool] | None = None
) -> dict[str, str]:
    """The libraries of ``libraries`` this computer cannot load, with their packages.

    In the Linux bundle the loader looks in the bundle's own folder first (PyInstaller's
    program sets LD_LIBRARY_PATH), as it does for Qt a moment later. Loading them here
    costs little: on X11, Qt loads every one of them anyway.
    """
    loads = loads or _loads
    return {name: package for name, package in libraries.items() if not loads(name)}


def check_display(
    environ: MutableMapping[str, str] | None = None, loads: Callable[[str], bool] | None = None
) -> None:
    """Before QApplication on Linux: refuse in one sentence a window Qt could not open.

    Qt picks its platform plugin from QT_QPA_PLATFORM (unset: X11, or Wayland on a
    Wayland desktop). Only X11 (xcb) is checked; offscreen, Wayland and the rest are left
    to Qt. On a Wayland desktop that lacks the X11 libraries, Qt is told to use Wayland.
    """
    if not sys.platform.startswith("linux"):
        return
    environ = os.environ if environ is None else environ
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    first = requested.split(";")[0].split(":")[0].strip()
    if first not in ("", "xcb"):
        return
    if not first and environ.get("WAYLAND_DISPLAY"):
        if missing_x11_libraries(loads=loads):
            log.info("the X11 libraries are missing; opening the window with Wayland")
            environ["QT_QPA_PLATFORM"] = "wayland"
        return
    if not environ.get("DISPLAY"):
        raise _logged(
            QCoreApplication.translate(
                "App",
                "cbe-desktop cannot open its window because no desktop is running here "
                "(DISPLAY is not set): start it from a desktop session, or use its "
                "commands (cbe-desktop --help).",
            )
        )
    missing = missing_x11_libraries(loads=loads)
    if missing:
        packages = " ".join(dict.fromkeys(missing.values()))
        raise _logged(
            QCoreApplication.translate(
                "App",
                "cbe-desktop cannot open its window because this computer lacks {libraries}: "
                "install them (on Debian or Ubuntu: sudo apt install {packages}) and start "
                "cbe-desktop again.",
            ).format(libraries=", ".join(missing), packages=packages)
        )


def use_offscreen_without_desktop(environ: MutableMapping[str, str] | None = None) -> bool:
    """With no platform asked for and no desktop (no DISPLAY, no WAYLAND_DISPLAY) on
    Linux, ask Qt for its offscreen platform; True when it did."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM", "").strip():
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    log.info("no desktop is running: the screenshot is drawn offscreen")
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return True


def _logged(sentence: str) -> CbeError:
    """The error to raise, its sentence also kept in the log (a menu entry has no terminal)."""
    log.warning("%s", sentence)
    return CbeError(sentence)


def application(*, headless_ok: bool = False) -> QApplication:
    """The one QApplication (an :class:`Application`). ``headless_ok`` (a
    ``--screenshot``): with no desktop running, draw offscreen instead of refusing, since
    nothing is shown on a screen."""
    pin_singletons()
    app = QApplication.instance()
    if app is None:
        if headless_ok:
            use_offscreen_without_desktop()
        check_display()  # Qt would abort inside QApplication() with a developer's message
        app = Application(sys.argv[:1])
    elif not isinstance(app, Application):  # (made by someone else: a test's own, say)
        log.debug("a QApplication was made before ours: a Mac's opened files do not reach it")
    app.setApplicationName("cbe-desktop")
    app.setOrganizationName("cbe-desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cbe-desktop")  # Wayland finds the icon by the .desktop file
    icon = resources.files("cbe_desktop") / "assets" / "icon.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from cbe_desktop.ui.window_place import install_dialog_watch

    install_dialog_watch(app)  # no dialog taller than a small laptop's screen
    return app  # type: ignore[return-value]


class Application(QApplication):
    """The program's QApplication.

    macOS hands a double-clicked .cbesync to the program as an event sent to the
    application object, not as an argument: it is taken here, where only the
    application's own events arrive. (An application-wide event filter, as before, is
    handed every event of every widget: a call into Python each, about a twentieth of
    the window's whole start.)"""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = Path(event.file())  # type: ignore[attr-defined]
            for widget in QApplication.topLevelWidgets():
                if hasattr(widget, "receive_file") and widget.isVisible():
                    widget.receive_file(path)
                    return True
        return super().event(event)


def demo_sandbox_dir(data_dir: Path) -> Path:
    """The demo class lives beside the teacher's data, never inside it."""
    return data_dir.parent / f"{data_dir.name}-demo-sandbox"


def run(
    data_dir: Path,
    *,
    screenshot: Path | None = None,
    demo: bool = False,
    page: str | None = None,
    open_file: Path | None = None,
    screenshot_size: tuple[int, int] = SCREENSHOT_SIZE,
    database: str | None = None,
) -> int:
    """Open the window on the store in ``data_dir`` (or on the school hub ``database``,
    for office staff); with ``screenshot``, save a PNG of ``screenshot_size`` and exit."""
    if database:
        return _run_on_hub(database, data_dir, screenshot, page, screenshot_size)
    from cbe_desktop.core.logs import LOG_NAME
    from cbe_desktop.ui.crash import CrashHandler
    from cbe_desktop.ui.single_instance import SingleInstance, ask_running_copy

    app = application(headless_ok=screenshot is not None)
    instance = None
    if screenshot is None:
        if ask_running_copy(data_dir, str(open_file) if open_file else "show"):
            print("cbe-desktop is already open on this data folder; it was brought to the front.")
            return 0
        instance = SingleInstance(data_dir, app)
        CrashHandler(data_dir / "logs" / LOG_NAME).install()
    # The window's modules load while the file's quick check (begun by the command line)
    # runs on its thread. The window's store opens without waiting for its verdict, which
    # comes before anything is written or backed up (a picture's store waits for it).
    from cbe_desktop.ui import main_window  # noqa: F401

    try:
        # The start-up backup waits until the window has painted (it still comes before
        # the first write: the store makes it then if the window has not yet).
        store = Store.open(
            data_dir,
            backup_on_start=BACKUP_BEFORE_FIRST_WRITE if screenshot is None else False,
            what="window",
        )
    except CbeError as exc:
        if screenshot is None:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "cbe-desktop"), say_error(exc)
            )
        raise
    try:
        language = _install_language(app, store)
        if screenshot is None and not demo:
            store, demo, received = _first_run(store, data_dir, language)
            open_file = open_file or received
    except CbeError as exc:  # (a damaged page met by the first reads, before the verdict)
        store.close()
        if screenshot is None:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "cbe-desktop"), say_error(exc)
            )
        raise
    result = 0
    try:
        while True:
            try:
                window = _open_window(app, store, demo, page, instance, screenshot is not None)
            except CbeError as exc:  # (a damaged page met while reading the first view)
                if screenshot is None:
                    QMessageBox.critical(
                        None, QCoreApplication.translate("App", "cbe-desktop"), say_error(exc)
                    )
                raise
            if screenshot is not None:
                return save_screenshot(window, screenshot, screenshot_size)
            after_first_paint(window, lambda w=window, s=store: _after_first_paint(w, s))
            if open_file is not None:
                QTimer.singleShot(0, lambda w=window, f=open_file: w.receive_file(f))
                open_file = None
            if store.notices:
                QTimer.singleShot(0, lambda w=window, n=list(store.notices): _tell(w, n))
                store.notices.clear()
            result = app.exec()
            if window.pending_restore is not None:
                store = _restore(store, window.pending_restore)
            elif window.pending_demo:  # "Try the demo class" in the empty window
                store, demo = _open_demo(store, data_dir, language), True
            elif window.pending_reopen:
                store.close()
                store = Store.open(data_dir, what="window")
            else:
                return result
    finally:
        store.close()


class _FirstPaint(QObject):
    """Runs ``then`` once, shortly after ``window`` has painted for the first time."""

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(START_BACKUP_DELAY_MS, self._then)
        return False


#: How long after its first paint the window backs the store up (a typed key before
#: that still waits for the backup: the store makes it before any write).
START_BACKUP_DELAY_MS = 50


def after_first_paint(window, then: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    window.installEventFilter(_FirstPaint(window, then))


def _after_first_paint(window, store: Store) -> None:  # type: ignore[no-untyped-def]
    from cbe_desktop import start_gc

    start_gc.resume()  # paused by the command line while the window started
    _start_backup(window, store)


class _BackupEnd(QObject):
    """Carries the start-up backup's failure from its thread to the window's (queued)."""

    failed = Signal(object)


def _start_backup(window, store: Store) -> threading.Thread:  # type: ignore[no-untyped-def]
    """The day's start-up backup (and its copy to the second backup folder), once the
    gradebook shows, on a thread of its own: copying and checking a school year's store
    takes about half a second, and the window answers meanwhile. The day's first change
    still comes after it: the backup holds the store's write lock, which every change
    waits for, and a change before it started makes it first. A failure (a full disk) is
    said in one sentence, and changes wait (the store tries the backup again before one).
    Then the thread loads the ORM, which the window painted without (see ``core/reads.py``),
    so that the first typed level does not wait for it.
    Returns the thread (the store's closing waits for the backup too)."""
    from cbe_desktop.core.settings import get_setting

    with store.reads() as db:  # read here: the thread touches files only
        second = get_setting(db, "backup_folder")
    end = _BackupEnd(window)
    end.failed.connect(
        lambda exc: QMessageBox.warning(
            window, QCoreApplication.translate("App", "cbe-desktop"), say_error(exc)
        )
    )

    def work() -> None:
        try:
            made = store.make_start_backup()
        except CbeError as exc:
            log.warning("no start-up backup: %s", exc)
            with suppress(RuntimeError):  # the window closed meanwhile: the log says it
                end.failed.emit(exc)
            if isinstance(exc, StoreDamagedError):
                return  # (the ORM is refused a damaged file too: nothing to load)
            made = None
        except Exception:
            log.exception("the start-up backup failed")  # the first change tries again
            made = None
        if made is not None and second:
            _copy_backup_to_second_folder(store, second)
        try:
            store.load_orm()
        except Exception:  # (the first write loads it then, and says what went wrong)
            log.exception("the ORM could not be loaded after the first paint")

    thread = threading.Thread(target=work, name="start-up backup")
    thread.start()
    return thread


def _run_on_hub(
    database: str,
    data_dir: Path,
    screenshot: Path | None,
    page: str | None,
    screenshot_size: tuple[int, int],
) -> int:
    """The window on a school hub: every class the login may read (all, for the office).

    The hub has no data folder to claim and no file to back up (its server does both);
    the window otherwise is the teacher's own.
    """
    from cbe_desktop.core.hub import open_hub

    app = application(headless_ok=screenshot is not None)
    try:
        store = open_hub(database, data_dir)
    except CbeError as exc:
        if screenshot is None:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "cbe-desktop"), say_error(exc)
            )
        raise
    _install_language(app, store)
    try:
        while True:
            window = _open_window(app, store, False, page, None, screenshot is not None)
            if screenshot is not None:
                return save_screenshot(window, screenshot, screenshot_size)
            result = app.exec()
            if not window.pending_reopen:
                return result
            store.close()
            store = open_hub(database, data_dir)
    finally:
        store.close()


def _tell(window, notices: list[str]) -> None:  # type: ignore[no-untyped-def]
    """What the store found when it opened (changes that may be lost), once, in words."""
    QMessageBox.warning(
        window,
        QCoreApplication.translate("App", "cbe-desktop"),
        "\n\n".join(say(n) for n in notices),
    )


def _install_language(app: QApplication, store: Store) -> str:
    """The interface language from the settings ('' = the computer's), before any window."""
    from cbe_desktop.core.settings import get_setting
    from cbe_desktop.ui.i18n import install_translator

    with store.reads() as db:
        language = get_setting(db, "language")
    return install_translator(app, language)


def _open_window(app, store: Store, demo: bool, page: str | None, instance, picture=False):  # type: ignore[no-untyped-def]
    """The main window, inside the screen (where the teacher left it); for a picture
    (``picture``) at the picture's size instead, and its place is not remembered."""
    from cbe_desktop.core.settings import get_setting
    from cbe_desktop.ui.contrast import apply_contrast, apply_zoom
    from cbe_desktop.ui.main_window import MainWindow
    from cbe_desktop.ui.window_place import place_window

    with store.reads() as db:
        zoom = get_setting(db, "zoom")
        contrast = get_setting(db, "contrast")
    apply_zoom(app, int(zoom) if zoom.isdigit() else 100)
    apply_contrast(app, contrast)
    window = MainWindow(store, demo=demo)
    if page:
        window.show_page(page)
    if not picture:
        place_window(window)
    if instance is not None:
        instance.message_received.connect(window.answer_second_copy)
    window.show()
    return window


def _first_run(
    store: Store, data_dir: Path, language: str = "en"
) -> tuple[Store, bool, Path | None]:
    """On an empty store not yet set up: the welcome screen. Returns the store to open,
    whether it is the demo sandbox, and the sync file to receive (on a second laptop).
    The demo class is written in ``language``, the interface language in use."""
    from cbe_desktop.core.class_list import class_summaries
    from cbe_desktop.core.settings import get_setting

    with store.reads() as db:
        if class_summaries(db) or get_setting(db, "welcomed"):
            return store, False, None
    from cbe_desktop import start_gc
    from cbe_desktop.ui.welcome import (
        WelcomeDialog,
        apply_receiving,
        apply_setup,
        import_first_files,
    )

    # The teacher may stay on the welcome screen, and receive or import files from it:
    # the start is no longer what is waited for, so the cycle collector works again.
    start_gc.resume(freeze=False)
    dialog = WelcomeDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return store, False, None
    if dialog.choice == "demo":
        return _open_demo(store, data_dir, language), True, None
    if dialog.choice == "receive":
        assert dialog.receiving is not None
        apply_receiving(store, dialog.receiving)
        return store, False, dialog.receiving.sync_file
    assert dialog.setup is not None
    class_id = apply_setup(store, dialog.setup)
    import_first_files(None, store, class_id, dialog.setup)
    return store, False, None


def _open_demo(store: Store, data_dir: Path, language: str) -> Store:
    """The demo class in its sandbox beside the teacher's data folder (which is closed)."""
    from cbe_desktop.core.demo import build_demo

    sandbox = Store.open(demo_sandbox_dir(data_dir), what="window")
    build_demo(sandbox, language=language)
    store.close()
    return sandbox


def _copy_backup_to_second_folder(store: Store, folder: str) -> None:
    """The newest backup, copied to the teacher's second backup folder (a USB stick)."""
    from cbe_desktop.core.backups import list_backups

    newest = list_backups(store.backups_dir)
    if not newest:
        return
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(newest[0], Path(folder) / newest[0].name)
    except OSError as exc:
        log.warning("could not copy the backup to %s: %s", folder, exc)


def _restore(store: Store, backup: Path) -> Store:
    from cbe_desktop.services.maintenance import restore_backup

    data_dir = store.data_dir
    store.close()  # the window lets go of the folder: a restore needs it alone
    try:
        safety = restore_backup(data_dir, backup)
    except CbeError as exc:
        QMessageBox.warning(None, QCoreApplication.translate("App", "cbe-desktop"), say_error(exc))
    else:
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "cbe-desktop"),
            QCoreApplication.translate(
                "App", "Restored {name}. What was there before is kept in {safety}."
            ).format(name=backup.name, safety=safety),
        )
    return Store.open(data_dir, what="window")


def save_screenshot(window, path: Path, size: tuple[int, int] = SCREENSHOT_SIZE) -> int:  # type: ignore[no-untyped-def]
    """Render the window, as shown on screen at ``size`` (width, height), into a PNG."""
    app = application()
    window.resize(*size)
    window.show()
    for _ in range(5):
        app.processEvents()
    app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise CbeError(
            QCoreApplication.translate(
                "App", "The screenshot could not be written to {path}."
            ).format(path=path)
        )
    log.info("screenshot saved to %s", path)
    window.close()
    return 0
