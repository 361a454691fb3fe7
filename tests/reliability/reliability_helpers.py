"""Helpers for the reliability suite: the real command line in another process, another
copy of the program holding the data folder, another process holding SQLite's write lock."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from cbe_desktop.core.store import DB_FILE

ROOT = Path(__file__).resolve().parents[2]


def cli(
    data_dir: Path, *args: str, timeout: float = 120, env: dict | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command line in another process, as a teacher's terminal would."""
    return subprocess.run(
        [sys.executable, "-m", "cbe_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "CBE_DESKTOP_DEBUG": "", **(env or {})},
        cwd=ROOT,
    )


def stats(data_dir: Path) -> dict[str, int]:
    done = cli(data_dir, "stats", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


HOLD_STORE = """
import sys, time
from cbe_desktop.core.store import Store
store = Store.open(sys.argv[1], what=sys.argv[2])
print("open", flush=True)
time.sleep(float(sys.argv[3]))
store.close()
"""

HOLD_WRITE_LOCK = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


@contextlib.contextmanager
def another_copy(data_dir: Path, what: str = "window", seconds: float = 60) -> Iterator[None]:
    """Another copy of the program with ``data_dir`` open (the window, a command)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(data_dir), what, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "open"
        yield
    finally:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def writing_elsewhere(data_dir: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holding SQLite's write lock on the store for ``seconds``."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(data_dir / DB_FILE), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "holding"
        yield proc
    finally:
        proc.wait(timeout=seconds + 30)


def wait_for(predicate, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)
