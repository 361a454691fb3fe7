"""Two teachers, two laptops, one USB stick: the sync page as they use it.

Each laptop is a copy of the demo class (a copy takes its own replica id, as a second
laptop would). File dialogs and the passphrase question are answered by monkeypatching.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from background_helpers import answer, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit
from sqlmodel import select

from cbe_desktop.core.backups import make_backup
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.evidence import (
    EvidenceEntry,
    current_override,
    override_estimate,
    record_evidence,
)
from cbe_desktop.core.models import Conflict, Evidence, Student, SyncLog, Target
from cbe_desktop.core.roster import update_student
from cbe_desktop.core.settings import set_setting
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.sync import crypto
from cbe_desktop.sync.errors import BundleError
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.sync import (
    CLEAR_TEXT_NOTE,
    SAFE_TO_REMOVE,
    EditConflictDialog,
    SyncPage,
    default_file_name,
    send,
)
from cbe_desktop.ui.sync_files import looks_removable

RIVERA, ORTIZ = "Ms. Elena Rivera", "Mr. Daniel Ortiz"
SECRET = "blue heron 42"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template")
    with Store.open(folder) as template:
        build_demo(template)
    return folder


@dataclass
class Laptop:
    store: Store
    page: SyncPage
    operations: Operations

    def student(self, student_id: str) -> Student:
        with self.store.read() as session:
            return session.get(Student, student_id)

    def conflict(self, conflict_id: str) -> Conflict:
        with self.store.read() as session:
            return session.get(Conflict, conflict_id)

    def open_conflicts(self) -> int:
        with self.store.read() as session:
            return len(session.exec(select(Conflict).where(Conflict.state == "open")).all())

    def fingerprint(self) -> str:
        """The database's bytes (with its write-ahead log): equal means nothing changed."""
        digest = hashlib.sha256()
        for suffix in ("", "-wal"):
            path = Path(str(self.store.db_path) + suffix)
            digest.update(path.read_bytes() if path.exists() else b"-")
        return digest.hexdigest()


def make_laptop(qtbot, template: Path, folder: Path, teacher: str) -> Laptop:
    folder.mkdir(parents=True)
    make_backup(template / DB_FILE, folder / DB_FILE)
    if (template / "blobs").is_dir():
        shutil.copytree(template / "blobs", folder / "blobs")
    store = Store.open(folder)
    with store.transaction() as tx:
        set_setting(tx, "teacher", teacher)
    operations = Operations(store)
    operations.quiet = True
    page = SyncPage(store, operations)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return Laptop(store, page, operations)


@pytest.fixture
def laptops(qtbot, demo_folder, tmp_path) -> Iterator[tuple[Laptop, Laptop]]:
    rivera = make_laptop(qtbot, demo_folder, tmp_path / "rivera", RIVERA)
    ortiz = make_laptop(qtbot, demo_folder, tmp_path / "ortiz", ORTIZ)
    try:
        yield rivera, ortiz
    finally:
        for laptop in (rivera, ortiz):
            laptop.page.close()
            laptop.store.close()


@pytest.fixture
def mateo(laptops) -> str:
    """Mateo Hernández of the demo: no preferred name, so his given name is the one shown."""
    with laptops[0].store.read() as session:
        return session.exec(select(Student).where(Student.given_name == "Mateo")).one().id


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def open_from(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_passphrase(monkeypatch, passphrase: str | None) -> list[str]:
    asked: list[str] = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(label)
        return (passphrase or "", passphrase is not None)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def send_file(qtbot, laptop: Laptop, monkeypatch, path: Path, passphrase: str | None) -> None:
    page = laptop.page
    page.tabs.setCurrentWidget(page.send_tab)
    page.lock_check.setChecked(passphrase is not None)
    if passphrase is not None:
        page.passphrase.setText(passphrase)
        page.passphrase_again.setText(passphrase)
    save_to(monkeypatch, path)
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert path.exists(), page.send_message.text()


def top_counts(page: SyncPage) -> dict[str, str]:
    tree = page.preview_tree
    return {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
    }


def children(page: SyncPage, starts: str) -> list[tuple[str, str]]:
    tree = page.preview_tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0).startswith(starts):
            return [
                (item.child(j).text(0), item.child(j).text(1)) for j in range(item.childCount())
            ]
    return []


def test_two_teachers_rename_one_student_and_settle_it_through_the_page(
    qtbot, laptops, mateo, monkeypatch, tmp_path
):
    rivera, ortiz = laptops
    update_student(rivera.store, mateo, given_name="Matt")
    time.sleep(0.002)
    update_student(ortiz.store, mateo, given_name="Teo")
    stick = tmp_path / "usb"
    stick.mkdir()

    send_file(qtbot, rivera, monkeypatch, stick / "from-rivera.cbesync", SECRET)
    asked = answer_passphrase(monkeypatch, SECRET)
    before = ortiz.fingerprint()
    answer(qtbot, ortiz.page.receive(stick / "from-rivera.cbesync"))

    # Before anything changes: who sent it, and one conflict on a student.
    page = ortiz.page
    assert asked and "locked" in asked[0]
    assert page.tabs.currentWidget() is page.receive_tab
    assert RIVERA in page.receive_source.text()
    assert "Nothing has changed on this laptop yet" in page.receive_source.text()
    counts = top_counts(page)
    assert counts["Conflicts: both versions kept for you to choose"] == "1"
    assert counts["New"] == "0" and int(counts["Unchanged"].replace(",", "")) > 1000
    assert children(page, "Conflicts") == [("Students", "1")]
    assert page.import_button.isVisible() and page.import_button.isEnabled()
    assert ortiz.fingerprint() == before
    assert ortiz.student(mateo).given_name == "Teo" and ortiz.open_conflicts() == 0

    ortiz.operations.perform("a step before", lambda: None, lambda: None)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "Imported:" in page.receive_message.text()
    assert "File → Restore a backup" in page.receive_message.text()
    assert not ortiz.operations.undo_stack.canUndo()  # an import is not an undo step
    assert list((ortiz.store.backups_dir).glob("auto-*-before-sync.sqlite"))
    assert page.review_button.isVisible()
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.conflicts_tab
    assert page.tabs.tabText(page.tabs.indexOf(page.conflicts_tab)) == "&Conflicts (1)"

    # Both names side by side, labelled by laptop and teacher.
    (view,) = page.conflicts()
    assert view.title == "A student: Teo Hernández"
    mine_text = " ".join(w.text() for w in page.mine_box.findChildren(QLabel))
    theirs_text = " ".join(w.text() for w in page.theirs_box.findChildren(QLabel))
    assert "Teo" in mine_text and "This laptop" in mine_text
    assert "Matt" in theirs_text and RIVERA in theirs_text
    assert page.keep_button.text() == "Keep this laptop's version"
    assert page.take_button.text() == f"Take {RIVERA}'s version"

    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    assert ortiz.student(mateo).given_name == "Matt"
    assert ortiz.conflict(view.id).state == "resolved"
    qtbot.waitUntil(lambda: page.conflicts() == [])  # the page refreshes after the action
    assert page.no_conflicts.isVisible()
    assert page.tabs.tabText(page.tabs.indexOf(page.conflicts_tab)) == "&Conflicts"
    # One undo step, and back again.
    ortiz.operations.undo_stack.undo()
    assert ortiz.student(mateo).given_name == "Teo" and ortiz.open_conflicts() == 1
    qtbot.waitUntil(lambda: len(page.conflicts()) == 1)
    ortiz.operations.undo_stack.redo()
    assert ortiz.student(mateo).given_name == "Matt" and ortiz.open_conflicts() == 0

    # The choice travels back: Rivera's laptop agrees, and has nothing to choose.
    send_file(qtbot, ortiz, monkeypatch, stick / "from-ortiz.cbesync", SECRET)
    answer(qtbot, rivera.page.receive(stick / "from-ortiz.cbesync"))
    assert ORTIZ in rivera.page.receive_source.text()
    qtbot.mouseClick(rivera.page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert rivera.student(mateo).given_name == "Matt"
    assert rivera.conflict(view.id).state == "resolved"
    assert rivera.open_conflicts() == 0 and rivera.page.conflicts() == []


def test_a_wrong_passphrase_is_one_sentence_and_changes_nothing(
    qtbot, laptops, monkeypatch, tmp_path
):
    rivera, ortiz = laptops
    path = tmp_path / "locked.cbesync"
    send_file(qtbot, rivera, monkeypatch, path, SECRET)
    answer_passphrase(monkeypatch, "blue herring 42")
    failures: list[str] = []
    ortiz.operations.failed.connect(failures.append)
    before = ortiz.fingerprint()
    answer(qtbot, ortiz.page.receive(path))
    assert ortiz.page.receive_message.text() == crypto.WRONG_PASSPHRASE
    assert failures == [crypto.WRONG_PASSPHRASE]
    assert not ortiz.page.import_button.isVisible() and ortiz.page.pending is None
    assert ortiz.page.retry_button.isVisible()
    assert ortiz.fingerprint() == before
    # The right passphrase, tried again, shows the summary.
    answer_passphrase(monkeypatch, SECRET)
    qtbot.mouseClick(ortiz.page.retry_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert ortiz.page.import_button.isVisible() and ortiz.page.pending is not None
    assert ortiz.fingerprint() == before


def test_a_wrong_passphrase_is_known_by_what_went_wrong_not_by_its_wording(
    qtbot, laptops, monkeypatch, tmp_path
):
    """Reworded refusals (a new translation, a clearer sentence) still offer to try again."""
    rivera, ortiz = laptops
    path = tmp_path / "locked.cbesync"
    send_file(qtbot, rivera, monkeypatch, path, SECRET)
    monkeypatch.setattr(crypto, "WRONG_PASSPHRASE", "Those words do not open this lock.")
    answer_passphrase(monkeypatch, "blue herring 42")
    before = ortiz.fingerprint()
    answer(qtbot, ortiz.page.receive(path))
    assert ortiz.page.receive_message.text() == "Those words do not open this lock."
    assert ortiz.page.retry_button.isVisible() and ortiz.page.pending is None
    assert ortiz.fingerprint() == before


def test_no_passphrase_given_for_a_locked_file_receives_nothing(
    qtbot, laptops, monkeypatch, tmp_path
):
    rivera, ortiz = laptops
    path = tmp_path / "locked.cbesync"
    send_file(qtbot, rivera, monkeypatch, path, SECRET)
    answer_passphrase(monkeypatch, None)
    answer(qtbot, ortiz.page.receive(path))
    assert "no passphrase was given" in ortiz.page.receive_message.text()
    assert ortiz.page.pending is None


def test_a_file_that_is_not_a_sync_file_is_refused_in_one_sentence(qtbot, laptops, tmp_path):
    _rivera, ortiz = laptops
    path = tmp_path / "holiday-photo.cbesync"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a zip")
    before = ortiz.fingerprint()
    answer(qtbot, ortiz.page.receive(path))
    assert (
        ortiz.page.receive_message.text() == "holiday-photo.cbesync is not a cbe-desktop sync file."
    )
    assert ortiz.fingerprint() == before


def test_the_passphrase_is_on_by_default_with_a_plain_note(qtbot, laptops, monkeypatch, tmp_path):
    rivera, _ortiz = laptops
    page = rivera.page
    assert page.tabs.currentWidget() is page.send_tab
    assert page.lock_check.isChecked()
    assert page.passphrase.isEnabled() and page.passphrase_again.isEnabled()
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert page.clear_note.isVisible() and page.clear_note.text() == CLEAR_TEXT_NOTE
    # Typed once, or twice differently: refused before asking where to write.
    save_to(monkeypatch, tmp_path / "never.cbesync")
    page.passphrase.setText(SECRET)
    assert not answer(qtbot, page.write_file())
    assert page.send_message.text() == "The two passphrases differ; type the same passphrase twice."
    page.passphrase.clear()
    assert not answer(qtbot, page.write_file())
    assert "Type a passphrase twice" in page.send_message.text()
    assert not (tmp_path / "never.cbesync").exists()
    # Turned off: the fields are off, the note stays, and the file is not locked.
    page.lock_check.setChecked(False)
    assert not page.passphrase.isEnabled() and page.clear_note.isVisible()
    assert answer(qtbot, page.write_file(tmp_path / "open"))
    written = tmp_path / "open.cbesync"
    assert not crypto.is_locked(written.read_bytes()[:8])
    assert "not locked" in page.send_message.text()


def test_writing_to_a_usb_stick_reads_the_file_back_before_saying_it_is_safe(
    qtbot, laptops, monkeypatch, tmp_path
):
    rivera, _ortiz = laptops
    monkeypatch.setattr(send, "looks_removable", lambda _path: True)
    checked: list[Path] = []
    real_verify = send.verify_bundle

    def verify(path, passphrase=None, **kwargs):
        checked.append(Path(path))
        return real_verify(path, passphrase, **kwargs)

    monkeypatch.setattr(send, "verify_bundle", verify)
    send_file(qtbot, rivera, monkeypatch, tmp_path / "stick.cbesync", SECRET)
    assert checked == [tmp_path / "stick.cbesync"]
    message = rivera.page.send_message.text()
    assert message.endswith(f"<b>{SAFE_TO_REMOVE}</b>")  # the last word, in bold
    assert "locked with a passphrase" in message


def test_a_file_that_does_not_read_back_is_not_called_safe(qtbot, laptops, monkeypatch, tmp_path):
    rivera, _ortiz = laptops
    monkeypatch.setattr(send, "looks_removable", lambda _path: True)

    def broken(*_args, **_kwargs):
        raise BundleError("This sync file is damaged (member evidence.jsonl differs).")

    monkeypatch.setattr(send, "verify_bundle", broken)
    rivera.page.lock_check.setChecked(False)
    assert not answer(qtbot, rivera.page.write_file(tmp_path / "bad.cbesync"))
    message = rivera.page.send_message.text()
    assert SAFE_TO_REMOVE not in message
    assert "reading the file back failed: This sync file is damaged" in message
    assert "Do not use this file" in message


def test_a_student_deleted_on_one_laptop_and_scored_on_the_other_comes_back(
    qtbot, laptops, mateo, monkeypatch, tmp_path
):
    rivera, ortiz = laptops
    with rivera.store.transaction() as tx:
        tx.tombstone(tx.session.get(Student, mateo))
    with ortiz.store.read() as session:
        some = session.exec(select(Evidence).where(Evidence.student_id == mateo)).first()
    time.sleep(0.002)
    new = record_evidence(
        ortiz.store,
        EvidenceEntry(
            student_id=mateo,
            target_id=some.target_id,
            class_id=some.class_id,
            produced_on="2026-11-20",
            level=4,
        ),
    ).evidence_id
    send_file(qtbot, ortiz, monkeypatch, tmp_path / "ortiz.cbesync", None)
    answer(qtbot, rivera.page.receive(tmp_path / "ortiz.cbesync"))
    qtbot.mouseClick(rivera.page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    page = rivera.page
    page.show_conflicts()
    (view,) = page.conflicts()
    assert view.reason == "deleted_with_new_evidence"
    assert page.take_button.text() == "Bring it back"
    assert page.keep_button.text() == "Leave it deleted"
    assert not page.edit_button.isVisible()
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    assert rivera.student(mateo).deleted_hlc is None
    with rivera.store.read() as session:
        assert session.get(Evidence, new) is not None
    qtbot.waitUntil(lambda: page.conflicts() == [])


def test_editing_a_conflict_writes_the_teachers_own_version(
    qtbot, laptops, mateo, monkeypatch, tmp_path
):
    rivera, ortiz = laptops
    update_student(rivera.store, mateo, given_name="Matt")
    time.sleep(0.002)
    update_student(ortiz.store, mateo, given_name="Teo")
    send_file(qtbot, rivera, monkeypatch, tmp_path / "rivera.cbesync", None)
    answer(qtbot, ortiz.page.receive(tmp_path / "rivera.cbesync"))
    answer(qtbot, ortiz.page.import_pending())
    ortiz.page.show_conflicts()
    (view,) = ortiz.page.conflicts()
    dialog = EditConflictDialog(ortiz.page, view)
    qtbot.addWidget(dialog)
    assert ortiz.page.edit_button.isVisible() and ortiz.page.edit_button.isEnabled()
    assert dialog.editors["given_name"].text() == "Teo"  # prefilled with the version in use
    dialog.set_text("given_name", "   ")
    assert not ortiz.page.edit_current(dialog)
    assert ortiz.open_conflicts() == 1
    dialog.set_text("given_name", "Mateo José")
    assert ortiz.page.edit_current(dialog)
    assert ortiz.student(mateo).given_name == "Mateo José"
    assert ortiz.conflict(view.id).resolution == "edited"


def test_two_teachers_override_mateos_estimate_and_the_page_lets_one_choose_the_other(
    qtbot, laptops, mateo, monkeypatch, tmp_path
):
    """Both override Mateo's estimate on 7.RP.1; after the exchange the newer (Ortiz's) is
    in use, and Rivera's waits in the conflicts view, in words, to be taken (undoably)."""
    rivera, ortiz = laptops
    with rivera.store.read() as session:
        rp1 = session.exec(select(Target).where(Target.code == "7.RP.1")).one().id

    def override_of(laptop: Laptop) -> tuple[float, str] | None:
        with laptop.store.read() as session:
            row = current_override(session, mateo, rp1)
        return (row.level, row.reason) if row is not None else None

    override_estimate(rivera.store, mateo, rp1, 3, "Explained it in conference.")
    time.sleep(0.002)
    override_estimate(ortiz.store, mateo, rp1, 2, "Ratio table still wrong.")
    send_file(qtbot, rivera, monkeypatch, tmp_path / "rivera.cbesync", None)
    answer(qtbot, ortiz.page.receive(tmp_path / "rivera.cbesync"))
    page = ortiz.page
    assert children(page, "Conflicts") == [("Estimates set by the teacher", "1")]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert override_of(ortiz) == (2.0, "Ratio table still wrong.")  # the newer is in use
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)

    (view,) = page.conflicts()
    assert view.title == "An estimate set by the teacher: Mateo Hernández on 7.RP.1"
    assert (
        page.conflict_list.item(0)
        .text()
        .startswith("An estimate set by the teacher: Mateo Hernández on 7.RP.1")
    )
    assert "Changed on two laptops" in page.conflict_why.text()
    mine_text = " ".join(w.text() for w in page.mine_box.findChildren(QLabel))
    theirs_text = " ".join(w.text() for w in page.theirs_box.findChildren(QLabel))
    assert "This laptop" in mine_text and "Ratio table still wrong." in mine_text
    assert RIVERA in theirs_text and "Explained it in conference." in theirs_text
    assert "Reason" in theirs_text and "Level" in theirs_text
    assert page.take_button.text() == f"Take {RIVERA}'s version"
    assert page.edit_button.isVisible() and page.edit_button.isEnabled()

    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    assert override_of(ortiz) == (3.0, "Explained it in conference.")
    assert ortiz.open_conflicts() == 0
    qtbot.waitUntil(lambda: page.conflicts() == [])
    # One undo step, and back again.
    ortiz.operations.undo_stack.undo()
    assert override_of(ortiz) == (2.0, "Ratio table still wrong.")
    assert ortiz.open_conflicts() == 1
    qtbot.waitUntil(lambda: len(page.conflicts()) == 1)
    ortiz.operations.undo_stack.redo()
    assert override_of(ortiz) == (3.0, "Explained it in conference.")
    assert ortiz.open_conflicts() == 0

    # The choice travels back: Rivera's laptop agrees and has nothing to choose.
    send_file(qtbot, ortiz, monkeypatch, tmp_path / "ortiz.cbesync", None)
    answer(qtbot, rivera.page.receive(tmp_path / "ortiz.cbesync"))
    qtbot.mouseClick(rivera.page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert override_of(rivera) == (3.0, "Explained it in conference.")
    assert rivera.open_conflicts() == 0 and rivera.page.conflicts() == []


def test_the_history_lists_each_exchange_and_the_laptop_to_send_to(
    qtbot, laptops, monkeypatch, tmp_path
):
    rivera, ortiz = laptops
    send_file(qtbot, rivera, monkeypatch, tmp_path / "rivera-monday.cbesync", None)
    open_from(monkeypatch, tmp_path / "rivera-monday.cbesync")
    assert answer(qtbot, ortiz.page.choose_file())
    answer(qtbot, ortiz.page.import_pending())
    tree = ortiz.page.history_tree
    assert tree.topLevelItemCount() == 1
    line = tree.topLevelItem(0)
    assert line.text(1) == "Received"
    assert RIVERA in line.text(2) and line.text(3) == "rivera-monday.cbesync"
    assert "nothing new" in line.text(4)
    sent = rivera.page.history_tree.topLevelItem(0)
    assert (sent.text(1), sent.text(3)) == ("Sent", "rivera-monday.cbesync")
    # Ortiz can now send Rivera only what changed since her laptop last heard from his.
    combo = ortiz.page.send_what
    assert combo.count() == 2 and combo.itemData(1) == rivera.store.replica
    assert RIVERA in combo.itemText(1)
    combo.setCurrentIndex(1)
    ortiz.page.lock_check.setChecked(False)
    assert answer(qtbot, ortiz.page.write_file(tmp_path / "ortiz-since"))
    assert "holds everything" in ortiz.page.send_message.text()  # not yet confirmed
    with ortiz.store.read() as session:
        exports = session.exec(select(SyncLog).where(SyncLog.direction == "export")).all()
    assert [e.peer_replica for e in exports] == [rivera.store.replica]


def test_the_default_file_name_says_whose_work_and_when():
    from datetime import date

    assert default_file_name(RIVERA, date(2026, 11, 22)) == "cbe-Rivera-2026-11-22.cbesync"
    assert default_file_name("", date(2026, 11, 22)) == "cbe-2026-11-22.cbesync"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux mount points")
def test_usb_sticks_are_recognised_where_linux_mounts_them():
    assert looks_removable(Path("/media/elena/KINGSTON/cbe.cbesync"))
    assert looks_removable(Path("/run/media/elena/USB/cbe.cbesync"))
    assert not looks_removable(Path("/home/elena/cbe.cbesync"))


def test_a_spanish_speaking_teacher_reads_the_whole_exchange_in_spanish(
    qtbot, qapp, laptops, mateo, monkeypatch, tmp_path
):
    from tests.ui.test_spanish import data_strings, english_left, texts

    from cbe_desktop.ui import i18n

    rivera, ortiz = laptops
    update_student(rivera.store, mateo, given_name="Matt")
    time.sleep(0.002)
    update_student(ortiz.store, mateo, given_name="Teo")
    path = tmp_path / "from-rivera.cbesync"
    send_file(qtbot, rivera, monkeypatch, path, SECRET)
    assert i18n.install_translator(qapp, "es") == "es"
    try:
        page = SyncPage(ortiz.store, ortiz.operations)  # the window is built in its language
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        answer_passphrase(monkeypatch, "blue herring 42")
        answer(qtbot, page.receive(path))
        assert page.receive_message.text() == i18n.say(crypto.WRONG_PASSPHRASE)
        assert page.receive_message.text() != crypto.WRONG_PASSPHRASE
        assert page.retry_button.isVisible()  # recognised in Spanish too
        answer_passphrase(monkeypatch, SECRET)
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        seen = [text for _, text in texts(page)]
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        seen += [text for _, text in texts(page)]
        qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
        assert len(page.conflicts()) == 1
        seen += [text for _, text in texts(page)]
        seen += [page.conflict_title.text(), page.conflict_why.text()]
        seen += [w.text() for w in page.mine_box.findChildren(QLabel)]
        seen += [w.text() for w in page.theirs_box.findChildren(QLabel)]
    finally:
        i18n.remove_translator(qapp)
    assert "Teo" in page.conflict_title.text() and "estudiante" in page.conflict_title.text()
    data = [*data_strings(ortiz.store), *data_strings(rivera.store), RIVERA, ORTIZ]
    left = sorted({f"{text!r}: {words}" for text in seen if (words := english_left(text, data))})
    assert not left, "\n".join(left)
