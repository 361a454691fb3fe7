"""A laptop that dies in the middle of an import (battery, power cut: SIGKILL) leaves its
store exactly as it was before, or exactly as it is after; never something between."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import insert
from sync_helpers import ClassSetup, Laptop, dump

from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import Evidence
from cbe_desktop.core.store import Store
from cbe_desktop.sync.exchange import import_bundle

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

EVIDENCE = 15_000  # enough that an import takes a noticeable moment


def big_file(root: Path) -> Path:
    sender = Laptop(root, "sender")
    setup = ClassSetup(sender)
    with sender.store.transaction() as tx:
        rows = []
        for i in range(EVIDENCE):
            stamp = tx.hlc()
            rows.append(
                {
                    "id": new_id(),
                    "hlc": stamp,
                    "seen_hlc": stamp,
                    "origin": sender.replica,
                    "deleted_hlc": None,
                    "base_hlc": None,
                    "student_id": setup.student_ids[i % 3],
                    "target_id": setup.target_ids[i % 2],
                    "class_id": setup.class_id,
                    "task_id": None,
                    "produced_on": f"2026-10-{i % 28 + 1:02d}",
                    "level": float(i % 4 + 1),
                    "status": "scored",
                    "not_yet": False,
                    "feedback": f"Piece {i}: label the units.",
                    "evidence_type": "product",
                    "supersedes": None,
                    "revision_of": None,
                    "attachment_ids": [],
                }
            )
        tx.session.connection().execute(insert(Evidence.__table__), rows)
    path = sender.export()
    sender.close()
    return path


def run_import(data_dir: Path, path: Path) -> subprocess.Popen:
    command = ["sync", "import", str(path)]
    return subprocess.Popen(
        [sys.executable, "-m", "cbe_desktop", "--data-dir", str(data_dir), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "CBE_DESKTOP_DATA_DIR": str(data_dir)},
    )


def wait_for_backup(data_dir: Path, process: subprocess.Popen, timeout: float = 60) -> float:
    """Seconds until the import's backup appears (its transaction starts right after)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout and process.poll() is None:
        if list((data_dir / "backups").glob("auto-*-before-sync*.sqlite")):
            break
        time.sleep(0.002)
    return time.monotonic() - started


def test_an_import_killed_at_any_moment_leaves_the_store_before_or_after_never_between(
    tmp_path,
):
    path = big_file(tmp_path)
    receiver = Laptop(tmp_path, "receiver")
    ClassSetup(receiver, students=2, targets=1)
    receiver.close()
    with Store.open(receiver.folder) as store:
        before = dump(store)
    expected = tmp_path / "expected"
    shutil.copytree(receiver.folder, expected)
    with Store.open(expected) as store:
        import_bundle(store, path)
        after = dump(store)
    assert after != before

    # A whole import in a fresh process: when its transaction starts, and how long it runs.
    whole = tmp_path / "whole"
    shutil.copytree(receiver.folder, whole)
    done = run_import(whole, path)
    start = time.monotonic()
    until_backup = wait_for_backup(whole, done)
    _, err = done.communicate(timeout=120)
    tail = time.monotonic() - start - until_backup
    assert done.returncode == 0, err.decode()
    with Store.open(whole) as store:
        assert dump(store) == after

    # Kill it: twice anywhere before the transaction, then at random moments from the
    # start of the transaction to a little past the end of the process.
    rng = random.Random(20261122)
    outcomes = []
    for attempt in range(8):
        folder = tmp_path / f"killed-{attempt}"
        shutil.copytree(receiver.folder, folder)
        process = run_import(folder, path)
        if attempt < 2:
            time.sleep(rng.uniform(0.05, until_backup))
        else:  # spread over the window, so that its end (after the commit) is hit too
            wait_for_backup(folder, process)
            time.sleep(tail * 1.1 * (attempt - 2 + rng.random()) / 6)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        with Store.open(folder) as store:
            state = dump(store)
        assert state in (before, after), f"attempt {attempt}: {len(state['evidence'])} evidence"
        outcomes.append("after" if state == after else "before")
    print("killed imports left the store:", outcomes)
