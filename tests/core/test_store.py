"""The store: one SQLite file that keeps every change, knows where it lives, and refuses
what it cannot safely open without touching it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from cbe_desktop.core.errors import DataFolderError, NewerSchemaError, NotADatabaseError
from cbe_desktop.core.evidence import EvidenceEntry, add_evidence, add_task
from cbe_desktop.core.ids import HybridLogicalClock, Stamp
from cbe_desktop.core.models import SYNCED_TABLES, Replica, SchoolClass, Student
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import DB_FILE, Store, UnstampedRowError
from cbe_desktop.core.targets import add_framework, add_target, set_rubric


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def record_a_small_class(store: Store) -> None:
    """A teacher sets up one class with one target and scores one student."""
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        framework = add_framework(tx, "Grade 7 Mathematics")
        target = add_target(tx, framework, code="7.RP.1", statement="Unit rates")
        set_rubric(tx, target, {1: "a", 2: "b", 3: "c", 4: "d"})
        school_class = add_class(tx, "Math 7", scale_id=scale.id)
        align_target(tx, school_class, target)
        student = add_student(tx, "Ana", "García")
        enroll(tx, school_class, student)
        task = add_task(
            tx, "Warm-up", "2026-09-08", class_id=school_class.id, target_ids=[target.id]
        )
        add_evidence(
            tx,
            EvidenceEntry(
                student_id=student.id,
                target_id=target.id,
                produced_on="2026-09-08",
                level=3,
                class_id=school_class.id,
                task_id=task.id,
            ),
        )


def all_stamps(store: Store) -> list[str]:
    stamps = []
    with store.read() as session:
        for table in SYNCED_TABLES:
            stamps.extend(row.hlc for row in session.exec(select(table)))
    return stamps


# ----------------------------------------------------------------------------- connections


@pytest.mark.sqlite_only("SQLite's write-ahead log and pragmas; the hub's server has its own")
def test_a_new_store_writes_ahead_syncs_fully_and_checks_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.sqlite_only("the laptop's store is a file in its data folder")
def test_a_new_store_is_one_file_at_the_root_of_the_data_folder(store):
    assert store.db_path == store.data_dir / DB_FILE
    assert store.db_path.is_file()


# ----------------------------------------------------------------------------- stamps


def test_every_row_a_teacher_adds_is_stamped_with_this_laptops_clock_and_replica(store):
    record_a_small_class(store)
    with store.read() as session:
        rows = [row for table in SYNCED_TABLES for row in session.exec(select(table))]
    assert len(rows) >= 12
    for row in rows:
        assert row.origin == store.replica
        assert Stamp.parse(row.hlc).replica == store.replica
        assert row.deleted_hlc is None


def test_a_row_added_without_its_stamp_is_refused_and_nothing_of_the_action_is_written(store):
    """Rows need not be given hlc and origin (they default to empty): the transaction
    stamps them, and a row that skipped it (added to the session directly) never reaches
    the database, where it could neither travel nor merge."""
    with pytest.raises(UnstampedRowError, match="student"), store.transaction() as tx:
        add_class(tx, "Art 8")
        tx.session.add(Student(id="unstamped", given_name="Sofía"))
    with store.read() as session:
        assert session.exec(select(SchoolClass)).all() == []
        assert session.exec(select(Student)).all() == []


def test_rows_added_in_one_action_get_distinct_increasing_stamps(store):
    record_a_small_class(store)
    stamps = all_stamps(store)
    assert len(set(stamps)) == len(stamps)


def test_an_action_that_fails_halfway_leaves_nothing_written(store):
    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), store.transaction() as tx:
        school_class = add_class(tx, "Half-made class")
        student = add_student(tx, "Mateo", "Hernández")
        enroll(tx, school_class, student)
        tx.session.flush()  # the rows reached the database inside the transaction...
        raise Interrupted  # ...and then something went wrong

    with store.read() as session:
        assert session.exec(select(SchoolClass)).all() == []
        assert session.exec(select(Student)).all() == []
        assert set(live_counts(session).values()) == {0}


def test_the_store_keeps_working_after_a_failed_action(store):
    with pytest.raises(RuntimeError), store.transaction() as tx:
        add_class(tx, "Doomed")
        raise RuntimeError("power cut")
    with store.transaction() as tx:
        add_class(tx, "Math 7")
    with store.read() as session:
        assert [c.name for c in session.exec(select(SchoolClass))] == ["Math 7"]


# ----------------------------------------------------------------------------- replica


def test_reopening_the_store_keeps_its_replica_id(tmp_path):
    with Store.open(tmp_path) as first:
        replica = first.replica
        record_a_small_class(first)
    with Store.open(tmp_path) as again:
        assert again.replica == replica


def test_a_store_copied_to_another_folder_takes_a_new_replica_id_and_the_original_keeps_its_own(
    tmp_path,
):
    home, usb = tmp_path / "home", tmp_path / "usb-stick"
    with Store.open(home) as original:
        replica = original.replica
        record_a_small_class(original)
    usb.mkdir()
    shutil.copy2(home / DB_FILE, usb / DB_FILE)

    with Store.open(usb) as copy:
        assert copy.replica != replica
        with copy.read() as session:
            assert live_counts(session)["evidence"] == 1  # the data came along
        copy_replica = copy.replica
    with Store.open(home) as original_again:
        assert original_again.replica == replica
    with Store.open(usb) as copy_again:  # and the copy, once at home, stays itself
        assert copy_again.replica == copy_replica


def test_new_rows_in_a_copied_store_are_stamped_with_the_copys_replica(tmp_path):
    with Store.open(tmp_path / "a") as original:
        replica = original.replica
    (tmp_path / "b").mkdir()
    shutil.copy2(tmp_path / "a" / DB_FILE, tmp_path / "b" / DB_FILE)
    with Store.open(tmp_path / "b") as copy:
        record_a_small_class(copy)
        with copy.read() as session:
            origins = {row.origin for row in session.exec(select(SchoolClass))}
        assert origins == {copy.replica}
        assert replica not in origins


def test_the_clock_after_reopening_is_past_every_stamp_written_before(tmp_path):
    with Store.open(tmp_path) as store:
        record_a_small_class(store)
        written = all_stamps(store)
    with Store.open(tmp_path) as store:
        assert store.clock.now() > max(written)


def test_the_clock_does_not_go_back_after_the_laptop_clock_was_set_back(tmp_path):
    with Store.open(tmp_path) as store:
        # The laptop's clock ran two hours fast while the teacher graded...
        fast = HybridLogicalClock(store.replica, wall_clock=lambda: time.time() + 7200)
        store.clock = fast
        record_a_small_class(store)
        written = max(all_stamps(store))
    # ...then was corrected. The next session's changes must still count as newer.
    with Store.open(tmp_path) as store:
        with store.read() as session:
            assert session.get(Replica, "self").last_hlc >= written
        with store.transaction() as tx:
            new_class = add_class(tx, "Science 7")
        assert new_class.hlc > written


# ----------------------------------------------------------------------------- refusals


def test_a_data_folder_that_cannot_be_created_is_refused_with_a_clear_error(tmp_path):
    a_file = tmp_path / "afile"
    a_file.write_text("a file where a folder should be")
    with pytest.raises(DataFolderError) as caught:
        Store.open(a_file / "sub")
    message = str(caught.value)
    assert "cannot be written" in message
    assert "\n" not in message
    assert a_file.read_text() == "a file where a folder should be"


def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_was(tmp_path):
    db = tmp_path / DB_FILE
    db.write_bytes(b"Shopping list: milk, eggs, graph paper\n" * 50)
    before = sha256_of(db)
    with pytest.raises(NotADatabaseError) as caught:
        Store.open(tmp_path)
    assert "not a cbe-desktop database" in str(caught.value)
    assert sha256_of(db) == before


def test_a_tiny_file_that_is_not_a_database_is_refused_too(tmp_path):
    db = tmp_path / DB_FILE
    db.write_bytes(b"oops")
    with pytest.raises(NotADatabaseError):
        Store.open(tmp_path)
    assert db.read_bytes() == b"oops"


def test_a_database_of_another_program_is_refused_and_left_as_it_was(tmp_path):
    db = tmp_path / DB_FILE
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    con.execute("INSERT INTO recipes VALUES ('tortilla de patatas', 45)")
    con.commit()
    con.close()
    before = sha256_of(db)
    with pytest.raises(NotADatabaseError) as caught:
        Store.open(tmp_path)
    assert "another program" in str(caught.value)
    assert sha256_of(db) == before
    con = sqlite3.connect(db)
    assert con.execute("SELECT name FROM recipes").fetchall() == [("tortilla de patatas",)]
    con.close()


def test_a_database_from_a_newer_version_is_refused_and_left_as_it_was(tmp_path):
    with Store.open(tmp_path) as store:
        record_a_small_class(store)
    db = tmp_path / DB_FILE
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = sha256_of(db)

    with pytest.raises(NewerSchemaError) as caught:
        Store.open(tmp_path)
    assert "newer version" in str(caught.value)
    assert sha256_of(db) == before
    with pytest.raises(NewerSchemaError):  # refused every time, not only the first
        Store.open(tmp_path, backup_on_start=True)
    assert sha256_of(db) == before


def test_an_empty_file_is_treated_as_a_new_store(tmp_path):
    (tmp_path / DB_FILE).write_bytes(b"")
    with Store.open(tmp_path) as store, store.read() as session:
        assert set(live_counts(session).values()) == {0}
        assert session.connection().execute(text("SELECT count(*) FROM replica")).scalar() == 1


def test_the_machine_token_never_lives_in_the_data_folder_it_would_travel_with(monkeypatch):
    """On Windows and macOS platformdirs gives one folder for data and configuration."""
    from cbe_desktop.core import store as store_module

    monkeypatch.delenv("CBE_DESKTOP_CONFIG_DIR", raising=False)
    same = "/home/ana/AppData/Local/cbe-desktop"
    monkeypatch.setattr(store_module.platformdirs, "user_config_dir", lambda *a, **k: same)
    monkeypatch.setattr(store_module.platformdirs, "user_data_dir", lambda *a, **k: same)
    folder = store_module.machine_token_folder()
    assert Path(same) not in (folder, *folder.parents)
    assert folder.name == "cbe-desktop-machine"
    # Linux keeps its configuration folder, apart from the data, as before.
    monkeypatch.setattr(
        store_module.platformdirs,
        "user_config_dir",
        lambda *a, **k: "/home/ana/.config/cbe-desktop",
    )
    monkeypatch.setattr(
        store_module.platformdirs,
        "user_data_dir",
        lambda *a, **k: "/home/ana/.local/share/cbe-desktop",
    )
    assert store_module.machine_token_folder() == Path("/home/ana/.config/cbe-desktop")
