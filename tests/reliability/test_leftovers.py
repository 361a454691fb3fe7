"""Issue 12, item 7: what a killed copy leaves half-made is cleaned at the next start, and
only when no other copy could still be making it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reliability_helpers import ROOT, another_copy, cli, stats

from cbe_desktop.core.backups import list_backups, make_backup
from cbe_desktop.core.store import DB_FILE


def leave_what_a_killed_copy_leaves(folder: Path, outside: Path) -> list[Path]:
    outside.mkdir(parents=True, exist_ok=True)
    packets = outside / "packets.pdf.424242.partial"
    packets.write_bytes(b"%PDF-1.4 half")
    (folder / "running").mkdir(exist_ok=True)
    (folder / "running" / "424242-deadbeef.json").write_text(
        json.dumps(
            {"pid": 424242, "what": "report conference", "since": "2026-12-01T08:00:00",
             "partials": [str(packets)]}
        ),
        encoding="utf-8",
    )  # fmt: skip
    left = [
        folder / "backups" / "auto-20261201-080000-start.sqlite.424242.partial",
        # SQLite's journal of that half-made backup (found by the fault-injection run)
        folder / "backups" / "auto-20261201-080000-start.sqlite.424242.partial-journal",
        folder / f"{DB_FILE}.restoring",
        folder / ".write-test-424242",
        folder / ".sync-3f2a.zip",
        folder / f"{DB_FILE}.424242.partial",
        packets,
    ]
    (folder / "backups").mkdir(exist_ok=True)
    for path in left[:-1]:
        path.write_bytes(b"student names in the clear " * 100)
    return left


def test_the_next_start_removes_what_a_killed_copy_left(demo_folder: Path, tmp_path: Path):
    make_backup(demo_folder / DB_FILE, demo_folder / "backups" / "manual-keep.sqlite")
    (demo_folder / "my notes.txt").write_text("the teacher's own file", encoding="utf-8")
    left = leave_what_a_killed_copy_leaves(demo_folder, tmp_path / "usb")
    done = cli(demo_folder, "stats", "--json")
    assert done.returncode == 0, done.stderr
    assert [p for p in left if p.exists()] == []
    assert not list((demo_folder / "running").iterdir())
    assert (demo_folder / "backups" / "manual-keep.sqlite").exists()
    assert (demo_folder / "my notes.txt").exists()


def test_nothing_is_cleaned_while_another_copy_is_open(demo_folder: Path, tmp_path: Path):
    with another_copy(demo_folder, "window"):
        left = leave_what_a_killed_copy_leaves(demo_folder, tmp_path / "usb")
        assert cli(demo_folder, "stats").returncode == 0
        assert all(p.exists() for p in left)
    assert cli(demo_folder, "stats").returncode == 0
    assert not [p for p in left if p.exists()]


def test_a_killed_packet_run_leaves_no_half_pdf_after_the_next_start(
    demo_folder: Path, tmp_path: Path
):
    out = tmp_path / "usb" / "packets.pdf"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cbe_desktop", "--data-dir", str(demo_folder), "report",
         "conference", "--class", "Math 7 — Period 2", "--out", str(out)],
        stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("Packet 3 of"):
            break
    proc.kill()
    proc.wait()
    halves = list(out.parent.glob("*.partial"))
    assert halves, "the run was killed before it began writing"
    assert not out.exists()
    assert cli(demo_folder, "stats").returncode == 0
    assert not list(out.parent.glob("*.partial"))


def test_the_list_of_backups_never_offers_a_truncated_file(demo_folder: Path):
    whole = make_backup(demo_folder / DB_FILE, demo_folder / "backups" / "manual-whole.sqlite")
    cut = demo_folder / "backups" / "damaged-20261201-080000-before-restore.sqlite"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert list_backups(demo_folder / "backups") == [whole]
    assert stats(demo_folder)["classes"] > 0


def test_a_normal_close_leaves_no_note(demo_folder: Path):
    assert cli(demo_folder, "stats").returncode == 0
    assert not os.listdir(demo_folder / "running")
