"""A file received again is compared with lines SQLite writes for the store's rows
(``sync.stored_lines``): such a line is the program's own line for that row, byte for
byte, or none at all (the row is then compared in Python, as before). So a record is
counted unchanged only when the store holds exactly it, whatever its values are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_helpers import ClassSetup, Laptop, dump, open_conflicts, rename, rewritten, score, typed

from cbe_desktop.sync import stored_lines
from cbe_desktop.sync.bundle import row_line
from cbe_desktop.sync.exchange import _Rows, import_bundle

# Text a teacher may type, and what JSON must escape: quotes, backslashes, line breaks,
# control characters, other scripts, an emoji, the line separator.
_AWKWARD = 'Dijo "¡bien!" \\ a/b\nnext\tline \x01\x1f\x7f العربية 中文 😀 \u2028 end'


def _laptops(tmp_path: Path) -> tuple[Laptop, Laptop, ClassSetup]:
    rivera, office = Laptop(tmp_path, "rivera"), Laptop(tmp_path, "office")
    setup = ClassSetup(rivera)
    score(rivera, setup, 0, 0, 3, feedback=_AWKWARD)
    score(rivera, setup, 1, 1, 2, not_yet=True, feedback="Redo problem 4")
    score(rivera, setup, 2, 0, None, status="missing")
    rename(rivera, setup.student_ids[0], 'Ána "Nani" O\'Brien')
    return rivera, office, setup


def _edited(path: Path, out: Path, table: str, row_id: str, **changes: object) -> Path:
    """A copy of a sync file with one record's values changed under the same stamp, its
    manifest's hashes made right again (a laptop with a wrong program)."""

    def change(lines: list[bytes]) -> None:
        for i, line in enumerate(lines):
            if line and json.loads(line)["id"] == row_id:
                lines[i] = row_line({**json.loads(line), **changes})

    return rewritten(path, out, table, change)


def _written(store, table: str, row_ids: list[str]) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """The lines SQLite writes for these rows, by id; {} when it writes none for the table."""
    with store.read() as session:
        found = _Rows(session.connection()).lines(table, sorted(row_ids))
    return {} if found is None else {row_id: text for row_id, _stamp, text in found}


def _own_lines(store, table: str, row_ids: list[str]) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """The lines the program writes for these rows (read and encoded in Python)."""
    with store.read() as session:
        rows = _Rows(session.connection()).fetch(table, sorted(row_ids))
    return {row_id: row_line(row) for row_id, row in rows.items()}


def test_sqlite_writes_every_record_as_the_program_does_awkward_text_included(tmp_path):
    rivera, office, _setup = _laptops(tmp_path)
    path = rivera.export()
    import_bundle(office.store, path)
    everything = dump(office.store)
    for table, rows in everything.items():
        if not rows or stored_lines.line_sql(table) is None:
            continue
        written = _written(office.store, table, list(rows))
        own = _own_lines(office.store, table, list(rows))
        assert set(written) == set(rows), table
        for row_id, text in written.items():
            assert text is not None and text.encode() == own[row_id], (table, row_id)
    rivera.close()
    office.close()


# Values a store may hold (written around the program's own code), and whether SQLite
# writes the program's own line for them (True); else it writes none, or a line that
# says the same values otherwise (a file holding that line brings nothing new either).
_VALUES = [
    ("level", None, True),
    ("level", 2.5, True),
    ("level", 0.75, True),
    ("level", -3.25, True),
    ("level", 0.0, True),
    ("level", -0.0, True),  # SQLite keeps it as 0.0
    ("level", 123456789012.75, True),
    ("level", 1.2, False),
    ("level", 0.1, False),
    ("level", 1e13, False),
    ("level", 1e300, False),
    ("level", 5, True),  # a whole number in a REAL column is stored as 5.0
    ("not_yet", 1, True),
    ("not_yet", 0, True),
    ("not_yet", 2, False),
    ("attachment_ids", "[]", True),
    ("attachment_ids", '["a", "b"]', True),
    ("attachment_ids", '[ "\\u00e9" ]', False),
    ("attachment_ids", "null", True),
    ("attachment_ids", "not json", False),
    ("feedback", _AWKWARD, True),
    ("feedback", "", True),
    ("feedback", 12, True),  # a column of text stores it as "12"
    ("supersedes", None, True),
    ("supersedes", "x" * 36, True),
]


@pytest.mark.parametrize(("column", "value", "own_line"), _VALUES)
def test_sqlite_writes_a_records_line_exactly_or_leaves_it_to_python(
    tmp_path, column, value, own_line
):
    rivera = Laptop(tmp_path, "rivera")
    setup = ClassSetup(rivera)
    evidence_id = score(rivera, setup, 0, 0, 3)
    with rivera.store.transaction() as tx:  # the value as it is, around every rule
        tx.session.connection().exec_driver_sql(
            f"UPDATE evidence SET {column} = ? WHERE id = ?", (value, evidence_id)
        )
    text = _written(rivera.store, "evidence", [evidence_id])[evidence_id]
    if text is not None:  # the values the store holds, none other
        with rivera.store.read() as session:
            row = _Rows(session.connection()).fetch("evidence", [evidence_id])[evidence_id]
        assert typed(json.loads(text)) == typed(row)
    assert (text is not None and text.encode() == row_line(row)) == own_line
    rivera.close()


def test_a_whole_number_column_holding_a_fraction_is_left_to_python(tmp_path):
    rivera = Laptop(tmp_path, "rivera")
    setup = ClassSetup(rivera)
    with rivera.store.transaction() as tx:
        ids = [r[0] for r in tx.session.connection().exec_driver_sql("SELECT id FROM class_target")]
        tx.session.connection().exec_driver_sql(
            "UPDATE class_target SET position = 0.30000000000000004 WHERE id = ?", (ids[0],)
        )
    written = _written(rivera.store, "class_target", ids)
    assert written[ids[0]] is None
    assert written[ids[1]] is not None
    assert len(setup.target_ids) == 2
    rivera.close()


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("student", "given_name", _AWKWARD),
        ("student", "archived", True),
        ("school_class", "targets_per_week", 2.5),
        ("class_target", "position", 7),
        ("target", "prerequisites", "the other target"),
    ],
)
def test_a_value_changed_under_a_stamp_held_is_merged_by_content_not_counted_unchanged(
    tmp_path, table, column, value
):
    rivera, office, setup = _laptops(tmp_path)
    path = rivera.export()
    import_bundle(office.store, path)
    held = dump(office.store)
    row_id = sorted(held[table])[0]
    if value == "the other target":
        value = [next(i for i in setup.target_ids if i != row_id)]
    assert held[table][row_id][column] != value
    changed = _edited(path, tmp_path / "changed.cbesync", table, row_id, **{column: value})

    summary = import_bundle(office.store, changed)

    # Equal stamps are settled by content, and the version set aside kept in a conflict.
    assert summary.tables[table].conflicts == 1
    counts = summary.tables[table]
    assert counts.updated + counts.unchanged == len(held[table])  # which wins: by content
    assert [c["row_id"] for c in open_conflicts(office.store)] == [row_id]
    rivera.close()
    office.close()


def test_without_sqlites_json_functions_a_file_received_again_is_still_known(tmp_path, monkeypatch):
    rivera, office, _setup = _laptops(tmp_path)
    path = rivera.export()
    first = import_bundle(office.store, path)
    held = dump(office.store)
    # As on an SQLite built without them: the statement cannot be made.
    monkeypatch.setattr(stored_lines, "line_sql", lambda table, text=frozenset(): "json_nope(id)")
    again = import_bundle(office.store, path)
    assert (again.totals.new, again.totals.updated, again.totals.conflicts) == (0, 0, 0)
    assert again.totals.unchanged == first.totals.new
    assert dump(office.store) == held
    rivera.close()
    office.close()
