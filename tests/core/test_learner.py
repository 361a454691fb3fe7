"""One learner across classes and years, told as Ms. Rivera meets it: Ana moves from
Math 7 to Math 8 next year, Lucía was typed in by hand in science before the school's
roster came, and the school decides whether last year's evidence counts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import func, select

from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.learner import (
    learner_id,
    learner_ids,
    learner_of,
    learner_record,
    merge_students,
    unmerge_students,
)
from cbe_desktop.core.models import Student
from cbe_desktop.core.roster import add_student
from cbe_desktop.core.settings import save_settings
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store
from cbe_desktop.interop.csv_roster import parse_roster_csv
from cbe_desktop.services.importing import apply_roster_import
from school_year import SchoolYear, years


@pytest.fixture
def year(tmp_path) -> Iterator[SchoolYear]:
    yield from years(tmp_path)


def _target(record, code):
    return next(t for c in record.competencies for t in c.targets if t.code == code)


def test_next_years_roster_finds_ana_by_her_student_number_and_adds_no_second_ana(year):
    roster = "first name,last name,student number\nAna,García,1001\nNoah,Kim,1004\n".encode()
    parsed = parse_roster_csv(roster, "math8.csv", class_name="Math 8")
    apply_roster_import(year.store, parsed)
    with year.store.read() as session:
        anas = session.exec(select(func.count()).where(Student.given_name == "Ana")).one()
        record = learner_record(session, year.ana)
    assert anas == 1
    assert [c.label for c in record.classes] == ["Math 7 (2026-27 Fall)", "Math 8 (2027-28 Fall)"]


def test_a_target_from_the_same_case_item_is_one_target_across_two_years(year):
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 3)
    year.score(year.ana, year.rp1_again, year.math8, "2027-09-20", 4)
    with year.store.read() as session:
        record = learner_record(session, year.ana)
    unit_rates = [t for c in record.competencies for t in c.targets if t.code == "7.RP.1"]
    assert len(unit_rates) == 1
    assert [p.class_label for p in unit_rates[0].pieces] == [
        "Math 7 (2026-27 Fall)",
        "Math 8 (2027-28 Fall)",
    ]


def test_two_records_the_teacher_merges_are_one_learner_and_undo_parts_them_again(year):
    year.score(year.lucia_typed, year.matter, year.science, "2026-10-05", 3)
    year.score(year.lucia, year.rp1, year.math7, "2026-10-06", 2)
    before = live_counts_of(year.store)
    merge_students(year.store, year.lucia, year.lucia_typed)
    with year.store.read() as session:
        assert set(learner_ids(session, year.lucia_typed)) == {year.lucia, year.lucia_typed}
        record = learner_record(session, year.lucia_typed)
    assert record.name == "Lucía Díaz"
    assert record.merged_names == ["Lucia Diaz"]
    assert {t.code for c in record.competencies for t in c.targets} >= {"MS-PS1-1", "7.RP.1"}
    assert live_counts_of(year.store) == before  # a merge deletes and adds nothing

    unmerge_students(year.store, year.lucia_typed)
    with year.store.read() as session:
        assert learner_ids(session, year.lucia_typed) == [year.lucia_typed]
        assert learner_of(session, year.lucia_typed).id == year.lucia_typed
        record = learner_record(session, year.lucia)
    assert "MS-PS1-1" not in {t.code for c in record.competencies for t in c.targets}


def test_two_students_with_different_sis_identifiers_are_never_merged(year):
    with year.store.read() as session:
        before = session.get(Student, year.lucia).model_dump()
    with pytest.raises(InvalidInputError, match=r"different identifiers .* nothing was merged"):
        merge_students(year.store, year.ana, year.lucia)
    with year.store.read() as session:
        assert session.get(Student, year.lucia).model_dump() == before
        assert learner_ids(session, year.ana) == [year.ana]


def test_a_student_cannot_be_merged_with_herself(year):
    with pytest.raises(InvalidInputError, match="already one learner"):
        merge_students(year.store, year.ana, year.ana)


def test_last_years_evidence_is_shown_but_not_counted_when_the_school_says_so(year):
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 4)
    year.score(year.ana, year.rp1_again, year.math8, "2027-09-20", 2)
    save_settings(year.store, {"earlier_evidence": "this_class"})
    with year.store.read() as session:
        unit_rates = _target(learner_record(session, year.ana), "7.RP.1")
    assert (unit_rates.status, unit_rates.estimate) == ("in_progress", 2.0)
    assert "1 from earlier classes or years shown, not counted" in unit_rates.explanation
    assert len(unit_rates.pieces) == 2


def test_proficient_stays_proficient_keeps_last_years_proficiency_and_says_since_when(year):
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 2)
    year.score(year.ana, year.rp1, year.math7, "2026-11-12", 3)
    year.score(year.ana, year.rp1_again, year.math8, "2027-09-20", 2)
    save_settings(year.store, {"earlier_evidence": "proficient_stays"})
    with year.store.read() as session:
        record = learner_record(session, year.ana)
    unit_rates = _target(record, "7.RP.1")
    assert (unit_rates.status, unit_rates.estimate) == ("proficient", 3.0)
    assert unit_rates.reached_on == "2026-11-12"
    assert unit_rates.explanation.startswith(
        "Proficient since 2026-11-12 in Math 7 (2026-27 Fall); proficient stays proficient"
    )
    assert record.rule_words == "a target reached in an earlier class stays proficient"


def test_all_evidence_counts_last_years_scores_in_the_order_they_were_produced(year):
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 4)
    year.score(year.ana, year.rp1_again, year.math8, "2027-09-20", 2)
    save_settings(year.store, {"earlier_evidence": "all_evidence"})
    with year.store.read() as session:
        unit_rates = _target(learner_record(session, year.ana), "7.RP.1")
    # "latest" (the class's method) of both years: the newest, 2.
    assert unit_rates.estimate == 2.0
    assert "1 from earlier classes or years count too" in unit_rates.explanation


def test_the_record_lists_open_not_yet_with_its_next_step(year):
    year.not_yet(year.mateo, year.rp2, year.math7, "2026-10-03", 1, "Redo 4 with a ratio table.")
    with year.store.read() as session:
        record = learner_record(session, year.mateo)
    proportions = _target(record, "7.RP.2")
    assert proportions.status == "not_yet"
    assert proportions.open_not_yet == ("Redo 4 with a ratio table.",)
    assert record.open_not_yet == 1


def live_counts_of(store: Store) -> dict[str, int]:
    with store.read() as session:
        return live_counts(session)


def test_the_window_finds_the_learner_a_merged_record_now_stands_for(store: Store):
    with store.transaction() as tx:
        lucia = add_student(tx, "Lucía", "Díaz")
        typed = add_student(tx, "Lucia", "Diaz")
    with store.read() as session:
        assert learner_id(session, typed.id) == typed.id
    merge_students(store, lucia.id, typed.id)
    with store.read() as session:
        assert learner_id(session, typed.id) == lucia.id
        assert learner_id(session, lucia.id) == lucia.id
        with pytest.raises(NotFoundError, match="no longer exists"):
            learner_id(session, "no-such-student")
