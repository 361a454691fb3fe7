"""One running copy per data folder: a second start asks the first to come forward.

The first copy listens on a local socket named after its data folder; a second copy
that finds it there sends the file it was asked to open (a ``.cbesync`` the teacher
double-clicked) or just "show", and exits.

On Linux and macOS the socket is a file in the temporary folder (``cbe-desktop-<hash>``).
A normal close removes it. A copy that was killed, or whose laptop lost power, leaves it
behind: the next start finds that nobody answers on it, removes it and goes on.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"cbe-desktop-{digest}"


def _someone_answers(name: str, timeout_ms: int) -> QLocalSocket | None:
    """A socket connected to the copy listening on ``name``, or None when nobody is
    (no socket, or one left behind by a copy that stopped without closing it)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if socket.waitForConnected(timeout_ms):
        return socket
    return None


def ask_running_copy(data_dir: Path, message: str = "show", timeout_ms: int = 500) -> bool:
    """True if another copy runs on this data folder (it got ``message``)."""
    socket = _someone_answers(server_name(data_dir), timeout_ms)
    if socket is None:
        return False
    socket.write(message.encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for later copies; emits what they asked for. Stops listening (and removes
    its socket) when the program quits, or when :meth:`close` is called."""

    message_received = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        # Only the teacher's own account may talk to it (on a laptop shared by several).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.name = server_name(data_dir)
        live = _someone_answers(self.name, 200)
        if live is not None:  # another copy started at the same moment: leave it its place
            live.disconnectFromServer()
            log.warning("another copy already listens on %s", self.name)
        else:
            # Nobody answers: what is there, if anything, was left by a copy that was killed.
            if QLocalServer.removeServer(self.name):
                log.info("removed the socket %s left by a copy that did not close", self.name)
            if not self.server.listen(self.name):
                log.warning(
                    "cannot listen on %s (%s): a second start will open a second window",
                    self.name,
                    self.server.errorString(),
                )
        self.server.newConnection.connect(self._connected)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def close(self) -> None:
        """Stop listening; on Linux and macOS this removes the socket file."""
        if self.server.isListening():
            self.server.close()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll()).decode("utf-8", "replace").strip()
        for line in data.splitlines():
            self.message_received.emit(line)
