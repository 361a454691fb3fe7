"""Sync files locked with a passphrase, under a teacher's real conditions.

- A wrong passphrase is known from the file's first chunk: refused before one byte of
  the students' work is written anywhere (not to a temporary file, not to the data
  folder), after reading only the start of the file, however large it is.
- A locked file cut short, with a chunk dropped, repeated or moved, or a changed byte
  in its header, is refused in one sentence and the store is left as it was.
- A file locked by the released version (lock format 1) still opens.
- A new file needs a passphrase a teacher can remember but not a trivial one; the
  command line, the sync code and the window all refuse "a" with the same sentence.
- Sending a locked file never writes the students' work in the clear: killed at any
  moment, the export leaves no plaintext in the destination, the data folder or the
  temporary folder.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from cbe_desktop.cli import main
from cbe_desktop.core.attachments import add_attachment
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.evidence import EvidenceEntry, record_evidence
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.settings import set_setting
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.core.targets import add_framework, add_target
from cbe_desktop.sync import crypto
from cbe_desktop.sync.errors import BundleError, NewerFormatError, PassphraseError
from cbe_desktop.sync.exchange import export_bundle, import_bundle, verify_bundle

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PASSPHRASE = "mi clave secreta"
WRONG = "mi clave secreto"
STUDENTS = [("Ana", "García"), ("Mateo", "Hernández"), ("Sofía", "López")]
#: Written into every attachment (which the sync file stores uncompressed), so that any
#: plaintext of the file that reaches a disk shows the names as they are.
MARKER = "Ana García, Mateo Hernández, Sofía López".encode()
NAMES = [MARKER, *(f"{given} {family}".encode() for given, family in STUDENTS)]
MB = 1024 * 1024
CUT_SHORT = (
    "This locked sync file is incomplete (it was cut short); make the file again on the "
    "other laptop."
)


# ----------------------------------------------------------------------------- laptops


def make_laptop(folder: Path, *, attachments: int = 0, attachment_bytes: int = 0) -> Path:
    """A data folder with one class of three students, some evidence and attachments."""
    with Store.open(folder) as store, store.transaction() as tx:
        set_setting(tx, "teacher", "Ms Rivera")
        scale = create_default_scale(tx)
        framework = add_framework(tx, "Grade 7 Mathematics")
        school_class = add_class(tx, "Math 7", scale_id=scale.id)
        target = add_target(tx, framework, code="7.RP.1", statement="Ratios")
        align_target(tx, school_class, target, position=0)
        students = []
        for given, family in STUDENTS:
            student = add_student(tx, given, family)
            enroll(tx, school_class, student)
            students.append(student.id)
        ids = (school_class.id, target.id, students)
        for n in range(attachments):
            # Random bytes (photos do not compress), with the names every megabyte.
            data = bytearray(os.urandom(attachment_bytes))
            for at in range(0, attachment_bytes - len(MARKER), MB):
                data[at : at + len(MARKER)] = MARKER
            add_attachment(tx, store, bytes(data), f"scan-{n}.jpg")
    with Store.open(folder) as store:
        class_id, target_id, students = ids
        for n, student_id in enumerate(students):
            record_evidence(
                store,
                EvidenceEntry(
                    student_id=student_id,
                    target_id=target_id,
                    produced_on="2026-10-01",
                    level=1 + n,
                    class_id=class_id,
                    feedback=f"Well done, {STUDENTS[n][0]}",
                ),
            )
    return folder


def export(folder: Path, out: Path, passphrase: str | None = PASSPHRASE) -> Path:
    with Store.open(folder) as store:
        export_bundle(store, out, passphrase=passphrase)
    return out


def store_state(folder: Path) -> tuple[dict[str, int], str]:
    """Live row counts, and a hash of the closed store's bytes and attachment files."""
    with Store.open(folder) as store, store.read() as session:
        counts = live_counts(session)
    digest = hashlib.sha256((folder / DB_FILE).read_bytes())
    blobs = folder / "blobs"
    for path in sorted(blobs.iterdir()) if blobs.is_dir() else []:
        digest.update(path.name.encode())
    return counts, digest.hexdigest()


def try_import(folder: Path, path: Path, passphrase: str | None) -> CbeError | None:
    with Store.open(folder) as store:
        try:
            import_bundle(store, path, passphrase)
        except CbeError as exc:
            return exc
    return None


def refused_whole(folder: Path, path: Path, passphrase: str | None = PASSPHRASE) -> str:
    """Import ``path`` into the store at ``folder``: refused in one sentence, nothing changed."""
    before = store_state(folder)
    error = try_import(folder, path, passphrase)
    assert isinstance(error, BundleError), error
    message = str(error)
    assert "\n" not in message and message.endswith(".") and "Traceback" not in message
    assert store_state(folder) == before
    return message


@dataclass
class Layout:
    """Where the chunks of a lock format 2 file lie."""

    data: bytes

    @property
    def header(self) -> bytes:
        return self.data[: crypto.HEADER_BYTES]

    @property
    def chunks(self) -> list[bytes]:
        size = crypto.CHUNK + crypto.TAG_BYTES
        body = self.data[crypto.HEADER_BYTES :]
        return [body[at : at + size] for at in range(0, len(body), size)]

    def join(self, chunks: list[bytes], header: bytes | None = None) -> bytes:
        return (header if header is not None else self.header) + b"".join(chunks)


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Iterator[tuple[Path, Path]]:
    """A laptop holding 50 MB of attachments, and its file locked with PASSPHRASE."""
    root = tmp_path_factory.mktemp("large")
    folder = make_laptop(root / "rivera", attachments=5, attachment_bytes=10 * MB)
    (root / "usb").mkdir()
    yield folder, export(folder, root / "usb" / "rivera.cbesync")


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Iterator[Path]:
    """A locked file of a few chunks (one 300 kB attachment)."""
    root = tmp_path_factory.mktemp("small")
    folder = make_laptop(root / "rivera", attachments=1, attachment_bytes=300_000)
    path = export(folder, root / "rivera.cbesync")
    assert len(Layout(path.read_bytes()).chunks) >= 4
    yield path


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """The receiving laptop: an empty store."""
    folder = tmp_path / "office"
    Store.open(folder).close()
    return folder


# ----------------------------------------------------------------------------- watching


class Watch:
    """Counts what is read from the locked file and written to any temporary file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, temp: Path) -> None:
        self.read = 0
        self.written = 0
        self.spools = 0
        temp.mkdir(exist_ok=True)
        monkeypatch.setattr(tempfile, "tempdir", str(temp))
        watch = self

        class CountingReader(io.FileIO):
            def read(self, size: int = -1) -> bytes:
                data = super().read(size)
                watch.read += len(data)
                return data

            def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
                n = super().readinto(buffer)
                watch.read += n or 0
                return n

        def counting_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
            assert mode == "rb", mode
            return CountingReader(file, "rb")

        monkeypatch.setattr(crypto, "open", counting_open, raising=False)

        class CountingSpool(tempfile.SpooledTemporaryFile):  # type: ignore[type-arg]
            def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
                watch.spools += 1
                super().__init__(*args, **kwargs)

            def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
                watch.written += len(data)
                return super().write(data)

        monkeypatch.setattr(tempfile, "SpooledTemporaryFile", CountingSpool)


def listing(*folders: Path) -> set[str]:
    return {str(p) for folder in folders for p in folder.rglob("*")}


# ----------------------------------------------------------------------------- wrong passphrase


def test_a_wrong_passphrase_on_a_large_file_is_refused_before_anything_is_written(
    large, office, tmp_path, monkeypatch
):
    _folder, locked = large
    assert locked.stat().st_size > 50 * MB
    temp = tmp_path / "temp"
    watch = Watch(monkeypatch, temp)
    before = listing(office, temp)
    message = refused_whole(office, locked, WRONG)
    assert message == "The passphrase is wrong, or the file was changed after it was made."
    # Refused from the start of the file: nothing decrypted, nothing written, no file made.
    assert watch.written == 0 and watch.spools == 0
    assert 0 < watch.read < 2 * MB
    assert listing(office, temp) == before


def test_the_right_passphrase_brings_the_large_file_whole(large, office):
    _folder, locked = large
    error = try_import(office, locked, PASSPHRASE)
    assert error is None
    counts, _ = store_state(office)
    assert counts["students"] == 3 and counts["attachments"] == 5
    assert len(list((office / "blobs").iterdir())) == 5


def test_the_check_after_writing_refuses_a_wrong_passphrase_just_as_early(
    large, tmp_path, monkeypatch
):
    _folder, locked = large
    watch = Watch(monkeypatch, tmp_path / "temp")
    with pytest.raises(PassphraseError):
        verify_bundle(locked, WRONG, workdir=tmp_path)
    assert watch.written == 0 and watch.read < 2 * MB


# ----------------------------------------------------------------------------- damaged files


def test_a_locked_file_cut_short_at_any_chunk_is_refused(small, office, tmp_path):
    layout = Layout(small.read_bytes())
    cut = tmp_path / "cut.cbesync"
    for keep in range(1, len(layout.chunks)):
        cut.write_bytes(layout.join(layout.chunks[:keep]))
        assert refused_whole(office, cut) == CUT_SHORT, keep
    cut.write_bytes(layout.header)
    assert refused_whole(office, cut) == CUT_SHORT


def test_a_locked_file_cut_inside_a_chunk_is_refused(small, office, tmp_path):
    data = small.read_bytes()
    cut = tmp_path / "cut.cbesync"
    for at in (crypto.HEADER_BYTES + 10, crypto.HEADER_BYTES + crypto.CHUNK + 500, len(data) - 1):
        cut.write_bytes(data[:at])
        refused_whole(office, cut)


def test_a_locked_file_with_a_chunk_dropped_moved_or_repeated_is_refused(small, office, tmp_path):
    layout = Layout(small.read_bytes())
    chunks = layout.chunks
    damaged = {
        "second chunk dropped": [chunks[0], *chunks[2:]],
        "first chunk dropped": chunks[1:],
        "two chunks swapped": [chunks[0], chunks[2], chunks[1], *chunks[3:]],
        "a chunk repeated": [chunks[0], chunks[1], chunks[1], *chunks[2:]],
        "a chunk added after the last": [*chunks, chunks[1]],
        "the last chunk first": [chunks[-1], *chunks[:-1]],
    }
    path = tmp_path / "damaged.cbesync"
    for what, parts in damaged.items():
        path.write_bytes(layout.join(parts))
        message = refused_whole(office, path)
        assert "make the file again" in message or "passphrase is wrong" in message, what


def test_a_locked_file_whose_header_was_changed_is_refused(small, office, tmp_path):
    layout = Layout(small.read_bytes())
    path = tmp_path / "changed.cbesync"
    magic, version, salt = len(crypto.MAGIC), len(crypto.MAGIC), len(crypto.MAGIC) + 1
    prefix = salt + crypto.SALT_BYTES
    for at in (0, magic - 1, version, salt, prefix - 1, prefix, crypto.HEADER_BYTES - 1):
        header = bytearray(layout.header)
        header[at] ^= 0x01
        path.write_bytes(layout.join(layout.chunks, bytes(header)))
        message = refused_whole(office, path)
        if at >= salt:  # the salt (another key) or the nonce prefix: no chunk opens
            assert message == "The passphrase is wrong, or the file was changed after it was made."
    header = bytearray(layout.header)
    header[len(crypto.MAGIC)] = 9
    path.write_bytes(layout.join(layout.chunks, bytes(header)))
    with Store.open(office) as store, pytest.raises(NewerFormatError):
        import_bundle(store, path, PASSPHRASE)


def test_a_changed_byte_in_the_middle_is_refused_after_the_right_passphrase(
    small, office, tmp_path
):
    data = bytearray(small.read_bytes())
    data[crypto.HEADER_BYTES + crypto.CHUNK + crypto.TAG_BYTES + 100] ^= 0x40
    path = tmp_path / "changed.cbesync"
    path.write_bytes(bytes(data))
    message = refused_whole(office, path)
    assert message == (
        "This locked sync file is damaged (part of it was changed or lost on the way); "
        "make the file again on the other laptop."
    )


@pytest.mark.parametrize(
    "size", [0, 1, crypto.CHUNK - 1, crypto.CHUNK, crypto.CHUNK + 1, 3 * crypto.CHUNK, 200_001]
)
def test_a_file_of_any_length_unlocks_to_exactly_what_was_locked(size, tmp_path):
    data = os.urandom(size)
    path = tmp_path / "locked.cbesync"
    with path.open("wb") as dest:
        writer = crypto.LockingWriter(dest, PASSPHRASE)
        for at in range(0, size, 7_777):  # pieces that never line up with the chunks
            writer.write(data[at : at + 7_777])
        writer.finish()
    chunks = -(-size // crypto.CHUNK) or 1
    assert path.stat().st_size == crypto.HEADER_BYTES + size + chunks * crypto.TAG_BYTES
    assert crypto.decrypt(path, PASSPHRASE, io.BytesIO).getvalue() == data


# ----------------------------------------------------------------------------- old files


def fixture_v1(tmp_path: Path) -> tuple[Path, dict]:
    path = tmp_path / "from-the-released-version.cbesync"
    shutil.copyfile(FIXTURES / "sync-locked-v1.cbesync", path)
    return path, json.loads((FIXTURES / "sync-locked-v1.json").read_text(encoding="utf-8"))


def test_a_file_locked_by_the_released_version_still_imports(office, tmp_path):
    path, expected = fixture_v1(tmp_path)
    assert path.read_bytes()[len(crypto.MAGIC)] == 1  # lock format 1
    # Its passphrase ("ana") is shorter than a new file may have: it opens all the same.
    assert try_import(office, path, expected["passphrase"]) is None
    with Store.open(office) as store, store.read() as session:
        counts = live_counts(session)
    assert counts["students"] == len(expected["students"]) == 3
    assert counts["evidence"] == expected["counts"]["evidence"]
    assert counts["attachments"] == expected["attachments"]


def test_a_released_version_file_is_checked_whole_before_anything_is_written(
    office, tmp_path, monkeypatch
):
    path, _expected = fixture_v1(tmp_path)
    watch = Watch(monkeypatch, tmp_path / "temp")
    assert refused_whole(office, path, "anna") == (
        "The passphrase is wrong, or the file was changed after it was made."
    )
    assert watch.written == 0 and watch.spools == 0
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    refused_whole(office, path, "ana")
    assert watch.written == 0 and watch.spools == 0


def test_a_new_format_file_locked_with_a_short_passphrase_still_opens(office, tmp_path):
    """The rule is for new files only: a file that exists is read with any passphrase."""
    plain = export(make_laptop(tmp_path / "rivera"), tmp_path / "plain.cbesync", None)
    locked = tmp_path / "short.cbesync"
    with plain.open("rb") as source, locked.open("wb") as dest:
        crypto.encrypt(source, dest, "ab")
    assert locked.read_bytes()[len(crypto.MAGIC)] == crypto.VERSION
    assert try_import(office, locked, "ab") is None


# ----------------------------------------------------------------------------- the rule


@pytest.mark.parametrize(
    "weak",
    ["a", "ab1", "Ana2026", "aaaaaaaa", "        ", "12345678", "87654321", "abcdefgh",
     "qwertyui", "asdfghjk", "abcd1234", "qwerty123", "abababab", "holahola", "password",
     "Contraseña1", "PASSWORD2026"],
)  # fmt: skip
def test_a_new_passphrase_too_short_or_too_obvious_is_refused_with_the_rule(weak):
    with pytest.raises(BundleError) as caught:
        crypto.check_new_passphrase(weak)
    assert str(caught.value) == crypto.PASSPHRASE_RULE()
    assert str(caught.value).startswith(
        "Choose a passphrase of at least 8 characters that you can remember"
    )


@pytest.mark.parametrize(
    "good", ["mi clave secreta", "blue heron 42", "ñandú 2026", "correct horse", "Ana2026!"]
)
def test_a_passphrase_a_teacher_can_remember_is_accepted(good):
    crypto.check_new_passphrase(good)


def test_exporting_with_a_one_letter_passphrase_writes_nothing(tmp_path):
    folder = make_laptop(tmp_path / "rivera")
    usb = tmp_path / "usb"
    usb.mkdir()
    before = listing(folder, usb)
    with Store.open(folder) as store, pytest.raises(BundleError) as caught:
        export_bundle(store, usb / "rivera.cbesync", passphrase="a")
    assert str(caught.value) == crypto.PASSPHRASE_RULE()
    assert listing(folder, usb) == before


def test_the_command_line_refuses_a_one_letter_passphrase_in_one_sentence(
    capsys, cli_sandbox, tmp_path
):
    folder = make_laptop(tmp_path / "rivera")
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a\n", encoding="utf-8")
    out = tmp_path / "rivera.cbesync"
    capsys.readouterr()
    code = main(
        ["--data-dir", str(folder), "sync", "export", "--out", str(out),
         "--passphrase-file", str(secret)]
    )  # fmt: skip
    err = capsys.readouterr().err.strip()
    assert code == 1 and err == crypto.PASSPHRASE_RULE()
    assert not out.exists() and not list(tmp_path.glob(".rivera.cbesync*"))


def test_the_window_explains_the_rule_and_refuses_a_one_letter_passphrase(
    qtbot, tmp_path, monkeypatch
):
    from cbe_desktop.ui import background
    from cbe_desktop.ui.operations import Operations
    from cbe_desktop.ui.sync import SyncPage

    folder = make_laptop(tmp_path / "rivera")
    asked: list[str] = []
    out = tmp_path / "usb" / "rivera.cbesync"
    out.parent.mkdir()

    def save_as(*_args, **_kwargs):
        asked.append("where?")
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with Store.open(folder) as store:
        operations = Operations(store)
        operations.quiet = True
        page = SyncPage(store, operations)
        qtbot.addWidget(page)
        page.show()
        page.tabs.setCurrentWidget(page.send_tab)
        # The rule is in plain sight before the teacher presses anything.
        assert page.lock_check.isChecked() and page.passphrase_rule.isVisible()
        assert page.passphrase_rule.text() == crypto.PASSPHRASE_RULE()
        page.passphrase.setText("a")
        page.passphrase_again.setText("a")
        qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
        assert page.send_message.isVisible()
        assert page.send_message.text() == crypto.PASSPHRASE_RULE()
        assert asked == [] and not out.exists()
        # A passphrase that fits the rule writes the file.
        page.passphrase.setText(PASSPHRASE)
        page.passphrase_again.setText(PASSPHRASE)
        qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: background.running() == 0, timeout=60_000)  # written
        assert asked == ["where?"] and out.exists(), page.send_message.text()
        assert crypto.is_locked(out.read_bytes()[:8])
        page.close()


# ----------------------------------------------------------------------------- killed exports


def inflated(data: bytes) -> Iterator[bytes]:
    """The bytes of every zip part that begins in ``data``, inflated where compressed."""
    at = data.find(b"PK\x03\x04")
    while at >= 0:
        method = int.from_bytes(data[at + 8 : at + 10], "little")
        start = at + 30 + int.from_bytes(data[at + 26 : at + 28], "little")
        start += int.from_bytes(data[at + 28 : at + 30], "little")
        if method == zipfile.ZIP_DEFLATED:
            try:
                text = zlib.decompressobj(-15).decompress(data[start:], 64 * MB)
            except zlib.error:
                text = b""
            yield text
        at = data.find(b"PK\x03\x04", at + 4)


def plaintext_leaks(*folders: Path, own_store: Path) -> list[str]:
    """Files that show a student's name, but for the store's own database and attachments."""
    leaks = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            relative = path.relative_to(own_store).parts if path.is_relative_to(own_store) else ()
            if relative and (relative[0] in ("blobs", "backups") or path.name.startswith(DB_FILE)):
                continue
            data = path.read_bytes()
            for text in (data, *inflated(data)):
                if any(name in text for name in NAMES):
                    leaks.append(str(path))
                    break
    return leaks


def test_an_export_killed_at_any_moment_leaves_no_plaintext_anywhere(large, tmp_path):
    source, _locked = large
    folder = tmp_path / "rivera"
    shutil.copytree(source, folder)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    usb = tmp_path / "usb"
    temp = tmp_path / "temp"
    usb.mkdir()
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    env.pop("CBE_DESKTOP_DATA_DIR", None)

    def start(out: Path) -> subprocess.Popen:
        command = [sys.executable, "-m", "cbe_desktop", "--data-dir", str(folder), "sync",
                   "export", "--out", str(out), "--passphrase-file", str(secret)]  # fmt: skip
        return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    # One whole run: how large the file grows, and that the finished file is locked.
    whole = usb / "whole.cbesync"
    process = start(whole)
    _out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    size = whole.stat().st_size
    assert crypto.is_locked(whole.read_bytes()[:8])
    assert plaintext_leaks(usb, temp, folder, own_store=folder) == []

    def partial_size(out: Path) -> int:
        sizes = [p.stat().st_size for p in usb.glob(f".{out.name}.*.partial")]
        return max(sizes, default=-1)

    # Killed: while starting, as soon as the file is begun, a quarter, half and nearly
    # all the way through writing it.
    moments = {"starting": None, "begun": 0, "quarter": size // 4, "half": size // 2,
               "nearly done": size * 9 // 10}  # fmt: skip
    killed = []
    for n, (moment, at_size) in enumerate(moments.items()):
        out = usb / f"killed-{n}.cbesync"
        process = start(out)
        deadline = time.monotonic() + 120
        if at_size is None:
            time.sleep(0.2)
        else:
            while partial_size(out) < at_size and process.poll() is None:
                assert time.monotonic() < deadline
                time.sleep(0.002)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed.append(moment)
        process.wait(timeout=60)
        assert plaintext_leaks(usb, temp, folder, own_store=folder) == [], moment
    assert len(killed) >= 4, killed  # the kills did land while the file was being written
