"""The jobs the window and the command line share (services/), told as a teacher meets them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cbe_desktop.core.errors import CbeError, InvalidInputError
from cbe_desktop.core.roster import create_class
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store
from cbe_desktop.interop.detect import read_targets
from cbe_desktop.services.importing import import_with_backup
from cbe_desktop.services.packets import write_packets

FRAMEWORK = Path(__file__).parent.parent / "fixtures" / "interop" / "case-1.1-grade6-math.json"


def counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return live_counts(session)


@pytest.mark.sqlite_only("the backup before an import copies the laptop's file; a hub has pg_dump")
def test_an_import_makes_a_backup_before_it_changes_the_store(store):
    parsed = read_targets(FRAMEWORK)
    words: list[str] = []
    report = import_with_backup(store, parsed, progress=lambda _d, _t, w: words.append(w))
    backups = list(store.backups_dir.glob("auto-*-before-import.sqlite"))
    assert len(backups) == 1 and report.framework_id is not None
    assert words == ["Making a backup first…", "Importing…"]
    assert counts(store)["targets"] > 0
    with sqlite3.connect(backups[0]) as kept:  # the backup holds the store as it was
        assert kept.execute("SELECT count(*) FROM target").fetchone() == (0,)


def test_an_import_stopped_after_its_backup_changes_nothing(store):
    before = counts(store)
    with pytest.raises(CbeError, match=r"The import was cancelled; nothing was changed\."):
        import_with_backup(store, read_targets(FRAMEWORK), cancelled=lambda: True)
    assert counts(store) == before


def test_packets_for_a_class_without_students_are_one_sentence_and_no_file(store, tmp_path):
    class_id, _ = create_class(store, "Math 7", term="2026-27")
    out = tmp_path / "packets.pdf"
    with pytest.raises(InvalidInputError) as refused:
        write_packets(store, class_id, None, out, lang="en", paper="letter")
    assert str(refused.value) == ("Math 7 has no students yet, so there are no packets to print.")
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []
