"""A sync file that is cut short, tampered with, too new, oversized or hostile is refused
with one plain sentence, and the store is left byte for byte as it was.

"Byte for byte": the store is closed (so SQLite has folded its journal into the file)
and the database file and every attachment file are hashed before and after.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select
from sync_helpers import ClassSetup, Laptop, dump, files_digest, score

from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.store import Store
from cbe_desktop.sync.bundle import MANIFEST
from cbe_desktop.sync.errors import BundleError, NewerFormatError, PassphraseError
from cbe_desktop.sync.exchange import export_bundle, import_bundle, preview_import

PASSPHRASE = "correct horse battery staple"


# ----------------------------------------------------------------------------- fixtures


class Files:
    """A small valid sync file (locked and not), and a receiving store to copy per attempt."""

    def __init__(self, root: Path) -> None:
        sender = Laptop(root, "sender")
        setup = ClassSetup(sender)
        for n in range(6):
            score(sender, setup, n % 3, n % 2, 1 + n % 4, feedback=f"Try {n} — ¡bien!")
        from cbe_desktop.core.attachments import store_files

        photo = root / "work.jpg"
        photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
        store_files(sender.store, [photo])
        self.plain = root / "plain.cbesync"
        self.locked = root / "locked.cbesync"
        export_bundle(sender.store, self.plain)
        export_bundle(sender.store, self.locked, passphrase=PASSPHRASE)
        self.expected = dump(sender.store)
        sender.close()
        receiver = Laptop(root, "receiver")
        ClassSetup(receiver, students=1, targets=1)  # it has work of its own
        receiver.close()
        self.pristine = receiver.folder
        self.pristine_digest = files_digest(self.pristine)
        self.root = root
        self._n = 0

    def fresh_store_folder(self) -> Path:
        self._n += 1
        folder = self.root / f"attempt-{self._n}"
        shutil.copytree(self.pristine, folder)
        Store.open(folder).close()  # a copy takes its own replica id on first opening
        return folder


@pytest.fixture(scope="module")
def files() -> Iterator[Files]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Files(Path(tmp))


def attempt(folder: Path, path: Path, passphrase: str | None = None) -> Exception | None:
    """Open the store, try to import, close it; the refusal (or None)."""
    store = Store.open(folder)
    try:
        import_bundle(store, path, passphrase)
    except CbeError as exc:
        return exc
    finally:
        store.close()
    return None


def assert_refused_and_unchanged(
    files: Files, path: Path, passphrase: str | None = None, kind: type = BundleError
) -> str:
    folder = files.fresh_store_folder()
    before = files_digest(folder)
    backups = sorted((folder / "backups").glob("*"))
    error = attempt(folder, path, passphrase)
    assert isinstance(error, kind), error
    message = str(error)
    assert message.count("\n") == 0 and message.endswith(".") and "Traceback" not in message
    assert re.search(r"[.!?]\s+[A-Z]", message) is None, f"more than one sentence: {message}"
    assert files_digest(folder) == before
    # The backup an import makes while it checks the file is removed with the refusal.
    assert sorted((folder / "backups").glob("*")) == backups
    return message


# ----------------------------------------------------------------------------- crafting


def members_of(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        members = {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}
    return manifest, members


def craft(
    files: Files,
    name: str,
    *,
    members: Callable[[dict[str, bytes]], None] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    rehash: bool = True,
    extra: list[tuple[str, bytes]] | None = None,
    compress: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A copy of the valid file with its parts edited (hashes recomputed unless told not)."""
    doc, parts = members_of(files.plain)
    if members:
        members(parts)
    if rehash:
        doc["members"] = {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in parts.items()
        }
        for n, d in parts.items():
            if n.startswith("tables/"):
                doc["counts"][n[7:-6]] = len([line for line in d.split(b"\n") if line])
    if manifest:
        manifest(doc)
    out = files.root / f"{name}.cbesync"
    with zipfile.ZipFile(out, "w", compression=compress) as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
        for n, d in extra or []:
            zf.writestr(n, d)
        zf.writestr(MANIFEST, json.dumps(doc))
    return out


def replace_line(table: str, make: Callable[[dict[str, Any]], Any]) -> Callable:
    """Edit the first row of a table (``make`` returns the new line, as text or a dict)."""

    def edit(parts: dict[str, bytes]) -> None:
        lines = parts[f"tables/{table}.jsonl"].split(b"\n")
        new = make(json.loads(lines[0]))
        lines[0] = new.encode() if isinstance(new, str) else json.dumps(new).encode()
        parts[f"tables/{table}.jsonl"] = b"\n".join(lines)

    return edit


# ----------------------------------------------------------------------------- the good files


def test_the_untouched_files_import_and_the_crafting_itself_changes_nothing(files):
    for path, passphrase in ((files.plain, None), (files.locked, PASSPHRASE)):
        folder = files.fresh_store_folder()
        assert attempt(folder, path, passphrase) is None
    folder = files.fresh_store_folder()
    assert attempt(folder, craft(files, "rebuilt")) is None
    store = Store.open(folder)
    data = dump(store)
    store.close()
    assert set(files.expected["evidence"]) <= set(data["evidence"])


# ----------------------------------------------------------------------------- cut and flipped


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_file_cut_short_anywhere_is_refused_and_the_store_is_unchanged(files, data):
    for source in (files.plain, files.locked):
        whole = source.read_bytes()
        offset = data.draw(st.integers(0, len(whole) - 1), label=f"cut {source.name} at")
        cut = files.root / f"cut-{source.name}"
        cut.write_bytes(whole[:offset])
        assert_refused_and_unchanged(files, cut, PASSPHRASE)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_locked_file_with_any_bit_flipped_is_refused_and_the_store_is_unchanged(files, data):
    whole = bytearray(files.locked.read_bytes())
    offset = data.draw(st.integers(0, len(whole) - 1), label="offset")
    whole[offset] ^= 1 << data.draw(st.integers(0, 7), label="bit")
    flipped = files.root / "flipped-locked.cbesync"
    flipped.write_bytes(bytes(whole))
    assert_refused_and_unchanged(files, flipped, PASSPHRASE)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_flipped_bit_in_an_unlocked_file_never_changes_what_is_imported(files, data):
    """Every byte of every row is covered by a hash; a flip either is refused or fell on
    zip bookkeeping that holds no data (a timestamp, say) and imports the same rows."""
    whole = bytearray(files.plain.read_bytes())
    offset = data.draw(st.integers(0, len(whole) - 1), label="offset")
    whole[offset] ^= 1 << data.draw(st.integers(0, 7), label="bit")
    flipped = files.root / "flipped.cbesync"
    flipped.write_bytes(bytes(whole))
    folder = files.fresh_store_folder()
    before = files_digest(folder)
    error = attempt(folder, flipped)
    if error is not None:
        assert isinstance(error, BundleError) and "\n" not in str(error)
        assert files_digest(folder) == before
        return
    store = Store.open(folder)
    imported = dump(store)
    store.close()
    for table, rows in files.expected.items():
        for row_id, row in rows.items():
            assert imported[table][row_id] == row


# ----------------------------------------------------------------------------- passphrases


def test_a_wrong_passphrase_is_refused_in_one_sentence(files):
    message = assert_refused_and_unchanged(files, files.locked, "Correct horse", PassphraseError)
    assert message == "The passphrase is wrong, or the file was changed after it was made."


def test_a_locked_file_without_a_passphrase_asks_for_it(files):
    message = assert_refused_and_unchanged(files, files.locked, None, PassphraseError)
    assert "passphrase" in message


def test_a_passphrase_given_for_an_unlocked_file_does_no_harm(files):
    assert attempt(files.fresh_store_folder(), files.plain, "anything") is None


# ----------------------------------------------------------------------------- hostile zips


@pytest.mark.parametrize(
    "name",
    [
        "../../evil.jsonl",
        "/etc/evil",
        "tables\\evidence.jsonl",
        "blobs/../../evil",
        "tables/../manifest.json",
        "C:/evil",
        "tables/Evidence.jsonl",
        "tables/",
    ],
)
def test_a_part_named_to_escape_the_folder_is_refused_and_never_written(files, name):
    payload = b'{"id": "x"}\n'
    path = craft(
        files,
        "zip-slip",
        manifest=lambda doc: doc["members"].update(
            {name: {"sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)}}
        ),
        extra=[(name, payload)],
    )
    assert_refused_and_unchanged(files, path)
    assert not (files.root.parent / "evil.jsonl").exists()
    assert not list(files.root.rglob("evil*"))


def test_a_zip_bomb_is_refused_before_it_is_inflated(files):
    bomb = b"\n" * (30 * 1024 * 1024)  # 30 MB of nothing, a few tens of KB compressed
    path = craft(files, "bomb", members=lambda parts: parts.update({"tables/goal.jsonl": bomb}))
    assert "inflates" in assert_refused_and_unchanged(files, path)


def test_a_blob_bomb_is_refused_too(files):
    zeros = bytes(5 * 1024 * 1024)
    sha = hashlib.sha256(zeros).hexdigest()
    path = craft(files, "blob-bomb", members=lambda parts: parts.update({f"blobs/{sha}": zeros}))
    assert_refused_and_unchanged(files, path)


def test_too_many_parts_are_refused(files):
    names = [f"tables/{chr(97 + i // 26)}{chr(97 + i % 26)}.jsonl" for i in range(70)]
    path = craft(files, "many", members=lambda parts: parts.update({n: b"" for n in names}))
    assert "more than 64" in assert_refused_and_unchanged(files, path)


def test_a_part_the_manifest_does_not_list_refuses_the_whole_file(files):
    data = b"not listed"
    sha = hashlib.sha256(data).hexdigest()
    path = craft(files, "unlisted", extra=[(f"blobs/{sha}", data)])
    assert "does not list" in assert_refused_and_unchanged(files, path)


def test_a_part_whose_hash_differs_refuses_the_whole_file(files):
    doc, parts = members_of(files.plain)
    name = "tables/evidence.jsonl"
    parts[name] = parts[name].replace(b'"level":2.0', b'"level":4.0', 1)  # same size
    assert hashlib.sha256(parts[name]).hexdigest() != doc["members"][name]["sha256"]
    assert len(parts[name]) == doc["members"][name]["size"]
    path = files.root / "hash.cbesync"
    with zipfile.ZipFile(path, "w") as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
        zf.writestr(MANIFEST, json.dumps(doc))
    assert "hash" in assert_refused_and_unchanged(files, path)


def test_a_part_listed_but_missing_refuses_the_whole_file(files):
    path = craft(
        files,
        "missing",
        members=lambda parts: parts.pop("tables/evidence.jsonl"),
        rehash=False,
    )
    assert_refused_and_unchanged(files, path)


def test_two_parts_with_one_name_are_refused(files):
    doc, parts = members_of(files.plain)
    path = files.root / "twice.cbesync"
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "w") as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
        zf.writestr("tables/goal.jsonl", b"")
        zf.writestr(MANIFEST, json.dumps(doc))
    assert_refused_and_unchanged(files, path)


# ----------------------------------------------------------------------------- bad rows


@pytest.mark.parametrize(
    ("case", "make"),
    [
        ("malformed JSON", lambda row: '{"id": "0190", "hlc": '),
        ("not an object", lambda row: "[1, 2, 3]"),
        ("a level that is text", lambda row: {**row, "level": "three"}),
        (
            "a level that is NaN",
            lambda row: json.dumps({**row, "level": 0.5}).replace("0.5", "NaN"),
        ),
        ("a huge number", lambda row: {**row, "level": 10**400}),
        ("an id too long", lambda row: {**row, "id": "x" * 37}),
        ("a stamp that is not one", lambda row: {**row, "hlc": "yesterday"}),
        ("a stamp in other digits", lambda row: {**row, "hlc": "١٧٩٠٠٠٠٠٠٠٠٠٠-0000-ab"}),
        (
            "a missing required field",
            lambda row: {k: v for k, v in row.items() if k != "student_id"},
        ),
        ("an unknown field", lambda row: {**row, "grade_override": 4}),
        (
            "a lone surrogate",
            lambda row: json.dumps({**row, "feedback": "x"}).replace('"x"', '"\\ud800"'),
        ),
        ("a boolean that is a number", lambda row: {**row, "not_yet": 1}),
        ("a list of numbers", lambda row: {**row, "attachment_ids": [1, 2]}),
        ("too deep", lambda row: {**row, "attachment_ids": [[[[[[[[[["x"]]]]]]]]]]}),
        ("far too deep", lambda row: '{"id": ' + "[" * 100_000 + "]" * 100_000 + "}"),
        ("a line too long", lambda row: {**row, "feedback": secrets.token_hex(600_000)}),
    ],
)
def test_a_bad_row_refuses_the_whole_file_and_changes_nothing(files, case, make):
    path = craft(files, "bad-row", members=replace_line("evidence", make))
    message = assert_refused_and_unchanged(files, path)
    assert "evidence" in message or "record" in message, (case, message)


def test_a_row_that_appears_twice_is_refused(files):
    def double(parts: dict[str, bytes]) -> None:
        lines = parts["tables/evidence.jsonl"].split(b"\n")
        parts["tables/evidence.jsonl"] = b"\n".join([lines[0], *lines])

    assert "twice" in assert_refused_and_unchanged(files, craft(files, "dup", members=double))


def test_a_conflict_row_nested_too_deeply_is_refused(files):
    deep: Any = "x"
    for _ in range(12):
        deep = {"v": deep}
    row = {
        "id": "0190b2c4-0000-7000-8000-0000000000aa",
        "hlc": "1790000000000-0000-ab",
        "origin": "ab",
        "deleted_hlc": None,
        "base_hlc": None,
        "table_name": "student",
        "row_id": "0190b2c4-0000-7000-8000-0000000000ab",
        "mine": deep,
        "theirs": {},
        "reason": "concurrent_edit",
        "state": "open",
        "resolution": "",
    }
    path = craft(
        files,
        "deep",
        members=lambda parts: parts.update(
            {"tables/conflict.jsonl": json.dumps(row).encode() + b"\n"}
        ),
    )
    assert "deep" in assert_refused_and_unchanged(files, path)


def test_a_count_that_does_not_match_the_rows_is_refused(files):
    path = craft(files, "count", manifest=lambda doc: doc["counts"].update(evidence=1))
    assert_refused_and_unchanged(files, path)


# ----------------------------------------------------------------------------- versions


def test_a_file_from_a_newer_major_version_is_refused_in_the_teachers_words(files):
    path = craft(files, "v2", manifest=lambda doc: doc.update(format_version="2.0"))
    message = assert_refused_and_unchanged(files, path, kind=NewerFormatError)
    assert message == (
        "This file was made by a newer version of cbe-desktop (format 2); "
        "update the program on this laptop to read it."
    )


def test_a_file_from_a_newer_minor_version_is_read_and_its_unknown_fields_ignored(files):
    path = craft(
        files,
        "v1.3",
        members=replace_line("evidence", lambda row: {**row, "confidence": "high"}),
        manifest=lambda doc: doc.update(format_version="1.3", new_key={"a": 1}),
    )
    assert attempt(files.fresh_store_folder(), path) is None


def test_a_file_from_an_older_version_is_read(files):
    path = craft(files, "v0.9", manifest=lambda doc: doc.update(format_version="0.9"))
    assert attempt(files.fresh_store_folder(), path) is None


def test_an_unknown_table_is_refused(files):
    path = craft(
        files,
        "unknown-table",
        members=lambda parts: parts.update({"tables/grades.jsonl": b'{"id": "x"}\n'}),
    )
    assert "does not know" in assert_refused_and_unchanged(files, path)


@pytest.mark.parametrize(
    "edit",
    [
        lambda doc: doc.update(format="something-else"),
        lambda doc: doc.update(format_version="one"),
        lambda doc: doc.update(created_hlc="now"),
        lambda doc: doc.update(source_replica="../x"),
        lambda doc: doc.update(members=[]),
        lambda doc: doc.update(since={"peer": "ab"}),
        lambda doc: doc.update(received={"ab": 3}),
    ],
)
def test_a_manifest_that_is_not_right_is_refused(files, edit):
    assert_refused_and_unchanged(files, craft(files, "manifest", manifest=edit))


@pytest.mark.parametrize(
    "content", [b"", b"hello, this is a letter", b"PK\x03\x04" + bytes(100), b"CBESYNC\x00\x01"]
)
def test_a_file_that_is_not_a_sync_file_is_refused(files, content):
    path = files.root / "other.cbesync"
    path.write_bytes(content)
    assert_refused_and_unchanged(files, path, PASSPHRASE)


def test_a_missing_file_or_a_folder_is_refused(files):
    assert_refused_and_unchanged(files, files.root / "nowhere.cbesync")
    assert_refused_and_unchanged(files, files.root)


def test_a_preview_of_a_good_file_changes_nothing_either(files):
    folder = files.fresh_store_folder()
    before = files_digest(folder)
    store = Store.open(folder)
    summary = preview_import(store, files.locked, PASSPHRASE)
    store.close()
    assert summary.totals.new > 0 and summary.dry_run
    assert files_digest(folder) == before


# ----------------------------------------------------------------------------- task rubrics


def add_task_rubric_line(make: Callable[[dict[str, Any]], Any]) -> Callable:
    """Add one task_rubric_descriptor row (``make`` edits a valid one) to the file."""

    def edit(parts: dict[str, bytes]) -> None:
        evidence = json.loads(parts["tables/evidence.jsonl"].split(b"\n")[0])
        row = {
            "id": "019a0000-0000-7000-8000-00000000dd01",
            "hlc": evidence["hlc"],
            "origin": evidence["origin"],
            "deleted_hlc": None,
            "base_hlc": None,
            "task_id": "019a0000-0000-7000-8000-00000000dd02",
            "target_id": evidence["target_id"],
            "level_value": 3.0,
            "text": "Completes the table and explains the unit rate.",
        }
        new = make(row)
        line = new.encode() if isinstance(new, str) else json.dumps(new).encode()
        name = "tables/task_rubric_descriptor.jsonl"
        parts[name] = parts.get(name, b"").rstrip(b"\n") + b"\n" + line + b"\n"
        parts[name] = parts[name].lstrip(b"\n")

    return edit


@pytest.mark.parametrize(
    ("case", "make"),
    [
        ("a level that is text", lambda row: {**row, "level_value": "three"}),
        ("a level that is true", lambda row: {**row, "level_value": True}),
        ("a level that is infinite", lambda row: json.dumps(row).replace("3.0", "Infinity")),
        ("a text that is a number", lambda row: {**row, "text": 3}),
        ("a text that is a list", lambda row: {**row, "text": ["a", "b"]}),
        ("a task that is not an id", lambda row: {**row, "task_id": "t" * 37}),
        ("a task that is a number", lambda row: {**row, "task_id": 12}),
        ("no task at all", lambda row: {k: v for k, v in row.items() if k != "task_id"}),
        ("an unknown field", lambda row: {**row, "points": 4}),
        ("a text far too long", lambda row: {**row, "text": secrets.token_hex(600_000)}),
    ],
)
def test_a_bad_task_rubric_row_refuses_the_whole_file_and_changes_nothing(files, case, make):
    path = craft(files, "bad-task-rubric", members=add_task_rubric_line(make))
    message = assert_refused_and_unchanged(files, path)
    assert "task_rubric_descriptor" in message or "record" in message, (case, message)


def test_a_task_rubric_row_for_a_task_this_laptop_lacks_is_kept_and_shows_nowhere(files):
    from cbe_desktop.core.models import TaskRubricDescriptor
    from cbe_desktop.core.task_rubric import descriptors_for, task_rubric

    path = craft(files, "stray-task-rubric", members=add_task_rubric_line(lambda row: row))
    folder = files.fresh_store_folder()
    assert attempt(folder, path) is None
    with Store.open(folder) as store, store.read() as session:
        (row,) = session.exec(select(TaskRubricDescriptor)).all()  # kept, so it can travel on
        assert task_rubric(session, row.task_id) == {}
        assert row.text not in descriptors_for(session, row.task_id, row.target_id).values()
