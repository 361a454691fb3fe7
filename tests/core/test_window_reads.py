"""What the window reads: one class, one student, a framework, targets, attachments and
the tasks a calibration set can be made from, each as plain frozen values (never a row
of the database the window could change or load more from), and never something that
was removed, on this laptop or on another one whose removal came by sync."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlmodel import SQLModel, select

from cbe_desktop.core import roster, targets
from cbe_desktop.core.attachments import AttachmentInfo, attachments_info, store_files
from cbe_desktop.core.calibration import task_choices
from cbe_desktop.core.evidence import create_task, delete_task
from cbe_desktop.core.models import (
    Attachment,
    Framework,
    Scale,
    SchoolClass,
    Student,
    Synced,
)
from cbe_desktop.core.scales import live_scales
from cbe_desktop.core.store import Store


def remove(store: Store, model: type[Synced], row_id: str) -> None:
    """A removal as it comes from another laptop: the row's tombstone."""
    with store.transaction() as tx:
        row = tx.session.get(model, row_id)
        assert row is not None
        tx.tombstone(row)


def plain(value: object) -> bool:
    """A frozen dataclass, not a row of the database."""
    return (
        dataclasses.is_dataclass(value)
        and not isinstance(value, SQLModel)
        and type(value).__dataclass_params__.frozen  # type: ignore[attr-defined]
    )


@pytest.fixture
def math7(store: Store) -> dict[str, str]:
    class_id, _ = roster.create_class(
        store, "Math 7", term="2026-27 Fall", subject="Mathematics", method="decaying_average"
    )
    ids = {"class": class_id}
    for given, family in (("Ana", "García"), ("Mateo", "Ruiz"), ("Lucía", "Álvarez")):
        ids[given], _ = roster.create_student(
            store, given, family, class_id=class_id, student_number=f"7-{given}"
        )
    return ids


def test_a_class_reads_as_its_own_fields_archived_too_and_a_removed_class_as_nothing(
    store: Store, math7: dict[str, str]
):
    roster.archive_class(store, math7["class"])
    with store.read() as session:
        info = roster.class_info(session, math7["class"])
    assert info is not None and plain(info)
    assert (info.name, info.term, info.subject, info.method, info.archived) == (
        "Math 7",
        "2026-27 Fall",
        "Mathematics",
        "decaying_average",
        True,
    )
    assert info.scale_id  # a new class is given the default scale
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.name = "Math 8"  # type: ignore[misc]

    with store.read() as session:
        listed = roster.live_classes(session, include_archived=True)
        assert listed == [info] and roster.live_classes(session) == []  # archived: when asked
        assert roster.find_class(session, "math 7") == info

    remove(store, SchoolClass, math7["class"])
    with store.read() as session:
        assert roster.class_info(session, math7["class"]) is None
        assert roster.live_classes(session, include_archived=True) == []
        assert roster.class_info(session, "no such class") is None
        assert roster.class_info(session, None) is None


def test_a_class_and_a_student_carry_every_field_the_editor_puts_back_on_undo(
    store: Store, math7: dict[str, str]
):
    """The roster page undoes an edit by writing back the fields it read: each one the
    editor changes must be there, under the name ``update_class``/``update_student`` take."""
    assert set(roster.CLASS_FIELDS) <= {f.name for f in dataclasses.fields(roster.ClassInfo)}
    assert set(roster.STUDENT_FIELDS) <= {f.name for f in dataclasses.fields(roster.StudentInfo)}
    with store.read() as session:
        before = roster.class_info(session, math7["class"])
    assert before is not None
    roster.update_class(store, math7["class"], name="Math 7B", method="latest")
    roster.update_class(
        store, math7["class"], **{k: getattr(before, k) for k in ("name", "method")}
    )
    with store.read() as session:
        assert roster.class_info(session, math7["class"]) == before


def test_a_removed_student_is_read_nowhere_and_archived_ones_only_when_asked(
    store: Store, math7: dict[str, str]
):
    roster.archive_student(store, math7["Mateo"])
    remove(store, Student, math7["Lucía"])
    with store.read() as session:
        ana = roster.student_info(session, math7["Ana"])
        assert ana is not None and plain(ana)
        assert (ana.display_name, ana.student_number, ana.archived) == (
            "Ana García",
            "7-Ana",
            False,
        )
        assert roster.student_info(session, math7["Lucía"]) is None
        assert roster.student_info(session, None) is None
        # in the order asked, once each; the removed one and an unknown id left out
        asked = [math7["Mateo"], math7["Lucía"], "nobody", math7["Ana"], math7["Mateo"]]
        assert [s.given_name for s in roster.students_info(session, asked)] == ["Mateo", "Ana"]
        assert roster.students_info(session, []) == []
        in_class = roster.class_students(session, math7["class"])
        active = roster.class_students(session, math7["class"], include_archived=False)
        everyone = roster.all_students(session)
    assert [s.given_name for s in in_class] == ["Ana", "Mateo"]  # by family name
    assert [s.given_name for s in active] == ["Ana"]
    assert [s.given_name for s in everyone] == ["Ana", "Mateo"]
    assert all(plain(s) for s in [*in_class, *everyone])


def test_the_scales_listed_are_plain_names_and_a_deleted_scale_is_not_listed(
    store: Store, math7: dict[str, str]
):
    with store.read() as session:
        (scale,) = live_scales(session)  # the default scale, given to the new class
        school_class = roster.class_info(session, math7["class"])
    assert plain(scale) and school_class is not None and scale.id == school_class.scale_id
    assert scale.name
    remove(store, Scale, scale.id)
    with store.read() as session:
        assert live_scales(session) == []


def test_a_framework_reads_as_its_kind_and_a_deleted_one_as_nothing(store: Store):
    habits, _ = targets.create_framework(store, "Habits of work", kind="habits")
    with store.read() as session:
        info = targets.framework_info(session, habits)
    assert info is not None and plain(info)
    assert (info.title, info.kind) == ("Habits of work", "habits")
    with store.read() as session:
        assert targets.live_frameworks(session) == [info]
    remove(store, Framework, habits)
    with store.read() as session:
        assert targets.framework_info(session, habits) is None
        assert targets.live_frameworks(session) == []
        assert targets.framework_info(session, None) is None


def test_targets_read_in_the_order_asked_and_a_deleted_target_is_left_out(store: Store):
    framework, _ = targets.create_framework(store, "Ratios")
    ids = [
        targets.create_target(
            store, framework, parent_id=None, code=f"RP.{n}", statement=f"Ratio {n}"
        )[0]
        for n in (1, 2, 3)
    ]
    targets.delete_target(store, ids[1])
    with store.read() as session:
        read = targets.targets_info(session, [ids[2], ids[1], "no such target", ids[0]])
        assert targets.targets_info(session, []) == []
    assert [(t.code, t.label) for t in read] == [
        ("RP.3", "RP.3 — Ratio 3"),
        ("RP.1", "RP.1 — Ratio 1"),
    ]
    assert all(plain(t) and t.framework_id == framework for t in read)


def test_attachments_read_in_the_order_asked_and_a_removed_one_is_left_out(
    store: Store, tmp_path: Path
):
    files = []
    for name in ("page 1.jpg", "page 2.jpg", "page 3.jpg"):
        (tmp_path / name).write_bytes(name.encode())
        files.append(tmp_path / name)
    first, second, third = store_files(store, files)
    remove(store, Attachment, second)
    with store.read() as session:
        read = attachments_info(session, [third, second, "no such file", first])
        assert attachments_info(session, []) == []
    assert [a.file_name for a in read] == ["page 3.jpg", "page 1.jpg"]
    assert all(isinstance(a, AttachmentInfo) and plain(a) for a in read)
    assert (store.blobs_dir / read[0].sha256).read_bytes() == b"page 3.jpg"


def test_the_tasks_to_calibrate_are_the_live_ones_newest_first_with_their_class(
    store: Store, math7: dict[str, str]
):
    framework, _ = targets.create_framework(store, "Ratios")
    rp1, _ = targets.create_target(store, framework, parent_id=None, code="RP.1", statement="x")
    recipes, _ = create_task(store, math7["class"], "Recipes", "2026-10-01", target_ids=[rp1])
    maps, _ = create_task(store, math7["class"], "Maps", "2026-10-20", target_ids=[rp1])
    old, _ = create_task(store, None, "Warm-up", "2026-09-01", target_ids=[rp1])
    gone, _ = create_task(store, math7["class"], "Cancelled", "2026-11-01", target_ids=[rp1])
    delete_task(store, gone)
    with store.read() as session:
        choices = task_choices(session)
    assert [(t.id, t.label, t.class_id) for t in choices] == [
        (maps, "Maps — Math 7", math7["class"]),
        (recipes, "Recipes — Math 7", math7["class"]),
        (old, "Warm-up — ", None),
    ]
    assert all(plain(t) for t in choices)


def test_the_demo_reads_as_it_did_through_the_orm(demo_store: Store):
    """Every live class and student of the demo reads with the fields its row holds."""
    with demo_store.read() as session:
        classes = session.exec(select(SchoolClass).where(SchoolClass.deleted_hlc.is_(None))).all()
        students = session.exec(select(Student).where(Student.deleted_hlc.is_(None))).all()
        assert classes and students
        for row in classes:
            info = roster.class_info(session, row.id)
            assert info is not None
            assert {f: getattr(info, f) for f in roster.CLASS_FIELDS} == {
                f: getattr(row, f) for f in roster.CLASS_FIELDS
            }
        read = roster.students_info(session, [s.id for s in students])
        assert [(s.id, s.display_name) for s in read] == [(s.id, s.display_name) for s in students]
