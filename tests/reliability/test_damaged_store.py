"""Issue 12, item 2: damage is found before anything is written or copied into a backup, the
teacher is pointed to the newest sound backup, and a lost ``-wal`` file is said, not hidden."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_helpers import ROOT, cli, stats

from cbe_desktop.core.backups import make_backup
from cbe_desktop.core.errors import StoreDamagedError
from cbe_desktop.core.store import DB_FILE, Store

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_a_page_in_the_middle(db: Path) -> None:
    """What a failing disk does: garbage over a b-tree page half-way through the file."""
    pages = db.stat().st_size // PAGE
    with open(db, "r+b") as fh:
        fh.seek((pages // 2) * PAGE)
        fh.write(bytes([0x0D, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0]) + bytes(range(200)))


def make_an_index_disagree_with_its_table(db: Path) -> None:
    """Damage only the full check sees: an index that no longer matches its rows."""
    con = sqlite3.connect(db, isolation_level=None)
    name, table, root, sql = con.execute(
        "SELECT name, tbl_name, rootpage, sql FROM sqlite_master "
        "WHERE type='index' AND tbl_name='evidence' AND sql IS NOT NULL "
        "AND name='ix_evidence_hlc'"
    ).fetchone()
    con.execute("PRAGMA writable_schema=ON")
    con.execute("DELETE FROM sqlite_master WHERE name=?", (name,))
    con.close()
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute(
        "UPDATE evidence SET hlc='0000000000000-0000-x' WHERE rowid IN "
        "(SELECT rowid FROM evidence LIMIT 3)"
    )
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "INSERT INTO sqlite_master(type, name, tbl_name, rootpage, sql) "
        "VALUES ('index', ?, ?, ?, ?)",
        (name, table, root, sql),
    )
    con.close()


@pytest.fixture
def damaged_folder(demo_folder: Path) -> Path:
    """The demo with one sound backup from earlier, then a damaged page."""
    make_backup(
        demo_folder / DB_FILE, demo_folder / "backups" / "auto-20261201-080000-start.sqlite"
    )
    flip_a_page_in_the_middle(demo_folder / DB_FILE)
    return demo_folder


@pytest.mark.parametrize(
    "command",
    [
        ["stats", "--json"],
        ["mastery", "--class", "Math 7 — Period 2", "--json"],
        ["report", "conference", "--class", "Math 7 — Period 2", "--out", "{tmp}/packets.pdf"],
        ["backup"],
        ["demo"],
        ["sync", "export", "--out", "{tmp}/out.cbesync"],
        ["import", "targets", "{tmp}/targets.csv"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_every_command_refuses_a_damaged_store_and_points_to_the_sound_backup(
    damaged_folder: Path, tmp_path: Path, command: list[str]
):
    (tmp_path / "targets.csv").write_text("code,statement\nA.1,I can add\n", encoding="utf-8")
    before = digest(damaged_folder / DB_FILE)
    backups_before = sorted(p.name for p in (damaged_folder / "backups").iterdir())
    done = cli(damaged_folder, *[c.format(tmp=tmp_path) for c in command])
    assert done.returncode == 1
    assert "is damaged" in done.stderr
    assert "auto-20261201-080000-start.sqlite" in done.stderr  # the newest sound backup
    assert "unexpected" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert digest(damaged_folder / DB_FILE) == before
    assert sorted(p.name for p in (damaged_folder / "backups").iterdir()) == backups_before
    assert not (tmp_path / "packets.pdf").exists()
    assert not (tmp_path / "out.cbesync").exists()


def test_the_sentence_points_past_a_newer_backup_that_is_itself_damaged(damaged_folder: Path):
    newer = damaged_folder / "backups" / "auto-20261205-080000-start.sqlite"
    newer.write_bytes((damaged_folder / DB_FILE).read_bytes())  # a copy of the damage
    done = cli(damaged_folder, "stats")
    assert "auto-20261201-080000-start.sqlite" in done.stderr
    assert "auto-20261205" not in done.stderr


def test_following_the_advice_brings_the_data_back(damaged_folder: Path):
    done = cli(damaged_folder, "stats")
    backup = done.stderr.split('cbe-desktop restore "')[1].split('"')[0]
    restored = cli(damaged_folder, "restore", backup)
    assert restored.returncode == 0, restored.stderr
    assert stats(damaged_folder)["classes"] > 0
    # What was there (damaged) is kept byte for byte under a name that says so.
    assert list((damaged_folder / "backups").glob("damaged-*.sqlite"))


def test_damage_only_the_full_check_sees_stops_every_write_before_it_starts(
    demo_folder: Path, tmp_path: Path
):
    make_an_index_disagree_with_its_table(demo_folder / DB_FILE)
    (tmp_path / "targets.csv").write_text("code,statement\nA.1,I can add\n", encoding="utf-8")
    before = digest(demo_folder / DB_FILE)
    for command in (["demo"], ["backup"], ["import", "targets", str(tmp_path / "targets.csv")]):
        done = cli(demo_folder, *command)
        assert done.returncode == 1, command
        assert "is damaged" in done.stderr, done.stderr
    assert digest(demo_folder / DB_FILE) == before
    assert not [p for p in (demo_folder / "backups").glob("*") if "manual" in p.name]


def test_a_backup_is_never_made_from_a_damaged_store(damaged_folder: Path, tmp_path: Path):
    dest = tmp_path / "copy.sqlite"
    with pytest.raises(StoreDamagedError) as refused:
        make_backup(damaged_folder / DB_FILE, dest)
    assert "will not change it or copy it into a backup" in str(refused.value)
    assert not dest.exists()
    assert not list(tmp_path.glob("copy.sqlite*"))


def test_the_window_start_backup_is_not_made_from_a_damaged_store(damaged_folder: Path):
    with pytest.raises(StoreDamagedError):
        Store.open(damaged_folder, backup_on_start=True, what="window")
    assert [p.name for p in (damaged_folder / "backups").iterdir()] == [
        "auto-20261201-080000-start.sqlite"
    ]


WRITE_GOALS_AND_HANG = """
import sys, time
from sqlmodel import select
from cbe_desktop.core.models import Enrollment
from cbe_desktop.core.store import Store
from cbe_desktop.core.voice import write_goal
store = Store.open(sys.argv[1], what="window")
with store.read() as session:
    e = session.exec(select(Enrollment)).first()
for n in range(5):
    write_goal(store, e.student_id, f"Goal {n}", class_id=e.class_id, author="student")
print("written", flush=True)
time.sleep(600)
"""


def _write_five_goals_then_get_killed(folder: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITE_GOALS_AND_HANG, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "written"
    proc.kill()  # the laptop's battery ran out
    proc.wait()


def test_a_deleted_wal_after_an_unclean_exit_is_said_once(demo_folder: Path):
    goals = stats(demo_folder)["goals"]
    _write_five_goals_then_get_killed(demo_folder)
    wal = demo_folder / f"{DB_FILE}-wal"
    assert wal.exists()
    wal.unlink()  # a cleaning tool, or a copy of the .sqlite file alone
    (demo_folder / f"{DB_FILE}-shm").unlink(missing_ok=True)
    done = cli(demo_folder, "stats", "--json")
    assert done.returncode == 0
    assert "did not close properly" in done.stderr
    assert str(wal) in done.stderr
    assert json.loads(done.stdout)["goals"] == goals  # the five goals were in that file
    again = cli(demo_folder, "stats", "--json")
    assert again.stderr == ""


def test_an_unclean_exit_with_its_wal_loses_nothing_and_says_nothing(demo_folder: Path):
    goals = stats(demo_folder)["goals"]
    _write_five_goals_then_get_killed(demo_folder)
    done = cli(demo_folder, "stats", "--json")
    assert done.returncode == 0
    assert done.stderr == ""
    assert json.loads(done.stdout)["goals"] == goals + 5


def test_a_damaged_store_opened_in_the_window_says_what_to_do(qtbot, damaged_folder, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from cbe_desktop import app

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the window installs its own
    with pytest.raises(StoreDamagedError):
        app.run(damaged_folder)
    assert said and "is damaged" in said[0] and "auto-20261201-080000-start.sqlite" in said[0]
    assert os.path.exists(damaged_folder / DB_FILE)
