"""The file's quick check begins while the program loads, and its verdict is only used
for the very file the store then opens: a change in between, or damage, is checked again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cbe_desktop.core import roster, sqlite_file
from cbe_desktop.core import store as store_module
from cbe_desktop.core.errors import CbeError, StoreDamagedError
from cbe_desktop.core.roster import add_class, class_summaries
from cbe_desktop.core.sqlite_file import begin_quick_check, integrity_problems
from cbe_desktop.core.store import BACKUP_BEFORE_FIRST_WRITE, DB_FILE, Store

pytestmark = pytest.mark.sqlite_only("the early check reads the laptop's SQLite file")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with Store.open(folder) as store, store.transaction() as tx:
        add_class(tx, "Science 8")
    return folder


@pytest.fixture
def checks_at_opening(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the store checked itself when it opened."""
    seen: list[Path] = []

    def recording(db_path: Path, **kwargs: bool) -> list[str]:
        seen.append(db_path)
        return integrity_problems(db_path, **kwargs)

    monkeypatch.setattr(store_module, "integrity_problems", recording)
    return seen


def _finished(db_path: Path) -> None:
    sqlite_file._early[Path(db_path).absolute()].thread.join()


def test_the_check_begun_while_the_window_loads_spares_the_second_one(data, checks_at_opening):
    begin_quick_check(data / DB_FILE)

    with Store.open(data) as store, store.read() as session:
        assert [c.name for c in class_summaries(session)] == ["Science 8"]

    assert checks_at_opening == []


def test_a_file_written_after_the_early_check_began_is_checked_again(data, checks_at_opening):
    begin_quick_check(data / DB_FILE)
    _finished(data / DB_FILE)
    con = sqlite3.connect(data / DB_FILE)  # another program writes in between
    with con:
        con.execute("UPDATE school_class SET name = 'Science 8B'")
    con.close()

    with Store.open(data) as store, store.read() as session:
        assert [c.name for c in class_summaries(session)] == ["Science 8B"]

    assert checks_at_opening == [data / DB_FILE]


def _damage_the_last_pages(db_path: Path) -> None:
    """Garbage over the file's last pages (its newest index pages), the first page whole."""
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray(db_path.read_bytes())
    for start in range(len(raw) - 3 * page, len(raw), 97):
        raw[start : start + 5] = b"\xde\xad\xbe\xef\x00"
    db_path.write_bytes(bytes(raw))


def test_a_damaged_file_is_refused_with_the_same_sentence_whether_checked_early_or_not(data):
    db_path = data / DB_FILE
    _damage_the_last_pages(db_path)
    assert integrity_problems(db_path, quick=True)  # SQLite sees the damage
    with pytest.raises(CbeError) as without_early:
        Store.open(data)
    before = db_path.read_bytes()

    begin_quick_check(db_path)
    with pytest.raises(CbeError) as with_early:
        Store.open(data)

    assert type(with_early.value) is type(without_early.value)
    assert str(with_early.value) == str(without_early.value)
    assert db_path.read_bytes() == before  # looked at, never changed


def test_no_check_begins_for_a_folder_without_a_store_yet(tmp_path):
    begin_quick_check(tmp_path / "nothing-here" / DB_FILE)

    assert Path(tmp_path / "nothing-here" / DB_FILE).absolute() not in sqlite_file._early
    with Store.open(tmp_path / "nothing-here") as store:  # a new store opens as ever
        assert store.db_path.exists()


# ----- the window opens without waiting for the verdict, which comes before any write -----


def _window_store(data: Path) -> Store:
    """The store as the window opens it, the quick check begun while its modules load."""
    begin_quick_check(data / DB_FILE)
    return Store.open(data, backup_on_start=BACKUP_BEFORE_FIRST_WRITE, what="window")


def _start_backups(data: Path) -> list[Path]:
    return sorted((data / "backups").glob("auto-*-start*.sqlite"))


def test_a_damaged_file_the_window_opened_is_never_written_nor_backed_up(data):
    db_path = data / DB_FILE
    _damage_the_last_pages(db_path)
    with pytest.raises(StoreDamagedError) as at_opening:
        Store.open(data)  # a command opening it is refused at once
    before = db_path.read_bytes()

    store = _window_store(data)  # the window paints first; the verdict comes after
    try:
        with pytest.raises(StoreDamagedError) as backing_up:
            store.make_start_backup()
        with pytest.raises(StoreDamagedError) as writing, store.transaction() as tx:
            add_class(tx, "Art 8")
        with pytest.raises(StoreDamagedError):  # and again: the damage is remembered
            roster.create_class(store, "Music 8")
        store._start_backup_due = False  # the verdict alone refuses it, backup or none
        with pytest.raises(StoreDamagedError):
            roster.create_class(store, "Drama 8")
    finally:
        store.close()

    assert str(backing_up.value) == str(writing.value) == str(at_opening.value)
    assert db_path.read_bytes() == before  # looked at, never changed
    assert _start_backups(data) == []  # no backup of a damaged file


def test_a_sound_file_the_window_opened_is_written_after_its_start_backup(data, checks_at_opening):
    store = _window_store(data)
    try:
        roster.create_class(store, "Art 8")
        with store.reads() as db:
            names = [c.name for c in class_summaries(db)]
    finally:
        store.close()

    assert names == ["Art 8", "Science 8"]
    assert len(_start_backups(data)) == 1  # made before the first write, as ever
    assert checks_at_opening == []  # the early check's verdict was used


def test_a_file_changed_before_the_window_s_first_write_is_checked_again_then(
    data, checks_at_opening
):
    store = _window_store(data)
    assert store._pending_check is not None  # (the opening did not wait for it)
    store._pending_check.thread.join()
    con = sqlite3.connect(data / DB_FILE)  # another program writes in between
    with con:
        con.execute("UPDATE school_class SET name = 'Science 8B'")
    con.close()
    try:
        roster.create_class(store, "Art 8")
    finally:
        store.close()

    assert checks_at_opening == [data / DB_FILE]  # checked again at the first write


def test_a_damaged_file_the_window_read_keeps_its_log_unfolded_when_it_closes(data):
    """After a crash the newest changes are often still in the write-ahead log: closing
    must not fold the log into a file found damaged (a restore keeps both as they were)."""
    db_path, wal_path = data / DB_FILE, data / (DB_FILE + "-wal")
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint=0")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("UPDATE school_class SET name = 'Science 8 (still in the log)'")
    in_file, in_log = bytearray(db_path.read_bytes()), wal_path.read_bytes()
    con.close()  # (folds the log in: the crash is made by putting both back below)
    for start in range(len(in_file) - 3 * page, len(in_file), 97):
        in_file[start : start + 5] = b"\xde\xad\xbe\xef\x00"
    db_path.write_bytes(bytes(in_file))
    wal_path.write_bytes(in_log)

    store = _window_store(data)
    try:
        with store.reads() as db:  # the window's first view, through the driver
            db.all("SELECT name FROM school_class")
        with pytest.raises(StoreDamagedError):
            store.make_start_backup()  # the verdict, right after the paint
        with pytest.raises(StoreDamagedError), store.read() as session:  # then the ORM's
            session.connection()
    finally:
        store.close()

    assert db_path.read_bytes() == bytes(in_file)
    assert wal_path.read_bytes() == in_log


def test_a_damaged_file_without_wal_is_not_switched_to_it_before_the_verdict(data):
    """A file copied in by hand may be in the older journal mode: the ORM's first
    connection would switch it to WAL, a write, which never comes before the verdict."""
    db_path = data / DB_FILE
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    _damage_the_last_pages(db_path)
    before = db_path.read_bytes()

    store = _window_store(data)
    try:
        with pytest.raises(StoreDamagedError), store.read() as session:  # a page, by the ORM
            session.connection()
    finally:
        store.close()

    assert db_path.read_bytes() == before
    assert not (data / (DB_FILE + "-wal")).exists()
