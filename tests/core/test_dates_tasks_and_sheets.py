"""Rules the window asks of core when a teacher records evidence (issue 13).

Ms. Rivera teaches Math 7 (Ana and Mateo) two targets, 7.RP.1 and 7.RP.3. "Quiz 3" covers
only 7.RP.1. Each test plays one moment of her week through the store-level calls the
window makes, and checks what she is told and what the store holds afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlmodel import select

from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.evidence import (
    EvidenceEntry,
    SheetScore,
    create_task,
    level_shown,
    mark_not_yet,
    place_evidence,
    record_evidence,
    record_many,
    record_revision,
    record_task_sheet,
    retract_evidence,
    retract_many,
    standing_ids,
    task_scores,
)
from cbe_desktop.core.models import Evidence, Task
from cbe_desktop.core.roster import (
    add_class,
    add_student,
    align_target,
    class_evidence_count,
    enroll,
    unenroll_student,
)
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target

TODAY = date(2026, 11, 20)
QUIZ_DAY = "2026-11-18"


@dataclass
class Room:
    store: Store
    math: str
    science: str
    ana: str
    mateo: str
    unit_rates: str  # 7.RP.1, on Quiz 3
    percents: str  # 7.RP.3, not on Quiz 3
    quiz: str

    def task(self) -> Task:
        with self.store.read() as session:
            return session.get(Task, self.quiz)

    def rows(self) -> list[Evidence]:
        with self.store.read() as session:
            return list(session.exec(select(Evidence)))

    def standing(self) -> list[Evidence]:
        rows = self.rows()
        keep = standing_ids((r.id, r.supersedes) for r in rows)
        return [r for r in rows if r.id in keep and r.status != "retracted"]


@pytest.fixture
def room(store: Store) -> Room:
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        framework = add_framework(tx, "Grade 7 Mathematics")
        rp = add_target(tx, framework, code="RP", statement="Ratios")
        unit_rates = add_target(tx, framework, code="7.RP.1", statement="Unit rates", parent=rp)
        percents = add_target(tx, framework, code="7.RP.3", statement="Percents", parent=rp)
        math = add_class(tx, "Math 7 — Period 2", scale_id=scale.id)
        science = add_class(tx, "Science 7", scale_id=scale.id)
        align_target(tx, math, unit_rates, position=0)
        align_target(tx, math, percents, position=1)
        ana = add_student(tx, "Ana Sofía", "García López", preferred_name="Ana")
        mateo = add_student(tx, "Mateo", "Hernández")
        enroll(tx, math, ana)
        enroll(tx, math, mateo)
        enroll(tx, science, ana)
    quiz, _ = create_task(store, math.id, "Quiz 3", QUIZ_DAY, target_ids=[unit_rates.id])
    return Room(store, math.id, science.id, ana.id, mateo.id, unit_rates.id, percents.id, quiz)


# ----- a date after today is refused in words, never moved -------------------------------


def test_evidence_dated_after_today_is_refused_with_the_date_and_nothing_is_written(room):
    tomorrow = TODAY + timedelta(days=1)
    entry = EvidenceEntry(room.ana, room.unit_rates, tomorrow, level=3, class_id=room.math)
    with pytest.raises(InvalidInputError) as refused:
        record_evidence(room.store, entry, today=TODAY)
    assert str(refused.value) == (
        "2026-11-21 is after today; evidence is dated the day the work was done, "
        "so choose that day."
    )
    with pytest.raises(InvalidInputError):
        mark_not_yet(room.store, entry, "Redo problem 4.", today=TODAY)
    with pytest.raises(InvalidInputError):
        record_many(room.store, [entry], today=TODAY)
    assert room.rows() == []
    # today itself is fine: the work was done today
    record_evidence(
        room.store,
        EvidenceEntry(room.ana, room.unit_rates, TODAY, level=3, class_id=room.math),
        today=TODAY,
    )
    assert [r.produced_on for r in room.rows()] == ["2026-11-20"]


def test_a_task_planned_for_next_week_names_the_task_and_says_to_change_its_date(room):
    planned, _ = create_task(
        room.store, room.math, "Unit test", "2026-11-27", target_ids=[room.unit_rates]
    )
    entry = EvidenceEntry(
        room.ana, room.unit_rates, "2026-11-27", level=3, class_id=room.math, task_id=planned
    )
    with pytest.raises(InvalidInputError) as refused:
        record_evidence(room.store, entry, today=TODAY)
    assert str(refused.value) == (
        "The task “Unit test” is dated 2026-11-27, after today; change the task's date to the "
        "day the work was done, then record it."
    )
    assert room.rows() == []


def test_a_revision_dated_after_today_is_refused_and_the_plan_stays_open(room):
    first = mark_not_yet(
        room.store,
        EvidenceEntry(room.ana, room.unit_rates, QUIZ_DAY, level=1, class_id=room.math),
        "Redo problem 4.",
        today=TODAY,
    )
    with pytest.raises(InvalidInputError, match="after today"):
        record_revision(
            room.store, first.revision_id, level=3, produced_on="2026-11-30", today=TODAY
        )
    assert len(room.rows()) == 1


def test_withdrawing_evidence_a_wrong_clock_dated_in_the_future_still_works(room):
    future = record_evidence(
        room.store,
        EvidenceEntry(room.ana, room.unit_rates, "2026-11-25", level=2, class_id=room.math),
        today=date(2026, 11, 25),  # a laptop whose clock ran ahead
    )
    retract_evidence(room.store, future.evidence_id)
    assert room.standing() == []


# ----- a level in a column the task does not cover -------------------------------------------


def test_a_target_the_task_covers_goes_on_the_task_with_its_date_and_no_note(room):
    placement = place_evidence(room.task(), room.unit_rates, "7.RP.1", today=TODAY)
    assert (placement.task_id, placement.produced_on, placement.note) == (
        room.quiz,
        date(2026, 11, 18),
        "",
    )


def test_a_target_the_task_does_not_cover_goes_outside_the_task_today_and_says_so(room):
    placement = place_evidence(room.task(), room.percents, "7.RP.3", today=TODAY)
    assert (placement.task_id, placement.produced_on) == (None, TODAY)
    assert placement.note == (
        "“Quiz 3” does not cover 7.RP.3, so this was recorded outside the task, dated today; "
        "add 7.RP.3 to the task (Edit…) to record it there."
    )
    assert place_evidence(None, room.percents, "7.RP.3", today=TODAY).note == ""


# ----- the level a "not yet" starts from ------------------------------------------------------


def test_not_yet_starts_from_the_level_the_same_work_showed(room):
    assert level_shown_now(room) is None  # nothing typed yet: the window asks
    record_evidence(
        room.store,
        EvidenceEntry(
            room.ana, room.unit_rates, QUIZ_DAY, level=2, class_id=room.math, task_id=room.quiz
        ),
        today=TODAY,
    )
    assert level_shown_now(room) == 2
    # evidence outside the task, or on another day, is other work
    record_evidence(
        room.store,
        EvidenceEntry(room.ana, room.unit_rates, "2026-11-19", level=4, class_id=room.math),
        today=TODAY,
    )
    assert level_shown_now(room) == 2


def level_shown_now(room: Room) -> float | None:
    with room.store.read() as session:
        return level_shown(session, room.ana, room.unit_rates, room.quiz, QUIZ_DAY)


# ----- the whole-class sheet of a task --------------------------------------------------------


def _scores(room: Room) -> dict[tuple[str, str], tuple[str, float | None, str]]:
    with room.store.read() as session:
        return {
            k: (r.status, r.level, r.feedback) for k, r in task_scores(session, room.quiz).items()
        }


def test_the_sheet_opens_with_the_scores_already_on_the_task(room):
    first = record_task_sheet(
        room.store,
        room.quiz,
        room.math,
        [
            SheetScore(room.ana, room.unit_rates, "scored", 3, "Clear table."),
            SheetScore(room.mateo, room.unit_rates, "missing"),
        ],
        today=TODAY,
    )
    assert (first.recorded, first.corrected, first.withdrawn) == (2, 0, 0)
    assert _scores(room) == {
        (room.ana, room.unit_rates): ("scored", 3.0, "Clear table."),
        (room.mateo, room.unit_rates): ("missing", None, ""),
    }
    # evidence on another task or outside a task is not on this sheet
    record_evidence(
        room.store,
        EvidenceEntry(room.ana, room.percents, "2026-11-19", level=2, class_id=room.math),
        today=TODAY,
    )
    assert len(_scores(room)) == 2


def test_a_changed_score_is_a_correction_an_unchanged_one_writes_nothing_a_cleared_one_is_withdrawn(
    room,
):
    record_task_sheet(
        room.store,
        room.quiz,
        room.math,
        [
            SheetScore(room.ana, room.unit_rates, "scored", 2, "Check the units."),
            SheetScore(room.mateo, room.unit_rates, "scored", 3),
        ],
        today=TODAY,
    )
    before = {(r.student_id, r.target_id): r for r in room.standing()}
    saved = record_task_sheet(
        room.store,
        room.quiz,
        room.math,
        [
            SheetScore(room.ana, room.unit_rates, "scored", 3, "Check the units."),  # corrected
            SheetScore(room.mateo, room.unit_rates, "scored", 3),  # the same: nothing written
        ],
        withdraw=[],
        today=TODAY,
    )
    assert (saved.recorded, saved.corrected, saved.withdrawn) == (0, 1, 0)
    ana = next(r for r in room.standing() if r.student_id == room.ana)
    old = before[(room.ana, room.unit_rates)]
    assert ana.supersedes == old.id  # a correction that supersedes, never an edit
    assert (ana.level, ana.produced_on, ana.task_id, ana.feedback) == (
        3.0,
        QUIZ_DAY,
        room.quiz,
        "Check the units.",
    )
    assert len(room.rows()) == 3  # the old row is kept

    cleared = record_task_sheet(
        room.store, room.quiz, room.math, [], withdraw=[(room.mateo, room.unit_rates)], today=TODAY
    )
    assert cleared.withdrawn == 1
    assert {r.student_id for r in room.standing()} == {room.ana}

    # one undo withdraws what the save wrote: the 2 comes back for Ana, Mateo's 3 too
    retract_many(room.store, list(saved.written) + list(cleared.written))
    assert _scores(room) == {
        (room.ana, room.unit_rates): ("scored", 2.0, "Check the units."),
        (room.mateo, room.unit_rates): ("scored", 3.0, ""),
    }


def test_a_not_yet_on_the_task_cannot_be_retyped_in_the_sheet_and_nothing_is_written(room):
    mark_not_yet(
        room.store,
        EvidenceEntry(
            room.ana, room.unit_rates, QUIZ_DAY, level=1, class_id=room.math, task_id=room.quiz
        ),
        "Redo problem 4.",
        today=TODAY,
    )
    before = len(room.rows())
    with pytest.raises(InvalidInputError, match="cannot be changed in the whole-class sheet"):
        record_task_sheet(
            room.store,
            room.quiz,
            room.math,
            [
                SheetScore(room.mateo, room.unit_rates, "scored", 3),
                SheetScore(room.ana, room.unit_rates, "scored", 3),
            ],
            today=TODAY,
        )
    assert len(room.rows()) == before  # not even Mateo's new score: one transaction


def test_a_sheet_for_a_task_dated_after_today_is_refused_whole(room):
    planned, _ = create_task(
        room.store, room.math, "Unit test", "2026-11-27", target_ids=[room.unit_rates]
    )
    with pytest.raises(InvalidInputError, match="“Unit test” is dated 2026-11-27"):
        record_task_sheet(
            room.store,
            planned,
            room.math,
            [SheetScore(room.ana, room.unit_rates, "scored", 3)],
            today=TODAY,
        )
    assert room.rows() == []


# ----- removing a student from a class keeps their evidence -------------------------------------


def test_the_evidence_kept_when_a_student_leaves_a_class_is_counted_in_that_class_only(room):
    for level in (2, 3):
        record_evidence(
            room.store,
            EvidenceEntry(room.ana, room.unit_rates, QUIZ_DAY, level=level, class_id=room.math),
            today=TODAY,
        )
    withdrawn = record_evidence(
        room.store,
        EvidenceEntry(room.ana, room.percents, QUIZ_DAY, level=1, class_id=room.math),
        today=TODAY,
    )
    retract_evidence(room.store, withdrawn.evidence_id)
    record_evidence(
        room.store,
        EvidenceEntry(room.ana, room.unit_rates, QUIZ_DAY, level=4, class_id=room.science),
        today=TODAY,
    )
    with room.store.read() as session:
        assert class_evidence_count(session, room.math, room.ana) == 2
        assert class_evidence_count(session, room.math, room.mateo) == 0
    unenroll_student(room.store, room.math, room.ana)
    assert len(room.standing()) == 3  # removing her from the class deletes nothing
