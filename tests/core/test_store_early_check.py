"""The file's quick check begins while the program loads, and its verdict is only used
for the very file the store then opens: a change in between, or damage, is checked again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cbe_desktop.core import sqlite_file
from cbe_desktop.core import store as store_module
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.roster import add_class, class_summaries
from cbe_desktop.core.sqlite_file import begin_quick_check, integrity_problems
from cbe_desktop.core.store import DB_FILE, Store

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
