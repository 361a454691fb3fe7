"""A child process for the start-up and memory benchmarks (run by ``run.py``).

    python benchmarks/probe.py app DATA_DIR   # the program, as a teacher starts it
    python benchmarks/probe.py floor          # PySide6, a QApplication and one empty window

Both print one JSON line when the first window has been painted and exit:
``{"painted": <time.time() at the first paint>, "cpu": <CPU seconds used by then>,
"maxrss_mb": <peak resident memory after the window settled, see peak_rss_mb>}``.
``app`` goes through the real entry point
(``cbe_desktop.cli.main([--data-dir, DIR])``: logging, opening the store with its start-up
backup, the main window with the first class's gradebook); ``floor`` is the least any
PySide6 program pays for a painted window. Qt runs offscreen unless QT_QPA_PLATFORM says
otherwise.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from pathlib import Path

SETTLE_SECONDS = 0.5
#: At most this long for the window's work after its first paint (the start-up backup).
SETTLE_MAX_SECONDS = 20


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB.

    ``ru_maxrss`` (getrusage) is kept across ``execve``, so a child started by a large
    parent (the benchmark runner) would report the parent's peak; ``VmHWM`` belongs to
    this process's own memory map. Where there is no /proc, ``ru_maxrss`` it is.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _hook(app, is_window) -> None:  # type: ignore[no-untyped-def]
    """On the first paint of the window: note the time, let it settle, report, quit."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer

    state: dict = {}

    def report() -> None:
        app.processEvents()
        clock = QElapsedTimer()
        clock.start()

        # Settled: the work the window does right after its first paint is done (the
        # start-up backup's thread, begun a moment after the paint, which then loads the
        # ORM), then half a second more.
        def backing_up() -> bool:
            return any(t.name == "start-up backup" for t in threading.enumerate())

        while not backing_up() and clock.elapsed() < 2000:
            app.processEvents()
            time.sleep(0.01)
        while backing_up() and clock.elapsed() < SETTLE_MAX_SECONDS * 1000:
            app.processEvents()
            time.sleep(0.01)
        clock.restart()
        while clock.elapsed() < SETTLE_SECONDS * 1000:
            app.processEvents()
            time.sleep(0.01)
        state["maxrss_mb"] = peak_rss_mb()
        print(json.dumps(state), flush=True)
        app.quit()

    def painted() -> None:
        state["painted"] = time.time()  # the paint pass (all children) is complete
        state["cpu"] = time.process_time()  # CPU seconds this process used until then
        QTimer.singleShot(0, report)

    class FirstPaint(QObject):
        """On the window itself: its own events only."""

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if "painted" not in state and event.type() == QEvent.Type.Paint:
                state["painted"] = 0.0
                QTimer.singleShot(0, painted)
            return False

    class FindWindow(QObject):
        """Application-wide, only until the window's first event (as it is being made):
        a filter on the application is handed every event of every widget, a call into
        Python each, which would weigh on the program (hundreds of widgets) far more
        than on the floor (one)."""

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if is_window(obj):
                app.removeEventFilter(self)
                obj.installEventFilter(app._first_paint)
            return False

    app._first_paint = FirstPaint()  # keep references
    app._find_window = FindWindow()
    app.installEventFilter(app._find_window)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = argv[0] if argv else ""
    if mode == "floor":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        _hook(app, lambda obj: obj is window)
        window.resize(1440, 860)
        window.show()
        app.exec()
        return 0
    if mode == "app" and len(argv) == 2:
        from cbe_desktop import cli, start_gc
        from cbe_desktop.core.paths import DB_FILE
        from cbe_desktop.core.sqlite_file import begin_quick_check

        # The window's libraries are loaded here, before cli.main, to hook the
        # application; as `cbe-desktop` has it, the file's quick check begins before
        # they load (cli._start_window; its own call then finds it begun), and the cycle
        # collector rests while they load (cli._open_window pauses it).
        start_gc.pause()
        begin_quick_check(Path(argv[1]) / DB_FILE)
        from cbe_desktop.app import application

        app = application()  # the same instance app.run() takes up
        # (The main window's first event comes before it is named: it is known by class.)
        _hook(app, lambda obj: type(obj).__name__ == "MainWindow")
        return cli.main(["--data-dir", argv[1]])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
