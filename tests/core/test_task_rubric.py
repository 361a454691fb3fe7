"""A task's own rubric: written with the task, shown level by level over the target's own.

Ms. Rivera plans "Ratio tables warm-up" for 7.RP.1 and 7.RP.3 and writes what level 3 and
level 2 of 7.RP.1 look like on this task; everything else falls back to the targets' rubrics.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlmodel import select

from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.evidence import create_task, delete_task, update_task
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import SYNCED_TABLES, Task, TaskRubricDescriptor
from cbe_desktop.core.roster import add_class, align_target
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target, save_rubric
from cbe_desktop.core.task_rubric import descriptors_for, set_task_rubric, task_rubric

LEVEL_3 = "Completes the table and explains the unit rate."
LEVEL_2 = "Completes the table; the unit rate is not explained."


@dataclass
class Plan:
    store: Store
    math: str
    unit_rates: str
    percents: str
    task: str

    def rubric(self) -> dict[str, dict[float, str]]:
        with self.store.read() as session:
            return task_rubric(session, self.task)

    def shown(self, target: str, task: str | None = "task") -> dict[float, str]:
        with self.store.read() as session:
            return descriptors_for(session, self.task if task == "task" else task, target)

    def rows(self) -> list[TaskRubricDescriptor]:
        with self.store.read() as session:
            return list(session.exec(select(TaskRubricDescriptor)))


@pytest.fixture
def plan(store: Store) -> Plan:
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        fw = add_framework(tx, "Grade 7 Mathematics")
        unit_rates = add_target(tx, fw, code="7.RP.1", statement="Unit rates")
        percents = add_target(tx, fw, code="7.RP.3", statement="Percent problems", position=1)
        math = add_class(tx, "Math 7", scale_id=scale.id)
        align_target(tx, math, unit_rates, position=0)
        align_target(tx, math, percents, position=1)
    save_rubric(
        store,
        unit_rates.id,
        {1: "Begins", 2: "Finds a unit rate with help", 3: "Finds unit rates", 4: "Extends"},
    )
    task, _ = create_task(
        store, math.id, "Ratio tables warm-up", "2026-11-20", target_ids=[unit_rates.id]
    )
    return Plan(store, math.id, unit_rates.id, percents.id, task)


def test_the_table_travels_after_tasks():
    tables = list(SYNCED_TABLES)
    assert tables.index(TaskRubricDescriptor) == tables.index(Task) + 1


def test_without_task_descriptors_the_target_rubric_shows_as_before(plan):
    assert plan.rubric() == {}
    with plan.store.read() as session:
        assert descriptors_for(session, None, plan.unit_rates) == plan.shown(plan.unit_rates)
    assert plan.shown(plan.unit_rates)[3.0] == "Finds unit rates"
    assert plan.shown(plan.percents) == {}


def test_task_descriptors_show_where_written_and_the_target_rubric_elsewhere(plan):
    set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_3, 2: LEVEL_2, 1: " "}})
    assert plan.rubric() == {plan.unit_rates: {3.0: LEVEL_3, 2.0: LEVEL_2}}
    assert plan.shown(plan.unit_rates) == {
        1.0: "Begins",
        2.0: LEVEL_2,
        3.0: LEVEL_3,
        4.0: "Extends",
    }
    # Another task, or no task, still shows the target's own words.
    assert plan.shown(plan.unit_rates, task=None)[3.0] == "Finds unit rates"
    # The target's own rubric is untouched.
    from cbe_desktop.core.targets import rubric_for

    with plan.store.read() as session:
        assert rubric_for(session, plan.unit_rates)[3.0] == "Finds unit rates"


def test_empty_text_removes_a_descriptor_by_tombstone_and_it_can_come_back(plan):
    set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_3, 2: LEVEL_2}})
    set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_3, 2: ""}})
    assert plan.rubric() == {plan.unit_rates: {3.0: LEVEL_3}}
    assert plan.shown(plan.unit_rates)[2.0] == "Finds a unit rate with help"
    rows = {r.level_value: r for r in plan.rows()}
    assert len(plan.rows()) == 2  # the row stays, marked deleted, so the removal travels
    assert rows[2.0].deleted_hlc is not None and rows[3.0].deleted_hlc is None
    set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_3, 2: LEVEL_2}})
    assert plan.rubric()[plan.unit_rates][2.0] == LEVEL_2
    assert len(plan.rows()) == 2  # the old row came back, no second row


def test_targets_not_named_keep_their_descriptors(plan):
    set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_3}})
    set_task_rubric(plan.store, plan.task, {plan.percents: {3: "Finds 15% of a price."}})
    assert plan.rubric() == {
        plan.unit_rates: {3.0: LEVEL_3},
        plan.percents: {3.0: "Finds 15% of a price."},
    }


def test_a_task_edit_and_its_rubric_are_one_step_that_undoes_with_the_old_values(plan):
    """The window's undo calls update_task again with what was there before."""
    old_rubric = {plan.unit_rates: {}}
    update_task(
        plan.store,
        plan.task,
        title="Ratio tables warm-up (B)",
        rubric={plan.unit_rates: {3: LEVEL_3}},
    )
    with plan.store.read() as session:
        assert session.get(Task, plan.task).title == "Ratio tables warm-up (B)"
    assert plan.rubric() == {plan.unit_rates: {3.0: LEVEL_3}}
    update_task(plan.store, plan.task, title="Ratio tables warm-up", rubric=old_rubric)
    assert plan.rubric() == {}
    assert plan.shown(plan.unit_rates)[3.0] == "Finds unit rates"


def test_a_new_task_may_bring_its_rubric(plan):
    task, _ = create_task(
        plan.store,
        plan.math,
        "Percent quiz",
        "2026-11-21",
        target_ids=[plan.percents],
        rubric={plan.percents: {3: "Solves all three discount problems."}},
    )
    with plan.store.read() as session:
        assert descriptors_for(session, task, plan.percents) == {
            3.0: "Solves all three discount problems."
        }


def test_a_deleted_task_takes_no_new_rubric(plan):
    delete_task(plan.store, plan.task)
    with pytest.raises(NotFoundError):
        set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_3}})
    assert plan.rows() == []


def test_a_rubric_written_inside_a_wider_transaction_is_part_of_it(plan):
    with pytest.raises(RuntimeError), plan.store.transaction() as tx:
        set_task_rubric(tx, plan.task, {plan.unit_rates: {3: LEVEL_3}})
        raise RuntimeError("the teacher's action failed later")
    assert plan.rows() == []


def test_a_deleted_tasks_words_stop_showing_and_nothing_is_cascaded(plan):
    """A delete never cascades: the descriptor rows stay as they were; they just stop
    showing, and the target's own rubric shows instead. Restoring the task brings them."""
    set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_3}})
    stamps = [(r.id, r.hlc, r.deleted_hlc) for r in plan.rows()]
    delete_task(plan.store, plan.task)
    assert plan.rubric() == {}
    assert plan.shown(plan.unit_rates)[3.0] == "Finds unit rates"
    assert [(r.id, r.hlc, r.deleted_hlc) for r in plan.rows()] == stamps
    from cbe_desktop.core.evidence import restore_task

    restore_task(plan.store, plan.task)
    assert plan.rubric() == {plan.unit_rates: {3.0: LEVEL_3}}


def test_words_for_a_task_this_laptop_does_not_have_show_nowhere(plan):
    with plan.store.transaction() as tx:
        tx.add(
            TaskRubricDescriptor(
                id="019a0000-0000-7000-8000-0000000000aa",
                task_id="019a0000-0000-7000-8000-0000000000ab",
                target_id=plan.unit_rates,
                level_value=3.0,
                text=LEVEL_3,
                hlc="",
                origin="",
            )
        )
    with plan.store.read() as session:
        assert task_rubric(session, "019a0000-0000-7000-8000-0000000000ab") == {}
        assert descriptors_for(session, "019a0000-0000-7000-8000-0000000000ab", plan.unit_rates)[
            3.0
        ] == ("Finds unit rates")


def test_two_laptops_words_for_one_level_show_once_newest_first_and_a_save_folds_them(plan):
    """As after a sync where both laptops wrote level 3: two live rows for one level."""
    for text in ("Older words from the co-teacher.", LEVEL_3):
        with plan.store.transaction() as tx:
            tx.add(
                TaskRubricDescriptor(
                    id=new_id(),
                    task_id=plan.task,
                    target_id=plan.unit_rates,
                    level_value=3.0,
                    text=text,
                    hlc="",
                    origin="",
                )
            )
    assert plan.rubric() == {plan.unit_rates: {3.0: LEVEL_3}}  # the newest, once
    set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_2}})
    live = [r for r in plan.rows() if r.deleted_hlc is None]
    assert [(r.level_value, r.text) for r in live] == [(3.0, LEVEL_2)]
    assert plan.rubric() == {plan.unit_rates: {3.0: LEVEL_2}}


def test_undoing_an_edit_brings_back_the_old_rubric_exactly_and_redo_the_new(plan):
    """What the window's Edit task step does: redo writes the new rubric, undo the old,
    for the targets the dialog shows (levels not written are given as missing)."""
    before = {plan.unit_rates: {1: "Names the two quantities.", 3: LEVEL_3}}
    update_task(plan.store, plan.task, title="Ratio tables", rubric=before)
    old = plan.rubric()
    new = {plan.unit_rates: {1: "", 2: LEVEL_2, 3: "Explains the unit rate in words.", 4: ""}}
    for _ in range(2):  # redo, undo, redo, undo
        update_task(plan.store, plan.task, title="Ratio tables (B)", rubric=new)
        assert plan.rubric() == {
            plan.unit_rates: {2.0: LEVEL_2, 3.0: "Explains the unit rate in words."}
        }
        update_task(plan.store, plan.task, title="Ratio tables", rubric=old)
        assert plan.rubric() == {plan.unit_rates: {1.0: "Names the two quantities.", 3.0: LEVEL_3}}
    # One row per level ever written: undo and redo revive rows, never add more.
    assert len(plan.rows()) == 3


def test_a_revision_of_not_yet_work_on_the_task_is_judged_by_the_tasks_words(plan):
    from cbe_desktop.core.evidence import EvidenceEntry, mark_not_yet
    from cbe_desktop.core.models import SchoolClass
    from cbe_desktop.core.roster import add_student, enroll
    from cbe_desktop.core.task_rubric import descriptors_for_revision

    set_task_rubric(plan.store, plan.task, {plan.unit_rates: {3: LEVEL_3}})
    with plan.store.transaction() as tx:
        ana = add_student(tx, "Ana", "García")
        enroll(tx, tx.session.get(SchoolClass, plan.math), ana)
    on_task = mark_not_yet(
        plan.store,
        EvidenceEntry(
            ana.id, plan.unit_rates, "2026-11-20", level=1, class_id=plan.math, task_id=plan.task
        ),
        "Explain the unit rate in a sentence.",
    )
    outside = mark_not_yet(
        plan.store,
        EvidenceEntry(ana.id, plan.unit_rates, "2026-11-21", level=1, class_id=plan.math),
        "Try the recipe problem again.",
    )
    with plan.store.read() as session:
        assert descriptors_for_revision(session, on_task.evidence_id, plan.unit_rates)[3.0] == (
            LEVEL_3
        )
        assert descriptors_for_revision(session, outside.evidence_id, plan.unit_rates)[3.0] == (
            "Finds unit rates"
        )
        assert descriptors_for_revision(session, None, plan.unit_rates)[3.0] == "Finds unit rates"
