"""Insights: who needs attention, flexible groups, pace, and the students' own words.

Each story builds Ms. Rivera's small class by hand through the program's services, on
a fixed "today" (Friday 30 October 2026), then asks what the teacher would ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlmodel import select

from cbe_desktop.core import insights
from cbe_desktop.core.demo import find_demo_class
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import (
    EvidenceEntry,
    add_evidence,
    add_override,
    open_revision,
    override_estimate,
    retract_evidence,
)
from cbe_desktop.core.insights import (
    flexible_group,
    group_as_text,
    load_class_evidence,
    needs_attention,
    pace,
)
from cbe_desktop.core.models import Goal, SchoolClass
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale, create_scale
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target
from cbe_desktop.core.voice import (
    delete_voice,
    restore_voice,
    student_voice,
    write_goal,
    write_reflection,
)

TODAY = date(2026, 10, 30)
HABIT_LEVELS = [
    (1, "Rarely", "", False, "#F6C995"),
    (2, "Sometimes", "", False, "#F3E79B"),
    (3, "Usually", "", True, "#A6D4EE"),
    (4, "Consistently", "", True, "#7FB0DB"),
]


def days_ago(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


@dataclass
class Room:
    """Math 7: three students, two learning targets (one by "highest"), one habit."""

    store: Store
    class_id: str
    ana: str
    mateo: str
    lucia: str
    unit_rates: str  # 7.RP.1, the class default ("latest")
    percents: str  # 7.RP.3, "highest" in this class
    perseverance: str  # a habit of work

    def record(self, student: str, target: str, on: str, level: float | None, **kw) -> str:
        with self.store.transaction() as tx:
            return add_evidence(
                tx,
                EvidenceEntry(
                    student_id=student,
                    target_id=target,
                    produced_on=on,
                    level=level,
                    class_id=self.class_id,
                    **kw,
                ),
            ).id

    def not_yet(self, student: str, target: str, on: str, level: float) -> str:
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
            open_revision(tx, first, "Redo problems 3-5 with a ratio table.")
            return first.id

    def attention(self, weeks: int = 3) -> list[insights.Attention]:
        with self.store.read() as session:
            return needs_attention(
                session, self.class_id, weeks_without_evidence=weeks, today=TODAY
            )

    def group(self, target: str) -> list[insights.GroupMember]:
        with self.store.read() as session:
            return flexible_group(session, self.class_id, target)

    def pace(self) -> insights.PaceSeries:
        with self.store.read() as session:
            return pace(session, self.class_id, today=TODAY)


@pytest.fixture
def room(store: Store) -> Room:
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        habit_scale = create_scale(tx, "Habits", HABIT_LEVELS)
        math = add_framework(tx, "Grade 7 Mathematics")
        habits = add_framework(tx, "Habits of Work", kind="habits", scale_id=habit_scale.id)
        rp = add_target(tx, math, code="RP", statement="Ratios and proportional relationships")
        unit_rates = add_target(
            tx,
            math,
            code="7.RP.1",
            statement="Compute unit rates",
            i_can="I can find a unit rate.",
            parent=rp,
            position=0,
        )
        percents = add_target(
            tx, math, code="7.RP.3", statement="Solve percent problems", parent=rp, position=1
        )
        perseverance = add_target(tx, habits, code="HW.1", statement="Perseverance")
        school_class = add_class(tx, "Math 7 — Period 2", scale_id=scale.id, targets_per_week=0.5)
        align_target(tx, school_class, unit_rates, position=0)
        align_target(tx, school_class, percents, position=1, method="highest")
        align_target(tx, school_class, perseverance, position=100)
        ana = add_student(tx, "Ana Sofía", "García López", preferred_name="Ana")
        mateo = add_student(tx, "Mateo", "Hernández")
        lucia = add_student(tx, "Lucía", "Torres")
        for student in (ana, mateo, lucia):
            enroll(tx, school_class, student)
    return Room(
        store=store,
        class_id=school_class.id,
        ana=ana.id,
        mateo=mateo.id,
        lucia=lucia.id,
        unit_rates=unit_rates.id,
        percents=percents.id,
        perseverance=perseverance.id,
    )


def of_kind(found: list[insights.Attention], kind: str) -> list[insights.Attention]:
    return [a for a in found if a.kind == kind]


# ----------------------------------------------------------------------------- needs attention


def test_two_not_yet_on_one_target_are_flagged_and_one_is_not(room):
    room.not_yet(room.ana, room.unit_rates, days_ago(10), 1)
    room.not_yet(room.ana, room.unit_rates, days_ago(3), 2)
    room.not_yet(room.mateo, room.unit_rates, days_ago(3), 2)

    repeated = of_kind(room.attention(), "repeated_not_yet")

    assert [(a.student, a.target_code, a.count) for a in repeated] == [
        ("Ana García López", "7.RP.1", 2)
    ]
    assert repeated[0].reason == "2 'not yet' on 7.RP.1"


def test_a_withdrawn_not_yet_no_longer_counts(room):
    room.not_yet(room.ana, room.unit_rates, days_ago(10), 1)
    second = room.not_yet(room.ana, room.unit_rates, days_ago(3), 2)
    retract_evidence(room.store, second)

    assert of_kind(room.attention(), "repeated_not_yet") == []


def test_no_evidence_for_four_weeks_is_flagged_at_three_weeks_but_not_at_five(room):
    room.record(room.ana, room.unit_rates, days_ago(29), 2)
    room.record(room.mateo, room.unit_rates, days_ago(29), 1)
    room.record(room.mateo, room.unit_rates, days_ago(3), 2)  # recent: nothing to say

    at_three = of_kind(room.attention(weeks=3), "no_recent_evidence")
    ana = [a for a in at_three if a.student_id == room.ana]
    assert [(a.target_code, a.weeks, a.reason) for a in ana] == [
        ("7.RP.1", 4, "No evidence on 7.RP.1 for 4 weeks")
    ]
    assert not [a for a in at_three if a.student_id == room.mateo]
    assert not [a for a in room.attention(weeks=5) if a.student_id == room.ana]


def test_a_student_with_nothing_on_a_target_the_class_began_long_ago_is_named_kindly(room):
    room.record(room.ana, room.unit_rates, days_ago(29), 2)
    lucia = [
        a for a in of_kind(room.attention(), "no_recent_evidence") if a.student_id == room.lucia
    ]
    assert [a.reason for a in lucia] == [
        "No evidence yet on 7.RP.1, which the class began 4 weeks ago"
    ]
    # a target nobody has begun is nobody's worry
    assert all(a.target_id != room.percents for a in room.attention())


def test_a_proficient_student_needs_no_fresh_evidence(room):
    room.record(room.ana, room.unit_rates, days_ago(40), 3)
    assert not [a for a in room.attention() if a.student_id == room.ana]


def test_an_estimate_that_fell_says_from_what_to_what(room):
    room.record(room.mateo, room.unit_rates, days_ago(9), 3)
    room.record(room.mateo, room.unit_rates, days_ago(2), 2)

    fell = of_kind(room.attention(), "estimate_fell")

    assert [(a.student, a.estimate_before, a.estimate_now) for a in fell] == [
        ("Mateo Hernández", 3.0, 2.0)
    ]
    assert fell[0].reason == "Estimate on 7.RP.1 fell from 3 to 2"


def test_under_highest_a_lower_score_does_not_lower_the_estimate(room):
    room.record(room.mateo, room.percents, days_ago(9), 3)
    room.record(room.mateo, room.percents, days_ago(2), 2)
    assert of_kind(room.attention(), "estimate_fell") == []


def test_an_estimate_set_by_the_teacher_is_not_second_guessed(room):
    room.record(room.mateo, room.unit_rates, days_ago(9), 3)
    room.record(room.mateo, room.unit_rates, days_ago(2), 2)
    override_estimate(room.store, room.mateo, room.unit_rates, 3, "Explained it well in class")
    assert of_kind(room.attention(), "estimate_fell") == []


def test_habits_of_work_never_appear(room):
    room.not_yet(room.ana, room.perseverance, days_ago(60), 1)
    room.not_yet(room.ana, room.perseverance, days_ago(50), 1)
    room.record(room.mateo, room.perseverance, days_ago(50), 4)
    room.record(room.mateo, room.perseverance, days_ago(45), 1)

    assert all(a.target_id != room.perseverance for a in room.attention(weeks=1))
    with pytest.raises(NotFoundError):
        room.group(room.perseverance)
    assert room.pace().target_count == 2


# ----------------------------------------------------------------------------- groups


def test_the_flexible_group_holds_exactly_the_students_not_yet_proficient(room):
    room.record(room.ana, room.unit_rates, days_ago(5), 3)  # proficient: not in the group
    room.record(room.mateo, room.unit_rates, days_ago(5), 2)
    room.not_yet(room.lucia, room.unit_rates, days_ago(4), 1)

    members = room.group(room.unit_rates)

    assert [(m.name, m.status) for m in members] == [
        ("Mateo Hernández", "in_progress"),
        ("Lucía Torres", "not_yet"),
    ]
    assert group_as_text(members, "7.RP.1") == (
        "7.RP.1 — not yet proficient (2):\n"
        "Mateo Hernández — 2 Developing\n"
        "Lucía Torres — Not yet, revision open (1 Beginning)"
    )


def test_a_student_without_evidence_is_in_the_group_and_says_so(room):
    members = room.group(room.percents)
    assert {m.student_id for m in members} == {room.ana, room.mateo, room.lucia}
    assert {m.status_words for m in members} == {"No evidence yet"}


# ----------------------------------------------------------------------------- pace


def test_pace_counts_never_go_down_under_highest(store: Store):
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        fw = add_framework(tx, "Science")
        targets = [
            add_target(tx, fw, code=f"S.{n}", statement=f"Target {n}", position=n) for n in range(3)
        ]
        school_class = add_class(tx, "Science 7", scale_id=scale.id, method="highest")
        for n, target in enumerate(targets):
            align_target(tx, school_class, target, position=n)
        students = [add_student(tx, name, "Example") for name in ("Ana", "Ben", "Cruz")]
        for student in students:
            enroll(tx, school_class, student)
        ups_and_downs = [1, 3, 2, 4, 1, 2, 3, 1]
        for s, student in enumerate(students):
            for n, target in enumerate(targets):
                for week, level in enumerate(ups_and_downs[s + n :]):
                    add_evidence(
                        tx,
                        EvidenceEntry(
                            student_id=student.id,
                            target_id=target.id,
                            produced_on=(date(2026, 9, 7) + timedelta(weeks=week)).isoformat(),
                            level=level,
                        ),
                    )
    with store.read() as session:
        series = pace(session, school_class.id, today=TODAY)
    assert series.weeks == 8  # Monday 7 September to the week of Friday 30 October
    assert series.planned is None  # this class has no plan
    for student in series.students:
        assert list(student.counts) == sorted(student.counts), student.name
    assert any(s.counts[-1] > s.counts[0] for s in series.students)
    assert "no plan set" in series.summary()


def test_the_plan_line_is_targets_per_week_times_the_week(room):
    room.record(room.ana, room.unit_rates, "2026-10-06", 3)  # a Tuesday: week 1
    room.record(room.mateo, room.unit_rates, "2026-10-20", 2)
    room.record(room.mateo, room.percents, "2026-10-21", 4)

    series = room.pace()

    assert series.week_ends[0] == date(2026, 10, 11)
    assert series.weeks == 4  # to the week of Friday 30 October
    assert series.planned == pytest.approx([0.5 * week for week in range(1, 5)])
    by_name = {s.name: s.counts for s in series.students}
    assert by_name["Ana García López"] == (1, 1, 1, 1)
    assert by_name["Mateo Hernández"] == (0, 0, 1, 1)
    assert by_name["Lucía Torres"] == (0, 0, 0, 0)
    assert series.median == (0, 0, 1, 1)
    assert series.summary(3, room.mateo) == (
        "Week 3 (from 19 Oct): median 1 of 2 targets proficient, plan 1.5, Mateo Hernández 1."
    )


def test_the_plan_stops_at_the_number_of_targets(room):
    with room.store.transaction() as tx:
        school_class = tx.session.get(SchoolClass, room.class_id)
        school_class.targets_per_week = 1.0
        tx.touch(school_class)
    room.record(room.ana, room.unit_rates, "2026-10-06", 3)
    assert room.pace().planned == (1, 2, 2, 2)


def test_an_override_counts_from_its_date(room):
    room.record(room.lucia, room.unit_rates, "2026-10-06", 2)
    with room.store.transaction() as tx:
        add_override(tx, room.lucia, room.unit_rates, 3, "Showed it in conference", "2026-10-21")
    lucia = room.pace().student(room.lucia)
    assert lucia is not None
    assert lucia.counts == (0, 0, 1, 1)  # from week 3, when the teacher decided


def test_a_class_without_evidence_has_no_weeks(room):
    series = room.pace()
    assert series.weeks == 0
    assert series.summary() == "No evidence yet in this class, so there is no pace to show."


# ----------------------------------------------------------------------------- the demo


def test_the_demo_class_has_sentences_a_teacher_can_read(demo_store):
    with demo_store.read() as session:
        math_id = session.exec(
            select(SchoolClass.id).where(SchoolClass.id == find_demo_class(session, "math").id)
        ).one()
        data = load_class_evidence(session, math_id)
        found = needs_attention(session, math_id, data=data)
        series = pace(session, math_id, data=data)
    habit_codes = {"HW.1", "HW.2", "HW.3", "HW.4"}
    assert {a.kind for a in found} >= {"no_recent_evidence", "estimate_fell"}
    assert not {a.target_code for a in found} & habit_codes
    shapes = {
        "repeated_not_yet": r"\d+ 'not yet' on \S+",
        "no_recent_evidence": r"No evidence (on \S+ for \d+ weeks?|yet on \S+, which .*)",
        "estimate_fell": r"Estimate on \S+ fell from [\d.]+ to [\d.]+",
    }
    for a in found:
        assert re.fullmatch(shapes[a.kind], a.reason), a.reason
    assert series.target_count == 12
    assert series.planned is not None
    assert series.planned == pytest.approx([min(12, 1.5 * w) for w in range(1, series.weeks + 1)])
    assert len(series.students) == 28


# ----------------------------------------------------------------------------- student voice


def test_goals_and_reflections_are_listed_newest_first_with_their_author(room):
    write_goal(
        room.store,
        room.ana,
        "I will check my units every time.",
        class_id=room.class_id,
        author="student",
        on="2026-10-01",
    )
    write_reflection(
        room.store,
        room.ana,
        "Ana used the feedback on her quiz well.",
        class_id=room.class_id,
        author="teacher",
        on="2026-10-20",
    )
    with room.store.read() as session:
        items = student_voice(session, room.ana)
    assert [(i.kind, i.written_on, i.author_words) for i in items] == [
        ("reflection", "2026-10-20", "written by the teacher"),
        ("goal", "2026-10-01", "written by the student"),
    ]


def test_a_deleted_goal_leaves_the_list_and_comes_back_on_undo(room):
    goal_id, changes = write_goal(
        room.store,
        room.mateo,
        "  I will ask for help in flex time.  ",
        class_id=None,
        author="student",
    )
    assert changes.students == {room.mateo}
    delete_voice(room.store, "goal", goal_id)
    with room.store.read() as session:
        assert student_voice(session, room.mateo) == []
        assert session.get(Goal, goal_id).deleted_hlc is not None  # a tombstone, not a delete
    restore_voice(room.store, "goal", goal_id)
    with room.store.read() as session:
        (item,) = student_voice(session, room.mateo)
    assert (item.id, item.text, item.written_on) == (
        goal_id,
        "I will ask for help in flex time.",
        date.today().isoformat(),
    )


def test_voice_is_shown_for_its_class_and_for_no_class(room):
    write_goal(room.store, room.ana, "Math goal", class_id=room.class_id, author="student")
    write_goal(room.store, room.ana, "Any class", class_id=None, author="student")
    write_goal(room.store, room.ana, "Science goal", class_id="another", author="student")
    with room.store.read() as session:
        texts = {i.text for i in student_voice(session, room.ana, class_id=room.class_id)}
    assert texts == {"Math goal", "Any class"}


def test_an_empty_goal_or_an_unknown_author_is_refused(room):
    with pytest.raises(InvalidInputError):
        write_goal(room.store, room.ana, "   ", class_id=None, author="student")
    with pytest.raises(InvalidInputError):
        write_reflection(room.store, room.ana, "Fine", class_id=None, author="parent")
    with pytest.raises(InvalidInputError):
        delete_voice(room.store, "diary", "x")
    with pytest.raises(NotFoundError):
        restore_voice(room.store, "goal", "no-such-goal")


def test_a_fall_that_stays_proficient_is_not_flagged(store):
    from datetime import date as _date

    from cbe_desktop.core import evidence as ev
    from cbe_desktop.core.insights import needs_attention
    from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
    from cbe_desktop.core.scales import create_default_scale
    from cbe_desktop.core.targets import add_framework, add_target

    with store.transaction() as tx:
        scale = create_default_scale(tx)
        fw = add_framework(tx, "Math")
        comp = add_target(tx, fw, code="RP", statement="Ratios")
        t1 = add_target(tx, fw, code="T1", statement="One", parent=comp)
        t2 = add_target(tx, fw, code="T2", statement="Two", parent=comp)
        cls = add_class(tx, "Math 7", scale_id=scale.id)
        ana = add_student(tx, "Ana", "García")
        enroll(tx, cls, ana)
        align_target(tx, cls, t1, position=0)
        align_target(tx, cls, t2, position=1)
        ids = (cls.id, ana.id, t1.id, t2.id)
    class_id, student_id, t1_id, t2_id = ids
    today = _date(2026, 11, 20)
    for target_id, levels in ((t1_id, (4, 3)), (t2_id, (3, 2))):
        for day, level in zip((10, 17), levels, strict=True):
            ev.record_evidence(
                store,
                ev.EvidenceEntry(
                    student_id=student_id,
                    target_id=target_id,
                    produced_on=_date(2026, 11, day),
                    level=level,
                    class_id=class_id,
                ),
            )
    with store.read() as session:
        fell = [
            a for a in needs_attention(session, class_id, today=today) if a.kind == "estimate_fell"
        ]
    assert [a.target_code for a in fell] == ["T2"]
