"""The window paints the first class's gradebook before SQLAlchemy, SQLModel and the
tables are loaded (issue 20: they cost about three times Qt's whole empty window), and
loads them right after, on the start-up backup's thread, so the first typed level does
not wait for them. Run as the teacher starts it (``cbe-desktop``, a new process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.store import Store

#: Started as ``cbe-desktop --data-dir DIR``; at the main window's first paint it notes
#: which libraries are loaded and what the gradebook shows, and again once the ORM has
#: loaded (or half a minute has passed).
STARTER = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from cbe_desktop.app import application
from cbe_desktop import cli

ORM = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "cbe_desktop.core.models")
app = application()
seen = {}

def loaded():
    return sorted(m for m in ORM if m in sys.modules)

def later(waited=0):
    # (Right after: within half a minute, for a machine busy with other work.)
    if "cbe_desktop.core.models" not in sys.modules and waited < 30_000:
        QTimer.singleShot(100, lambda: later(waited + 100))
        return
    seen["later"] = loaded()
    seen["waited_ms"] = waited
    print(json.dumps(seen), flush=True)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if "painted" not in seen and event.type() == QEvent.Type.Paint:
            if obj.objectName() == "mainWindow":
                seen["painted"] = loaded()
                QTimer.singleShot(0, later)
                grid = obj.page.gradebook.model.grid
                seen["students"] = len(grid.students) if grid else 0
                seen["targets"] = len(grid.targets) if grid else 0
        return False

watch = FirstPaint()
app.installEventFilter(watch)
QTimer.singleShot(60_000, app.quit)  # (never painted: the test says so)
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""


def test_the_gradebook_paints_before_the_orm_loads_and_the_orm_loads_right_after(
    tmp_path: Path,
):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        build_demo(store)
    # (This computer's configuration folder as the test's: the store is at home there.)
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", STARTER, str(folder)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])

    assert seen["painted"] == []  # nothing of the ORM before the first paint
    assert seen["students"] > 0 and seen["targets"] > 0  # the real gradebook, filled in
    assert "sqlalchemy" in seen["later"] and "cbe_desktop.core.models" in seen["later"]
    assert sorted((folder / "backups").glob("auto-*-start*.sqlite"))  # the day's backup
