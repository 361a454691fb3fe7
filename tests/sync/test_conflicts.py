"""Conflicts after a sync, as a teacher meets them: read both versions in words, choose,
and the choice travels back so that both laptops agree and nothing asks twice."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from cbe_desktop.core.backups import make_backup
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.evidence import EvidenceEntry, record_evidence, standing_ids
from cbe_desktop.core.ids import HybridLogicalClock
from cbe_desktop.core.models import Conflict, Evidence, Student
from cbe_desktop.core.roster import update_student
from cbe_desktop.core.settings import set_setting
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.sync import conflicts
from cbe_desktop.sync.exchange import export_bundle, import_bundle

YEAR = 365 * 24 * 3600.0
RIVERA, ORTIZ = "Ms. Elena Rivera", "Mr. Daniel Ortiz"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo class in a closed store, made once; each laptop is a copy of it."""
    folder = tmp_path_factory.mktemp("demo-template")
    with Store.open(folder) as template:
        build_demo(template)
    return folder


def laptop(template: Path, folder: Path, teacher: str) -> Store:
    """A laptop holding the demo class (a copy takes its own replica id, as a laptop has)."""
    folder.mkdir(parents=True)
    make_backup(template / DB_FILE, folder / DB_FILE)
    if (template / "blobs").is_dir():
        shutil.copytree(template / "blobs", folder / "blobs")
    store = Store.open(folder)
    with store.transaction() as tx:
        set_setting(tx, "teacher", teacher)
    return store


@pytest.fixture
def pair(demo_file, tmp_path) -> Iterator[tuple[Store, Store]]:
    a = laptop(demo_file, tmp_path / "rivera", RIVERA)
    b = laptop(demo_file, tmp_path / "ortiz", ORTIZ)
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def send(source: Store, dest: Store, tmp: Path, name: str) -> Path:
    path = tmp / f"{name}.cbesync"
    export_bundle(source, path)
    import_bundle(dest, path)
    return path


def first_student(store: Store) -> Student:
    """Mateo Hernández of the demo (no preferred name: his given name is the one shown)."""
    with store.read() as session:
        return session.exec(select(Student).where(Student.given_name == "Mateo")).one()


def student(store: Store, student_id: str) -> Student:
    with store.read() as session:
        return session.get(Student, student_id)


def open_views(store: Store) -> list[conflicts.ConflictView]:
    with store.read() as session:
        return conflicts.open_conflicts(session)


def conflict_row(store: Store, conflict_id: str) -> Conflict:
    with store.read() as session:
        return session.get(Conflict, conflict_id)


def renamed_on_both(pair, tmp_path) -> tuple[Store, Store, str, Path]:
    """Rivera calls Mateo "Matt", then Ortiz calls him "Teo"; Ortiz receives Rivera's file."""
    a, b = pair
    mateo = first_student(a).id
    update_student(a, mateo, given_name="Matt")
    time.sleep(0.002)
    update_student(b, mateo, given_name="Teo")
    sent = send(a, b, tmp_path, "rivera-1")
    return a, b, mateo, sent


def test_two_teachers_renaming_one_student_read_as_one_conflict_in_words(pair, tmp_path):
    a, b, _mateo, _ = renamed_on_both(pair, tmp_path)
    (view,) = open_views(b)
    assert (view.what, view.which, view.reason) == ("a student", "Teo Hernández", "concurrent_edit")
    assert view.title == "A student: Teo Hernández"
    # The newer edit (Ortiz's, on this laptop) is in use; Rivera's is set aside.
    assert view.mine.this_laptop and view.mine.owner == "This laptop"
    assert view.theirs.teacher == RIVERA and view.theirs.laptop == a.replica
    assert view.theirs.owner == f"{RIVERA}'s laptop ({a.replica[:8]})"
    assert len(view.theirs.when) == len("2026-11-22 10:03")
    (diff,) = view.differences
    assert (diff.label, diff.mine_words, diff.theirs_words) == ("Given name", "Teo", "Matt")
    assert diff.editable and view.can_edit
    assert view.keep_label == "Keep this laptop's version"
    assert view.take_label == f"Take {RIVERA}'s version"
    assert "Matt" in view.sentence() and "Teo" in view.sentence()


def test_taking_the_other_version_travels_back_and_both_laptops_agree(pair, tmp_path):
    a, b, mateo, first_file = renamed_on_both(pair, tmp_path)
    (view,) = open_views(b)
    assert conflicts.take_theirs(b, view.id).everything
    assert student(b, mateo).given_name == "Matt"
    resolved = conflict_row(b, view.id)
    assert (resolved.state, resolved.resolution) == ("resolved", "took_theirs")
    assert open_views(b) == []

    send(b, a, tmp_path, "ortiz-1")
    assert student(a, mateo).given_name == "Matt"
    assert open_views(a) == []
    assert conflict_row(a, view.id).state == "resolved"
    # Rivera's first file, received again, asks nothing again.
    import_bundle(b, first_file)
    assert open_views(b) == [] and student(b, mateo).given_name == "Matt"
    send(a, b, tmp_path, "rivera-2")
    assert open_views(b) == [] and student(b, mateo).given_name == "Matt"


def test_keeping_this_laptops_version_wins_on_the_other_laptop_without_a_new_conflict(
    pair, tmp_path
):
    a, b, mateo, _ = renamed_on_both(pair, tmp_path)
    (view,) = open_views(b)
    conflicts.keep_mine(b, view.id)
    assert student(b, mateo).given_name == "Teo"
    assert conflict_row(b, view.id).resolution == "kept"
    send(b, a, tmp_path, "ortiz-1")
    assert student(a, mateo).given_name == "Teo"
    assert open_views(a) == []
    send(a, b, tmp_path, "rivera-2")
    assert open_views(b) == [] and student(b, mateo).given_name == "Teo"


def test_the_teachers_own_merge_is_written_and_travels(pair, tmp_path):
    a, b, mateo, _ = renamed_on_both(pair, tmp_path)
    (view,) = open_views(b)
    with pytest.raises(InvalidInputError, match="cannot be empty"):
        conflicts.resolve_with(b, view.id, {"given_name": "  "})
    with pytest.raises(InvalidInputError, match="cannot be typed"):
        conflicts.resolve_with(b, view.id, {"id": "x"})
    assert conflict_row(b, view.id).state == "open"
    conflicts.resolve_with(b, view.id, {"given_name": "Mateo José"})
    assert student(b, mateo).given_name == "Mateo José"
    assert conflict_row(b, view.id).resolution == "edited"
    send(b, a, tmp_path, "ortiz-1")
    assert student(a, mateo).given_name == "Mateo José" and open_views(a) == []


def test_typed_values_are_read_as_the_field_holds_them():
    assert conflicts.coerce_field("student", "given_name", " Ana ") == "Ana"
    assert conflicts.coerce_field("target", "dok", "3") == 3
    assert conflicts.coerce_field("target", "dok", "") is None
    assert conflicts.coerce_field("student", "archived", "yes") is True
    with pytest.raises(InvalidInputError, match="is a number"):
        conflicts.coerce_field("target", "dok", "three")
    with pytest.raises(InvalidInputError):
        conflicts.coerce_field("student", "id", "x")


def test_a_choice_can_be_undone_and_the_conflict_is_open_again(pair, tmp_path):
    _a, b, mateo, _ = renamed_on_both(pair, tmp_path)
    (view,) = open_views(b)
    with b.read() as session:
        before = conflicts.restore_point(session, view.id)
    assert before["given_name"] == "Teo"
    conflicts.take_theirs(b, view.id)
    conflicts.reopen_conflict(b, view.id, before)
    assert student(b, mateo).given_name == "Teo"
    assert [v.id for v in open_views(b)] == [view.id]
    conflicts.take_theirs(b, view.id)  # redo
    assert student(b, mateo).given_name == "Matt"
    with pytest.raises(InvalidInputError, match="already resolved"):
        conflicts.keep_mine(b, view.id)


def test_a_student_deleted_on_one_laptop_while_scored_on_the_other_comes_back_with_the_evidence(
    pair, tmp_path
):
    a, b = pair
    mateo = first_student(a)
    with a.transaction() as tx:
        tx.tombstone(tx.session.get(Student, mateo.id))
    with b.read() as session:
        some = session.exec(select(Evidence).where(Evidence.student_id == mateo.id)).first()
    time.sleep(0.002)
    new = record_evidence(
        b,
        EvidenceEntry(
            student_id=mateo.id,
            target_id=some.target_id,
            class_id=some.class_id,
            produced_on="2026-11-20",
            level=4,
        ),
    ).evidence_id
    send(b, a, tmp_path, "ortiz-1")
    (view,) = open_views(a)
    assert view.reason == "deleted_with_new_evidence"
    assert (view.keep_label, view.take_label) == ("Leave it deleted", "Bring it back")
    assert view.theirs.teacher == ORTIZ and "1 score recorded after" in view.theirs.note
    assert view.mine.this_laptop
    assert not view.can_edit
    conflicts.take_theirs(a, view.id)
    assert student(a, mateo.id).deleted_hlc is None
    with a.read() as session:
        assert session.get(Evidence, new) is not None
    assert open_views(a) == []
    send(a, b, tmp_path, "rivera-1")
    assert student(b, mateo.id).deleted_hlc is None and open_views(b) == []


def test_leaving_a_student_deleted_keeps_the_evidence(pair, tmp_path):
    a, b = pair
    mateo = first_student(a)
    with a.transaction() as tx:
        tx.tombstone(tx.session.get(Student, mateo.id))
    with b.read() as session:
        some = session.exec(select(Evidence).where(Evidence.student_id == mateo.id)).first()
    time.sleep(0.002)
    new = record_evidence(
        b,
        EvidenceEntry(
            student_id=mateo.id, target_id=some.target_id, produced_on="2026-11-20", level=3
        ),
    ).evidence_id
    send(b, a, tmp_path, "ortiz-1")
    (view,) = open_views(a)
    conflicts.keep_mine(a, view.id)
    assert student(a, mateo.id).deleted_hlc is not None
    with a.read() as session:
        assert session.get(Evidence, new) is not None
    send(b, a, tmp_path, "ortiz-2")  # the same work again asks nothing again
    assert open_views(a) == []
    send(a, b, tmp_path, "rivera-1")
    assert student(b, mateo.id).deleted_hlc is not None and open_views(b) == []


def corrected_on_both(pair, tmp_path) -> tuple[Store, Store, str, str, str]:
    a, b = pair
    with a.read() as session:
        old = session.exec(
            select(Evidence).where(Evidence.status == "scored").order_by(Evidence.id)
        ).first()

    def correct(store: Store, level: float) -> str:
        return record_evidence(
            store,
            EvidenceEntry(
                student_id=old.student_id,
                target_id=old.target_id,
                class_id=old.class_id,
                produced_on=old.produced_on,
                level=level,
                supersedes=old.id,
            ),
        ).evidence_id

    fix_a = correct(a, 2)
    time.sleep(0.002)
    fix_b = correct(b, 4)
    send(a, b, tmp_path, "rivera-1")
    return a, b, old.id, fix_a, fix_b


def standing(store: Store, *ids: str) -> set[str]:
    with store.read() as session:
        rows = session.exec(select(Evidence.id, Evidence.supersedes)).all()
    return standing_ids(rows) & set(ids)


def test_one_score_corrected_on_two_laptops_keep_one_correction(pair, tmp_path):
    a, b, _old, fix_a, fix_b = corrected_on_both(pair, tmp_path)
    (view,) = open_views(b)
    assert view.reason == "concurrent_correction" and view.what == "a score"
    assert view.can_keep_both and not view.can_edit
    assert [d.label for d in view.differences] == ["Level"]
    assert (view.differences[0].mine_words, view.differences[0].theirs_words) == ("4", "2")
    assert view.keep_label == "Keep this laptop's correction"
    assert view.take_label == f"Keep {RIVERA}'s correction"
    conflicts.take_theirs(b, view.id)
    assert standing(b, fix_a, fix_b) == {fix_a}
    send(b, a, tmp_path, "ortiz-1")
    assert standing(a, fix_a, fix_b) == {fix_a} and open_views(a) == []


def test_keeping_both_corrections_and_undoing_a_choice(pair, tmp_path):
    _a, b, _old, fix_a, fix_b = corrected_on_both(pair, tmp_path)
    (view,) = open_views(b)
    conflicts.keep_mine(b, view.id)
    assert standing(b, fix_a, fix_b) == {fix_b}
    conflicts.reopen_conflict(b, view.id)
    assert standing(b, fix_a, fix_b) == {fix_a, fix_b}
    assert conflict_row(b, view.id).state == "open"
    conflicts.keep_both(b, view.id)
    assert standing(b, fix_a, fix_b) == {fix_a, fix_b}
    assert conflict_row(b, view.id).resolution == "kept_both"


def test_a_version_from_a_laptop_with_a_wrong_clock_can_be_taken_with_a_fresh_stamp(pair, tmp_path):
    a, b = pair
    mateo = first_student(a).id
    a.clock = HybridLogicalClock(a.replica, wall_clock=lambda: time.time() + YEAR)
    update_student(a, mateo, given_name="Matt")  # stamped a year ahead
    update_student(b, mateo, given_name="Teo")
    future = send(a, b, tmp_path, "rivera-1")
    (view,) = open_views(b)
    assert view.reason == "future_clock" and view.theirs.far_future
    assert "far ahead" in view.theirs.heading
    conflicts.take_theirs(b, view.id)
    row = student(b, mateo)
    assert row.given_name == "Matt" and row.origin == b.replica
    assert not b.clock.is_far_future(row.hlc)
    import_bundle(b, future)  # the same file again: nothing to choose again
    assert open_views(b) == [] and student(b, mateo).given_name == "Matt"


def test_keeping_this_laptops_version_against_a_wrong_clock_is_not_asked_again(pair, tmp_path):
    a, b = pair
    mateo = first_student(a).id
    a.clock = HybridLogicalClock(a.replica, wall_clock=lambda: time.time() + YEAR)
    update_student(a, mateo, given_name="Matt")
    update_student(b, mateo, given_name="Teo")
    future = send(a, b, tmp_path, "rivera-1")
    (view,) = open_views(b)
    conflicts.keep_mine(b, view.id)
    import_bundle(b, future)
    assert open_views(b) == [] and student(b, mateo).given_name == "Teo"
    send(b, a, tmp_path, "ortiz-1")  # the laptop with the wrong clock takes the choice
    assert student(a, mateo).given_name == "Teo" and open_views(a) == []


def test_the_sync_history_says_what_came_from_where(pair, tmp_path):
    a, b, _mateo, _ = renamed_on_both(pair, tmp_path)
    with b.read() as session:
        (line,) = conflicts.sync_history(session)
        (peer,) = conflicts.known_laptops(session)
    assert (line.direction, line.teacher, line.file_name) == (
        "received",
        RIVERA,
        "rivera-1.cbesync",
    )
    assert line.laptop == a.replica and line.who == f"{RIVERA}'s laptop ({a.replica[:8]})"
    assert "1 conflict" in line.brought and "unchanged" in line.brought
    assert line.details == ("Students: 1 conflict",)
    assert RIVERA in line.sentence() and "Received rivera-1.cbesync" in line.sentence()
    assert (peer.replica, peer.teacher) == (a.replica, RIVERA)
    with a.read() as session:
        (sent,) = conflicts.sync_history(session)
    assert sent.direction == "sent" and sent.who == "Any laptop (everything)"
    assert sent.brought.endswith("attached files (everything)")
    assert sent.details[0] == "Not locked"
    assert any(d.startswith("Students: ") for d in sent.details)


def test_conflicts_met_on_the_other_laptop_are_named_in_the_history(pair, tmp_path):
    a, b, _mateo, _ = renamed_on_both(pair, tmp_path)
    send(b, a, tmp_path, "ortiz-1")  # Ortiz's file carries the conflict he met
    with a.read() as session:
        received = conflicts.sync_history(session)[0]
    assert received.direction == "received" and received.teacher == ORTIZ
    assert received.brought.endswith("1 conflict recorded on the other laptop")
    assert "Conflicts: 1 new" in received.details
    assert [v.reason for v in open_views(a)] == ["concurrent_edit"]
