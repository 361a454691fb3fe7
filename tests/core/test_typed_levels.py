"""A level typed in the gradebook is checked against the scale its target is scored with.

The keystroke's check reads that scale in one query: the habits' own scale for a habit of
work, the class's scale for a learning target, and the store's default scale when the
class's scale was deleted. A refused level leaves the store unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlmodel import func, select

from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.evidence import EvidenceEntry, add_evidence, record_evidence
from cbe_desktop.core.models import Evidence, Scale
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale, create_scale, load_scale
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 9, 20)
FIVE_LEVELS = [(v, f"Level {v}", "", v >= 3, "#FFFFFF") for v in (1, 2, 3, 4, 5)]
HABIT_LEVELS = [(v, f"Habit {v}", "", v >= 2, "#FFFFFF") for v in (1, 2, 3)]


@pytest.fixture
def room(store: Store) -> dict[str, str]:
    """A class on a five-level scale (the store's default has four), one learning target,
    one habit of work on a three-level scale, one student."""
    with store.transaction() as tx:
        default = create_default_scale(tx)
        five = create_scale(tx, "Five levels", FIVE_LEVELS)
        habit_scale = create_scale(tx, "Habits", HABIT_LEVELS)
        math = add_framework(tx, "Grade 7 Mathematics")
        habits = add_framework(tx, "Habits of Work", kind="habits", scale_id=habit_scale.id)
        target = add_target(tx, math, code="7.RP.1", statement="Compute unit rates")
        habit = add_target(tx, habits, code="HW.1", statement="Perseverance")
        school_class = add_class(tx, "Math 7", scale_id=five.id)
        align_target(tx, school_class, target, position=0)
        align_target(tx, school_class, habit, position=100)
        ana = add_student(tx, "Ana", "García")
        enroll(tx, school_class, ana)
    return {
        "class": school_class.id,
        "target": target.id,
        "habit": habit.id,
        "ana": ana.id,
        "five": five.id,
        "default": default.id,
    }


def _type(store: Store, room: dict[str, str], target: str, level: float) -> None:
    entry = EvidenceEntry(
        student_id=room["ana"],
        target_id=room[target],
        produced_on=TODAY,
        level=level,
        class_id=room["class"],
    )
    record_evidence(store, entry, today=TODAY)


def _evidence_count(store: Store) -> int:
    with store.read() as session:
        return session.exec(select(func.count()).select_from(Evidence)).one()


def test_a_target_takes_the_levels_of_its_classs_scale_and_refuses_the_others(store, room):
    _type(store, room, "target", 5)  # the class's scale has a 5
    with pytest.raises(
        CbeError, match=r"^6 is not a level of the scale \(1, 2, 3, 4, 5\); choose one of those\.$"
    ):
        _type(store, room, "target", 6)
    assert _evidence_count(store) == 1


def test_a_habit_takes_the_levels_of_the_habits_scale_not_the_classs(store, room):
    _type(store, room, "habit", 3)
    with pytest.raises(CbeError, match=r"^5 is not a level of the scale \(1, 2, 3\); choose"):
        _type(store, room, "habit", 5)  # on the class's scale, not on the habits'
    assert _evidence_count(store) == 1


def test_a_class_whose_scale_was_deleted_is_checked_against_the_default_scale(store, room):
    with store.transaction() as tx:
        tx.tombstone(tx.session.get(Scale, room["five"]))
    with store.read() as session:
        default = [lv.value for lv in load_scale(session, None).levels]  # the oldest live one
    assert 5 not in default  # (the default scale, or the habits': neither has a 5)
    _type(store, room, "target", max(default))
    listed = ", ".join(f"{v:g}" for v in default)
    with pytest.raises(CbeError, match=rf"^5 is not a level of the scale \({listed}\); choose"):
        _type(store, room, "target", 5)
    assert _evidence_count(store) == 1


def _stored(store: Store, evidence_id: str) -> dict:
    with store.read() as session:
        row = session.execute(
            text("SELECT * FROM evidence WHERE id = :id"), {"id": evidence_id}
        ).one()
    return dict(row._mapping)


@pytest.mark.parametrize(
    "kind",
    [
        {"level": 4, "feedback": "Clear units", "attachment_ids": ["a1", "a2"]},
        {"level": None, "status": "missing", "not_yet": True, "task_id": None},
    ],
    ids=["scored", "missing"],
)
def test_a_typed_level_is_stored_as_the_same_row_a_full_evidence_entry_makes(store, room, kind):
    """The keystroke writes its row in one statement; every column (the stamps, the
    attachments' list, the flags, the empty ones) is what the ORM writes for the same
    entry, and the clock's last stamp is kept in the store, so the row syncs as any other."""
    entry = EvidenceEntry(
        student_id=room["ana"],
        target_id=room["target"],
        produced_on=TODAY,
        class_id=room["class"],
        evidence_type="quiz",
        **kind,
    )
    typed = record_evidence(store, entry, today=TODAY).evidence_id
    with store.transaction() as tx:
        written = add_evidence(tx, entry).id
    fast, orm = _stored(store, typed), _stored(store, written)
    assert set(fast) == set(orm)
    stamps = {"id", "hlc", "seen_hlc"}
    assert {k: v for k, v in fast.items() if k not in stamps} == {
        k: v for k, v in orm.items() if k not in stamps
    }
    assert fast["hlc"] == fast["seen_hlc"] and fast["hlc"] < orm["hlc"]
    assert fast["origin"] == store.clock.replica and fast["base_hlc"] is None
    assert fast["deleted_hlc"] is None
    assert bool(fast["not_yet"]) == entry.not_yet
    with store.read() as session:
        kept = session.execute(text("SELECT last_hlc FROM replica WHERE id = 'self'")).scalar()
    assert kept == orm["hlc"] == store.clock.last
    # (and what the keystroke writes comes out of a change listing like any row)
    with store.read() as session:
        since = session.execute(
            text("SELECT id FROM evidence WHERE seen_hlc >= :h ORDER BY seen_hlc"),
            {"h": fast["hlc"]},
        ).scalars()
        assert list(since) == [typed, written]
