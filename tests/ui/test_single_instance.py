"""One copy per data folder, even after a copy was killed: what it leaves behind in the
temporary folder does not stop the next start, and a normal close leaves nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from cbe_desktop.ui.single_instance import SingleInstance, ask_running_copy, server_name

# A copy of the program as far as the single-instance socket goes: listens, says so, and
# then either waits to be killed or quits the ordinary way.
COPY = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from cbe_desktop.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
print(instance.server.fullServerName(), flush=True)
if sys.argv[2] == "quit":
    QTimer.singleShot(300, app.quit)
sys.exit(app.exec())
"""


def start_copy(data_dir: Path, how: str) -> tuple[subprocess.Popen[str], Path]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", COPY, str(data_dir), how],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    socket_file = Path(process.stdout.readline().strip())
    return process, socket_file


def test_a_copy_killed_while_open_does_not_stop_the_next_start(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    killed, socket_file = start_copy(data_dir, "wait")
    try:
        assert socket_file.name == server_name(data_dir)
        assert ask_running_copy(data_dir), "the running copy answers a second start"
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait(10)
    if sys.platform != "win32":  # a named pipe on Windows goes with its process
        assert socket_file.exists(), "the killed copy left its socket behind"

    started = time.monotonic()
    assert not ask_running_copy(data_dir), "nobody answers on what a killed copy left"
    assert time.monotonic() - started < 2
    next_start = SingleInstance(data_dir)
    try:
        assert next_start.server.isListening()
        received: list[str] = []
        next_start.message_received.connect(received.append)
        assert ask_running_copy(data_dir, "show")
        qtbot.waitUntil(lambda: received == ["show"], timeout=3000)
    finally:
        next_start.close()
    assert not socket_file.exists(), "closing removes the socket"


def test_a_normal_close_leaves_no_socket_in_the_temporary_folder(tmp_path):
    data_dir = tmp_path / "data"
    copy, socket_file = start_copy(data_dir, "quit")
    assert copy.wait(20) == 0
    assert not socket_file.exists()
    assert not ask_running_copy(data_dir, timeout_ms=200)


def test_a_second_start_never_takes_the_place_of_a_copy_that_answers(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    try:
        second = SingleInstance(tmp_path)  # as if both started at the same moment
        assert not second.server.isListening()
        received: list[str] = []
        first.message_received.connect(received.append)
        assert ask_running_copy(tmp_path, "show")
        qtbot.waitUntil(lambda: received == ["show"], timeout=3000)
    finally:
        first.close()
