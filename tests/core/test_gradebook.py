"""The gradebook: what a teacher sees in each cell, told one student and one target at a time.

Each test builds a small class by hand through the same services the program uses.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlmodel import select

from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import (
    EvidenceEntry,
    add_evidence,
    add_override,
    add_task,
    open_revision,
    resolve_revision,
)
from cbe_desktop.core.gradebook import Cell, cell_history, class_grid
from cbe_desktop.core.models import Evidence, Revision, Task
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale, create_scale
from cbe_desktop.core.status import STATUSES
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target

# On a laptop's SQLite file and on a school hub's PostgreSQL (see the README).
pytestmark = pytest.mark.both_backends

HABIT_LEVELS = [
    (1, "Rarely", "", False, "#F6C995"),
    (2, "Sometimes", "", False, "#F3E79B"),
    (3, "Usually", "", True, "#A6D4EE"),
    (4, "Consistently", "", True, "#7FB0DB"),
]


@dataclass
class Classroom:
    """Ms. Rivera's Math 7: two students, two learning targets and one habit of work."""

    store: Store
    class_id: str
    ana: str
    mateo: str
    unit_rates: str  # 7.RP.1, the class's default method
    percents: str  # 7.RP.3, set to "highest" for this class
    perseverance: str  # a habit of work

    def record(
        self, student: str, target: str, on: str, level: float | None = None, **kwargs
    ) -> Evidence:
        with self.store.transaction() as tx:
            return add_evidence(
                tx,
                EvidenceEntry(
                    student_id=student,
                    target_id=target,
                    produced_on=on,
                    level=level,
                    class_id=self.class_id,
                    **kwargs,
                ),
            )

    def not_yet(self, student: str, target: str, on: str, level: float) -> Revision:
        with self.store.transaction() as tx:
            first = add_evidence(
                tx,
                EvidenceEntry(
                    student_id=student,
                    target_id=target,
                    produced_on=on,
                    level=level,
                    not_yet=True,
                    class_id=self.class_id,
                ),
            )
            return open_revision(tx, first, "Redo problems 3-5 with a ratio table.")

    def cell(self, student: str, target: str, *, habits: bool = False) -> Cell:
        with self.store.read() as session:
            grid = class_grid(session, self.class_id, habits=habits)
        row = [s.id for s in grid.students].index(student)
        column = [t.id for t in grid.targets].index(target)
        return grid.cell(row, column)


@pytest.fixture
def room(store: Store) -> Classroom:
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        habit_scale = create_scale(tx, "Habits", HABIT_LEVELS)
        math = add_framework(tx, "Grade 7 Mathematics")
        habits = add_framework(tx, "Habits of Work", kind="habits", scale_id=habit_scale.id)
        rp = add_target(tx, math, code="RP", statement="Ratios and proportional relationships")
        unit_rates = add_target(
            tx, math, code="7.RP.1", statement="Compute unit rates", parent=rp, position=0
        )
        percents = add_target(
            tx, math, code="7.RP.3", statement="Solve percent problems", parent=rp, position=1
        )
        perseverance = add_target(tx, habits, code="HW.1", statement="Perseverance")
        school_class = add_class(tx, "Math 7 — Period 2", scale_id=scale.id)
        align_target(tx, school_class, unit_rates, position=0)
        align_target(tx, school_class, percents, position=1, method="highest")
        align_target(tx, school_class, perseverance, position=100)
        ana = add_student(tx, "Ana Sofía", "García López", preferred_name="Ana")
        mateo = add_student(tx, "Mateo", "Hernández")
        enroll(tx, school_class, ana)
        enroll(tx, school_class, mateo)
        add_task(
            tx,
            "Unit rates in recipes",
            "2026-09-15",
            class_id=school_class.id,
            target_ids=[unit_rates.id],
        )
    return Classroom(
        store=store,
        class_id=school_class.id,
        ana=ana.id,
        mateo=mateo.id,
        unit_rates=unit_rates.id,
        percents=percents.id,
        perseverance=perseverance.id,
    )


# ----------------------------------------------------------------------------- statuses


def test_a_student_with_no_evidence_yet_shows_no_evidence(room):
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.status == "no_evidence"
    assert cell.estimate is None
    assert cell.level is None
    assert cell.evidence_count == 0
    assert cell.explanation == "No evidence yet"


def test_a_score_below_proficient_is_in_progress(room):
    room.record(room.ana, room.unit_rates, "2026-09-15", 2)
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.status == "in_progress"
    assert cell.estimate == 2
    assert cell.level.label == "Developing"


def test_a_score_of_3_is_proficient(room):
    room.record(room.ana, room.unit_rates, "2026-09-15", 3)
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.status == "proficient"
    assert cell.level.label == "Proficient"
    assert cell.short_text == "3 Proficient"


def test_one_students_evidence_does_not_show_up_in_anothers_cell(room):
    room.record(room.ana, room.unit_rates, "2026-09-15", 4)
    assert room.cell(room.mateo, room.unit_rates).status == "no_evidence"


def test_every_cell_has_one_of_the_four_statuses(room):
    room.record(room.ana, room.unit_rates, "2026-09-15", 3)
    room.not_yet(room.mateo, room.percents, "2026-09-20", 1)
    with room.store.read() as session:
        grid = class_grid(session, room.class_id)
    assert {c.status for row in grid.cells for c in row} <= set(STATUSES)


# ----------------------------------------------------------------------------- not yet


def test_an_open_not_yet_shows_not_yet_until_the_revision_comes_in(room):
    revision = room.not_yet(room.ana, room.unit_rates, "2026-09-15", 1)
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.status == "not_yet"
    assert cell.open_not_yet == 1

    with room.store.transaction() as tx:
        again = add_evidence(
            tx,
            EvidenceEntry(
                student_id=room.ana,
                target_id=room.unit_rates,
                produced_on="2026-09-22",
                level=3,
                class_id=room.class_id,
                revision_of=revision.evidence_id,
            ),
        )
        resolve_revision(tx, revision, again)

    cell = room.cell(room.ana, room.unit_rates)
    assert cell.status == "proficient"
    assert cell.estimate == 3
    assert cell.open_not_yet == 0
    assert cell.evidence_count == 2


def test_a_not_yet_needs_a_next_step(room):
    with pytest.raises(InvalidInputError), room.store.transaction() as tx:
        first = add_evidence(
            tx,
            EvidenceEntry(
                student_id=room.ana,
                target_id=room.unit_rates,
                produced_on="2026-09-15",
                level=1,
                not_yet=True,
            ),
        )
        open_revision(tx, first, "   ")
    assert room.cell(room.ana, room.unit_rates).status == "no_evidence"


# ----------------------------------------------------------------------------- methods


def test_under_latest_an_old_low_attempt_never_lowers_the_estimate(room):
    room.record(room.ana, room.unit_rates, "2026-09-08", 1)
    room.record(room.ana, room.unit_rates, "2026-10-06", 3)
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.method == "latest"
    assert cell.estimate == 3
    assert cell.status == "proficient"


def test_an_old_quiz_typed_in_late_still_counts_by_the_day_it_was_done(room):
    room.record(room.ana, room.unit_rates, "2026-10-06", 3)
    room.record(room.ana, room.unit_rates, "2026-09-08", 1)  # found in a pile on Friday
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.estimate == 3
    assert cell.evidence_count == 2


def test_the_explanation_says_in_words_how_the_estimate_was_reached(room):
    room.record(room.ana, room.unit_rates, "2026-09-08", 1)
    room.record(room.ana, room.unit_rates, "2026-10-06", 3)
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.explanation == "Most recent of 2 pieces of evidence: 3 — Proficient"


def test_a_target_can_use_its_own_method_instead_of_the_classs(room):
    room.record(room.ana, room.percents, "2026-09-08", 4)
    room.record(room.ana, room.percents, "2026-10-06", 2)
    cell = room.cell(room.ana, room.percents)
    assert cell.method == "highest"
    assert cell.estimate == 4
    assert cell.explanation.startswith("Highest of 2 pieces of evidence: 4")
    # ...while the class's other target keeps the class's method
    room.record(room.ana, room.unit_rates, "2026-09-08", 4)
    room.record(room.ana, room.unit_rates, "2026-10-06", 2)
    assert room.cell(room.ana, room.unit_rates).estimate == 2


# ----------------------------------------------------------------------------- corrections


def test_a_correction_replaces_the_score_it_corrects(room):
    typo = room.record(room.ana, room.percents, "2026-09-08", 4)  # meant to type 2
    room.record(room.ana, room.percents, "2026-09-08", 2, supersedes=typo.id)
    cell = room.cell(room.ana, room.percents)  # "highest": the 4 would win if it still counted
    assert cell.estimate == 2
    assert cell.evidence_count == 1


def test_retracted_evidence_no_longer_counts(room):
    wrong_student = room.record(room.ana, room.unit_rates, "2026-09-08", 4)
    room.record(
        room.ana, room.unit_rates, "2026-09-08", status="retracted", supersedes=wrong_student.id
    )
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.status == "no_evidence"
    assert cell.estimate is None
    assert cell.evidence_count == 0


def test_retracting_one_of_two_scores_leaves_the_other(room):
    keep = room.record(room.ana, room.percents, "2026-09-08", 2)
    mistake = room.record(room.ana, room.percents, "2026-09-09", 4)
    room.record(room.ana, room.percents, "2026-09-09", status="retracted", supersedes=mistake.id)
    cell = room.cell(room.ana, room.percents)
    assert cell.estimate == keep.level
    assert cell.evidence_count == 1


def test_missing_and_excused_work_are_noted_but_never_scored(room):
    room.record(room.ana, room.unit_rates, "2026-09-08", status="missing")
    room.record(room.ana, room.unit_rates, "2026-09-15", status="excused")
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.status == "no_evidence"
    assert cell.estimate is None
    assert (cell.missing, cell.excused, cell.evidence_count) == (1, 1, 0)

    room.record(room.ana, room.unit_rates, "2026-09-22", 3)
    room.record(room.ana, room.unit_rates, "2026-09-29", status="missing")
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.estimate == 3  # a missing assignment is not a zero
    assert cell.status == "proficient"
    assert (cell.missing, cell.excused, cell.evidence_count) == (2, 1, 1)


def test_scored_evidence_needs_a_level(room):
    with pytest.raises(InvalidInputError), room.store.transaction() as tx:
        add_evidence(
            tx,
            EvidenceEntry(student_id=room.ana, target_id=room.unit_rates, produced_on="2026-09-08"),
        )


# ----------------------------------------------------------------------------- overrides


def test_the_teachers_judgement_wins_and_says_why(room):
    room.record(room.ana, room.unit_rates, "2026-09-08", 2)
    with room.store.transaction() as tx:
        add_override(
            tx, room.ana, room.unit_rates, 3, "Showed it clearly in our conference", "2026-10-01"
        )
    cell = room.cell(room.ana, room.unit_rates)
    assert cell.overridden is True
    assert cell.estimate == 3
    assert cell.status == "proficient"
    assert cell.override_reason == "Showed it clearly in our conference"
    assert "Showed it clearly in our conference" in cell.explanation
    assert cell.evidence_count == 1  # the evidence is still there, and still counted


def test_an_override_needs_a_reason(room):
    with pytest.raises(InvalidInputError), room.store.transaction() as tx:
        add_override(tx, room.ana, room.unit_rates, 3, "  ", "2026-10-01")


def test_an_override_for_one_student_leaves_the_others_calculated(room):
    room.record(room.mateo, room.unit_rates, "2026-09-08", 2)
    with room.store.transaction() as tx:
        add_override(tx, room.ana, room.unit_rates, 4, "Portfolio", "2026-10-01")
    cell = room.cell(room.mateo, room.unit_rates)
    assert cell.overridden is False
    assert cell.estimate == 2


# ----------------------------------------------------------------------------- habits


def test_habits_of_work_stay_out_of_the_academic_grid(room):
    room.record(room.ana, room.perseverance, "2026-09-08", 4)
    with room.store.read() as session:
        grid = class_grid(session, room.class_id)
    assert [t.code for t in grid.targets] == ["7.RP.1", "7.RP.3"]


def test_habits_of_work_have_their_own_grid_with_their_own_words(room):
    room.record(room.ana, room.perseverance, "2026-09-08", 3)
    with room.store.read() as session:
        grid = class_grid(session, room.class_id, habits=True)
    assert grid.habits is True
    assert [t.code for t in grid.targets] == ["HW.1"]
    assert [lv.label for lv in grid.scale.levels] == [lv[1] for lv in HABIT_LEVELS]
    cell = room.cell(room.ana, room.perseverance, habits=True)
    assert cell.level.label == "Usually"
    assert cell.status == "proficient"


# ----------------------------------------------------------------------------- the grid


def test_the_grid_lists_students_by_family_name_with_their_preferred_names(room):
    with room.store.read() as session:
        grid = class_grid(session, room.class_id)
    assert [s.name for s in grid.students] == ["Ana García López", "Mateo Hernández"]
    assert grid.class_name == "Math 7 — Period 2"
    assert len(grid.cells) == 2 and all(len(row) == 2 for row in grid.cells)


def test_asking_for_a_class_that_does_not_exist_is_a_clear_error(store):
    with store.read() as session, pytest.raises(NotFoundError):
        class_grid(session, "no-such-class")


# ----------------------------------------------------------------------------- the side panel


def test_a_not_yet_planned_on_two_laptops_shows_once_in_the_history_with_both_plans(room):
    """The panel's timeline: each record once, oldest first, with every plan made for it
    (two laptops can each plan the revision of the same work), and the task it was on."""
    with room.store.read() as session:
        task = next(iter(session.exec(select(Task)))).id
    room.record(room.ana, room.unit_rates, "2026-09-15", 2, task_id=task)
    first = room.not_yet(room.ana, room.unit_rates, "2026-09-16", 1)
    with room.store.transaction() as tx:
        not_yet = tx.session.get(Evidence, first.evidence_id)
        second = open_revision(
            tx, not_yet, "Explain the unit rate in words.", support="small_group"
        )
    room.record(room.mateo, room.unit_rates, "2026-09-17", 4)  # another student's: not here
    with room.store.read() as session:
        scale = class_grid(session, room.class_id).scale
        history = cell_history(session, room.ana, room.unit_rates, scale)
    assert [(h.produced_on, h.task_title, h.level_label) for h in history] == [
        ("2026-09-15", "Unit rates in recipes", "Developing"),
        ("2026-09-16", "Outside a task", "Beginning"),
    ]
    assert history[0].plans == ()
    assert {(p.id, p.next_step, p.support) for p in history[1].plans} == {
        (first.id, "Redo problems 3-5 with a ratio table.", ""),
        (second.id, "Explain the unit rate in words.", "small_group"),
    }
    assert len(history[1].plans) == 2
