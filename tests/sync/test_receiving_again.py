"""A sync file received again: the records a laptop holds already are known by their
bytes (what it would write for its own row), counted unchanged and read no further;
anything that differs, even under a stamp it holds, is read, checked and merged whole."""

from __future__ import annotations

import json
from pathlib import Path

from sync_helpers import ClassSetup, Laptop, dump, open_conflicts, rename, rewritten, score

from cbe_desktop.sync import merge
from cbe_desktop.sync.exchange import _Rows, import_bundle


def _edited(path: Path, out: Path, table: str, row_id: str, **changes: object) -> Path:
    """A copy of a sync file with one record's values changed, its stamp kept, and its
    manifest's hashes made right again (as a laptop with a wrong program might write it)."""

    def change(lines: list[bytes]) -> None:
        for i, line in enumerate(lines):
            if line and json.loads(line)["id"] == row_id:
                row = {**json.loads(line), **changes}
                lines[i] = json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()

    return rewritten(path, out, table, change)


def _two_laptops(tmp_path: Path) -> tuple[Laptop, Laptop, ClassSetup]:
    rivera, office = Laptop(tmp_path, "rivera"), Laptop(tmp_path, "office")
    setup = ClassSetup(rivera)
    for n in range(4):
        score(rivera, setup, n % 3, n % 2, 1 + n % 4, feedback=f"Try {n} — ¡bien!")
    rename(rivera, setup.student_ids[0], "Ána")
    return rivera, office, setup


def test_a_file_received_again_changes_nothing_and_counts_every_record_unchanged(tmp_path):
    rivera, office, _setup = _two_laptops(tmp_path)
    path = rivera.export()
    first = import_bundle(office.store, path)
    held = dump(office.store)
    again = import_bundle(office.store, path)
    assert (again.totals.new, again.totals.updated, again.totals.conflicts) == (0, 0, 0)
    assert again.totals.unchanged == first.totals.new + first.totals.unchanged
    assert dump(office.store) == held
    rivera.close()
    office.close()


def test_a_record_changed_under_a_stamp_already_held_is_merged_by_its_content(tmp_path):
    rivera, office, setup = _two_laptops(tmp_path)
    path = rivera.export()
    import_bundle(office.store, path)
    student = setup.student_ids[1]
    held = dump(office.store)["student"][student]
    changed = _edited(path, tmp_path / "changed.cbesync", "student", student, given_name="Other")
    incoming = {**held, "given_name": "Other"}
    kept, outcome = merge.merge_rows("student", dict(held), incoming)

    summary = import_bundle(office.store, changed)

    # Equal stamps are settled by content, the same on every laptop, and the version set
    # aside is kept in a conflict: not taken for the version held because of its stamp.
    assert outcome.conflict is not None
    assert summary.tables["student"].conflicts == 1
    assert dump(office.store)["student"][student] == kept
    assert [c["row_id"] for c in open_conflicts(office.store)] == [student]
    rivera.close()
    office.close()


def test_the_import_reads_every_value_as_the_rest_of_the_program_does(tmp_path):
    """The import reads the store's rows through the driver (SQLite), converting values
    with SQLAlchemy's own conversions: the same rows as SQLAlchemy reads, every table
    (booleans, lists, objects, numbers, text in any script, empty values)."""
    rivera, office, setup = _two_laptops(tmp_path)
    path = rivera.export()
    import_bundle(office.store, path)
    changed = _edited(path, tmp_path / "c.cbesync", "student", setup.student_ids[1], given_name="Z")
    import_bundle(office.store, changed)  # a conflict row: two objects
    everything = dump(office.store)
    assert everything["conflict"] and everything["evidence"] and everything["student"]
    with office.store.read() as session:
        conn = session.connection()
        raw, plain = _Rows(conn), _Rows(conn)
        plain.raw = False
        assert raw.raw
        for table, rows in everything.items():
            ids = sorted(rows)
            assert raw.fetch(table, ids) == plain.fetch(table, ids) == rows, table
    rivera.close()
    office.close()
