"""The teacher's actions on evidence, one transaction each, and what they do to the estimate.

Ms. Rivera teaches Math 7 (Ana and Mateo) and Science 7 (Ana). Each test plays a small
part of her week through the store-level actions the window calls, then reads the
gradebook the way the window does.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass
from datetime import date

import pytest
from sqlmodel import select

from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import (
    RETRACTED_NOTE,
    EstimateOverride,
    EvidenceEntry,
    EvidenceInfo,
    TaskInfo,
    class_tasks,
    close_revision,
    create_task,
    current_override,
    delete_task,
    mark_not_yet,
    newest_standing,
    override_estimate,
    record_evidence,
    record_many,
    record_revision,
    remove_override,
    reopen_revision,
    restore_task,
    retract_evidence,
    retract_many,
    sheet_locked,
    standing_ids,
    task_scores,
    update_task,
)
from cbe_desktop.core.gradebook import Cell, cell_for, cell_history, class_grid
from cbe_desktop.core.models import Evidence, MasteryOverride, Revision, Task
from cbe_desktop.core.queue import open_revisions
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll, live_classes
from cbe_desktop.core.scales import create_default_scale, load_scale
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target


@dataclass
class Room:
    store: Store
    math: str
    science: str
    ana: str
    mateo: str
    unit_rates: str  # 7.RP.1 in Math, the class default method: latest
    percents: str  # 7.RP.3 in Math
    density: str  # PS.1 in Science

    def entry(self, student: str, target: str, on: str, level: float | None = 2, **kw):
        class_id = self.science if target == self.density else self.math
        return EvidenceEntry(
            student_id=student,
            target_id=target,
            produced_on=on,
            level=level,
            class_id=class_id,
            **kw,
        )

    def record(self, student: str, target: str, on: str, level: float | None = 2, **kw) -> str:
        recorded = record_evidence(self.store, self.entry(student, target, on, level, **kw))
        assert recorded.evidence_id is not None
        return recorded.evidence_id

    def not_yet(self, student: str, target: str, on: str, level: float = 1, **kw) -> tuple:
        recorded = mark_not_yet(
            self.store,
            self.entry(student, target, on, level),
            "Redo problems 3-5 with a ratio table.",
            **kw,
        )
        return recorded.evidence_id, recorded.revision_id

    def cell(self, student: str, target: str) -> Cell:
        class_id = self.science if target == self.density else self.math
        with self.store.read() as session:
            grid = class_grid(session, class_id)
        row = [s.id for s in grid.students].index(student)
        column = [t.id for t in grid.targets].index(target)
        return grid.cell(row, column)

    def estimate(self, student: str, target: str) -> float | None:
        return self.cell(student, target).estimate

    def plan(self, revision_id: str) -> Revision:
        with self.store.read() as session:
            return session.get(Revision, revision_id)

    def evidence_count(self) -> int:
        with self.store.read() as session:
            return len(session.exec(select(Evidence.id)).all())

    def queue(self, class_id: str | None = None) -> list[str]:
        with self.store.read() as session:
            return [i.revision_id for i in open_revisions(session, class_id=class_id)]


@pytest.fixture
def room(store: Store) -> Room:
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        math_fw = add_framework(tx, "Grade 7 Mathematics")
        science_fw = add_framework(tx, "Grade 7 Physical Science")
        rp = add_target(tx, math_fw, code="RP", statement="Ratios and proportional relationships")
        unit_rates = add_target(tx, math_fw, code="7.RP.1", statement="Unit rates", parent=rp)
        percents = add_target(
            tx, math_fw, code="7.RP.3", statement="Percent problems", parent=rp, position=1
        )
        ps = add_target(tx, science_fw, code="PS", statement="Matter")
        density = add_target(tx, science_fw, code="PS.1", statement="Density", parent=ps)
        math = add_class(tx, "Math 7 — Period 2", scale_id=scale.id)
        science = add_class(tx, "Science 7 — Period 5", scale_id=scale.id)
        align_target(tx, math, unit_rates, position=0)
        align_target(tx, math, percents, position=1)
        align_target(tx, science, density, position=0)
        ana = add_student(tx, "Ana Sofía", "García López", preferred_name="Ana")
        mateo = add_student(tx, "Mateo", "Hernández")
        enroll(tx, math, ana)
        enroll(tx, math, mateo)
        enroll(tx, science, ana)
    return Room(
        store=store,
        math=math.id,
        science=science.id,
        ana=ana.id,
        mateo=mateo.id,
        unit_rates=unit_rates.id,
        percents=percents.id,
        density=density.id,
    )


# ----------------------------------------------------------------------------- recording


def test_recording_evidence_stores_one_row_and_names_what_changed(room):
    recorded = record_evidence(
        room.store, room.entry(room.ana, room.unit_rates, "2026-09-15", 3, feedback="Clear.")
    )
    with room.store.read() as session:
        row = session.get(Evidence, recorded.evidence_id)
    assert (row.level, row.status, row.produced_on, row.feedback) == (
        3,
        "scored",
        "2026-09-15",
        "Clear.",
    )
    assert row.hlc and row.origin == room.store.replica
    assert recorded.changes.students == {room.ana}
    assert recorded.changes.targets == {room.unit_rates}
    assert recorded.changes.evidence == {recorded.evidence_id}
    assert recorded.revision_id is None
    assert room.cell(room.ana, room.unit_rates).estimate == 3


def test_missing_and_excused_work_need_no_level_and_count_no_score(room):
    room.record(room.ana, room.unit_rates, "2026-09-15", None, status="missing")
    room.record(room.ana, room.unit_rates, "2026-09-16", 4, status="excused")
    cell = room.cell(room.ana, room.unit_rates)
    assert (cell.missing, cell.excused, cell.evidence_count) == (1, 1, 0)
    with room.store.read() as session:
        levels = session.exec(select(Evidence.level)).all()
    assert levels == [None, None]  # an excused record keeps no level


@pytest.mark.parametrize(
    ("level", "status"), [(None, "scored"), (3, "lost"), (3, "")], ids=["no level", "bad", "empty"]
)
def test_evidence_the_program_cannot_use_is_refused_and_nothing_is_written(room, level, status):
    with pytest.raises(InvalidInputError):
        record_evidence(
            room.store, room.entry(room.ana, room.unit_rates, "2026-09-15", level, status=status)
        )
    assert room.evidence_count() == 0


# ----------------------------------------------------------------------------- not yet


@pytest.mark.parametrize("next_step", ["", "   \n "])
def test_marking_not_yet_without_a_next_step_writes_nothing(room, next_step):
    with pytest.raises(InvalidInputError, match="next step"):
        mark_not_yet(room.store, room.entry(room.ana, room.unit_rates, "2026-09-15", 1), next_step)
    assert room.evidence_count() == 0
    with room.store.read() as session:
        assert session.exec(select(Revision)).all() == []


def test_marking_not_yet_opens_a_plan_with_its_due_date_and_support(room):
    recorded = mark_not_yet(
        room.store,
        room.entry(room.ana, room.unit_rates, "2026-09-15", 2),
        "  Redo problem 4 with a ratio table.  ",
        due_on="2026-09-22",
        support="flex_time",
    )
    plan = room.plan(recorded.revision_id)
    assert plan.evidence_id == recorded.evidence_id
    assert (plan.next_step, plan.due_on, plan.support, plan.state, plan.opened_on) == (
        "Redo problem 4 with a ratio table.",
        "2026-09-22",
        "flex_time",
        "open",
        "2026-09-15",
    )
    with room.store.read() as session:
        assert session.get(Evidence, recorded.evidence_id).not_yet is True
    cell = room.cell(room.ana, room.unit_rates)
    assert (cell.status, cell.open_not_yet, cell.estimate) == ("not_yet", 1, 2)


def test_marking_not_yet_leaves_the_callers_entry_as_it_was(room):
    entry = room.entry(room.ana, room.unit_rates, "2026-09-15", 1)
    mark_not_yet(room.store, entry, "Try again.")
    assert entry.not_yet is False


# ----------------------------------------------------------------------------- revision


def test_revision_after_not_yet_links_back_and_raises_the_estimate(room):
    first, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15", level=1)
    assert room.estimate(room.ana, room.unit_rates) == 1

    recorded = record_revision(
        room.store, plan, level=3, produced_on="2026-09-22", feedback="You used the table."
    )
    with room.store.read() as session:
        again = session.get(Evidence, recorded.evidence_id)
    assert again.revision_of == first
    assert (again.level, again.class_id, again.not_yet) == (3, room.math, False)
    assert (room.plan(plan).state, room.plan(plan).resolved_by) == ("revised", again.id)
    cell = room.cell(room.ana, room.unit_rates)
    assert (cell.status, cell.estimate, cell.evidence_count) == ("proficient", 3, 2)
    assert room.queue(room.math) == []
    assert recorded.revision_id is None
    assert recorded.changes.evidence == {again.id}


def test_a_revision_keeps_the_task_and_kind_of_the_first_attempt(room):
    task_id, _ = create_task(
        room.store, room.math, "Recipes quiz", "2026-09-15", target_ids=[room.unit_rates]
    )
    recorded = mark_not_yet(
        room.store,
        room.entry(
            room.ana, room.unit_rates, "2026-09-15", 1, task_id=task_id, evidence_type="test"
        ),
        "Redo it.",
    )
    again = record_revision(room.store, recorded.revision_id, level=3, produced_on="2026-09-20")
    with room.store.read() as session:
        row = session.get(Evidence, again.evidence_id)
    assert (row.task_id, row.evidence_type) == (task_id, "test")


def test_a_revision_still_not_yet_opens_a_new_plan_and_keeps_every_attempt(room):
    first, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15", level=1)
    recorded = record_revision(
        room.store,
        plan,
        level=2,
        produced_on="2026-09-22",
        not_yet_again="Explain each step in words.",
        due_on="2026-09-29",
        support="conference",
    )
    new_plan = room.plan(recorded.revision_id)
    assert (new_plan.evidence_id, new_plan.state) == (recorded.evidence_id, "open")
    assert (new_plan.next_step, new_plan.due_on, new_plan.support) == (
        "Explain each step in words.",
        "2026-09-29",
        "conference",
    )
    assert room.plan(plan).state == "revised"
    assert room.queue(room.math) == [recorded.revision_id]
    final = record_revision(room.store, recorded.revision_id, level=3, produced_on="2026-09-30")
    with room.store.read() as session:
        history = cell_history(session, room.ana, room.unit_rates, load_scale(session, None))
    assert [h.level for h in history] == [1, 2, 3]
    assert [h.revision_of for h in history] == [None, first, recorded.evidence_id]
    assert history[-1].id == final.evidence_id
    assert room.estimate(room.ana, room.unit_rates) == 3


def test_a_plan_already_revised_or_gone_cannot_be_revised_again(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    record_revision(room.store, plan, level=3, produced_on="2026-09-22")
    count = room.evidence_count()
    with pytest.raises(InvalidInputError, match="already"):
        record_revision(room.store, plan, level=4, produced_on="2026-09-23")
    with pytest.raises(NotFoundError):
        record_revision(room.store, "no-such-plan", level=4, produced_on="2026-09-23")
    assert room.evidence_count() == count


def test_a_revision_without_a_level_is_refused_and_the_plan_stays_open(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    count = room.evidence_count()
    with pytest.raises(InvalidInputError):
        record_revision(room.store, plan, level=None, produced_on="2026-09-22")
    assert room.evidence_count() == count
    assert room.plan(plan).state == "open"


def test_a_revision_dated_before_the_work_it_revises_is_refused(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15", level=1)
    with pytest.raises(InvalidInputError):
        record_revision(room.store, plan, level=3, produced_on="2026-09-10")
    assert room.plan(plan).state == "open"


def test_under_latest_an_old_low_attempt_never_lowers_the_estimate(room):
    room.record(room.ana, room.unit_rates, "2026-09-20", 3)
    # typed in later, but produced earlier: it is older, so it is not the latest
    room.record(room.ana, room.unit_rates, "2026-09-10", 1)
    assert room.estimate(room.ana, room.unit_rates) == 3
    # a not-yet attempt and its revision: the low first attempt stays in the history only
    _, plan = room.not_yet(room.mateo, room.unit_rates, "2026-09-15", level=1)
    record_revision(room.store, plan, level=3, produced_on="2026-09-15")  # same day, later
    assert room.estimate(room.mateo, room.unit_rates) == 3
    assert room.cell(room.mateo, room.unit_rates).evidence_count == 2


# ----------------------------------------------------------------------------- retracting


def test_retracting_the_newest_piece_returns_the_estimate_to_before(room):
    room.record(room.ana, room.unit_rates, "2026-09-15", 2)
    before = room.cell(room.ana, room.unit_rates)
    newest = room.record(room.ana, room.unit_rates, "2026-09-20", 4)
    assert room.estimate(room.ana, room.unit_rates) == 4

    retraction = retract_evidence(room.store, newest)
    assert room.cell(room.ana, room.unit_rates) == before
    with room.store.read() as session:
        row = session.get(Evidence, retraction.evidence_id)
        assert session.get(Evidence, newest) is not None  # never deleted
    assert (row.status, row.supersedes, row.level) == ("retracted", newest, None)
    assert retraction.changes.evidence == {newest, retraction.evidence_id}


def test_retracting_the_only_evidence_leaves_no_evidence(room):
    only = room.record(room.ana, room.unit_rates, "2026-09-15", 3)
    retract_evidence(room.store, only)
    cell = room.cell(room.ana, room.unit_rates)
    assert (cell.status, cell.estimate, cell.evidence_count) == ("no_evidence", None, 0)


def test_retracting_the_retraction_brings_it_back_three_levels_deep(room):
    room.record(room.ana, room.unit_rates, "2026-09-15", 2)
    newest = room.record(room.ana, room.unit_rates, "2026-09-20", 4)
    chain = [newest]
    expected = []
    for _ in range(6):  # undo, redo, undo, redo, undo, redo
        chain.append(retract_evidence(room.store, chain[-1]).evidence_id)
        expected.append(room.estimate(room.ana, room.unit_rates))
    assert expected == [2, 4, 2, 4, 2, 4]
    with room.store.read() as session:
        rows = session.exec(select(Evidence)).all()
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    assert newest in standing
    assert [c in standing for c in chain] == [True, False, True, False, True, False, True]


def test_withdrawn_or_unknown_evidence_cannot_be_retracted(room):
    piece = room.record(room.ana, room.unit_rates, "2026-09-15", 2)
    retract_evidence(room.store, piece)
    count = room.evidence_count()
    with pytest.raises(InvalidInputError, match="already withdrawn"):
        retract_evidence(room.store, piece)
    with pytest.raises(NotFoundError):
        retract_evidence(room.store, "no-such-evidence")
    assert room.evidence_count() == count


def test_retracting_a_not_yet_closes_its_plan_and_unretracting_reopens_it(room):
    first, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    undo = retract_evidence(room.store, first)
    assert (room.plan(plan).state, room.plan(plan).note) == ("closed", RETRACTED_NOTE)
    assert room.queue() == []
    assert room.cell(room.ana, room.unit_rates).status == "no_evidence"

    redo = retract_evidence(room.store, undo.evidence_id)
    assert (room.plan(plan).state, room.plan(plan).note) == ("open", "")
    assert room.queue() == [plan]
    assert room.cell(room.ana, room.unit_rates).status == "not_yet"

    retract_evidence(room.store, redo.evidence_id)
    assert room.plan(plan).state == "closed"


def test_a_plan_the_teacher_closed_stays_closed_when_its_not_yet_comes_back(room):
    first, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    close_revision(room.store, plan, "She showed it in a conference.")
    undo = retract_evidence(room.store, first)
    retract_evidence(room.store, undo.evidence_id)
    assert (room.plan(plan).state, room.plan(plan).note) == (
        "closed",
        "She showed it in a conference.",
    )


def test_retracting_a_revision_reopens_the_plan_it_resolved(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15", level=1)
    again = record_revision(room.store, plan, level=3, produced_on="2026-09-22")

    undo = retract_evidence(room.store, again.evidence_id)
    assert (room.plan(plan).state, room.plan(plan).resolved_by) == ("open", None)
    assert room.queue(room.math) == [plan]
    assert (
        room.cell(room.ana, room.unit_rates).status,
        room.estimate(room.ana, room.unit_rates),
    ) == ("not_yet", 1)

    retract_evidence(room.store, undo.evidence_id)  # redo
    assert (room.plan(plan).state, room.plan(plan).resolved_by) == ("revised", again.evidence_id)
    assert room.queue(room.math) == []
    assert room.estimate(room.ana, room.unit_rates) == 3


def test_retracting_a_revision_still_not_yet_closes_its_new_plan_and_reopens_the_old(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15", level=1)
    again = record_revision(
        room.store, plan, level=2, produced_on="2026-09-22", not_yet_again="One more try."
    )
    retract_evidence(room.store, again.evidence_id)
    assert room.plan(plan).state == "open"
    assert (room.plan(again.revision_id).state, room.plan(again.revision_id).note) == (
        "closed",
        RETRACTED_NOTE,
    )
    assert room.queue() == [plan]


def test_newest_standing_is_what_delete_withdraws_next(room):
    older = room.record(room.ana, room.unit_rates, "2026-09-20", 2)
    newer = room.record(room.ana, room.unit_rates, "2026-09-10", 3)  # typed in last
    room.record(room.mateo, room.unit_rates, "2026-09-21", 4)  # another student's
    with room.store.read() as session:
        assert newest_standing(session, room.ana, room.unit_rates).id == newer
    retract_evidence(room.store, newer)
    with room.store.read() as session:
        assert newest_standing(session, room.ana, room.unit_rates).id == older  # not the retraction
    retract_evidence(room.store, older)
    with room.store.read() as session:
        assert newest_standing(session, room.ana, room.unit_rates) is None
        assert newest_standing(session, room.ana, room.percents) is None


# ----------------------------------------------------------------------------- overrides


def test_an_override_wins_and_removing_it_returns_to_the_calculated_estimate(room):
    room.record(room.ana, room.unit_rates, "2026-09-15", 2)
    calculated = room.cell(room.ana, room.unit_rates)

    override_estimate(room.store, room.ana, room.unit_rates, 3, "Showed it in conversation.")
    cell = room.cell(room.ana, room.unit_rates)
    assert (cell.estimate, cell.status, cell.overridden) == (3, "proficient", True)
    assert cell.override_reason == "Showed it in conversation."
    assert "Set by the teacher" in cell.explanation

    override_estimate(room.store, room.ana, room.unit_rates, 4, "Taught it to the group.")
    with room.store.read() as session:
        live = session.exec(
            select(MasteryOverride).where(MasteryOverride.deleted_hlc.is_(None))
        ).all()
        assert current_override(session, room.ana, room.unit_rates).level == 4
    assert len(live) == 1
    assert room.estimate(room.ana, room.unit_rates) == 4

    remove_override(room.store, room.ana, room.unit_rates)
    assert room.cell(room.ana, room.unit_rates) == calculated
    with room.store.read() as session:
        assert current_override(session, room.ana, room.unit_rates) is None


def test_an_override_needs_a_reason_and_a_refused_one_keeps_the_old(room):
    override_estimate(room.store, room.ana, room.unit_rates, 3, "Conference.")
    with pytest.raises(InvalidInputError, match="reason"):
        override_estimate(room.store, room.ana, room.unit_rates, 1, "  ")
    with room.store.read() as session:
        assert current_override(session, room.ana, room.unit_rates).level == 3


def test_an_override_below_proficient_replaces_a_not_yet_status(room):
    room.not_yet(room.ana, room.unit_rates, "2026-09-15", level=1)
    override_estimate(room.store, room.ana, room.unit_rates, 2, "Partly shown orally.")
    cell = room.cell(room.ana, room.unit_rates)
    assert (cell.status, cell.estimate, cell.open_not_yet) == ("in_progress", 2, 1)


# ----------------------------------------------------------------------------- a sheet


def test_record_many_writes_a_whole_sheet_in_one_step(room):
    recorded = record_many(
        room.store,
        [
            room.entry(room.ana, room.unit_rates, "2026-09-15", 3),
            room.entry(room.mateo, room.unit_rates, "2026-09-15", 2),
            room.entry(room.mateo, room.percents, "2026-09-15", None, status="missing"),
        ],
    )
    assert recorded.evidence_id is None
    assert len(recorded.changes.evidence) == 3
    assert recorded.changes.students == {room.ana, room.mateo}
    assert recorded.changes.targets == {room.unit_rates, room.percents}
    assert room.evidence_count() == 3
    retract_many(room.store, sorted(recorded.changes.evidence))
    assert room.cell(room.ana, room.unit_rates).status == "no_evidence"
    assert room.cell(room.mateo, room.percents).missing == 0


def test_record_many_is_one_transaction_so_one_bad_entry_writes_nothing(room):
    with pytest.raises(InvalidInputError):
        record_many(
            room.store,
            [
                room.entry(room.ana, room.unit_rates, "2026-09-15", 3),
                room.entry(room.mateo, room.unit_rates, "2026-09-15", None),  # no level
                room.entry(room.mateo, room.percents, "2026-09-15", 2),
            ],
        )
    assert room.evidence_count() == 0


def test_retract_many_is_one_transaction_so_a_bad_id_withdraws_nothing(room):
    good = room.record(room.ana, room.unit_rates, "2026-09-15", 3)
    with pytest.raises(NotFoundError):
        retract_many(room.store, [good, "no-such-evidence"])
    assert room.estimate(room.ana, room.unit_rates) == 3


# ----------------------------------------------------------------------------- closing


def test_closing_a_plan_with_a_note_and_reopening_it(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    changes = close_revision(room.store, plan, "  Moved to another unit.  ")
    assert (room.plan(plan).state, room.plan(plan).note) == ("closed", "Moved to another unit.")
    assert changes.students == {room.ana} and changes.targets == {room.unit_rates}
    assert room.queue() == []
    assert room.cell(room.ana, room.unit_rates).status == "in_progress"

    reopen_revision(room.store, plan)
    assert (room.plan(plan).state, room.plan(plan).note) == ("open", "")
    assert room.queue() == [plan]


def test_closing_needs_a_note_and_an_existing_plan(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    with pytest.raises(InvalidInputError, match="why"):
        close_revision(room.store, plan, " ")
    assert room.plan(plan).state == "open"
    with pytest.raises(NotFoundError):
        close_revision(room.store, "no-such-plan", "A note.")
    with pytest.raises(NotFoundError):
        reopen_revision(room.store, "no-such-plan")


def test_a_plan_already_revised_cannot_be_closed(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    record_revision(room.store, plan, level=3, produced_on="2026-09-22")
    with pytest.raises(InvalidInputError):
        close_revision(room.store, plan, "Closing by mistake.")


# ----------------------------------------------------------------------------- tasks


def test_creating_updating_deleting_and_restoring_a_task(room):
    task_id, changes = create_task(
        room.store,
        room.math,
        "  Recipes quiz ",
        "2026-09-15",
        target_ids=[room.unit_rates],
        purpose="summative",
        task_type="test",
    )
    assert changes.tasks == {task_id}
    with room.store.read() as session:
        task = session.get(Task, task_id)
    assert (task.title, task.date, task.purpose, task.task_type, task.target_ids) == (
        "Recipes quiz",
        "2026-09-15",
        "summative",
        "test",
        [room.unit_rates],
    )

    update_task(room.store, task_id, title="Recipes quiz (retake)", target_ids=[room.percents])
    with room.store.read() as session:
        task = session.get(Task, task_id)
        assert (task.title, task.target_ids) == ("Recipes quiz (retake)", [room.percents])

    delete_task(room.store, task_id)
    with room.store.read() as session:
        assert class_tasks(session, room.math) == []
    with pytest.raises(NotFoundError):
        update_task(room.store, task_id, title="Gone")
    with pytest.raises(NotFoundError):
        delete_task(room.store, task_id)

    restore_task(room.store, task_id)
    with room.store.read() as session:
        assert [t.id for t in class_tasks(session, room.math)] == [task_id]


def test_a_deleted_task_keeps_its_evidence(room):
    task_id, _ = create_task(
        room.store, room.math, "Recipes quiz", "2026-09-15", target_ids=[room.unit_rates]
    )
    piece = room.record(room.ana, room.unit_rates, "2026-09-15", 3, task_id=task_id)
    delete_task(room.store, task_id)
    with room.store.read() as session:
        assert session.get(Evidence, piece) is not None
        history = cell_history(session, room.ana, room.unit_rates, load_scale(session, None))
    assert room.cell(room.ana, room.unit_rates).estimate == 3
    assert [h.id for h in history] == [piece]
    assert history[0].task_title == "Recipes quiz"  # the history still names it


def test_class_tasks_are_newest_first_and_only_the_classs_own(room):
    older, _ = create_task(room.store, room.math, "A", "2026-09-01", target_ids=[room.unit_rates])
    newer, _ = create_task(room.store, room.math, "B", "2026-09-08", target_ids=[room.percents])
    create_task(room.store, room.science, "C", "2026-09-09", target_ids=[room.density])
    with room.store.read() as session:
        assert [t.id for t in class_tasks(session, room.math)] == [newer, older]


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"target_ids": []}, "at least one target"),
        ({"title": "  "}, "title"),
        ({"purpose": "graded"}, "purpose"),
        ({"task_type": "worksheet"}, "task type"),
    ],
)
def test_a_task_the_program_cannot_use_is_refused(room, kwargs, words):
    fields = {"target_ids": [room.unit_rates], **kwargs}
    title = fields.pop("title", "Quiz")
    with pytest.raises(InvalidInputError, match=words):
        create_task(room.store, room.math, title, "2026-09-15", **fields)
    with room.store.read() as session:
        assert session.exec(select(Task)).all() == []


@pytest.mark.parametrize(
    "fields",
    [{"colour": "red"}, {"purpose": "graded"}, {"task_type": "worksheet"}],
    ids=["unknown field", "purpose", "type"],
)
def test_updating_a_task_with_what_cannot_be_used_changes_nothing(room, fields):
    task_id, _ = create_task(
        room.store, room.math, "Quiz", "2026-09-15", target_ids=[room.unit_rates]
    )
    with pytest.raises(InvalidInputError):
        update_task(room.store, task_id, **fields)
    with room.store.read() as session:
        task = session.get(Task, task_id)
    assert (task.purpose, task.task_type) == ("formative", "product")


@pytest.mark.parametrize("fields", [{"title": "  "}, {"target_ids": []}], ids=["title", "targets"])
def test_updating_a_task_keeps_the_rules_of_creating_one(room, fields):
    task_id, _ = create_task(
        room.store, room.math, "Quiz", "2026-09-15", target_ids=[room.unit_rates]
    )
    with pytest.raises(InvalidInputError):
        update_task(room.store, task_id, **fields)


# ----------------------------------------------------------------------------- the queue


def test_the_queue_per_class_and_across_classes_oldest_first(room):
    _, ana_math = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    _, ana_science = room.not_yet(room.ana, room.density, "2026-09-10")
    _, mateo_math = room.not_yet(room.mateo, room.percents, "2026-09-12", due_on="2026-09-14")
    assert room.queue(room.math) == [mateo_math, ana_math]
    assert room.queue(room.science) == [ana_science]
    assert room.queue() == [ana_science, mateo_math, ana_math]
    with room.store.read() as session:
        only = open_revisions(session, class_id=room.math, target_id=room.percents)
        everything = open_revisions(session)
    assert [i.revision_id for i in only] == [mateo_math]
    item = only[0]
    assert (item.student, item.target_code, item.next_step, item.level) == (
        "Mateo Hernández",
        "7.RP.3",
        "Redo problems 3-5 with a ratio table.",
        1,
    )
    assert item.class_id == room.math and item.evidence_id
    assert item.overdue() and not everything[-1].overdue(today=_date("2026-09-01"))
    assert item.days_open(today=_date("2026-09-19")) == 7

    close_revision(room.store, mateo_math, "Done another way.")
    assert room.queue(room.math) == [ana_math]


def _date(text: str) -> date:
    return date.fromisoformat(text)


# ----------------------------------------------------------------------------- the grid


def test_cell_for_equals_the_cell_class_grid_computes_for_every_demo_cell(demo_store):
    with demo_store.read() as session:
        for school_class in live_classes(session):
            for habits in (False, True):
                grid = class_grid(session, school_class.id, habits=habits)
                for row in range(len(grid.students)):
                    for column in range(len(grid.targets)):
                        assert cell_for(session, grid, row, column) == grid.cell(row, column), (
                            school_class.name,
                            grid.students[row].name,
                            grid.targets[column].code,
                        )


def test_cell_for_follows_each_action_like_the_whole_grid(room):
    _, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15")
    steps = [
        lambda: record_revision(room.store, plan, level=3, produced_on="2026-09-20"),
        lambda: override_estimate(room.store, room.ana, room.unit_rates, 4, "Conference."),
        lambda: remove_override(room.store, room.ana, room.unit_rates),
        lambda: room.record(room.ana, room.unit_rates, "2026-09-25", None, status="missing"),
    ]
    for step in steps:
        step()
        with room.store.read() as session:
            grid = class_grid(session, room.math)
            row = [s.id for s in grid.students].index(room.ana)
            assert cell_for(session, grid, row, 0) == grid.cell(row, 0)


def test_cell_history_marks_withdrawn_records_and_carries_the_plans(room):
    first, plan = room.not_yet(room.ana, room.unit_rates, "2026-09-15", level=1)
    again = record_revision(room.store, plan, level=3, produced_on="2026-09-22")
    mistake = room.record(room.ana, room.unit_rates, "2026-09-23", 1)
    retract_evidence(room.store, mistake)
    with room.store.read() as session:
        history = cell_history(session, room.ana, room.unit_rates, load_scale(session, None))
    assert [h.id for h in history] == [first, again.evidence_id, mistake]  # no retraction rows
    assert [h.standing for h in history] == [True, True, False]
    assert [h.level_label for h in history] == ["Beginning", "Proficient", "Beginning"]
    assert history[0].not_yet and history[1].revision_of == first
    assert history[0].task_title == "Outside a task"
    (carried,) = history[0].plans
    assert (carried.id, carried.state, carried.next_step) == (
        plan,
        "revised",
        "Redo problems 3-5 with a ratio table.",
    )
    assert history[1].plans == () and history[2].plans == ()


# ----------------------------------------------------------------------------- standing_ids


def test_standing_ids_simple_cases():
    assert standing_ids([]) == set()
    assert standing_ids([("a", None)]) == {"a"}
    # a correction replaces what it corrects
    assert standing_ids([("a", None), ("b", "a")]) == {"b"}
    # retracting the retraction brings the original back
    assert standing_ids([("a", None), ("r1", "a"), ("r2", "r1")]) == {"a", "r2"}
    # the order rows come in does not matter
    assert standing_ids([("r2", "r1"), ("r1", "a"), ("a", None)]) == {"a", "r2"}
    # superseding something unknown (not synced yet), or itself: the row stands
    assert standing_ids([("a", "elsewhere"), ("b", "b")]) == {"a", "b"}


def test_standing_ids_two_laptops_superseding_one_row_keep_both_successors():
    rows = [("a", None), ("b", "a"), ("c", "a")]
    assert standing_ids(rows) == {"b", "c"}
    # withdrawing one successor leaves the other standing, so the original stays down
    assert standing_ids([*rows, ("rb", "b")]) == {"c", "rb"}
    # withdrawing both brings the original back
    assert standing_ids([*rows, ("rb", "b"), ("rc", "c")]) == {"a", "rb", "rc"}


def test_standing_ids_a_long_chain_needs_no_recursion():
    n = 50_000
    rows = [("e0", None)] + [(f"e{i}", f"e{i - 1}") for i in range(1, n)]
    standing = standing_ids(reversed(rows))
    # the newest stands; each one below alternates (undo, redo, undo, ...)
    assert f"e{n - 1}" in standing
    assert len(standing) == n // 2
    assert all((f"e{i}" in standing) == ((n - 1 - i) % 2 == 0) for i in range(n))


def test_standing_ids_breaks_a_cycle_by_keeping_its_rows():
    # only a hostile file could make a cycle; nothing is lost from the count
    assert standing_ids([("a", "b"), ("b", "a"), ("c", None)]) == {"a", "b", "c"}


def test_standing_ids_accepts_any_iterable_once():
    assert standing_ids(iter([("a", None), ("b", "a")])) == {"b"}


# ------------------------------------------------------ what the window reads (plain values)


def test_the_window_reads_a_classs_tasks_as_values_it_cannot_change(room):
    task_id, _ = create_task(
        room.store,
        room.math,
        "Recipes quiz",
        "2026-09-15",
        target_ids=[room.unit_rates, room.percents],
        purpose="summative",
        task_type="test",
        notes="Calculators allowed.",
    )
    with room.store.read() as session:
        tasks = class_tasks(session, room.math)
    assert tasks == [
        TaskInfo(
            id=task_id,
            class_id=room.math,
            title="Recipes quiz",
            date="2026-09-15",
            purpose="summative",
            task_type="test",
            target_ids=(room.unit_rates, room.percents),
            notes="Calculators allowed.",
        )
    ]
    with pytest.raises(FrozenInstanceError):
        tasks[0].title = "Changed in the window"  # type: ignore[misc]
    with room.store.read() as session:
        assert session.get(Task, task_id).title == "Recipes quiz"


def test_the_newest_standing_evidence_is_a_value_with_what_the_cell_shows(room):
    piece = room.record(room.ana, room.unit_rates, "2026-09-20", 3, feedback="Clear table.")
    with room.store.read() as session:
        newest = newest_standing(session, room.ana, room.unit_rates)
        stored_hlc = session.get(Evidence, piece).hlc
    assert newest == EvidenceInfo(
        id=piece,
        student_id=room.ana,
        target_id=room.unit_rates,
        task_id=None,
        produced_on="2026-09-20",
        level=3,
        status="scored",
        not_yet=False,
        supersedes=None,
        revision_of=None,
        feedback="Clear table.",
        hlc=stored_hlc,
    )
    with pytest.raises(FrozenInstanceError):
        newest.level = 1  # type: ignore[misc]


def test_the_override_the_window_puts_back_on_undo_is_a_plain_value(room):
    override_estimate(room.store, room.ana, room.unit_rates, 3, "Showed it in conversation.")
    with room.store.read() as session:
        standing = current_override(session, room.ana, room.unit_rates)
    assert standing == EstimateOverride(3, "Showed it in conversation.", str(date.today()))
    with pytest.raises(FrozenInstanceError):
        standing.level = 1  # type: ignore[misc]


def test_the_sheet_opens_with_values_and_still_locks_a_not_yet_with_a_plan(room):
    task_id, _ = create_task(
        room.store, room.math, "Recipes quiz", "2026-09-15", target_ids=[room.unit_rates]
    )
    scored = room.record(room.ana, room.unit_rates, "2026-09-15", 3, task_id=task_id)
    not_yet = mark_not_yet(
        room.store,
        room.entry(room.mateo, room.unit_rates, "2026-09-15", 1, task_id=task_id),
        "Redo problems 3-5 with a ratio table.",
    ).evidence_id
    with room.store.read() as session:
        scores = task_scores(session, task_id)
    assert {key: (s.id, s.status, s.level) for key, s in scores.items()} == {
        (room.ana, room.unit_rates): (scored, "scored", 3),
        (room.mateo, room.unit_rates): (not_yet, "scored", 1),
    }
    assert all(isinstance(s, EvidenceInfo) for s in scores.values())
    assert not sheet_locked(scores[(room.ana, room.unit_rates)])
    assert sheet_locked(scores[(room.mateo, room.unit_rates)])
