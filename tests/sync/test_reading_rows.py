"""A sync file's lines are read many at a time when they are the usual ones
(``bundle.parse_rows``): the same rows, value for value, as reading them one by one;
any line that is not usual sends its run back to be read one by one, so a bad line is
refused in its own words, and the store is left as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sync_helpers import ClassSetup, Laptop, dump, rewritten, score, typed

from cbe_desktop.sync import bundle as bundle_module
from cbe_desktop.sync import validate
from cbe_desktop.sync.bundle import (
    check_row,
    open_bundle,
    parse_json,
    parse_rows,
    row_line,
)
from cbe_desktop.sync.errors import BundleError
from cbe_desktop.sync.exchange import import_bundle


@pytest.fixture
def made(tmp_path: Path):  # type: ignore[no-untyped-def]
    rivera = Laptop(tmp_path, "rivera")
    setup = ClassSetup(rivera)
    for n in range(6):
        score(rivera, setup, n % 3, n % 2, 1 + n % 4, feedback=f'Try "{n}" — ¡bien! 😀\n')
    score(rivera, setup, 2, 0, None, status="missing")
    path = rivera.export()
    yield rivera, path
    rivera.close()


def _lines(path: Path, table: str) -> list[bytes]:
    with zipfile.ZipFile(path) as zf:
        return [line for line in zf.read(f"tables/{table}.jsonl").split(b"\n") if line]


def test_many_lines_read_at_once_are_the_rows_read_one_by_one(made):
    _rivera, path = made
    for table in ("evidence", "student", "target", "class_target", "enrollment", "scale_level"):
        lines = _lines(path, table)
        many = parse_rows(table, lines)
        assert many is not None, table
        one_by_one = [check_row(table, parse_json(line)) for line in lines]
        assert typed(many) == typed(one_by_one), table


def _evidence_line(path: Path, **changes: object) -> bytes:
    row = json.loads(_lines(path, "evidence")[0])
    row.update(changes)
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()


# Lines that are not the usual ones: each must send its run back to be read one by one.
_UNUSUAL = {
    "two records on a line": lambda p: _lines(p, "evidence")[0] + b"," + _lines(p, "evidence")[1],
    "spaces after the record": lambda p: _lines(p, "evidence")[0] + b"  ",
    "spaces before the record": lambda p: b" " + _lines(p, "evidence")[0],
    "a line cut short": lambda p: _lines(p, "evidence")[0][:-5],
    "not a record": lambda p: b"[1, 2]",
    "NaN": lambda p: _evidence_line(p, level=float("nan")),
    "a whole number for a level": lambda p: _evidence_line(p, level=3),
    "a column missing": lambda p: _evidence_line(p, feedback=None).replace(
        b',"feedback":null', b""
    ),
    "a column more": lambda p: _evidence_line(p, colour="red"),
    "an id too long": lambda p: _evidence_line(p, id="x" * 37),
    "an empty id": lambda p: _evidence_line(p, id=""),
    "not a clock stamp": lambda p: _evidence_line(p, hlc="yesterday"),
    "not a laptop id": lambda p: _evidence_line(p, origin="a laptop"),
    "text that is a number": lambda p: _evidence_line(p, feedback=7),
    "empty where it may not be": lambda p: _evidence_line(p, status=None),
    "true as a level": lambda p: _evidence_line(p, level=True),
    "a list of numbers": lambda p: _evidence_line(p, attachment_ids=[1]),
    "a lone surrogate": lambda p: _evidence_line(p, feedback="a").replace(b'"a"', b'"\\ud800"'),
    "not UTF-8": lambda p: _evidence_line(p, feedback="a").replace(b'"a"', b'"\xff"'),
}


@pytest.mark.parametrize("what", list(_UNUSUAL))
def test_an_unusual_line_sends_its_run_to_be_read_one_by_one(made, what):
    _rivera, path = made
    lines = _lines(path, "evidence")
    lines[2] = _UNUSUAL[what](path)
    assert parse_rows("evidence", lines) is None


def _with_line(path: Path, out: Path, table: str, index: int, line: bytes) -> Path:
    """A copy of a sync file with one line replaced, its manifest's hashes made right."""

    def change(lines: list[bytes]) -> None:
        lines[index] = line

    return rewritten(path, out, table, change)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (lambda p: _lines(p, "evidence")[1], "appears twice"),
        (lambda p: _evidence_line(p, hlc="yesterday"), "line 4: 'hlc' is not a clock stamp"),
        (lambda p: _lines(p, "evidence")[0][:-5], "line 4: it is not valid JSON"),
    ],
)
def test_a_bad_line_among_usual_ones_refuses_the_file_in_its_own_words(made, tmp_path, line, said):
    _rivera, path = made
    office = Laptop(tmp_path, "office")
    before = dump(office.store)
    bad = _with_line(path, tmp_path / "bad.cbesync", "evidence", 3, line(path))
    with pytest.raises(BundleError, match=said):
        import_bundle(office.store, bad)
    assert dump(office.store) == before
    office.close()


def test_the_records_are_read_from_the_bytes_checked_at_opening(made, tmp_path):
    """Each part is inflated and checked against its hash once: the rows come from
    exactly the bytes checked, even if the file on the drive changes meanwhile."""
    _rivera, path = made
    expected = [check_row("evidence", parse_json(line)) for line in _lines(path, "evidence")]
    with open_bundle(path) as bundle:
        path.write_bytes(b"PK\x03\x04" + b"\x00" * path.stat().st_size)  # the stick fails
        assert list(bundle.rows("evidence")) == expected


def test_records_beyond_what_is_kept_in_memory_are_read_from_the_file_again(
    made, tmp_path, monkeypatch
):
    _rivera, path = made
    office, other = Laptop(tmp_path, "office"), Laptop(tmp_path, "other")
    kept = import_bundle(office.store, path)
    monkeypatch.setattr(bundle_module, "KEPT_BYTES", 0)
    read_again = import_bundle(other.store, path)
    assert read_again.tables == kept.tables
    assert dump(other.store)["evidence"] == dump(office.store)["evidence"]
    office.close()
    other.close()


def test_of_two_records_breaking_rules_the_first_in_the_file_is_named(made, tmp_path):
    """The rules are run over many records at once; when one is broken, the file is
    refused for the first broken record in the file, as when they were read one by one
    (here a later rule of an earlier record, before an earlier rule of a later one)."""
    _rivera, path = made
    office = Laptop(tmp_path, "office")
    before = dump(office.store)
    lines = _lines(path, "evidence")
    first, later = json.loads(lines[1]), json.loads(lines[4])
    first["evidence_type"] = "x" * 5000
    later["produced_on"] = "yesterday"
    bad = _with_line(path, tmp_path / "one.cbesync", "evidence", 1, row_line(first))
    bad = _with_line(bad, tmp_path / "two.cbesync", "evidence", 4, row_line(later))
    with pytest.raises(BundleError, match=f"{first['id']} of evidence, 'evidence_type'"):
        import_bundle(office.store, bad)
    assert dump(office.store) == before
    office.close()


def test_a_list_of_attachments_naming_no_id_among_usual_ones_is_refused_in_its_words(
    made, tmp_path
):
    """The store's rules are run once per distinct value of a field over many records
    (each distinct list once too): a list naming something that is not an id, among
    records whose lists are empty, still refuses the file, for that record."""
    _rivera, path = made
    office = Laptop(tmp_path, "office")
    before = dump(office.store)
    row = json.loads(_lines(path, "evidence")[3])
    row["attachment_ids"] = ["x" * 40]
    bad = _with_line(path, tmp_path / "bad.cbesync", "evidence", 3, row_line(row))
    with pytest.raises(BundleError, match=f"{row['id']} of evidence, 'attachment_ids' holds"):
        import_bundle(office.store, bad)
    assert dump(office.store) == before
    office.close()


_ODD_VALUES = {
    "true beside a level of 1.0": ("level", [1.0, True]),
    "a list holding an object": ("attachment_ids", [[], ["a", {"id": "b"}]]),
}


@pytest.mark.parametrize("what", list(_ODD_VALUES))
def test_the_rules_refuse_many_records_as_they_refuse_them_one_by_one(made, what):
    """Values equal in Python but not of one kind (1.0 and true) are not one value to
    the rules: the records checked many at a time are refused for the same
    record, in the same words, as one by one."""
    rivera, path = made
    field, values = _ODD_VALUES[what]
    rows = [check_row("evidence", parse_json(line)) for line in _lines(path, "evidence")]
    for row, value in zip(rows, values * len(rows), strict=False):
        row[field] = value
    said = []
    with rivera.store.read() as session:
        for check in (lambda gate: gate.rows("evidence", rows), _one_by_one(rows)):
            with pytest.raises(BundleError) as refused:
                check(validate.Gate(session))
            said.append(str(refused.value))
    assert said[0] == said[1]
    assert f"{rows[1]['id']} of evidence, '{field}'" in said[0]


def _one_by_one(rows: list[dict]):  # type: ignore[no-untyped-def]
    def check(gate: validate.Gate) -> None:
        for row in rows:
            gate.row("evidence", row)

    return check
