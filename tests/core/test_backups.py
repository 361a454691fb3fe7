"""Backups: a teacher's work survives a bad day, and the backups folder does not grow forever."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from cbe_desktop.core import backups
from cbe_desktop.core.errors import NewerSchemaError, NotADatabaseError
from cbe_desktop.core.models import Attachment, SchoolClass
from cbe_desktop.core.roster import add_class
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import BACKUP_BEFORE_FIRST_WRITE, DB_FILE, Store
from cbe_desktop.services import maintenance
from cbe_desktop.services.maintenance import restore_backup

NOW = datetime(2026, 11, 6, 15, 30, 0)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts_in(data_dir: Path) -> dict[str, int]:
    with Store.open(data_dir) as store, store.read() as session:
        return live_counts(session)


def auto_name(when: datetime, reason: str = "start") -> str:
    return f"auto-{when:%Y%m%d-%H%M%S}-{reason}.sqlite"


# ----------------------------------------------------------------------------- making backups


@pytest.mark.sqlite_only("a backup is a copy of the laptop's SQLite file")
def test_a_backup_is_a_sound_copy_with_the_same_counts(demo_store, tmp_path):
    with demo_store.read() as session:
        expected = live_counts(session)
    dest = backups.make_backup(demo_store.db_path, tmp_path / "elsewhere" / "friday.sqlite")

    assert dest.is_file()
    assert not dest.with_name(dest.name + ".partial").exists()
    assert backups.validate_backup_file(dest) is not None
    con = sqlite3.connect(dest)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()

    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    (copy_dir / DB_FILE).write_bytes(dest.read_bytes())
    assert counts_in(copy_dir) == expected


def test_opening_with_backup_on_start_writes_a_start_backup(tmp_path):
    with Store.open(tmp_path) as store, store.transaction() as tx:
        add_class(tx, "Math 7")
    with Store.open(tmp_path, backup_on_start=True):
        pass
    made = list((tmp_path / "backups").glob("auto-*-start.sqlite"))
    assert len(made) == 1
    assert backups.validate_backup_file(made[0])
    con = sqlite3.connect(made[0])
    assert con.execute("SELECT name FROM school_class").fetchall() == [("Math 7",)]
    con.close()


def _start_backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("auto-*-start*.sqlite"))


def test_the_windows_start_backup_waits_for_the_window_but_comes_before_the_first_change(
    tmp_path,
):
    with Store.open(tmp_path) as store, store.transaction() as tx:
        add_class(tx, "Math 7")
    with Store.open(tmp_path, backup_on_start=BACKUP_BEFORE_FIRST_WRITE) as store:
        assert _start_backups(tmp_path) == []  # the window paints first
        with store.transaction() as tx:  # the teacher's first change of the day
            add_class(tx, "Science 7")
        made = _start_backups(tmp_path)
        assert len(made) == 1
        assert store.make_start_backup() is None  # one backup a start, not one a change
    con = sqlite3.connect(made[0])
    assert con.execute("SELECT name FROM school_class").fetchall() == [("Math 7",)]
    con.close()
    assert _start_backups(tmp_path) == made


def test_the_windows_start_backup_is_made_after_the_first_paint_or_at_closing(tmp_path):
    with Store.open(tmp_path) as store, store.transaction() as tx:
        add_class(tx, "Math 7")
    with Store.open(tmp_path, backup_on_start=BACKUP_BEFORE_FIRST_WRITE) as store:
        made = store.make_start_backup()  # what the window calls once it has painted
        assert made is not None and _start_backups(tmp_path) == [made]
    Store.open(tmp_path, backup_on_start=BACKUP_BEFORE_FIRST_WRITE).close()  # closed at once
    assert len(_start_backups(tmp_path)) == 2


def test_opening_without_backup_on_start_writes_no_backup(tmp_path):
    with Store.open(tmp_path):
        pass
    with Store.open(tmp_path):
        pass
    assert not list((tmp_path / "backups").glob("*.sqlite"))


# ----------------------------------------------------------------------------- rotation


def expected_survivors(times: list[datetime], now: datetime) -> set[datetime]:
    """The rule, written out plainly: the 10 newest, and the newest of each of the
    days within the last two weeks."""
    newest_first = sorted(times, reverse=True)
    keep = set(newest_first[:10])
    newest_of_day: dict[str, datetime] = {}
    for t in newest_first:
        if now - t <= timedelta(days=14):
            newest_of_day.setdefault(t.strftime("%Y%m%d"), t)
    return keep | set(newest_of_day.values())


def test_rotation_keeps_the_ten_newest_and_one_a_day_for_two_weeks(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    # 40 starts, one every 11 hours, going back about 18 days
    times = [NOW - timedelta(hours=11 * n, minutes=n) for n in range(40)]
    for t in times:
        (folder / auto_name(t)).write_bytes(b"pretend backup")
    manual = [folder / "manual-20250101-080000-backup.sqlite", folder / "manual-before-trip.sqlite"]
    for path in manual:
        path.write_bytes(b"the teacher's own backup")

    removed = backups.rotate(folder, now=NOW)

    survivors = {p.name for p in folder.glob("auto-*.sqlite")}
    assert survivors == {auto_name(t) for t in expected_survivors(times, NOW)}
    assert len(removed) == 40 - len(survivors)
    assert all(not p.exists() for p in removed)
    assert all(p.exists() for p in manual)

    # Spelled out: the ten newest are all still there...
    for t in sorted(times, reverse=True)[:10]:
        assert (folder / auto_name(t)).exists()
    # ...every one of the last 14 days that had a start still has a backup...
    days_with_starts = {t.date() for t in times if NOW - t <= timedelta(days=14)}
    days_kept = {datetime.strptime(n[5:20], "%Y%m%d-%H%M%S").date() for n in survivors}
    assert days_with_starts <= days_kept
    # ...and nothing older than two weeks survives unless it is among the ten newest.
    old = [t for t in times if NOW - t > timedelta(days=14)]
    assert old and all(not (folder / auto_name(t)).exists() for t in old)


def test_rotating_twice_removes_nothing_more(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for n in range(40):
        (folder / auto_name(NOW - timedelta(hours=9 * n))).write_bytes(b"x")
    backups.rotate(folder, now=NOW)
    assert backups.rotate(folder, now=NOW) == []


def test_rotation_never_deletes_the_teachers_manual_backups_however_old(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    manual = [
        folder / f"manual-{NOW - timedelta(days=400 + n):%Y%m%d-%H%M%S}-backup.sqlite"
        for n in range(15)
    ]
    for path in manual:
        path.write_bytes(b"keep me")
    assert backups.rotate(folder, now=NOW) == []
    assert all(path.exists() for path in manual)


def test_rotation_of_a_missing_folder_does_nothing(tmp_path):
    assert backups.rotate(tmp_path / "no-backups-yet", now=NOW) == []


# ----------------------------------------------------------------------------- restore


def test_restoring_brings_back_the_data_keeps_a_safety_copy_and_takes_a_new_replica(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        with store.transaction() as tx:
            add_class(tx, "Math 7")
        friday = backups.make_backup(store.db_path, tmp_path / "friday.sqlite")
        with store.transaction() as tx:  # Monday: a class added by mistake
            add_class(tx, "Class added by mistake")
        replica_before = store.replica

    safety = restore_backup(data, friday)

    with Store.open(data) as store:
        with store.read() as session:
            assert [c.name for c in session.exec(select(SchoolClass))] == ["Math 7"]
        assert store.replica != replica_before
        restored_replica = store.replica
    with Store.open(data) as store:  # the new identity sticks
        assert store.replica == restored_replica

    assert safety.is_file()
    assert safety.parent == data / "backups"
    assert "before-restore" in safety.name
    con = sqlite3.connect(safety)
    names = {r[0] for r in con.execute("SELECT name FROM school_class")}
    con.close()
    assert names == {"Math 7", "Class added by mistake"}


def test_restoring_a_file_that_is_not_a_database_is_refused_and_the_store_is_unchanged(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store, store.transaction() as tx:
        add_class(tx, "Math 7")
    before = sha256_of(data / DB_FILE)
    holiday_photo = tmp_path / "photo.sqlite"
    holiday_photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 500)

    with pytest.raises(NotADatabaseError):
        restore_backup(data, holiday_photo)

    assert sha256_of(data / DB_FILE) == before
    assert not list(data.glob("backups/*before-restore*"))  # nothing to be safe from
    with Store.open(data) as store, store.read() as session:
        assert [c.name for c in session.exec(select(SchoolClass))] == ["Math 7"]


def test_a_damaged_store_can_be_restored_and_its_bytes_are_kept_aside(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store, store.transaction() as tx:
        add_class(tx, "Math 7")
    friday = backups.make_backup(data / DB_FILE, tmp_path / "friday.sqlite")
    db = data / DB_FILE
    damaged = db.read_bytes()[:4096] + b"\x00garbage after a power cut" * 200
    db.write_bytes(damaged)
    with pytest.raises(NotADatabaseError) as caught:  # the store says what to do...
        Store.open(data)
    assert "restore" in str(caught.value)

    safety = restore_backup(data, friday)  # ...and doing it works

    assert safety.read_bytes() == damaged
    assert not list(data.glob("backups/*.partial"))
    with Store.open(data) as store, store.read() as session:
        assert [c.name for c in session.exec(select(SchoolClass))] == ["Math 7"]


def test_restoring_a_backup_from_a_newer_version_is_refused(tmp_path):
    data = tmp_path / "data"
    with Store.open(data):
        pass
    newer = tmp_path / "newer.sqlite"
    backups.make_backup(data / DB_FILE, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = sha256_of(data / DB_FILE)
    with pytest.raises(NewerSchemaError):
        restore_backup(data, newer)
    assert sha256_of(data / DB_FILE) == before


# ----------------------------------------------------------------------------- health check


def test_a_fresh_demo_is_healthy(demo_store):
    report = maintenance.check(demo_store)
    assert report.ok, report.problems
    assert report.problems == []


def test_the_check_notices_a_missing_photo_of_student_work(demo_store):
    with demo_store.read() as session:
        attachment = session.exec(select(Attachment)).first()
    (demo_store.blobs_dir / attachment.sha256).unlink()

    report = maintenance.check(demo_store)
    assert not report.ok
    assert any("missing" in p for p in report.problems)


def test_the_check_notices_a_photo_that_was_changed_on_disk(demo_store):
    with demo_store.read() as session:
        attachment = session.exec(select(Attachment)).first()
    blob = demo_store.blobs_dir / attachment.sha256
    blob.write_bytes(blob.read_bytes() + b"scribble")

    report = maintenance.check(demo_store)
    assert not report.ok
    assert any("checksum" in p for p in report.problems)
