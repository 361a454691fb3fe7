"""The window paints its first view before SQLAlchemy loads (issue 20): the class list,
the gradebook's tasks, a target's rubric and exemplars, the scale, the modified targets
and the settings are read straight through the database driver (``Store.reads``).

Each read must say exactly what the tables say, on a laptop's file and on a hub: the
oracle here is the ORM, queried the plain way, after changes that a hand-written query
could get wrong (an archived class, a removed class and task, a removed exemplar, a
modified target, a setting)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from cbe_desktop.core import roster
from cbe_desktop.core.class_list import class_summaries, is_school_store, live_classes
from cbe_desktop.core.evidence import create_task, delete_task
from cbe_desktop.core.gradebook import modified_targets
from cbe_desktop.core.models import (
    ClassTarget,
    Enrollment,
    Framework,
    ModifiedTarget,
    Scale,
    ScaleLevel,
    SchoolClass,
    Student,
    Target,
    Task,
)
from cbe_desktop.core.rubric_reads import rubric_exemplars, rubric_for
from cbe_desktop.core.scales import load_scale
from cbe_desktop.core.settings import get_setting, save_settings
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import attach_exemplar, remove_exemplar
from cbe_desktop.core.task_list import class_tasks
from cbe_desktop.core.term_records import set_modified_targets

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _class_ids(store: Store) -> list[str]:
    with store.read() as session:
        return list(
            session.exec(select(SchoolClass.id).where(col(SchoolClass.deleted_hlc).is_(None)))
        )


def test_the_class_list_read_without_the_orm_leaves_out_archived_and_removed_classes(
    demo_store: Store,
):
    first, second = sorted(_class_ids(demo_store))[:2]
    third, _ = roster.create_class(demo_store, "Art 7", term="2026-27")
    fourth, _ = roster.create_class(demo_store, "Music 7")
    roster.archive_class(demo_store, second)
    with demo_store.transaction() as tx:
        row = tx.session.get(SchoolClass, fourth)
        assert row is not None
        tx.tombstone(row)

    with demo_store.read() as session:
        wanted = session.exec(
            select(SchoolClass)
            .where(col(SchoolClass.deleted_hlc).is_(None), col(SchoolClass.archived).is_(False))
            .order_by(SchoolClass.name, SchoolClass.term, SchoolClass.id)
        ).all()
        with_archived = session.exec(
            select(SchoolClass.id).where(col(SchoolClass.deleted_hlc).is_(None))
        ).all()
        students = dict(
            session.exec(
                select(Enrollment.class_id, func.count(func.distinct(Enrollment.student_id)))
                .join(Student, col(Student.id) == col(Enrollment.student_id))
                .where(col(Enrollment.deleted_hlc).is_(None), col(Student.deleted_hlc).is_(None))
                .group_by(Enrollment.class_id)
            ).all()
        )
        targets = dict(
            session.exec(
                select(ClassTarget.class_id, func.count(func.distinct(ClassTarget.target_id)))
                .join(Target, col(Target.id) == col(ClassTarget.target_id))
                .join(Framework, col(Framework.id) == col(Target.framework_id))
                .where(
                    col(ClassTarget.deleted_hlc).is_(None),
                    col(Target.deleted_hlc).is_(None),
                    Framework.kind == "academic",
                )
                .group_by(ClassTarget.class_id)
            ).all()
        )
    with demo_store.reads() as db:
        classes = live_classes(db)
        everything = live_classes(db, include_archived=True)
        summaries = class_summaries(db)
        several = is_school_store(db)

    assert [c.id for c in classes] == [c.id for c in wanted] and third in [c.id for c in classes]
    assert second not in [c.id for c in classes] and fourth not in [c.id for c in everything]
    assert sorted(c.id for c in everything) == sorted(with_archived)
    assert next(c for c in everything if c.id == second).archived is True
    for info, row in zip(classes, wanted, strict=True):
        assert (info.name, info.term, info.method, info.scale_id, info.archived) == (
            row.name,
            row.term,
            row.method,
            row.scale_id,
            row.archived,
        )
    assert {s.id: (s.students, s.targets) for s in summaries} == {
        c.id: (students.get(c.id, 0), targets.get(c.id, 0)) for c in wanted
    }
    assert students.get(first, 0) > 0 and targets.get(first, 0) > 0
    assert several is True


def test_a_class_s_tasks_read_without_the_orm_are_its_live_tasks_newest_first(
    demo_store: Store,
):
    class_id = sorted(_class_ids(demo_store))[0]
    with demo_store.read() as session:
        target_ids = list(
            session.exec(select(ClassTarget.target_id).where(ClassTarget.class_id == class_id))
        )[:2]
    kept, _ = create_task(demo_store, class_id, "Lab report", "2026-10-01", target_ids=target_ids)
    gone, _ = create_task(
        demo_store, class_id, "Cancelled quiz", "2026-10-02", target_ids=target_ids[:1]
    )
    delete_task(demo_store, gone)

    with demo_store.read() as session:
        wanted = session.exec(
            select(Task)
            .where(Task.class_id == class_id, col(Task.deleted_hlc).is_(None))
            .order_by(col(Task.date).desc(), col(Task.hlc).desc())
        ).all()
    with demo_store.reads() as db:
        tasks = class_tasks(db, class_id)

    assert [t.id for t in tasks] == [t.id for t in wanted]
    assert gone not in [t.id for t in tasks]
    mine = next(t for t in tasks if t.id == kept)
    assert mine.target_ids == tuple(target_ids) and mine.title == "Lab report"
    assert all(isinstance(t.target_ids, tuple) for t in tasks)


def test_a_scale_read_without_the_orm_has_its_live_levels_and_falls_back_when_removed(
    demo_store: Store,
):
    with demo_store.read() as session:
        scale_id = session.exec(select(Scale.id).where(col(Scale.deleted_hlc).is_(None))).first()
        levels = session.exec(
            select(ScaleLevel)
            .where(ScaleLevel.scale_id == scale_id, col(ScaleLevel.deleted_hlc).is_(None))
            .order_by(col(ScaleLevel.value))
        ).all()
    with demo_store.reads() as db:
        scale = load_scale(db, scale_id)
        missing = load_scale(db, "no-such-scale")

    assert scale.id == scale_id and len(scale.levels) == len(levels) >= 2
    assert [(lv.value, lv.label, lv.proficient, lv.colour) for lv in scale.levels] == [
        (r.value, r.label, r.proficient, r.colour) for r in levels
    ]
    assert all(isinstance(lv.proficient, bool) for lv in scale.levels)
    assert missing.levels  # the default scale, never an empty one


def test_a_target_s_rubric_and_exemplars_read_without_the_orm_leave_out_removed_ones(
    demo_store: Store, tmp_path: Path
):
    with demo_store.read() as session:
        target_id = session.exec(
            select(Target.id).where(col(Target.deleted_hlc).is_(None), Target.parent_id != None)  # noqa: E711
        ).first()
    assert target_id is not None
    picture = tmp_path / "work at 3.png"
    picture.write_bytes(PNG)
    attach_exemplar(demo_store, target_id, 3.0, picture, note="Clear steps")
    attach_exemplar(demo_store, target_id, 2.0, picture, note="Half way")
    with demo_store.reads() as db:
        before = rubric_exemplars(db, target_id)
    remove_exemplar(demo_store, next(x.id for x in before if x.level_value == 2.0))

    with demo_store.reads() as db:
        exemplars = rubric_exemplars(db, target_id)
        rubric = rubric_for(db, target_id)
    with demo_store.read() as session:
        descriptors = {
            float(level): words
            for level, words in session.connection().exec_driver_sql(
                "SELECT level_value, text FROM rubric_descriptor "
                f"WHERE target_id = '{target_id}' AND deleted_hlc IS NULL"
            )
        }

    assert [x.level_value for x in before] == [2.0, 3.0]  # lowest level first
    assert [(x.level_value, x.file_name, x.reason, x.anchor) for x in exemplars] == [
        (3.0, "work at 3.png", "Clear steps", False)
    ]
    assert rubric == descriptors


def test_modified_targets_and_settings_read_without_the_orm_say_what_was_saved(
    demo_store: Store,
):
    with demo_store.read() as session:
        student_id, target_id, other_target = (
            session.exec(select(Student.id)).first(),
            *session.exec(select(Target.id).where(Target.parent_id != None)).all()[:2],  # noqa: E711
        )
    assert student_id is not None
    set_modified_targets(demo_store, student_id, {target_id: "Fewer items", other_target: "Oral"})
    set_modified_targets(demo_store, student_id, {other_target: None})  # no longer modified
    save_settings(demo_store, {"teacher": "Ms. Okafor", "zoom": "125"})

    with demo_store.read() as session:
        wanted = {
            (m.student_id, m.target_id): m.note
            for m in session.exec(
                select(ModifiedTarget).where(col(ModifiedTarget.deleted_hlc).is_(None))
            )
        }
    with demo_store.reads() as db:
        modified = modified_targets(db, [student_id, student_id])
        settings = (get_setting(db, "teacher"), get_setting(db, "zoom"), get_setting(db, "hub_url"))

    assert modified == {k: v for k, v in wanted.items() if k[0] == student_id}
    assert modified == {(student_id, target_id): "Fewer items"}
    assert settings == ("Ms. Okafor", "125", "")


@pytest.mark.sqlite_only("the driver's own connection to the laptop's file")
def test_the_window_s_driver_reads_cannot_write_and_see_other_copies_commits(
    demo_store: Store,
):
    other = Store.open(demo_store.data_dir, what="another copy")
    try:
        roster.create_class(other, "Drama 8")
    finally:
        other.close()
    with demo_store.reads() as db:
        names = [c.name for c in live_classes(db)]
        with pytest.raises(sqlite3.OperationalError):
            db.driver.execute("DELETE FROM setting")
    assert "Drama 8" in names
