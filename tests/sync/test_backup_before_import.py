"""The backup before an import is made when the import changes the teacher's work, and a
damaged store is refused before anything is written, whether the file brings new work
or nothing new (issue 20, fourth round: the backup is begun at the first write)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_helpers import ClassSetup, Laptop, dump, files_digest, score

from cbe_desktop.core.errors import StoreDamagedError
from cbe_desktop.core.models import SyncLog
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.sync.exchange import _Rows, import_bundle

PAGE = 4096


def sync_backups(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "backups").glob("auto-*-before-sync*.sqlite"))


def imports_in_history(laptop: Laptop) -> int:
    with laptop.store.read() as session:
        query = select(func.count()).where(SyncLog.direction == "import")
        return session.execute(query).scalar_one()


def make_an_index_disagree_with_its_table(db: Path, table: str, index: str, column: str) -> None:
    """Damage only the full check sees: an index that no longer matches its rows."""
    con = sqlite3.connect(db, isolation_level=None)
    root, sql = con.execute(
        "SELECT rootpage, sql FROM sqlite_master WHERE name = ?", (index,)
    ).fetchone()
    con.execute("PRAGMA writable_schema=ON")
    con.execute("DELETE FROM sqlite_master WHERE name = ?", (index,))
    con.close()
    con = sqlite3.connect(db, isolation_level=None)
    con.execute(f"UPDATE {table} SET {column} = '0000000000000-0000-x'")
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "INSERT INTO sqlite_master(type, name, tbl_name, rootpage, sql) "
        "VALUES ('index', ?, ?, ?, ?)",
        (index, table, root, sql),
    )
    con.close()


def garble_the_page_of(db: Path, index: str) -> None:
    """What a failing disk does, under a running program: garbage over an index's page
    (one the import of a file received again never reads)."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()
    con.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * PAGE)
        fh.write(bytes([0x0D, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0]) + bytes(range(200)))


@pytest.fixture
def received(tmp_path: Path):
    """Laptop b has imported laptop a's file once (with its backup); the file is kept."""
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    setup = ClassSetup(a)
    score(a, setup, 0, 0, 3)
    path = a.export()
    first = import_bundle(b.store, path)
    assert first.totals.new > 0
    assert first.backup is not None and sync_backups(b.folder) == [first.backup.name]
    yield a, b, setup, path
    a.close()
    b.close()


def _refused_as_damaged(b: Laptop, path: Path) -> StoreDamagedError:
    """The import of ``path`` on ``b``, refused as damage, the store's files and its
    backups exactly as they were."""
    before, backups = files_digest(b.folder), sync_backups(b.folder)
    with pytest.raises(StoreDamagedError) as refused:
        import_bundle(b.store, path)
    assert files_digest(b.folder) == before
    assert sync_backups(b.folder) == backups
    return refused.value


def test_a_file_received_again_is_written_in_the_history_without_a_backup_of_the_same_work(
    received,
):
    a, b, setup, path = received
    before = dump(b.store)
    again = import_bundle(b.store, path)
    assert again.totals.new == again.totals.updated == again.totals.conflicts == 0
    assert again.backup is None  # restoring one would give back exactly what is here
    assert sync_backups(b.folder) == sync_backups(b.folder)[:1]
    assert dump(b.store) == before
    assert imports_in_history(b) == 2  # "received again, nothing new"

    score(a, setup, 1, 0, 2)  # new work on a: the next file changes b, so b backs up first
    newer = import_bundle(b.store, a.export())
    assert newer.totals.new == 1
    assert newer.backup is not None and newer.backup.name in sync_backups(b.folder)
    assert len(sync_backups(b.folder)) == 2


def test_a_file_received_again_is_refused_when_the_history_it_writes_to_is_damaged(received):
    _a, b, _setup, path = received
    b.close()
    make_an_index_disagree_with_its_table(b.folder / DB_FILE, "sync_log", "ix_sync_log_hlc", "hlc")
    b.store = Store.open(b.folder)
    refused = _refused_as_damaged(b, path)
    assert "is damaged" in str(refused) and str(refused).count(". ") == 0


def test_a_file_received_again_is_refused_when_a_page_of_the_store_went_bad_meanwhile(received):
    _a, b, _setup, path = received
    garble_the_page_of(b.folder / DB_FILE, "ix_evidence_task_id")
    refused = _refused_as_damaged(b, path)
    assert "is damaged" in str(refused)


def test_a_file_with_new_work_is_refused_on_damage_only_the_full_check_sees(received):
    a, b, setup, _path = received
    score(a, setup, 2, 1, 4)
    newer = a.export()
    b.close()
    make_an_index_disagree_with_its_table(b.folder / DB_FILE, "evidence", "ix_evidence_hlc", "hlc")
    b.store = Store.open(b.folder)
    refused = _refused_as_damaged(b, newer)
    assert "is damaged" in str(refused)


def test_the_store_versions_read_for_a_run_of_lines_are_exactly_the_rows_asked_for(tmp_path):
    """A file received again is compared with the store's versions of its rows, read a run
    of lines at a time (by range of ids when in order): whatever the run, exactly the rows
    asked for come back, with the values SQLAlchemy reads (a partial file's few ids
    spanning many rows, one id, ids out of order, ids the store does not hold)."""
    a = Laptop(tmp_path, "a")
    setup = ClassSetup(a)
    for n in range(90):
        score(a, setup, n % 3, n % 2, 1 + n % 4, not_yet=n % 5 == 0)
    expected = dump(a.store)["evidence"]
    ids = sorted(expected)
    runs = {
        "a few ids spanning many rows": [*ids[::30], ids[-1]],
        "every id": ids,
        "a dense run": ids[10:20],
        "one id": [ids[5]],
        "out of order": [ids[7], ids[3], ids[50]],
        "some not held": [ids[0], "00000000-0000-7000-8000-000000000000", ids[1]],
        "none held": ["00000000-0000-7000-8000-000000000001", "ffffffff-0000-7000-8000-0"],
    }
    with a.store.transaction() as tx:
        rows = _Rows(tx.session.connection())
        for what, asked in runs.items():
            got = rows.fetch("evidence", asked)
            held = [i for i in asked if i in expected]
            assert sorted(got) == sorted(held), what
            assert all(got[i] == expected[i] for i in held), what
            assert {type(got[i]["not_yet"]) for i in held} <= {bool}, what
    a.close()
