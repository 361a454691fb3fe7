"""Export, preview, import and verify as a teacher meets them: attachments, copied
laptops, "what changed since the last exchange", cancelling, the backup and the history."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select
from sync_helpers import (
    ClassSetup,
    Laptop,
    dump,
    files_digest,
    open_conflicts,
    rename,
    score,
)

from cbe_desktop.core.attachments import store_files
from cbe_desktop.core.errors import CbeError, NotFoundError
from cbe_desktop.core.ids import Stamp
from cbe_desktop.core.models import SyncLog
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.sync.bundle import open_bundle
from cbe_desktop.sync.errors import ImportCancelled
from cbe_desktop.sync.exchange import (
    export_bundle,
    import_bundle,
    preview_import,
    verify_bundle,
)

PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 64


def attach(laptop: Laptop, tmp: Path, data: bytes, name: str) -> str:
    path = tmp / name
    path.write_bytes(data)
    (attachment_id,) = store_files(laptop.store, [path])
    return attachment_id


# ----------------------------------------------------------------------------- attachments


def test_identical_attachments_from_two_files_are_stored_once(tmp_path):
    a, b, office = Laptop(tmp_path, "a"), Laptop(tmp_path, "b"), Laptop(tmp_path, "office")
    id_a = attach(a, tmp_path, PHOTO, "ana-ratio-table.jpg")
    id_b = attach(b, tmp_path, PHOTO, "same-photo.jpg")  # the same picture, on another laptop
    first = import_bundle(office.store, a.export())
    second = import_bundle(office.store, b.export())
    again = import_bundle(office.store, a.export())
    blobs = list((office.folder / "blobs").iterdir())
    assert len(blobs) == 1 and blobs[0].read_bytes() == PHOTO
    assert (first.attachments_added, second.attachments_added, again.attachments_added) == (1, 0, 0)
    rows = dump(office.store)["attachment"]
    assert set(rows) == {id_a, id_b}  # one row per id, one file for both
    assert {r["sha256"] for r in rows.values()} == {blobs[0].name}
    for laptop in (a, b, office):
        laptop.close()


def test_an_attachment_row_whose_file_is_missing_everywhere_is_imported_and_reported(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    attach(a, tmp_path, PHOTO, "photo.jpg")
    for blob in (a.folder / "blobs").iterdir():
        blob.unlink()  # lost on the sending laptop
    path = a.export()
    with open_bundle(path) as bundle:
        assert bundle.manifest.blobs == []
    summary = import_bundle(b.store, path)
    assert summary.attachments_missing == 1
    assert len(dump(b.store)["attachment"]) == 1
    a.close()
    b.close()


# ----------------------------------------------------------------------------- copied laptops


def test_a_store_copied_to_another_laptop_becomes_a_new_replica_and_syncs_with_the_original(
    tmp_path,
):
    original = Laptop(tmp_path, "original")
    setup = ClassSetup(original)
    score(original, setup, 0, 0, 2)
    replica = original.replica
    original.close()
    shutil.copytree(original.folder, tmp_path / "copy")  # the whole data folder, on a stick
    original = Laptop.at(original.folder, "original")
    copy = Laptop.at(tmp_path / "copy", "copy")
    assert original.replica == replica  # at home it stays itself
    assert copy.replica != replica  # the copy knows it is a copy

    ana, mateo = setup.student_ids[:2]
    rename(original, ana, "Anita")
    rename(copy, ana, "Ana María")  # both change Ana...
    rename(copy, mateo, "Mateo José")  # ...and only the copy changes Mateo
    score(copy, setup, 1, 1, 4)
    stamps = {
        laptop.name: Stamp.parse(dump(laptop.store)["student"][ana]["hlc"]).replica
        for laptop in (original, copy)
    }
    assert stamps == {"original": original.replica, "copy": copy.replica}

    original.send_to(copy)
    copy.send_to(original)
    data = dump(original.store)
    assert data == dump(copy.store)
    assert data["student"][mateo]["given_name"] == "Mateo José"  # no conflict: made from ours
    assert data["student"][ana]["given_name"] == "Ana María"  # the newer of the two
    (conflict,) = open_conflicts(original.store)
    assert conflict["theirs"]["given_name"] == "Anita"
    original.close()
    copy.close()


# ----------------------------------------------------------------------------- since last


def test_since_the_last_exchange_sends_only_what_changed_and_nothing_is_skipped(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    setup = ClassSetup(a)
    a.send_to(b)
    score(a, setup, 0, 0, 3)
    b.send_to(a)  # b's file tells a what b holds of a's work
    score(a, setup, 1, 0, 2)
    rename(a, setup.student_ids[2], "Sofi")
    path = a.export(since=b)
    with open_bundle(path) as bundle:
        counts = bundle.manifest.counts
        assert bundle.manifest.since is not None
    assert counts["evidence"] == 2 and counts["student"] == 1
    assert sum(counts.values()) == 3
    import_bundle(b.store, path)
    assert dump(a.store) == dump(b.store)
    a.close()
    b.close()


def test_a_file_that_never_arrived_is_sent_again_next_time(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    setup = ClassSetup(a)
    a.send_to(b)
    b.send_to(a)
    score(a, setup, 0, 0, 3)
    a.export(since=b)  # lost on the way: b never imports it
    score(a, setup, 1, 1, 4)
    path = a.export(since=b)
    with open_bundle(path) as bundle:
        assert bundle.manifest.counts["evidence"] == 2  # both, not only the newest
    import_bundle(b.store, path)
    assert dump(a.store) == dump(b.store)
    a.close()
    b.close()


def test_rows_received_from_a_third_laptop_are_passed_on(tmp_path):
    a, b, c = Laptop(tmp_path, "a"), Laptop(tmp_path, "b"), Laptop(tmp_path, "c")
    setup = ClassSetup(a)
    a.send_to(b)
    b.send_to(a)
    a.send_to(c)
    score(c, setup, 0, 1, 2)  # an old stamp by the time it reaches a
    c.send_to(a)
    path = a.export(since=b)
    import_bundle(b.store, path)
    assert set(dump(b.store)["evidence"]) == set(dump(c.store)["evidence"])
    for laptop in (a, b, c):
        laptop.close()


@settings(max_examples=6, deadline=None)
@given(st.lists(st.sampled_from(["a score", "b score", "a->b", "b->a", "a~>b"]), max_size=10))
def test_partial_files_keep_two_laptops_as_complete_as_full_ones(steps):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        a, b = Laptop(root, "a"), Laptop(root, "b")
        setup = ClassSetup(a)
        a.send_to(b)
        try:
            for step in steps:
                if step == "a score":
                    score(a, setup, 0, 0, 3)
                elif step == "b score":
                    score(b, setup, 1, 1, 2)
                elif step == "a->b":
                    a.send_to(b, since=True)
                elif step == "b->a":
                    b.send_to(a, since=True)
                else:
                    a.export(since=b)  # made but lost
            a.send_to(b, since=True)
            b.send_to(a, since=True)
            assert dump(a.store) == dump(b.store)
        finally:
            a.close()
            b.close()


def test_since_last_names_a_laptop_by_its_teacher_or_refuses_in_one_sentence(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "Ms Rivera")
    b.send_to(a)
    summary = export_bundle(a.store, tmp_path / "x.cbesync", since_peer="ms rivera")
    assert summary.since_peer == b.replica
    assert "has not yet confirmed" in summary.note  # b never received from a: everything
    with pytest.raises(NotFoundError) as error:
        export_bundle(a.store, tmp_path / "y.cbesync", since_peer="Mr Nobody")
    assert "\n" not in str(error.value)
    assert not (tmp_path / "y.cbesync").exists()
    a.close()
    b.close()


# ----------------------------------------------------------------------------- import


def test_preview_tells_exactly_what_the_import_then_does_and_changes_nothing(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    setup = ClassSetup(a)
    a.send_to(b)
    rename(a, setup.student_ids[0], "Anita")
    rename(b, setup.student_ids[0], "Ana María")
    score(a, setup, 1, 0, 3)
    path = a.export()
    b.close()
    before = files_digest(b.folder)
    b.store = Store.open(b.folder)
    preview = preview_import(b.store, path)
    b.store.close()
    assert files_digest(b.folder) == before
    b.store = Store.open(b.folder)
    done = import_bundle(b.store, path)
    assert preview.tables == done.tables and preview.dry_run and not done.dry_run
    assert (done.totals.new, done.totals.conflicts) == (1, 1)
    assert done.teacher == "a" and done.source_replica == a.replica
    a.close()
    b.close()


def test_an_import_is_preceded_by_a_backup_and_written_in_the_sync_history(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    ClassSetup(a)
    path = a.export()
    import_bundle(b.store, path)
    assert list((b.folder / "backups").glob("auto-*-before-sync.sqlite"))
    with b.store.read() as session:
        (entry,) = session.exec(select(SyncLog).where(SyncLog.direction == "import")).all()
    with a.store.read() as session:
        (sent,) = session.exec(select(SyncLog).where(SyncLog.direction == "export")).all()
    assert entry.bundle_id == sent.bundle_id and entry.peer_replica == a.replica
    assert entry.peer_teacher == "a" and entry.counts["new"] > 0
    assert entry.file_name == path.name
    a.close()
    b.close()


def test_progress_is_reported_and_a_cancelled_import_changes_nothing(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    setup = ClassSetup(a)
    for n in range(30):
        score(a, setup, n % 3, n % 2, 1 + n % 4)
    path = a.export()
    before = dump(b.store)
    seen: list[tuple[int, int]] = []

    def cancel_late() -> bool:
        return len(seen) >= 3  # stop once the merge is under way

    with pytest.raises(ImportCancelled) as error:
        import_bundle(
            b.store, path, progress=lambda d, t: seen.append((d, t)), cancelled=cancel_late
        )
    assert "nothing was changed" in str(error.value)
    assert dump(b.store) == before
    seen.clear()
    import_bundle(b.store, path, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] <= seen[-1][1] and all(d <= t for d, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    a.close()
    b.close()


def test_a_locked_file_reads_back_and_an_unlocked_one_too(tmp_path):
    a = Laptop(tmp_path, "a")
    ClassSetup(a)
    locked = tmp_path / "locked.cbesync"
    plain = tmp_path / "plain.cbesync"
    summary = export_bundle(a.store, locked, passphrase="ñandú 2026")
    export_bundle(a.store, plain)
    assert summary.locked and locked.read_bytes()[:8] == b"CBESYNC\x00"
    assert verify_bundle(locked, "ñandú 2026").counts == verify_bundle(plain).counts
    assert b"Ana" not in locked.read_bytes() and b"Ana" in zip_text(plain)
    assert not list(tmp_path.glob(".*partial")) and not list(a.folder.glob(".sync-*"))
    a.close()


def zip_text(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return b"".join(zf.read(n) for n in zf.namelist())


def test_a_sync_file_that_cannot_be_written_is_one_sentence_and_leaves_nothing(tmp_path):
    a = Laptop(tmp_path, "a")
    with pytest.raises(CbeError) as error:
        export_bundle(a.store, tmp_path / "no-such-folder" / "x.cbesync")
    assert "\n" not in str(error.value)
    a.close()


def test_an_empty_store_exports_and_imports(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    summary = import_bundle(b.store, a.export())
    assert summary.totals.new == 0
    assert dump(b.store)["evidence"] == {}
    assert (b.folder / DB_FILE).exists()
    a.close()
    b.close()


def test_a_preview_counts_the_attachment_files_the_import_then_stores(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    attach(a, tmp_path, PHOTO, "photo.jpg")
    path = a.export()
    preview = preview_import(b.store, path)
    assert preview.attachments_added == 1 and not (b.folder / "blobs").exists()
    done = import_bundle(b.store, path)
    assert done.attachments_added == 1 and len(list((b.folder / "blobs").iterdir())) == 1
    with b.store.read() as session:
        (entry,) = session.exec(select(SyncLog).where(SyncLog.direction == "import")).all()
    assert entry.counts["attachments_added"] == 1
    a.close()
    b.close()


def test_the_photos_of_an_import_are_all_there_whole_and_no_partial_file_is_left(tmp_path):
    """The attachments of a sync file are written together (flushed side by side), each
    under its hash, with nothing half-written beside them."""
    import hashlib

    from cbe_desktop.core.attachments import store_files

    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    ClassSetup(a)
    photos = []
    for n in range(5):
        photo = tmp_path / f"work-{n}.jpg"
        photo.write_bytes(b"\xff\xd8\xff" + bytes([n]) * (1000 + n))
        photos.append(photo)
    store_files(a.store, photos)
    summary = import_bundle(b.store, a.export())
    assert summary.attachments_added == 5
    names = sorted(p.name for p in (b.folder / "blobs").iterdir())
    assert names == sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in photos)
    for name in names:
        assert hashlib.sha256((b.folder / "blobs" / name).read_bytes()).hexdigest() == name
    a.close()
    b.close()
